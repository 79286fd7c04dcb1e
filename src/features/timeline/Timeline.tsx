import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartSvg } from '../../components/ChartSvg';
import { useStableCallback } from '../../components/use-latest';
import { DataTable } from '../../components/DataTable';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { Legend, type LegendItem } from '../../components/Legend';
import { useChartTheme, type ChartTheme } from '../../components/theme';
import { useElementWidth } from '../../components/use-element-width';
import { listInWords } from '../../model/dataset-model';
import { dateToDay } from '../../model/dates';
import { formatDateRange, formatInteger, formatIsoBetween, formatIsoRange } from '../../model/format';
import type { TimelineEvent } from '../../model/timeline';
import { useFiltersStore } from '../../stores/filters-store';
import { currentFilters, useHighlightedCountry } from '../../stores/use-resolved-filters';
import { stackLanes, timelinePlot, type PlacedCluster, type PlacedMarker } from './compute-timeline';
import { buildTimelineExport } from './timeline-export';
import { EventDetails } from './EventDetails';
import { buildTimeAxis } from './time-axis';
import { TimelineBrush } from './TimelineBrush';
import { TimelineMarks, type TimelineInteraction } from './TimelineMarks';
import { CATEGORY_STYLE, categoryPath } from './timeline-constants';
import { useLaneLayouts, useTimelineData } from './use-timeline';
import { useTimelineZoom } from './use-timeline-zoom';

/** Title of the milestones figure (its accessible name). */
export const MILESTONES_TITLE = 'Partnership milestones';

/** Rows the table shows before "Show all". */
const TABLE_PAGE = 200;

/** The table of every event the timeline holds under the filters, built only when it is shown. */
function TimelineTable({ rows, names, sources, caption }: { rows: { event: TimelineEvent }[]; names: ReadonlyMap<string, string>; sources: ReadonlyMap<string, { label: string }>; caption: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, TABLE_PAGE);
  return (
    <>
      <DataTable
        caption={caption}
        columns={[
          { key: 'date', header: 'Date' },
          { key: 'countries', header: 'Countries' },
          { key: 'category', header: 'Category' },
          { key: 'event', header: 'Event' },
          { key: 'source', header: 'Source' },
        ]}
        rows={shown.map(({ event }) => ({
          key: event.id,
          cells: [
            formatDateRange(event.date, event.precision, event.endDate),
            listInWords(event.countries.map((c) => names.get(c) ?? c)),
            CATEGORY_STYLE[event.category].label,
            event.title,
            [...new Set(event.citations.map((c) => sources.get(c.source)?.label ?? c.source))].join('; '),
          ],
        }))}
      />
      {rows.length > shown.length && (
        <p className="table-more">
          Showing {formatInteger(shown.length)} of {formatInteger(rows.length)} events.{' '}
          <button type="button" onClick={() => setAll(true)}>
            Show all {formatInteger(rows.length)}
          </button>{' '}
          or use Download CSV.
        </p>
      )}
    </>
  );
}

/** The legend's entry for crowded lanes' count bars, with the count of the tallest. */
function countBarLegend(max: number, theme: ChartTheme): LegendItem {
  return { key: 'count-bars', label: `Crowded stretch: bar height is its number of events (tallest ${formatInteger(max)})`, color: theme.textMuted, symbolPath: 'M-3,6V-6h6V6Z' };
}

