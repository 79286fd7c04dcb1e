import { useSyncExternalStore } from 'react';
import type { AidType, MilestoneCategory } from '../data/schema';
import { PALETTE } from './palette';

/** Colours and type for the charts, as attribute values, so an exported SVG needs no stylesheet. */
export interface ChartTheme {
  name: 'light' | 'dark';
  fontFamily: string;
  background: string;
  surface: string;
  text: string;
  textMuted: string;
  grid: string;
  axis: string;
  focus: string;
  /** Neutral bar colour (oil). */
  bar: string;
  aid: Record<AidType, string>;
  category: Record<MilestoneCategory, string>;
  /** Outline drawn around every marker so light colours stay visible. */
  markerStroke: string;
  /** Fill opacity of what may be, but is not stated: a range's pale part, the band up to the most, an undated release. */
  paleOpacity: number;
}

/** The page's font stack; the exported charts use the same one. */
export const FONT_FAMILY = "'Noto Sans', 'Noto Sans Fallback', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// The colours come from the one palette the page's stylesheet is also written from.
export const lightTheme: ChartTheme = { name: 'light', fontFamily: FONT_FAMILY, ...PALETTE.light.chart };

export const darkTheme: ChartTheme = { name: 'dark', fontFamily: FONT_FAMILY, ...PALETTE.dark.chart };

const QUERY = '(prefers-color-scheme: dark)';

// One query list for the page, and its answer kept until it changes: every chart reads it on every
// render, and asking the browser each time costs more than the render itself.
let media: MediaQueryList | null | undefined;
let dark = false;
function mediaQuery(): MediaQueryList | null {
  if (media !== undefined) return media;
  media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null;
  if (media) {
    const list = media;
    dark = list.matches;
    // Registered first, so it has updated the answer before any chart hears of the change.
    list.addEventListener('change', () => {
      dark = list.matches;
    });
  }
  return media;
}

function subscribe(onChange: () => void): () => void {
  const list = mediaQuery();
  if (!list) return () => {};
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const prefersDark = () => (mediaQuery(), dark);

/** The chart theme that follows the reader's `prefers-color-scheme`. */
export function useChartTheme(): ChartTheme {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  return dark ? darkTheme : lightTheme;
}
