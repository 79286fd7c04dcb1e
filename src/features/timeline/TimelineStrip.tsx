import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ChartTheme } from '../../components/theme';
import { formatDay } from '../../model/format';
import type { AxisTick } from './timeline-axis';
import { TIMELINE } from './timeline-constants';

/** What the strip shows: the extent's ticks and density, and where the dates and the zoomed window are. */
export interface StripView {
  extent: readonly [number, number];
  /** The filter's From and To as days (null: open). */
  range: { from: number | null; to: number | null };
  /** Where the brush sits, in px; null when the dates are open. */
  selection: [number, number] | null;
  /** The stretch the zoomed chart shows, in px; null when it is not zoomed. */
  window: [number, number] | null;
  density: string;
  ticks: readonly AxisTick[];
}

/** Props of the date-range strip. */
export interface TimelineStripProps {
  strip: StripView;
  plotX: number;
  plotWidth: number;
  width: number;
  theme: ChartTheme;
  /** A brush gesture's end, with the px it covers (null: cleared). */
  onBrush: (px: readonly [number, number] | null) => void;
  /** Moves From or To by a key press (arrows a month, Page keys a year, Home and End to the ends). */
  onStepKey: (end: 'from' | 'to', event: KeyboardEvent) => void;
}

/** d3-brush on one <g>, reporting a gesture's end and following the filter's dates. */
function useBrush(plotX: number, plotWidth: number, bottom: number, selection: [number, number] | null, onBrush: TimelineStripProps['onBrush']) {
  const ref = useRef<SVGGElement>(null);
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  const onBrushRef = useRef(onBrush);
  useEffect(() => {
    onBrushRef.current = onBrush;
  }, [onBrush]);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const b = brushX<unknown>()
      .extent([
        [plotX, 2],
        [plotX + plotWidth, bottom],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent) onBrushRef.current(event.selection as [number, number] | null); // else moved by us, to follow the filter
      });
    brush.current = b;
    const s = select(node);
    s.call(b);
    return () => {
      s.on('.brush', null);
      brush.current = null;
    };
  }, [plotX, plotWidth, bottom]);
  // Follow the filter: From/To typed in, reset, keys, or back/forward.
  useEffect(() => {
    const node = ref.current;
    if (node && brush.current) brush.current.move(select(node), selection);
  }, [selection]);
  return ref;
}

/**
 * The whole extent in a strip on the same kind of axis as the chart (unzoomed and unfiltered, the
 * two line up), with the events' density and, zoomed in, an outline of the stretch the chart shows;
 * brushing a range sets the shared dates. d3-brush owns the one <g> it is attached to; React draws
 * everything else, and two sliders give From and To to the keyboard.
 */
export function TimelineStrip({ strip, plotX, plotWidth, width, theme, onBrush, onStepKey }: TimelineStripProps) {
  const height = TIMELINE.stripHeight;
  const bandBottom = height - 16;
  const ref = useBrush(plotX, plotWidth, bandBottom, strip.selection, onBrush);
  const { extent, range, selection, window } = strip;
  const handles = [
    { end: 'from' as const, x: selection?.[0] ?? plotX, day: range.from ?? extent[0], name: 'From' },
    { end: 'to' as const, x: selection?.[1] ?? plotX + plotWidth, day: range.to ?? extent[1], name: 'To' },
  ];
  const svg = (
    <svg width={width} height={height} className="timeline-brush" role="group" aria-label="Date range: drag across the strip, or use its From and To sliders, to set the dates">
      <g fontFamily={theme.fontFamily} fontSize={10}>
        <rect x={plotX} y={2} width={plotWidth} height={bandBottom - 2} fill={theme.surface} stroke={theme.grid} />
        <path d={strip.density} fill={theme.textMuted} fillOpacity={0.55} />
        {window && <rect className="timeline-brush__window" x={window[0]} y={2} width={window[1] - window[0]} height={bandBottom - 2} fill="none" stroke={theme.text} strokeWidth={1.5} />}
        {strip.ticks.map((t) => (
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
  if (plotX > 0) return svg;
  return (
    <>
      <p className="timeline-brush__name" aria-hidden="true">
        Date range
      </p>
      {svg}
    </>
  );
}