/** The partnerships' milestones and aid announcements on a zoomable timeline, one lane per country. */
export function Timeline({ renderActions }: { renderActions?: (getSpec: () => ExportSpec) => ReactNode }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(areaRef);
  const theme = useChartTheme();
  const { model, filters, kinds, lanes, listsOf, allLists, baseDomain, gaps, empty: nothing, presentIn, placements } = useTimelineData();
  const highlighted = useHighlightedCountry();
  const setHovered = useFiltersStore((s) => s.setHoveredCountry);
  const setRange = useFiltersStore((s) => s.setRange);
  const rawFrom = useFiltersStore((s) => s.from);
  const rawTo = useFiltersStore((s) => s.to);
  const [selected, setSelected] = useState<TimelineEvent | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [hoveredBar, setHoveredBar] = useState<PlacedCluster | null>(null);
  const [tableOpen, setTableOpen] = useState(false);

  const { plotX, plotWidth } = timelinePlot(width);
  // Keyed by value: a filter change that leaves the gaps as they were keeps the scale, and with it
  // every lane's cached layout and the zoom.
  const gapsKey = gaps.flat().join(',');
  const [from, to] = baseDomain;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const axis = useMemo(() => buildTimeAxis([from, to], gaps, plotX, plotWidth), [from, to, gapsKey, plotX, plotWidth]);
  const { ref: zoomRef, view, zoomed, zoomBy, reset, zoomTo } = useTimelineZoom(axis.scale, plotX, plotWidth);
  const laneLayouts = useLaneLayouts(lanes, listsOf, kinds.join(','), view, width);
  const layout = useMemo(() => stackLanes(lanes, laneLayouts, view, axis.breaks, width), [lanes, laneLayouts, view, axis.breaks, width]);
  const visible = useMemo<[number, number]>(() => {
    // The scale has a domain point at each end of each compressed stretch: use the outer two.
    const domain = view.domain();
    return [Math.max(baseDomain[0], dateToDay(domain[0]!)), Math.min(baseDomain[1], dateToDay(domain[domain.length - 1]!) - 1)];
  }, [view, baseDomain]);

  const getSpec = useStableCallback(() => buildTimelineExport({ title: MILESTONES_TITLE, model, filters: currentFilters(model), lanes, listsOf, placements: placements(), visible }));
  useRegisterExport('milestones', getSpec);
  const actions = useMemo(() => renderActions?.(getSpec), [renderActions, getSpec]);

  const ordered = useMemo(() => layout.lanes.flatMap((l) => l.layout.markers.map((m) => ({ m, y: l.y + m.y }))).sort((a, b) => a.m.x - b.m.x || a.y - b.y).map((o) => o.m), [layout]);
  const currentFocus = focusKey !== null && ordered.some((m) => m.key === focusKey) ? focusKey : (ordered[0]?.key ?? null);

  const focusMarker = useCallback((key: string) => {
    setFocusKey(key);
    const node = svgRef.current?.querySelector<SVGGElement>(`[data-key="${CSS.escape(key)}"]`);
    node?.focus();
  }, []);

  // Handlers read the latest marker order through a ref, so they stay the same between renders and
  // the memoised lanes do not re-render for them.
  const orderedRef = useRef(ordered);
  useLayoutEffect(() => {
    orderedRef.current = ordered;
  }, [ordered]);
  const interaction = useMemo<TimelineInteraction>(
    () => ({
      onSelect: (m: PlacedMarker) => {
        setFocusKey(m.key);
        setSelected((current) => (current?.id === m.event.id ? null : m.event));
      },
      onKeyDown: (marker: PlacedMarker, event: KeyboardEvent) => {
        const list = orderedRef.current;
        const i = list.findIndex((m) => m.key === marker.key);
        const go = (j: number) => {
          const target = list[Math.max(0, Math.min(list.length - 1, j))];
          if (target) focusMarker(target.key);
        };
        const keys: Record<string, () => void> = {
          Enter: () => setSelected((current) => (current?.id === marker.event.id ? null : marker.event)),
          ' ': () => setSelected((current) => (current?.id === marker.event.id ? null : marker.event)),
          ArrowRight: () => go(i + 1),
          ArrowDown: () => go(i + 1),
          ArrowLeft: () => go(i - 1),
          ArrowUp: () => go(i - 1),
          Home: () => go(0),
          End: () => go(list.length - 1),
          Escape: () => setSelected(null),
        };
        const action = keys[event.key];
        if (!action) return;
        if (event.key !== 'Escape') event.preventDefault();
        action();
      },
      onFocusMarker: (m: PlacedMarker) => setFocusKey(m.key),
      onCluster: (c: PlacedCluster) => zoomTo(c.from, c.to),
      onHoverCluster: setHoveredBar,
      onHoverCountry: setHovered,
    }),
    [focusMarker, zoomTo, setHovered],
  );

  // The bar under the pointer as the current layout has it (a filter change may have recounted it).
  const activeBar = hoveredBar ? (layout.lanes.find((l) => l.key === hoveredBar.lane)?.layout.clusters.find((c) => c.key === hoveredBar.key && c.column) ?? null) : null;

  const present = useMemo(() => presentIn({ from: visible[0], to: visible[1] }), [presentIn, visible]);
  const categoriesKey = present.categories.join(',');
  const legendItems = useMemo<LegendItem[]>(
    () => [
      ...categoriesKey
        .split(',')
        .filter(Boolean)
        .map((c) => {
          const category = c as keyof typeof CATEGORY_STYLE;
          return { key: c, label: CATEGORY_STYLE[category].label, color: theme.category[category], symbolPath: categoryPath(category, 70), symbolStroke: CATEGORY_STYLE[category].stroke };
        }),
      ...(layout.barMax > 0 ? [countBarLegend(layout.barMax, theme)] : []),
    ],
    [categoriesKey, theme, layout.barMax],
  );
  const caption = `Events ${formatIsoRange(filters.fromIso, filters.toIso)} as the sources date them: a marker at the start of the period given, a line across it (a month, a year, a decade). Sources: ${listInWords(present.sources.map((id) => model.sources.get(id)?.label ?? id)) || 'none'}.`;

  let empty: string | null = null;
  if (!filters.countries.length) empty = 'No country is selected. Choose one or more under Countries.';
  else if (filters.window.to < filters.window.from) empty = 'The date range is empty: From is after To.';
  else if (nothing) empty = `No milestones or aid announcements for ${listInWords(filters.countries.map((c) => model.countryNames.get(c) ?? c))} ${formatIsoBetween(filters.fromIso, filters.toIso)}.`;

  // Kept while the zoom stays: a filter change leaves the zoom buttons alone.
  const controls = useMemo(
    () => (
      <div className="chart-controls zoom-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(2)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(0.5)} disabled={!zoomed}>
          Zoom out
        </button>
        <button type="button" onClick={reset} disabled={!zoomed}>
          Reset zoom
        </button>
        <span className="hint hint--pointer">Ctrl + scroll to zoom, drag to pan</span>
        <span className="hint hint--touch">Pinch to zoom, drag with two fingers to pan</span>
      </div>
    ),
    [zoomBy, reset, zoomed],
  );

  const tableCaption = `${MILESTONES_TITLE}, ${formatIsoRange(filters.fromIso, filters.toIso)}`;

  return (
    <ChartFrame
      title={MILESTONES_TITLE}
      caption={caption}
      legend={<Legend items={legendItems} theme={theme} idPrefix="timeline" label="Event categories" />}
      controls={controls}
      actions={actions}
      table={tableOpen ? <TimelineTable rows={placements()} names={model.countryNames} sources={model.sources} caption={tableCaption} /> : null}
      onTableToggle={setTableOpen}
      empty={empty}
      bodyRef={areaRef}
      footer={selected ? <EventDetails event={selected} countryNames={model.countryNames} sources={model.sources} onClose={() => setSelected(null)} /> : null}
    >
      <div className="chart-area">
        <ChartSvg svgRef={svgRef} width={layout.width} height={layout.height} role="group" aria-label={`${MILESTONES_TITLE}: ${ordered.length} events shown; arrow keys move between them, Enter shows details`}>
          <g ref={zoomRef} className={zoomed ? 'zoom-area zoomed' : 'zoom-area'}>
            <rect x={plotX} y={0} width={plotWidth} height={layout.height} fill="transparent" />
            <TimelineMarks layout={layout} theme={theme} highlighted={highlighted} interaction={interaction} focusKey={currentFocus} selectedId={selected?.id ?? null} activeCluster={activeBar} />
          </g>
        </ChartSvg>
        {model.extent && (
          <TimelineBrush lists={allLists} extent={model.extent} from={rawFrom} to={rawTo} plotX={plotX} plotWidth={plotWidth} width={width} theme={theme} onRange={setRange} />
        )}
      </div>
    </ChartFrame>
  );
}
