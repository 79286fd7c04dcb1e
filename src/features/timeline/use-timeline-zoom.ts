import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { NO_ZOOM, type AxisZoom, type DensityAxis } from './timeline-axis';

/** The most the timeline zooms in. */
export const MAX_ZOOM = 2000;

/**
 * d3-zoom on one <g> the chart renders; the transform lives in React state, tied to the axis it was
 * made for (another axis starts unzoomed), and is handed on in shares of the plot, so an export at
 * another width shows the same stretch of time. Wheel zoom needs Ctrl or ⌘ and touch panning two
 * fingers, so the page still scrolls over the chart.
 */
export function useTimelineZoom(ref: RefObject<SVGGElement | null>, axis: DensityAxis, plotX: number, plotWidth: number) {
  const behavior = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  const [state, setState] = useState<{ axis: DensityAxis; transform: ZoomTransform }>({ axis, transform: zoomIdentity });
  const transform = state.axis === axis ? state.transform : zoomIdentity;
  const axisRef = useRef(axis);
  const syncing = useRef(false);

  useEffect(() => {
    axisRef.current = axis;
  }, [axis]);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const z = zoom<SVGGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [plotX, 0],
        [plotX + plotWidth, 1],
      ])
      .translateExtent([
        [plotX, -Infinity],
        [plotX + plotWidth, Infinity],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length > 1;
        // A script-made event with no window (view) cannot start a drag; d3-drag would fail on it.
        return !(event as MouseEvent).button && !!(event as MouseEvent).view;
      })
      .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002))
      .on('zoom', (event: { transform: ZoomTransform }) => {
        if (!syncing.current) setState({ axis: axisRef.current, transform: event.transform });
      });
    behavior.current = z;
    const selection = select(node);
    selection.call(z);
    return () => {
      selection.on('.zoom', null);
      behavior.current = null;
    };
  }, [ref, plotX, plotWidth]);

  // Another axis starts unzoomed: bring d3's own record of the transform back to identity, quietly.
  useEffect(() => {
    const node = ref.current;
    if (!node || !behavior.current) return;
    syncing.current = true;
    behavior.current.transform(select(node), zoomIdentity);
    syncing.current = false;
  }, [ref, axis]);

  // x' = K·x + T in px, as a zoom of plot shares: f' = K·f + ((K − 1)·plotX + T) / plotWidth.
  const axisZoom = useMemo<AxisZoom>(() => (transform.k === 1 && transform.x === 0 ? NO_ZOOM : { k: transform.k, x: ((transform.k - 1) * plotX + transform.x) / plotWidth }), [transform, plotX, plotWidth]);

  const act = useCallback((apply: (z: ZoomBehavior<SVGGElement, unknown>, node: SVGGElement) => void) => {
    if (behavior.current && ref.current) apply(behavior.current, ref.current);
  }, [ref]);
  /** Zooms by a factor, keeping the point at `x` (px) where it is. */
  const zoomBy = useCallback((k: number, x: number) => act((z, node) => z.scaleBy(select(node), k, [x, 0])), [act]);
  const reset = useCallback(() => act((z, node) => z.transform(select(node), zoomIdentity)), [act]);
  /** Zooms so the stretch between two shares of the unzoomed plot fills most of it. */
  const zoomToShares = useCallback(
    (f0: number, f1: number) =>
      act((z, node) => {
        const x0 = plotX + f0 * plotWidth;
        const x1 = plotX + f1 * plotWidth;
        const k = Math.max(1, Math.min(MAX_ZOOM, (plotWidth * 0.8) / Math.max(1, x1 - x0)));
        z.transform(select(node), zoomIdentity.translate(plotX + plotWidth / 2 - (k * (x0 + x1)) / 2, 0).scale(k));
      }),
    [act, plotWidth, plotX],
  );

  return { zoom: axisZoom, zoomed: transform.k > 1, zoomBy, reset, zoomToShares };
}
