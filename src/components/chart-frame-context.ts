import { createContext } from 'react';

/** What a chart's frame knows that its export actions need: the empty state and the description. */
export interface ChartFrameState {
  /** The sentence shown instead of the chart when the filters leave nothing to draw. */
  empty: string | null;
  /** The chart in words under the current filters. */
  description: string | null;
}

export const ChartFrameContext = createContext<ChartFrameState>({ empty: null, description: null });
