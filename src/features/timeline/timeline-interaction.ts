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
  /** A count bar under the pointer or chosen from the keyboard, or null. */
  onHoverBar: (bar: PlacedCluster | null) => void;
  onZoomBar: (bar: PlacedCluster) => void;
  onHoverCountry: (country: string | null) => void;
}
