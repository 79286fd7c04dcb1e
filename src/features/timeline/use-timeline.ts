import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ExportSpec } from '../../components/export-spec';
import { useChartTheme } from '../../components/theme';
import { useFontsLoaded } from '../../components/use-fonts-loaded';
import { useStableCallback } from '../../components/use-latest';
import { useModel } from '../../stores/use-model';
import { dayToDate, dayToIso, isoDay } from '../../model/dates';
import { ALL_PARTNERS_LANE, anyEventWithin, eventsWithin, everyList, kindsFor, laneKeysFor, laneLists, lanesOf, type SortedEvents, type TimelineEvent } from '../../model/timeline';
import { useFiltersStore } from '../../stores/filters-store';
import { currentFilters } from '../../stores/use-resolved-filters';
import type { ResolvedFilters } from '../../model/dataset-model';
import { sourcesInOrder, summarizeWithin } from '../../model/timeline-summary';
import { computeTimeline, groupByYear, moveFrom, readingOrder, timelinePlot, type LaneSpec, type MoveKey, type PlacedCluster, type PlacedMarker } from './compute-timeline';
import { MILESTONES_TITLE, describeTimelineInWords, presentKinds, timelineCaption, timelineEmptyText, timelineLegend, timelineTableCaption, timelineTableRows, type TimelineWording } from './describe-timeline';
import { axisScale, axisTicks, buildDensityAxis, visibleDays } from './timeline-axis';
import { TIMELINE } from './timeline-constants';
import { buildTimelineExport, everyStartList } from './timeline-export';
import type { TimelineInteraction } from './timeline-interaction';
import { brushExtent, columnCounts, stepMonths, stripColumns, stripDensityPath } from './timeline-strip';
import { laneLayouter } from './timeline-lanes';
import { useTimelineZoom } from './use-timeline-zoom';

