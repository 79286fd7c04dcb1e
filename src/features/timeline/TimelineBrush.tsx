import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { useEffect, useMemo, useRef } from 'react';
import type { ChartTheme } from '../../components/theme';
import { dateToDay, dayToDate, dayToIso, isoDay } from '../../model/dates';
import { startsWithin, type SortedEvents } from '../../model/timeline';
import { linearTimeScale } from './time-axis';
import { TIMELINE } from './timeline-constants';

const columnCache = new WeakMap<SortedEvents, WeakMap<object, Uint32Array>>();

/** Events of a list starting in each 2 px column of the strip, computed once per list and scale. */
function columnCounts(list: SortedEvents, scale: ReturnType<typeof linearTimeScale>, plotX: number, columns: number): Uint32Array {
  let byScale = columnCache.get(list);
  if (!byScale) columnCache.set(list, (byScale = new WeakMap()));
  let counts = byScale.get(scale);
  if (!counts) {
    counts = new Uint32Array(columns);
    for (let i = 0; i < columns; i++) {
      const from = dateToDay(scale.invert(plotX + i * 2));
      const to = dateToDay(scale.invert(plotX + i * 2 + 2)) - 1;
      if (to < from) continue;
      const [lo, hi] = startsWithin(list, from, to);
      counts[i] = hi - lo;
    }
    byScale.set(scale, counts);
  }
  return counts;
}

// Parts of the strip's path kept between changes, for the last plot: each column's "move to its
// foot" and each count's stem top. A change then only joins strings, where formatting ~600
// numbers was most of the strip's cost.
let parts: { plotX: number; top: number; bottom: number; feet: string[]; stems: Map<number, string> } | null = null;

/**
 * The strip's density as one path: a stem at the middle of each 2 px column that has events, from
 * the bottom up 4 px plus 3 px per doubling of its count (to 0.1 px), never above `top`.
 */
export function densityPath(totals: Uint32Array, plotX: number, top: number, bottom: number): string {
  if (!parts || parts.plotX !== plotX || parts.top !== top || parts.bottom !== bottom) parts = { plotX, top, bottom, feet: [], stems: new Map() };
  const { feet, stems } = parts;
  let d = '';
  for (let i = 0; i < totals.length; i++) {
    const count = totals[i]!;
    if (!count) continue;
    let stem = stems.get(count);
    if (stem === undefined) {
      stem = String(Math.round(Math.max(top, bottom - 4 - Math.log2(count) * 3) * 10) / 10);
      stems.set(count, stem);
    }
    d += (feet[i] ??= `M${plotX + i * 2 + 1},${bottom}V`) + stem;
  }
  return d;
}

/**
 * The whole extent in a thin strip, with a tick per event; brushing a range sets the shared date
 * filter. d3-brush owns the one <g> it is attached to; React draws everything else.
 */
export function TimelineBrush({
  lists,
  extent,
  from,
  to,
  plotX,
  plotWidth,
  width,
  theme,
  onRange,
}: {
  /** Every event list of the lanes shown, whatever the dates. */
  lists: readonly SortedEvents[];
  extent: readonly [number, number];
  /** The filter's From and To (null: open). */
  from: string | null;
  to: string | null;
  plotX: number;
  plotWidth: number;
  width: number;
  theme: ChartTheme;
  onRange: (from: string | null, to: string | null) => void;
}) {
  const ref = useRef<SVGGElement>(null);
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  const scale = useMemo(() => linearTimeScale(extent, plotX, plotWidth), [extent, plotX, plotWidth]);
  const height = TIMELINE.brushHeight;
  const onRangeRef = useRef(onRange);
  useEffect(() => {
    onRangeRef.current = onRange;
  }, [onRange]);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const b = brushX<unknown>()
      .extent([
        [plotX, 2],
        [plotX + plotWidth, height - 14],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // moved by us, to follow the filter
        const selection = event.selection as [number, number] | null;
        if (!selection) {
          onRangeRef.current(null, null);
          return;
        }
        const a = dateToDay(scale.invert(selection[0]));
        const z = dateToDay(scale.invert(selection[1])) - 1;
        onRangeRef.current(dayToIso(Math.max(extent[0], a)), dayToIso(Math.min(extent[1], Math.max(a, z))));
      });
    brush.current = b;
    const selection = select(node);
    selection.call(b);
    return () => {
      selection.on('.brush', null);
      brush.current = null;
    };
  }, [plotX, plotWidth, height, scale, extent]);

  // Follow the filter: From/To typed in, reset, or back/forward.
  useEffect(() => {
    const node = ref.current;
    if (!node || !brush.current) return;
    const a = isoDay(from);
    const z = isoDay(to);
    if (a === null && z === null) {
      brush.current.move(select(node), null);
      return;
    }
    const x0 = scale(dayToDate(a ?? extent[0]));
    const x1 = scale(dayToDate((z ?? extent[1]) + 1));
    brush.current.move(select(node), [Math.max(plotX, x0), Math.min(plotX + plotWidth, Math.max(x0 + 1, x1))]);
  }, [from, to, scale, plotX, plotWidth, extent]);

  const years = useMemo(() => scale.ticks(6), [scale]);
  // How many events start in each 2 px column, as one path. Counts are kept per event list, so a
  // filter change only adds up columns; the path's cost does not grow with the data.
  const density = useMemo(() => {
    const columns = Math.max(1, Math.floor(plotWidth / 2));
    const totals = new Uint32Array(columns);
    for (const list of lists) {
      const counts = columnCounts(list, scale, plotX, columns);
      for (let i = 0; i < columns; i++) totals[i]! += counts[i]!;
    }
    return densityPath(totals, plotX, 6, height - 18);
  }, [lists, scale, plotX, plotWidth, height]);

  return (
    <svg width={width} height={height} className="timeline-brush" role="group" aria-label="Date range: drag across the strip to set From and To">
      <g fontFamily={theme.fontFamily} fontSize={10}>
        <rect x={plotX} y={2} width={plotWidth} height={height - 16} fill={theme.surface} stroke={theme.grid} />
        <path d={density} stroke={theme.textMuted} strokeOpacity={0.6} strokeWidth={1.5} fill="none" />
        {years.map((d) => (
          <text key={d.toISOString()} x={scale(d)} y={height - 3} textAnchor={scale(d) < 14 ? 'start' : scale(d) > width - 14 ? 'end' : 'middle'} fill={theme.textMuted}>
            {d.getUTCFullYear()}
          </text>
        ))}
        {plotX > 0 && (
          <text x={plotX - 8} y={(height - 14) / 2 + 2} dy="0.35em" textAnchor="end" fill={theme.textMuted} fontSize={11}>
            Date range
          </text>
        )}
      </g>
      <g ref={ref} className="brush" />
    </svg>
  );
}
