import { useEffect, useMemo, useReducer, useRef, type RefObject } from 'react';
import { useChartTheme } from '../../components/theme';
import { useFontsLoaded } from '../../components/use-fonts-loaded';
import { useStableCallback } from '../../components/use-latest';
import { useModel } from '../../stores/use-model';
import type { ResolvedFilters } from '../../model/dataset-model';
import { isoDay } from '../../model/dates';
import { summarizeWithin } from '../../model/timeline-summary';
import { useFiltersStore } from '../../stores/filters-store';
import { computeStripFrame, computeTimeline, groupByYear, laneSet, placementsWithin, timelineAxis, timelinePlot } from './compute-timeline';
import { describeTimeline, MILESTONES_TITLE } from './describe-timeline';
import { axisScale, axisTicks, visibleDays } from './timeline-axis';
import { TIMELINE } from './timeline-constants';
import { changeUi, daysInView, isZoomed, NO_UI, readingOrder, resolveUi, selectionOf, stripView } from './timeline-controller';
import { buildTimelineExport } from './timeline-export';
import { laneLayouter } from './timeline-lanes';
import { useTimelineHandlers } from './use-timeline-handlers';
import { useTimelineZoom } from './use-timeline-zoom';

/**
 * The timeline for the (deferred) filters and a width: store selectors, then the pure layout and
 * words (compute and describe), then the controller's reading of the interaction state. The
 * handlers that change that state are in `useTimelineHandlers`.
 */
export function useTimeline(filters: ResolvedFilters, width: number, zoomRef: RefObject<SVGGElement | null>, tableOpen = false) {
  const model = useModel();
  const theme = useChartTheme();
  const fontsLoaded = useFontsLoaded();
  const { countries, types, window, fromIso, toIso } = filters;
  const rawFrom = useFiltersStore((s) => s.from);
  const rawTo = useFiltersStore((s) => s.to);
  const selectedId = useFiltersStore((s) => s.event);
  const hoveredCountries = useFiltersStore((s) => s.hoveredCountries);
  const [ui, dispatch] = useReducer(changeUi, NO_UI);

  const list = width < TIMELINE.listBelow;
  const plot = timelinePlot(width);
  const lanes = useMemo(() => laneSet(model, countries, types), [model, countries, types]);
  const axis = useMemo(() => timelineAxis(model, fromIso, toIso), [model, fromIso, toIso]);
  const { zoom, zoomTo } = useTimelineZoom(zoomRef, axis, plot);
  // The axis is the same for every country and type (it is built from every event), so its ticks,
  // whose labels are measured in the chart font, are not worked out again when a filter changes: 2 ms
  // of a country change on the bundled data (a CPU profile of 30 changes). Again when the font arrives.
  const frame = useMemo(() => {
    void fontsLoaded;
    const scale = axisScale(axis, plot.plotX, plot.plotWidth, zoom);
    return { scale, ticks: axisTicks(axis, scale, plot.plotX, plot.plotWidth, width), visible: visibleDays(axis, scale, plot.plotX, plot.plotWidth) };
  }, [axis, zoom, plot.plotX, plot.plotWidth, width, fontsLoaded]);
  // Each lane's layout is kept while the types, the scale and the width stay: a toggled country lays
  // out its own lane only, and LaneMarks leaves the others' marks as they are. (At 10k records the
  // lanes' layout was 2.2 ms of a country change's 6 ms in the timeline; CPU profile of 30 changes.)
  const layoutLane = useMemo(() => laneLayouter(lanes.listsOf, frame.scale, { ...timelinePlot(width), maxRows: TIMELINE.maxRows }), [lanes.listsOf, frame.scale, width]);
  const layout = useMemo(() => {
    const placed = computeTimeline({ lanes: lanes.specs, listsOf: lanes.listsOf, axis, zoom, width, ticks: frame.ticks, layoutLane });
    return { ...placed, stops: readingOrder(placed) };
  }, [lanes, axis, zoom, width, frame.ticks, layoutLane]);

  // Every event within the filters, one by one (tens of thousands in a large dataset): only where
  // they are listed, the phone's list and the open table. The words read the lanes' indexes.
  const listed = useMemo(() => {
    const placements = list || tableOpen ? placementsWithin(model, filters) : [];
    return { placements, groups: list ? groupByYear(placements, (key) => lanes.specs.find((l) => l.key === key)?.label ?? key) : [] };
  }, [list, tableOpen, model, filters, lanes.specs]);
  const description = useMemo(() => {
    const shown = list ? window : { from: Math.max(window.from, frame.visible[0]), to: Math.min(window.to, frame.visible[1]) };
    const summary = summarizeWithin(model.timeline, shown, countries, types);
    const zoomedTo = !list && isZoomed(zoom) ? frame.visible : null;
    const begunBefore = !list && layout.lanes.some((l) => l.layout.markers.some((m) => m.begunBefore));
    return describeTimeline({ model, filters, summary, list, barMax: list ? 0 : layout.barMax, compressed: layout.breaks.length > 0, begunBefore, zoomedTo, events: tableOpen ? listed.placements.map((p) => p.event) : [], theme });
  }, [model, filters, window, countries, types, list, zoom, frame.visible, layout.barMax, layout.breaks.length, layout.lanes, tableOpen, listed, theme]);

  // The strip's scale, ticks and column counts follow only the data and the width; its density the
  // selection, its brush the dates and its window the zoom.
  const stripFrame = useMemo(() => computeStripFrame(model, width), [model, width]);
  const range = useMemo(() => ({ from: isoDay(rawFrom), to: isoDay(rawTo) }), [rawFrom, rawTo]);
  const strip = useMemo(() => stripFrame && stripView(stripFrame, lanes.all, range, frame.visible, zoom, { plotX: plot.plotX, plotWidth: plot.plotWidth }), [stripFrame, range, lanes.all, plot.plotX, plot.plotWidth, frame.visible, zoom]);

  // The selected event lives in the link (?event=): an id the data does not have is dropped, with a notice.
  const eventsById = useMemo(() => new Map(model.timeline.events.map((e) => [e.id, e])), [model]);
  const selection = selectionOf(eventsById, selectedId);
  const setEvent = useFiltersStore((s) => s.setEvent);
  const addNotices = useFiltersStore((s) => s.addNotices);
  useEffect(() => {
    if (!selection.notice) return;
    addNotices([selection.notice]);
    setEvent(null);
  }, [selection.notice, addNotices, setEvent]);

  const resolved = resolveUi(ui, layout, layout.stops);
  const nodes = useRef(new Map<string, SVGElement>());
  const handlers = useTimelineHandlers({ ui, dispatch, resolved, stops: layout.stops, selectedId, axis, zoom, zoomTo, plot, nodes, extent: stripFrame?.extent ?? null, range });

  const getSpec = useStableCallback(() =>
    buildTimelineExport({ title: MILESTONES_TITLE, model, filters, lanes: lanes.specs, listsOf: lanes.listsOf, placements: placementsWithin(model, filters), visible: list ? daysInView(axis, zoom) : frame.visible, axis, zoom: list ? undefined : zoom }),
  );

  return {
    model,
    theme,
    list,
    plot,
    layout,
    resolved,
    description,
    selected: selection.event,
    highlighted: hoveredCountries.filter((c) => countries.includes(c)),
    zoomed: isZoomed(zoom),
    groups: listed.groups,
    strip,
    handlers,
    getSpec,
  };
}
