import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { useEffect, useMemo, useRef } from 'react';
import type { ChartTheme } from '../../components/theme';
import { dateToDay, dayToDate, dayToIso, isoDay } from '../../model/dates';
import type { SortedEvents } from '../../model/timeline';
import { stripDensity } from './compute-timeline';
import { linearTimeScale } from './time-axis';
import { TIMELINE } from './timeline-constants';

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
  // How many events start in each 2 px column, as one path.
  const density = useMemo(() => stripDensity(lists, scale, plotX, plotWidth, 6, height - 18), [lists, scale, plotX, plotWidth, height]);

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
