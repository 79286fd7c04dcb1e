import type { KeyboardEvent } from 'react';
import type { PlacedCluster, PlacedMarker } from './timeline-lanes';

/** Handlers that make the timeline's marks interactive on screen; absent in exported images. */
export interface TimelineInteraction {
  /** The marker or badge in the tab order (roving tabindex). */
  focusKey: string | null;
  selectedId: string | null;
  /** Registers the element of a marker or badge, so the keyboard can move focus to it. */
  refFor: (key: string) => (node: SVGElement | null) => void;
  onSelect: (marker: PlacedMarker) => void;
  onOpenCluster: (cluster: PlacedCluster) => void;
  onKeyDown: (key: string, event: KeyboardEvent) => void;
  /** A marker or badge under the pointer or in focus (null: none), for the tooltip and the highlight. */
  onHover: (key: string | null) => void;
  onFocusStop: (key: string) => void;
  /** A count bar chosen (focus) or left (blur, the pointer gone), or null. */
  onHoverBar: (bar: PlacedCluster | null) => void;
  /** The pointer over a lane's count bars, at a client x over the box that spans them: hovers the bar there, or zooms in to it on a click. */
  onBarsPointer: (bars: readonly PlacedCluster[], clientX: number, box: { left: number; width: number }, click: boolean) => void;
  /** A key on a lane's count bars: the arrows choose one, Enter zooms in to it. */
  onBarsKey: (bars: readonly PlacedCluster[], activeKey: string | null, event: KeyboardEvent) => void;
  onHoverCountry: (country: string | null) => void;
}
