/**
 * The one palette of the dashboard, light and dark: the page's colours, which vite.config.ts writes
 * as CSS custom properties (`--text`, `--accent`, …) into the stylesheet at build time, and the
 * charts', which theme.ts hands to the SVG as attribute values (an exported SVG needs no stylesheet).
 * A colour both use is written once, here. Plain data with no imports, so the build config can read it.
 */

// Okabe–Ito colours for the marks: distinguishable with the common colour-vision deficiencies.
const light = {
  background: '#ffffff',
  surface: '#f6f7f9',
  text: '#1b1f24',
  muted: '#57606a',
  accent: '#0a58ca',
};

const dark = {
  background: '#16191d',
  // The page around the cards is darker than a card; a chart's bands are lighter than its ground.
  pageSurface: '#0f1215',
  surface: '#1f2328',
  text: '#e6e8eb',
  muted: '#a5adb6',
  accent: '#79b8ff',
};

export const PALETTE = {
  light: {
    page: {
      bg: light.background,
      surface: light.surface,
      panel: light.background,
      text: light.text,
      muted: light.muted,
      border: '#d0d7de',
      accent: light.accent,
      'accent-text': '#ffffff',
      focus: light.accent,
      'notice-bg': '#fff8c5',
      'notice-border': '#d4a72c',
      'error-bg': '#ffebe9',
      'error-border': '#cf222e',
      shadow: '0 1px 2px rgba(27, 31, 36, 0.08), 0 4px 16px rgba(27, 31, 36, 0.08)',
      // Menus and tooltips over the page.
      'shadow-raised': '0 6px 24px rgba(0, 0, 0, 0.18)',
    },
    chart: {
      background: light.background,
      surface: light.surface,
      text: light.text,
      textMuted: light.muted,
      grid: '#e3e6ea',
      axis: '#8c959f',
      focus: light.accent,
      bar: '#3c6e91',
      aid: { military: '#D55E00', humanitarian: '#0072B2', financial: '#009E73', unspecified: '#6e7781' },
      // The timeline's categories in three hues the aid types do not use (meetings violet;
      // partnership steps and Ukraine coordination magenta; military, cyber and sanctions ochre),
      // told apart by shape; statements in a grey, faded beside them. Each mark is at least 3:1
      // against both of the chart's grounds (tests/components/palette.test.ts).
      category: {
        partnership: '#B8337A',
        ministerial: '#7B3FA8',
        summit: '#7B3FA8',
        military: '#8A6D00',
        ukraine: '#B8337A',
        cyber: '#8A6D00',
        sanctions: '#8A6D00',
        statement: '#7d8590',
        aid: light.text,
      },
      markerStroke: light.text,
      // What may be (a range's pale part, a band up to the most, an undated release): the mark's
      // colour at this opacity, the same in every view.
      paleOpacity: 0.22,
    },
  },
  dark: {
    page: {
      bg: dark.background,
      surface: dark.pageSurface,
      panel: dark.background,
      text: dark.text,
      muted: dark.muted,
      border: '#30363d',
      accent: dark.accent,
      'accent-text': '#0d1117',
      focus: dark.accent,
      'notice-bg': '#2e2a12',
      'notice-border': '#9e7c1c',
      'error-bg': '#3a1719',
      'error-border': '#f85149',
      shadow: '0 1px 2px rgba(0, 0, 0, 0.4)',
      'shadow-raised': '0 6px 24px rgba(0, 0, 0, 0.18)',
    },
    chart: {
      background: dark.background,
      surface: dark.surface,
      text: dark.text,
      textMuted: dark.muted,
      grid: '#30363d',
      axis: '#6e7681',
      focus: dark.accent,
      bar: '#7fb2d6',
      aid: { military: '#F07B3F', humanitarian: '#56B4E9', financial: '#2FC79A', unspecified: '#9ea7b3' },
      category: {
        partnership: '#F08DC0',
        ministerial: '#C39BE6',
        summit: '#C39BE6',
        military: '#D8B343',
        ukraine: '#F08DC0',
        cyber: '#D8B343',
        sanctions: '#D8B343',
        statement: '#7d8590',
        aid: dark.text,
      },
      // Light on the dark ground, as the light theme's is dark on its own: the marks keep their size.
      markerStroke: '#c9d1d9',
      // Stronger on the dark ground, where the light theme's opacity all but vanishes into the card.
      paleOpacity: 0.34,
    },
  },
} as const;

const declarations = (page: Readonly<Record<string, string>>, indent: string) =>
  Object.entries(page)
    .map(([name, value]) => `${indent}--${name}: ${value};`)
    .join('\n');

/** The page's colours as CSS custom properties: light on :root, dark under `prefers-color-scheme: dark`. */
export function paletteCss(): string {
  return `:root {\n${declarations(PALETTE.light.page, '  ')}\n}\n\n@media (prefers-color-scheme: dark) {\n  :root {\n${declarations(PALETTE.dark.page, '    ')}\n  }\n}\n`;
}
