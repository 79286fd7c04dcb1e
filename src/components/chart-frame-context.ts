import { createContext, type ReactNode } from 'react';

/** What a chart's frame knows that its export actions need: the description (a frame with nothing to draw shows no actions). */
export interface ChartFrameState {
  /** The chart in words under the current filters. */
  description: string | null;
}

export const ChartFrameContext = createContext<ChartFrameState>({ description: null });

/**
 * Where a frame is drawn: on the dashboard, or alone on the embed page, which shows the chart, its
 * title and its footer (the page's `footer`: sources and the link back), and no switches.
 */
export type ChartFramePlace = { embedded: false } | { embedded: true; footer: ReactNode };

export const ChartFramePlaceContext = createContext<ChartFramePlace>({ embedded: false });
