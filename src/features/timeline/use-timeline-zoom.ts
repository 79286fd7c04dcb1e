import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dayToDate } from '../../model/dates';

/** The most the timeline zooms in: about a week across the plot for a 35-year extent. */
export const MAX_ZOOM = 2000;

/**
 * d3-zoom on one <g> the chart renders; the transform lives in React state, tied to the base scale it
 * was made for, and the visible scale is derived from it (`transform.rescaleX(base)`). A new base
 * (other dates or events) starts unzoomed without another render. Wheel zoom needs Ctrl or ⌘ and
 * touch panning two fingers, so the page still scrolls over the chart.
 */
export function useTimelineZoom(base: ScaleTime<number, number>, plotX: number, plotWidth: number) {
  const ref = useRef<SVGGElement>(null);
  const behavior = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  const [state, setState] = useState<{ base: ScaleTime<number, number>; transform: ZoomTransform }>({ base, transform: zoomIdentity });
  const transform = state.base === base ? state.transform : zoomIdentity;
  const baseRef = useRef(base);
  const syncing = useRef(false);

  useEffect(() => {
    baseRef.current = base;
  }, [base]);

  // Bound once per plot size: a filter change does not rebind the listeners.
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
        if (!syncing.current) setState({ base: baseRef.current, transform: event.transform });
      });
    behavior.current = z;
    const selection = select(node);
    selection.call(z);
    return () => {
      selection.on('.zoom', null);
      behavior.current = null;
    };
  }, [plotX, plotWidth]);

  // A new base starts unzoomed: bring d3's own record of the transform back to identity, quietly.
  useEffect(() => {
    const node = ref.current;
    if (!node || !behavior.current) return;
    syncing.current = true;
    behavior.current.transform(select(node), zoomIdentity);
    syncing.current = false;
  }, [base]);

  const view = useMemo(() => transform.rescaleX(base), [transform, base]);

  const act = useCallback((apply: (z: ZoomBehavior<SVGGElement, unknown>, node: SVGGElement) => void) => {
    if (behavior.current && ref.current) apply(behavior.current, ref.current);
  }, []);
  const zoomBy = useCallback((k: number) => act((z, node) => z.scaleBy(select(node), k)), [act]);
  const reset = useCallback(() => act((z, node) => z.transform(select(node), zoomIdentity)), [act]);
  /** Zooms so the given days fill most of the plot. */
  const zoomTo = useCallback(
    (from: number, to: number) =>
      act((z, node) => {
        const x0 = base(dayToDate(from));
        const x1 = base(dayToDate(to + 1));
        const k = Math.max(1, Math.min(MAX_ZOOM, (plotWidth * 0.8) / Math.max(1, x1 - x0)));
        // x ↦ k·x + t, with the range's centre landing in the middle of the plot.
        z.transform(select(node), zoomIdentity.translate(plotX + plotWidth / 2 - (k * (x0 + x1)) / 2, 0).scale(k));
      }),
    [act, base, plotWidth, plotX],
  );

  return { ref, view, zoomed: transform.k > 1, zoomBy, reset, zoomTo };
}
