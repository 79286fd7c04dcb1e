import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useFiltersStore } from '../../stores/filters-store';
import { NO_ZOOM, type AxisZoom, type DensityAxis } from './timeline-axis';
import { clampZoom, linkOfZoom, MAX_ZOOM, transformOfZoom, zoomOfLink, zoomOfTransform, type PlotFrame } from './timeline-controller';

export { MAX_ZOOM } from './timeline-controller';

const transformOf = (zoom: AxisZoom, frame: PlotFrame) => {
  const t = transformOfZoom(zoom, frame);
  return zoomIdentity.translate(t.x, 0).scale(t.k);
};

/**
 * d3-zoom on one <g> the chart renders, reporting to React state. The zoom is kept in shares of
 * the plot (the controller's math), tied to the axis it was made for (another axis starts
 * unzoomed), so an export at another width shows the same stretch of time; the link carries it
 * (`zoom=k,x`), written when a gesture ends, so a reload or back and forward show the same
 * stretch. Wheel zoom needs Ctrl or ⌘ and touch panning two fingers, so the page still scrolls.
 * `zoomTo` sets a zoom (the buttons, a count bar) through d3, so its record stays in step.
 */
export function useTimelineZoom(ref: RefObject<SVGGElement | null>, axis: DensityAxis, frame: PlotFrame) {
  const behavior = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  const [state, setState] = useState<{ axis: DensityAxis; zoom: AxisZoom }>({ axis, zoom: NO_ZOOM });
  const zoom = state.axis === axis ? state.zoom : NO_ZOOM;
  const latest = useRef({ axis, frame, syncing: false });
  const linked = useFiltersStore((s) => s.zoom);
  const setLinked = useFiltersStore((s) => s.setZoom);
  const { plotX, plotWidth } = frame;
  useEffect(() => {
    latest.current = { ...latest.current, axis, frame: { plotX, plotWidth } };
  }, [axis, plotX, plotWidth]);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const z = d3Zoom<SVGGElement, unknown>()
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
        if (!latest.current.syncing) setState({ axis: latest.current.axis, zoom: zoomOfTransform(event.transform, latest.current.frame) });
      })
      .on('end', (event: { transform: ZoomTransform }) => {
        if (!latest.current.syncing) setLinked(linkOfZoom(zoomOfTransform(event.transform, latest.current.frame)));
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
    const target = zoomOfLink(wanted);
    latest.current.syncing = true;
    behavior.current.transform(select(node), transformOf(target, { plotX, plotWidth }));
    latest.current.syncing = false;
    setState({ axis, zoom: target });
    if (wanted !== linked) setLinked(null);
  }, [ref, axis, linked, plotX, plotWidth, setLinked]);

  /** Sets a zoom through d3 (which reports it back, and writes the link when it ends). */
  const zoomTo = (next: AxisZoom) => {
    if (behavior.current && ref.current) behavior.current.transform(select(ref.current), transformOf(clampZoom(next), { plotX, plotWidth }));
  };
  return { zoom, zoomTo };
}
