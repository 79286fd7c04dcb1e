import { useMemo, type Dispatch, type KeyboardEvent, type RefObject } from 'react';
import { useStableCallback } from '../../components/use-latest';
import { markKeyAction } from '../../components/use-mark-navigation';
import type { TimelineEvent } from '../../model/timeline';
import { useFiltersStore } from '../../stores/filters-store';
import type { StripFrame } from './compute-timeline';
import { NO_ZOOM, type AxisZoom, type DensityAxis } from './timeline-axis';
import {
  barAt,
  countriesOf,
  laneXOfPointer,
  rangeOfBrush,
  stepBar,
  stepFrom,
  stepRangeEnd,
  toggledSelection,
  zoomAround,
  zoomInShare,
  zoomToDays,
  type PlotFrame,
  type ResolvedUi,
  type TimelineStop,
  type TimelineUi,
  type TimelineUiChange,
} from './timeline-controller';
import type { TimelineInteraction } from './timeline-interaction';
import type { PlacedCluster } from './timeline-lanes';

/** What the handlers act on: the state and layout of this render, read when a handler runs. */
export interface TimelineHandlerInput {
  ui: TimelineUi;
  dispatch: Dispatch<TimelineUiChange>;
  resolved: ResolvedUi;
  stops: readonly TimelineStop[];
  selectedId: string | null;
  axis: DensityAxis;
  zoom: AxisZoom;
  zoomTo: (zoom: AxisZoom) => void;
  plot: PlotFrame;
  /** Each marker's and badge's element, so the keyboard can move the focus. */
  nodes: RefObject<Map<string, SVGElement>>;
  extent: readonly [number, number] | null;
  range: { from: number | null; to: number | null };
}

/** The latest render's input, read when a handler runs. */
type Latest = () => TimelineHandlerInput;
type Dispatcher = Dispatch<TimelineUiChange>;
type Nodes = RefObject<Map<string, SVGElement>>;
const store = () => useFiltersStore.getState();

/** Markers and badges: select, open, hover, focus, and the keyboard in reading order. */
function markHandlers(latest: Latest, dispatch: Dispatcher, nodes: Nodes) {
  const stopOf = (key: string | null) => (key === null ? null : (latest().stops.find((s) => s.key === key) ?? null));
  const hover = (key: string | null) => {
    dispatch({ type: 'hover', key });
    store().setHoveredCountries(countriesOf(stopOf(key)));
  };
  const toggle = (event: TimelineEvent) => store().setEvent(toggledSelection(latest().selectedId, event));
  return {
    toggle,
    refFor: (key: string) => (node: SVGElement | null) => {
      if (node) nodes.current.set(key, node);
      else nodes.current.delete(key);
    },
    onSelect: (m: { key: string; event: TimelineEvent }) => {
      dispatch({ type: 'focus', key: m.key });
      toggle(m.event);
    },
    onOpenCluster: (c: { key: string }) => dispatch({ type: 'open', key: c.key }),
    onHover: hover,
    onFocusStop: (key: string) => {
      dispatch({ type: 'focus', key });
      hover(key);
    },
    onKeyDown: (key: string, e: KeyboardEvent) => {
      const stop = stopOf(key);
      const action = markKeyAction(e.key, 'lanes');
      if (!stop || !action) return;
      if ('close' in action) {
        store().setEvent(null);
        hover(null);
        return;
      }
      e.preventDefault();
      if ('open' in action) {
        if (stop.marker) toggle(stop.marker.event);
        else dispatch({ type: 'open', key: stop.key });
        return;
      }
      const target = stepFrom(latest().stops, key, action.step);
      if (!target) return;
      dispatch({ type: 'focus', key: target.key });
      nodes.current.get(target.key)?.focus();
    },
    onHoverCountry: (country: string | null) => store().setHoveredCountry(country),
  };
}

