import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ChartTheme } from '../../components/theme';
import { dateToDay, dayToIso } from '../../model/dates';
import { formatDay } from '../../model/format';
import type { AxisTick } from './timeline-axis';
import { TIMELINE } from './timeline-constants';

/** Props of the date-range strip: its scale and marks (from the hook) and the filter's dates. */
export interface TimelineStripProps {
  scale: ScaleTime<number, number>;
  extent: readonly [number, number];
  /** The filter's From and To as days (null: open). */
  from: number | null;
  to: number | null;
  /** Where the brush sits, in px; null when the dates are open. */
  selection: [number, number] | null;
  density: string;
  ticks: readonly AxisTick[];
  plotX: number;
  plotWidth: number;
  width: number;
  theme: ChartTheme;
  onRange: (from: string | null, to: string | null) => void;
  /** Moves From or To by a key press (arrows a month, Page keys a year, Home and End to the ends). */
  onStepKey: (end: 'from' | 'to', event: KeyboardEvent) => void;
}

/**
 * The whole extent in a strip on the same kind of axis as the chart (unzoomed and unfiltered, the
 * two line up), with the events' density; brushing a range sets the shared dates. d3-brush owns the
 * one <g> it is attached to; React draws everything else, and two sliders give From and To to the
 * keyboard.
 */
export function TimelineStrip({ scale, extent, from, to, selection, density, ticks, plotX, plotWidth, width, theme, onRange, onStepKey }: TimelineStripProps) {
  const ref = useRef<SVGGElement>(null);
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  const height = TIMELINE.stripHeight;
  const bandBottom = height - 16;
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
        [plotX + plotWidth, bandBottom],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // moved by us, to follow the filter
        const px = event.selection as [number, number] | null;
        if (!px) {
          onRangeRef.current(null, null);
          return;
        }
        const a = dateToDay(scale.invert(px[0]));
        const z = dateToDay(scale.invert(px[1])) - 1;
        onRangeRef.current(dayToIso(Math.max(extent[0], a)), dayToIso(Math.min(extent[1], Math.max(a, z))));
      });
    brush.current = b;
    const s = select(node);
    s.call(b);
    return () => {
      s.on('.brush', null);
      brush.current = null;
    };
  }, [plotX, plotWidth, bandBottom, scale, extent]);

  // Follow the filter: From/To typed in, reset, keys, or back/forward.
  useEffect(() => {
    const node = ref.current;
    if (node && brush.current) brush.current.move(select(node), selection);
  }, [selection]);

  const handles = [
    { end: 'from' as const, x: selection?.[0] ?? plotX, day: from ?? extent[0], name: 'From' },
    { end: 'to' as const, x: selection?.[1] ?? plotX + plotWidth, day: to ?? extent[1], name: 'To' },
  ];
  const strip = (
    <svg width={width} height={height} className="timeline-brush" role="group" aria-label="Date range: drag across the strip, or use its From and To sliders, to set the dates">
      <g fontFamily={theme.fontFamily} fontSize={10}>
        <rect x={plotX} y={2} width={plotWidth} height={bandBottom - 2} fill={theme.surface} stroke={theme.grid} />
        <path d={density} fill={theme.textMuted} fillOpacity={0.55} />
        {ticks.map((t) => (
          <text key={`${t.label}-${Math.round(t.x)}`} x={t.x + 2} y={height - 3} textAnchor={t.anchor} fill={theme.textMuted}>
            {t.label}
          </text>
        ))}
        {plotX > 0 && (
          <text x={plotX - 8} y={bandBottom / 2 + 1} dy="0.35em" textAnchor="end" fill={theme.textMuted} fontSize={11}>
            Date range
          </text>
        )}
      </g>
      <g ref={ref} className="brush" />
      {handles.map((h) => (
        // Over the brush's own edges, which take the pointer; these take the keyboard.
        <rect
          key={h.end}
          className="timeline-handle"
          x={h.x - 4}
          y={2}
          width={8}
          height={bandBottom - 2}
          rx={3}
          fill={theme.focus}
          fillOpacity={selection ? 0.6 : 0.25}
          pointerEvents="none"
          role="slider"
          tabIndex={0}
          aria-label={`${h.name} date`}
          aria-valuemin={extent[0]}
          aria-valuemax={extent[1]}
          aria-valuenow={h.day}
          aria-valuetext={formatDay(h.day)}
          onKeyDown={(e) => onStepKey(h.end, e)}
        />
      ))}
    </svg>
  );
  // With no margin for its name (a narrow chart, or the phone's list above it), the strip is named above.
  if (plotX > 0) return strip;
  return (
    <>
      <p className="timeline-brush__name" aria-hidden="true">
        Date range
      </p>
      {strip}
    </>
  );
}
