import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { DataTable } from '../../components/DataTable';
import { Legend, type LegendItem } from '../../components/Legend';
import { useChartTheme } from '../../components/theme';
import { useElementWidth } from '../../components/use-element-width';
import { MILESTONE_CATEGORIES } from '../../data/constants';
import { dateToDay } from '../../model/dates';
import { listInWords } from '../../model/dataset-model';
import { formatDateRange, formatIsoBetween, formatIsoRange } from '../../model/format';
import { useFiltersStore } from '../../stores/filters-store';
import { computeTimeline, timelinePlot, type PlacedCluster, type PlacedMarker } from './compute-timeline';
import { EventDetails } from './EventDetails';
import { TimelineBrush } from './TimelineBrush';
import { TimelineMarks } from './TimelineMarks';
import { CATEGORY_STYLE, categoryPath } from './timeline-constants';
import { buildTimeAxis } from './time-axis';
import { buildTimelineExport } from './timeline-export';
import { useTimelineData } from './use-timeline';
import { useTimelineZoom } from './use-timeline-zoom';

/** Title of the milestones figure (its accessible name). */
export const MILESTONES_TITLE = 'Partnership milestones';

/** The partnerships' milestones and aid announcements on a zoomable timeline, one lane per country. */
export function Timeline({ renderActions }: { renderActions?: (getSpec: () => ExportSpec) => ReactNode }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(areaRef);
  const theme = useChartTheme();
  const { model, filters, lanes, events, placements, allEvents, baseDomain } = useTimelineData();
  const highlighted = useFiltersStore((s) => s.hoveredCountry);
  const setHovered = useFiltersStore((s) => s.setHoveredCountry);
  const setRange = useFiltersStore((s) => s.setRange);
  const rawFrom = useFiltersStore((s) => s.from);
  const rawTo = useFiltersStore((s) => s.to);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);

  const { plotX, plotWidth } = timelinePlot(width);
  const axis = useMemo(() => buildTimeAxis(baseDomain, placements.map((p) => p.event.start), plotX, plotWidth), [baseDomain, placements, plotX, plotWidth]);
  // Lay out once unzoomed to learn the height the zoom area needs.
  const baseHeight = useMemo(() => computeTimeline({ lanes, placements, scale: axis.scale, breaks: axis.breaks, width }).height, [lanes, placements, axis, width]);
  const { ref: zoomRef, view, zoomed, zoomBy, reset, zoomTo } = useTimelineZoom(axis.scale, plotX, plotWidth, baseHeight);
  const layout = useMemo(() => computeTimeline({ lanes, placements, scale: view, breaks: axis.breaks, width }), [lanes, placements, view, axis.breaks, width]);

  const getSpec = useCallback(() => {
    const [a, b] = view.domain();
    const visible: [number, number] = zoomed ? [dateToDay(a!), dateToDay(b!) - 1] : baseDomain;
    return buildTimelineExport({ title: MILESTONES_TITLE, model, filters, lanes, placements, visible });
  }, [view, zoomed, baseDomain, model, filters, lanes, placements]);
  useRegisterExport('milestones', getSpec);

  const selected = useMemo(() => events.find((e) => e.id === selectedId) ?? null, [events, selectedId]);
  const ordered = useMemo(() => [...layout.markers].sort((a, b) => a.x - b.x || a.y - b.y), [layout.markers]);
  const currentFocus = ordered.some((m) => m.key === focusKey) ? focusKey : (ordered[0]?.key ?? null);

  const focusMarker = useCallback((key: string) => {
    setFocusKey(key);
    const node = svgRef.current?.querySelector<SVGGElement>(`[data-key="${CSS.escape(key)}"]`);
    node?.focus();
  }, []);

  const onKeyDown = useCallback(
    (marker: PlacedMarker, event: KeyboardEvent) => {
      const i = ordered.findIndex((m) => m.key === marker.key);
      const go = (j: number) => {
        const target = ordered[Math.max(0, Math.min(ordered.length - 1, j))];
        if (target) focusMarker(target.key);
      };
      switch (event.key) {
        case 'Enter':
        case ' ':
          event.preventDefault();
          setSelectedId((id) => (id === marker.event.id ? null : marker.event.id));
          return;
        case 'ArrowRight':
        case 'ArrowDown':
          event.preventDefault();
          go(i + 1);
          return;
        case 'ArrowLeft':
        case 'ArrowUp':
          event.preventDefault();
          go(i - 1);
          return;
        case 'Home':
          event.preventDefault();
          go(0);
          return;
        case 'End':
          event.preventDefault();
          go(ordered.length - 1);
          return;
        case 'Escape':
          setSelectedId(null);
          return;
      }
    },
    [ordered, focusMarker],
  );

  const interaction = {
    focusKey: currentFocus,
    selectedId,
    onSelect: (m: PlacedMarker) => {
      setFocusKey(m.key);
      setSelectedId((id) => (id === m.event.id ? null : m.event.id));
    },
    onKeyDown,
    onFocusMarker: (m: PlacedMarker) => setFocusKey(m.key),
    onCluster: (c: PlacedCluster) => zoomTo(c.from, c.to),
    onHoverCountry: setHovered,
  };

  const usedCategories = MILESTONE_CATEGORIES.filter((c) => events.some((e) => e.category === c));
  const legendItems: LegendItem[] = usedCategories.map((c) => ({
    key: c,
    label: CATEGORY_STYLE[c].label,
    color: theme.category[c],
    symbolPath: categoryPath(c, 70),
    symbolStroke: CATEGORY_STYLE[c].stroke,
  }));
  const sourceIds = [...new Set(events.flatMap((e) => e.citations.map((c) => c.source)))];
  const caption = `Events ${formatIsoRange(filters.fromIso, filters.toIso)} as the sources date them: a marker at the start of the period given, a line across it (a month, a year, a decade). Sources: ${listInWords(sourceIds.map((id) => model.sources.get(id)?.label ?? id)) || 'none'}.`;

  let empty: string | null = null;
  if (!filters.countries.length) empty = 'No country is selected. Choose one or more under Countries.';
  else if (filters.window.to < filters.window.from) empty = 'The date range is empty: From is after To.';
  else if (!placements.length) empty = `No milestones or aid announcements for ${listInWords(filters.countries.map((c) => model.countryNames.get(c) ?? c))} ${formatIsoBetween(filters.fromIso, filters.toIso)}.`;

  const table = (
    <DataTable
      caption={`${MILESTONES_TITLE}, ${formatIsoRange(filters.fromIso, filters.toIso)}`}
      columns={[
        { key: 'date', header: 'Date' },
        { key: 'countries', header: 'Countries' },
        { key: 'category', header: 'Category' },
        { key: 'event', header: 'Event' },
        { key: 'source', header: 'Source' },
      ]}
      rows={placements.map(({ event }) => ({
        key: event.id,
        cells: [
          formatDateRange(event.date, event.precision, event.endDate),
          listInWords(event.countries.map((c) => model.countryNames.get(c) ?? c)),
          CATEGORY_STYLE[event.category].label,
          event.title,
          [...new Set(event.citations.map((c) => model.sources.get(c.source)?.label ?? c.source))].join('; '),
        ],
      }))}
    />
  );

  return (
    <ChartFrame
      title={MILESTONES_TITLE}
      caption={caption}
      legend={<Legend items={legendItems} theme={theme} idPrefix="timeline" label="Event categories" />}
      controls={
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
      }
      actions={renderActions?.(getSpec)}
      table={table}
      empty={empty}
      bodyRef={areaRef}
      footer={selected ? <EventDetails event={selected} countryNames={model.countryNames} sources={model.sources} onClose={() => setSelectedId(null)} /> : null}
    >
      <div className="chart-area">
        <svg ref={svgRef} width={layout.width} height={layout.height} role="group" aria-label={`${MILESTONES_TITLE}: ${layout.markers.length} events shown; arrow keys move between them, Enter shows details`}>
          <g ref={zoomRef} className={zoomed ? 'zoom-area zoomed' : 'zoom-area'}>
            <rect x={plotX} y={0} width={plotWidth} height={layout.height} fill="transparent" />
            <TimelineMarks layout={layout} theme={theme} highlighted={highlighted} interaction={interaction} />
          </g>
        </svg>
        {model.extent && (
          <TimelineBrush
            events={allEvents}
            extent={model.extent}
            from={rawFrom}
            to={rawTo}
            plotX={plotX}
            plotWidth={plotWidth}
            width={width}
            theme={theme}
            onRange={setRange}
          />
        )}
      </div>
    </ChartFrame>
  );
}