/** A crowded lane's count bars: the pointer and the keyboard choose one, a click or Enter zooms in to it. */
function barHandlers(latest: Latest, dispatch: Dispatcher) {
  const zoomInto = (bar: PlacedCluster) => latest().zoomTo(zoomToDays(latest().axis, bar.from, bar.to));
  return {
    onHoverBar: (bar: PlacedCluster | null) => dispatch({ type: 'bar', bar }),
    onBarsPointer: (bars: readonly PlacedCluster[], clientX: number, box: { left: number; width: number }, click: boolean) => {
      const bar = barAt(bars, laneXOfPointer(clientX, box, bars));
      if (click && bar) zoomInto(bar);
      else if (!click && (bar?.key ?? null) !== (latest().resolved.activeBar?.key ?? null)) dispatch({ type: 'bar', bar });
    },
    onBarsKey: (bars: readonly PlacedCluster[], activeKey: string | null, e: KeyboardEvent) => {
      const action = markKeyAction(e.key, 'slider');
      if (!action || 'close' in action) return;
      e.preventDefault();
      if ('step' in action) {
        dispatch({ type: 'bar', bar: stepBar(bars, activeKey, action.step) });
        return;
      }
      const bar = bars.find((b) => b.key === activeKey) ?? bars[0];
      if (bar) zoomInto(bar);
    },
  };
}

/** The zoom buttons, the date strip's brush and sliders. */
function zoomAndStripHandlers(latest: Latest) {
  const zoomBy = (factor: number, share: number) => latest().zoomTo(zoomAround(latest().zoom, factor, share));
  return {
    /** Zoom in on the event in focus (once the keyboard or a click has been on one), or on the middle of the events in view. */
    zoomIn: () => zoomBy(2, zoomInShare(latest().stops, latest().ui.focusKey, latest().plot)),
    zoomOut: () => zoomBy(0.5, 0.5),
    resetZoom: () => latest().zoomTo(NO_ZOOM),
    onBrush: (strip: StripFrame, px: readonly [number, number] | null) => {
      const { from, to } = rangeOfBrush(strip.scale, strip.extent, px);
      store().setRange(from, to);
    },
    onStepKey: (end: 'from' | 'to', e: KeyboardEvent) => {
      const { extent, range } = latest();
      const action = markKeyAction(e.key, 'slider');
      if (!extent || !action || !('step' in action)) return;
      const next = stepRangeEnd(end, action.step, range, extent);
      if (next === undefined) return;
      e.preventDefault();
      if (end === 'from') store().setFrom(next);
      else store().setTo(next);
    },
  };
}

/** A badge's list, the phone's list and the details. */
function listHandlers(latest: Latest, dispatch: Dispatcher, nodes: Nodes) {
  return {
    closeCluster: () => {
      const open = latest().ui.openKey;
      dispatch({ type: 'closeList' });
      if (open) nodes.current.get(open)?.focus();
    },
    dismissCluster: () => dispatch({ type: 'closeList' }),
    selectFromList: (event: TimelineEvent) => {
      dispatch({ type: 'closeList' });
      store().setEvent(event.id);
    },
    hoverListEvent: (event: TimelineEvent | null) => store().setHoveredCountries(event?.countries ?? []),
    clearSelection: () => store().setEvent(null),
  };
}

/**
 * The timeline's handlers: each hands an event to the controller and applies what it decides (the
 * store, the interaction state, the zoom, the focus). They keep one identity (they read the latest
 * render's values when they run), so the memoised lanes are drawn again only when the focus or the
 * selection changes, or their own layout.
 */
export function useTimelineHandlers(input: TimelineHandlerInput) {
  const latest = useStableCallback(() => input);
  const { dispatch, nodes } = input;
  const handlers = useMemo(() => ({ ...markHandlers(latest, dispatch, nodes), ...barHandlers(latest, dispatch), ...zoomAndStripHandlers(latest), ...listHandlers(latest, dispatch, nodes) }), [latest, dispatch, nodes]);
  const { tabKey } = input.resolved;
  const { selectedId } = input;
  const interaction = useMemo<TimelineInteraction>(() => ({ ...handlers, focusKey: tabKey, selectedId }), [handlers, tabKey, selectedId]);
  return { ...handlers, interaction };
}
