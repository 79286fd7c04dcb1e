import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useFiltersStore } from '../../stores/filters-store';
import { NO_ZOOM, type AxisZoom, type DensityAxis } from './timeline-axis';

/** The most the timeline zooms in. */
export const MAX_ZOOM = 2000;

/**
 * d3-zoom on one <g> the chart renders; the transform lives in React state, tied to the axis it was
 * made for (another axis starts unzoomed), and is handed on in shares of the plot, so an export at
 * another width shows the same stretch of time; the link carries it (`zoom=k,x`), written when a
 * gesture ends, so a reload or back and forward show the same stretch. Wheel zoom needs Ctrl or ⌘ and touch panning two
 * fingers, so the page still scrolls over the chart.
 */
export function useTimelineZoom(ref: RefObject<SVGGElement | null>, axis: DensityAxis, plotX: number, plotWidth: number) {
  const behavior = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  const [state, setState] = useState<{ axis: DensityAxis; transform: ZoomTransform }>({ axis, transform: zoomIdentity });
  const transform = state.axis === axis ? state.transform : zoomIdentity;
  const axisRef = useRef(axis);
  const syncing = useRef(false);
  const linked = useFiltersStore((s) => s.zoom);
  const setLinked = useFiltersStore((s) => s.setZoom);
  const frame = useRef({ plotX, plotWidth });
  useEffect(() => {
    frame.current = { plotX, plotWidth };
  }, [plotX, plotWidth]);

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
      })
      .on('end', (event: { transform: ZoomTransform }) => {
        if (!syncing.current) setLinked(linkOf(event.transform, frame.current.plotX, frame.current.plotWidth));
      });
    behavior.current = z;
    const selection = select(node);
    selection.call(z);
    return () => {
      selection.on('.zoom', null);
      behavior.current = null;
    };
  }, [ref, plotX, plotWidth, setLinked]);

  // The zoom follows the link (a reload, back or forward); other dates (another axis) start unzoomed
  // and take the zoom out of the link. d3's own record of the transform is set quietly.
  const seen = useRef<{ axis: DensityAxis; linked: string | null } | null>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node || !behavior.current) return;
    const before = seen.current;
    seen.current = { axis, linked };
    const wanted = before && before.axis !== axis && before.linked === linked ? null : linked;
    const target = transformOf(wanted, plotX, plotWidth);
    syncing.current = true;
    behavior.current.transform(select(node), target);
    syncing.current = false;
    setState({ axis, transform: target });
    if (wanted !== linked) setLinked(null);
  }, [ref, axis, linked, plotX, plotWidth, setLinked]);

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

/** A transform as the link writes it: "k,x" in plot shares (see `AxisZoom`), null when unzoomed. */
function linkOf(t: ZoomTransform, plotX: number, plotWidth: number): string | null {
  if (t.k === 1 && t.x === 0) return null;
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return `${round(t.k)},${round(((t.k - 1) * plotX + t.x) / plotWidth)}`;
}

/** The transform of a link's "k,x" for this plot (identity for none). */
function transformOf(link: string | null, plotX: number, plotWidth: number): ZoomTransform {
  if (!link) return zoomIdentity;
  const [k, x] = link.split(',').map(Number) as [number, number];
  const K = Math.max(1, Math.min(MAX_ZOOM, k));
  // The zoomed plot still covers the whole view: shares 0 … 1 land within K·f + x.
  const X = Math.max(1 - K, Math.min(0, x));
  return zoomIdentity.translate(X * plotWidth - (K - 1) * plotX, 0).scale(K);
}