const MOVE_KEYS = new Set<string>(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * Everything the timeline draws and does, for the (deferred) filters and a width: lanes and axis
 * laid out under the filters and the zoom, the strip, the phone's list, the selected and hovered
 * event, the words of caption, legend, table and export, and the handlers.
 */
export function useTimeline(filters: ResolvedFilters, width: number, zoomRef: RefObject<SVGGElement | null>, tableOpen = false) {
  const model = useModel();
  const theme = useChartTheme();
  const { countries, types, window, fromIso, toIso } = filters;
  const rawFrom = useFiltersStore((s) => s.from);
  const rawTo = useFiltersStore((s) => s.to);
  const selectedId = useFiltersStore((s) => s.event);
  const hoveredCountries = useFiltersStore((s) => s.hoveredCountries);
  const setHoveredCountries = useFiltersStore((s) => s.setHoveredCountries);
  const setHoveredCountry = useFiltersStore((s) => s.setHoveredCountry);
  const setEvent = useFiltersStore((s) => s.setEvent);
  const setRange = useFiltersStore((s) => s.setRange);
  const setFrom = useFiltersStore((s) => s.setFrom);
  const setTo = useFiltersStore((s) => s.setTo);
  const addNotices = useFiltersStore((s) => s.addNotices);
  const tooltipId = useId();

  const list = width < TIMELINE.listBelow;
  const { plotX, plotWidth } = timelinePlot(width);
  const kinds = useMemo(() => kindsFor(types), [types]);
  const lanes = useMemo<LaneSpec[]>(
    () =>
      laneKeysFor(model.timeline, countries).map((key) =>
        key === ALL_PARTNERS_LANE ? { key, label: model.partners.length === 4 ? 'All four' : 'All partners', country: null } : { key, label: model.countryNames.get(key) ?? key, country: key },
      ),
    [model, countries],
  );
  const laneLabel = useCallback((key: string) => lanes.find((l) => l.key === key)?.label ?? key, [lanes]);
  const listsOf = useCallback((lane: string) => laneLists(model.timeline, lane, kinds), [model, kinds]);
  const allLists = useMemo<SortedEvents[]>(() => lanes.flatMap((l) => listsOf(l.key)), [lanes, listsOf]);
  const everyStarts = useMemo(() => everyStartList(model), [model]);

  const baseDomain = useMemo<[number, number]>(() => {
    const extent = model.extent ?? [0, 1];
    const from = isoDay(fromIso) ?? extent[0];
    const to = isoDay(toIso) ?? extent[1];
    return [from, Math.max(from, to)];
  }, [model, fromIso, toIso]);
  // From every event in the data, whatever the countries and types: the axis stays put when one is
  // toggled, so the eye can compare before and after. The export takes this very axis.
  const axis = useMemo(() => buildDensityAxis(everyStarts, baseDomain), [everyStarts, baseDomain]);
  const { zoom, zoomed, zoomBy, reset, zoomToShares } = useTimelineZoom(zoomRef, axis, plotX, plotWidth);
  const fontsLoaded = useFontsLoaded();
  // Laid out again when the chart font arrives: its labels are measured in that font.
  const scale = useMemo(() => axisScale(axis, plotX, plotWidth, zoom), [axis, plotX, plotWidth, zoom]);
  // The axis is the same for every country and type (it is built from every event), so its ticks,
  // whose labels are measured, are not worked out again when a filter changes: 2 ms of a country
  // change on the bundled data (a CPU profile of 30 changes).
  const ticks = useMemo(() => {
    void fontsLoaded;
    return axisTicks(axis, scale, plotX, plotWidth, width);
  }, [axis, scale, plotX, plotWidth, width, fontsLoaded]);
  // Each lane's layout is kept while the types, the scale and the width stay: a country toggled lays
  // out its own lane only, and LaneMarks leaves the others' marks as they are. (At 10k records the
  // lanes' layout was 2.2 ms of a country change's 6 ms in the timeline; CPU profile of 30 changes.)
  const layoutLane = useMemo(() => {
    void fontsLoaded;
    return laneLayouter(listsOf, scale, { ...timelinePlot(width), maxRows: TIMELINE.maxRows });
  }, [listsOf, scale, width, fontsLoaded]);
  const layout = useMemo(() => computeTimeline({ lanes, listsOf, axis, zoom, width, ticks, layoutLane }), [lanes, listsOf, axis, zoom, width, ticks, layoutLane]);
  const visible = useMemo(() => visibleDays(axis, scale, plotX, plotWidth), [axis, scale, plotX, plotWidth]);
  const stops = useMemo(() => readingOrder(layout), [layout]);

  // Every event within the filters, one by one (tens of thousands in a large dataset): worked out
  // only where they are listed — the phone's list by year, the open table, the export. The words,
  // legend and caption read the lanes' indexes instead (summarizeWithin).
  const placementsNow = useCallback(
    () =>
      eventsWithin(model.timeline, window, countries, types)
        .map((event) => ({ event, lanes: lanesOf(event, model.partners, countries) }))
        .filter((p) => p.lanes.length > 0),
    [model, window, countries, types],
  );
  const placements = useMemo(() => (list || tableOpen ? placementsNow() : []), [list, tableOpen, placementsNow]);
  const tableRows = useMemo(() => (tableOpen ? timelineTableRows(placements.map((p) => p.event), { countryNames: model.countryNames, sources: model.sources }) : []), [tableOpen, placements, model]);
  const groups = useMemo(() => (list ? groupByYear(placements, laneLabel) : []), [list, placements, laneLabel]);

  // The strip: the whole extent, on the axis the chart has with no dates set.
  const extent = model.extent;
  const stripAxis = useMemo(() => (extent ? buildDensityAxis(everyStarts, extent) : null), [everyStarts, extent]);
  // The strip's scale and ticks follow only its axis and width; its density follows the selection.
  const stripFrame = useMemo(() => {
    if (!stripAxis || !extent) return null;
    const s = axisScale(stripAxis, plotX, plotWidth);
    return { scale: s, extent, ticks: axisTicks(stripAxis, s, plotX, plotWidth, width, false) };
  }, [stripAxis, extent, plotX, plotWidth, width]);
  // Every list's events counted per column of the strip, once per width: the density of a selection
  // is then their sum (the counting was 1.5 ms of a country change at 10k records; CPU profile of 30).
  const columnCountsOf = useMemo(() => {
    if (!stripFrame) return null;
    const edges = stripColumns(stripFrame.scale, plotX, plotWidth);
    return new Map(everyList(model.timeline).map((l) => [l, columnCounts(l, edges)] as const));
  }, [model, stripFrame, plotX, plotWidth]);
  const strip = useMemo(
    () => (stripFrame && columnCountsOf ? { ...stripFrame, density: stripDensityPath(allLists.map((l) => columnCountsOf.get(l)!), plotX, 5, TIMELINE.stripHeight - 16) } : null),
    [stripFrame, columnCountsOf, allLists, plotX],
  );
  const fromDay = isoDay(rawFrom);
  const toDay = isoDay(rawTo);
  const stripSelection = useMemo(() => (strip ? brushExtent(strip.scale, strip.extent, fromDay, toDay, plotX, plotWidth) : null), [strip, fromDay, toDay, plotX, plotWidth]);
  const onStepKey = useCallback(
    (end: 'from' | 'to', e: KeyboardEvent) => {
      if (!extent) return;
      const day = end === 'from' ? (fromDay ?? extent[0]) : (toDay ?? extent[1]);
      const steps: Record<string, () => number> = {
        ArrowLeft: () => stepMonths(day, -1),
        ArrowDown: () => stepMonths(day, -1),
        ArrowRight: () => stepMonths(day, 1),
        ArrowUp: () => stepMonths(day, 1),
        PageDown: () => stepMonths(day, -12),
        PageUp: () => stepMonths(day, 12),
        Home: () => extent[0],
        End: () => extent[1],
      };
      const step = steps[e.key];
      if (!step) return;
      e.preventDefault();
      // To is the last day of its month, so a month's step keeps whole months.
      let next = step();
      if (end === 'to' && e.key !== 'Home' && e.key !== 'End') next = stepMonths(next, 1) - 1;
      const other = end === 'from' ? (toDay ?? extent[1]) : (fromDay ?? extent[0]);
      next = Math.max(extent[0], Math.min(extent[1], next));
      next = end === 'from' ? Math.min(next, other) : Math.max(next, other);
      if (end === 'from') setFrom(next === extent[0] && toDay === null ? null : dayToIso(next));
      else setTo(next === extent[1] && fromDay === null ? null : dayToIso(next));
    },
    [extent, fromDay, toDay, setFrom, setTo],
  );

  // The selected event lives in the link (?event=): an id the data does not have is dropped, with a notice.
  const eventsById = useMemo(() => new Map(model.timeline.events.map((e) => [e.id, e])), [model]);
  const selected = selectedId !== null ? (eventsById.get(selectedId) ?? null) : null;
  useEffect(() => {
    if (selectedId === null || eventsById.has(selectedId)) return;
    addNotices([`Ignored “${selectedId}” in “event”: no event of this dataset has that id.`]);
    setEvent(null);
  }, [selectedId, eventsById, addNotices, setEvent]);

  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [hoveredBar, setHoveredBar] = useState<PlacedCluster | null>(null);
  const [openKey, setOpenKey] = useState<string | null>(null);
  // Focus stays on the same event across filter changes (keys are lane + event); when it is gone, the first.
  const currentFocus = focusKey !== null && stops.some((s) => s.key === focusKey) ? focusKey : (stops[0]?.key ?? null);
  const hovered = hoverKey !== null ? (stops.find((s) => s.key === hoverKey) ?? null) : null;
  const openCluster = openKey !== null ? (stops.find((s) => s.key === openKey)?.cluster ?? null) : null;
  // The bar under the pointer as the current layout has it (a filter change may have recounted it).
  const activeBar = hoveredBar ? (layout.lanes.find((l) => l.key === hoveredBar.lane)?.layout.clusters.find((c) => c.key === hoveredBar.key && c.column) ?? null) : null;
  const activeBarY = activeBar ? (layout.lanes.find((l) => l.key === activeBar.lane)?.y ?? 0) + (layout.lanes.find((l) => l.key === activeBar.lane)?.layout.bars?.top ?? 0) : 0;

  const nodes = useRef(new Map<string, SVGElement>());
  const refFor = useCallback(
    (key: string) => (node: SVGElement | null) => {
      if (node) nodes.current.set(key, node);
      else nodes.current.delete(key);
    },
    [],
  );
  const toggle = useCallback((event: TimelineEvent) => setEvent(selectedId === event.id ? null : event.id), [selectedId, setEvent]);
  const hover = useCallback(
    (key: string | null) => {
      setHoverKey(key);
      const stop = key !== null ? stops.find((s) => s.key === key) : undefined;
      setHoveredCountries(stop?.marker ? stop.marker.event.countries : stop?.cluster ? [...new Set(stop.cluster.events.flatMap((e) => e.countries))] : []);
    },
    [stops, setHoveredCountries],
  );
  // The handlers keep their identity across renders (they call the latest closure), so the lanes'
  // marks, memoised, are drawn again only when focus or selection changes, or their own layout.
  const onSelect = useStableCallback((m: PlacedMarker) => {
    setFocusKey(m.key);
    toggle(m.event);
  });
  const onOpenCluster = useStableCallback((c: PlacedCluster) => {
    setFocusKey(c.key);
    setOpenKey(c.key);
  });
  const onKeyDown = useStableCallback((key: string, e: KeyboardEvent) => {
    const stop = stops.find((s) => s.key === key);
    if (!stop) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (stop.marker) toggle(stop.marker.event);
      else setOpenKey(stop.key);
      return;
    }
    if (e.key === 'Escape') {
      setEvent(null);
      hover(null);
      return;
    }
    if (!MOVE_KEYS.has(e.key)) return;
    e.preventDefault();
    const target = moveFrom(stops, key, e.key as MoveKey);
    if (!target) return;
    setFocusKey(target.key);
    nodes.current.get(target.key)?.focus();
  });
  const onHover = useStableCallback(hover);
  const onFocusStop = useStableCallback((key: string) => {
    setFocusKey(key);
    hover(key);
  });
  const zoomToDays = (from: number, to: number) => {
    const base = axisScale(axis, 0, 1);
    zoomToShares(base(dayToDate(from)), base(dayToDate(to + 1)));
  };
  const onZoomBar = useStableCallback((bar: PlacedCluster) => zoomToDays(bar.from, bar.to));
  const interaction = useMemo<TimelineInteraction>(
    () => ({ focusKey: currentFocus, selectedId, refFor, onSelect, onOpenCluster, onKeyDown, onHover, onFocusStop, onHoverBar: setHoveredBar, onZoomBar, onHoverCountry: setHoveredCountry }),
    [currentFocus, selectedId, refFor, onSelect, onOpenCluster, onKeyDown, onHover, onFocusStop, onZoomBar, setHoveredCountry],
  );
  /** Zoom in on the event in focus, or on the middle of the events in view. */
  const zoomIn = () => {
    const focused = stops.find((s) => s.key === currentFocus);
    const xs = stops
      .map((s) => s.x)
      .filter((x) => x >= plotX && x <= plotX + plotWidth)
      .sort((a, b) => a - b);
    const at = focused && focusKey !== null ? focused.x : xs.length ? xs[Math.floor(xs.length / 2)]! : plotX + plotWidth / 2;
    zoomBy(2, at);
  };

  const wording: TimelineWording = { countries, window, fromIso, toIso, countryNames: model.countryNames, sources: model.sources };
  const nothing = useMemo(() => window.to < window.from || !anyEventWithin(allLists, window), [allLists, window]);
  // What the words, legend and caption speak of: the events in the dates shown (zoomed in, fewer).
  const summary = useMemo(() => {
    const shownWindow = list ? window : { from: Math.max(window.from, visible[0]), to: Math.min(window.to, visible[1]) };
    return summarizeWithin(model.timeline, shownWindow, countries, types);
  }, [model, list, window, visible, countries, types]);
  const kindsShown = useMemo(() => presentKinds(summary), [summary]);
  const description = useMemo(() => describeTimelineInWords(summary, { countries, window, fromIso, toIso, countryNames: model.countryNames, sources: model.sources }), [summary, countries, window, fromIso, toIso, model]);
  const sourceIds = useMemo(() => sourcesInOrder(summary, model.sources.keys()), [summary, model]);
  const legend = useMemo(() => timelineLegend(kindsShown.categories, list ? [] : kindsShown.shapes, theme, list ? 0 : layout.barMax), [kindsShown, theme, layout.barMax, list]);

  const getSpec = useStableCallback(
    (): ExportSpec => buildTimelineExport({ title: MILESTONES_TITLE, model, filters: currentFilters(model), lanes, listsOf, placements: placementsNow(), visible: list ? baseDomain : visible, axis, zoom: list ? undefined : zoom }),
  );

  const highlighted = useMemo(() => hoveredCountries.filter((c) => countries.includes(c)), [hoveredCountries, countries]);

  return {
    model,
    theme,
    list,
    layout,
    groups,
    strip,
    stripSelection,
    fromDay,
    toDay,
    plotX,
    plotWidth,
    interaction,
    highlighted,
    selected,
    hovered,
    activeBar,
    activeBarY,
    openCluster,
    tooltipId,
    zoomed,
    zoomIn,
    zoomOut: () => zoomBy(0.5, plotX + plotWidth / 2),
    resetZoom: reset,
    setRange,
    onStepKey,
    closeCluster: () => {
      setOpenKey(null);
      if (openKey) nodes.current.get(openKey)?.focus();
    },
    dismissCluster: () => setOpenKey(null),
    selectFromList: (event: TimelineEvent) => {
      setOpenKey(null);
      setEvent(event.id);
    },
    toggle,
    hoverListEvent: (event: TimelineEvent | null) => setHoveredCountries(event?.countries ?? []),
    clearSelection: () => setEvent(null),
    caption: timelineCaption(wording, sourceIds, list),
    empty: timelineEmptyText(wording, nothing),
    legend,
    description,
    tableRows,
    tableCaption: timelineTableCaption(wording),
    eventCount: stops.filter((s) => s.marker).length + stops.reduce((n, s) => n + (s.cluster?.count ?? 0), 0),
    getSpec,
  };
}
