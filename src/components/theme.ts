import { useSyncExternalStore } from 'react';
import type { AidType, MilestoneCategory } from '../data/schema';

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
}

/** The page's font stack; the exported charts use the same one. */
export const FONT_FAMILY = "'Noto Sans', 'Noto Sans Fallback', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
export const lightTheme: ChartTheme = {
  name: 'light',
  fontFamily: FONT_FAMILY,
  background: '#ffffff',
  surface: '#f6f7f9',
  text: '#1b1f24',
  textMuted: '#57606a',
  grid: '#e3e6ea',
  axis: '#8c959f',
  focus: '#0a58ca',
  bar: '#3c6e91',
  aid: { military: '#D55E00', humanitarian: '#0072B2', financial: '#009E73', unspecified: '#6e7781' },
  category: {
    partnership: '#0072B2',
    ministerial: '#E69F00',
    summit: '#D55E00',
    military: '#009E73',
    ukraine: '#F0E442',
    cyber: '#56B4E9',
    sanctions: '#CC79A7',
    statement: '#8c8c8c',
    aid: '#1b1f24',
  },
  markerStroke: '#1b1f24',
};

export const darkTheme: ChartTheme = {
  name: 'dark',
  fontFamily: FONT_FAMILY,
  background: '#16191d',
  surface: '#1f2328',
  text: '#e6e8eb',
  textMuted: '#a5adb6',
  grid: '#30363d',
  axis: '#6e7681',
  focus: '#79b8ff',
  bar: '#7fb2d6',
  aid: { military: '#F07B3F', humanitarian: '#56B4E9', financial: '#2FC79A', unspecified: '#9ea7b3' },
  category: {
    partnership: '#3A9BDC',
    ministerial: '#E69F00',
    summit: '#F07B3F',
    military: '#2FC79A',
    ukraine: '#F0E442',
    cyber: '#56B4E9',
    sanctions: '#CC79A7',
    statement: '#a0a0a0',
    aid: '#e6e8eb',
  },
  // Light on the dark ground, as the light theme's is dark on its own: the marks keep their size.
  markerStroke: '#c9d1d9',
};

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
