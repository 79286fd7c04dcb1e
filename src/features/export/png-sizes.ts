/**
 * Image sizes (PNG and SVG): twice the figure's width on screen, 1920 px wide (as tall as the content), a 16:9 slide
 * (1920 × 1080) and a square for social posts (1080 × 1080).
 */
export const PNG_SIZES = ['screen', 'wide', 'slide', 'square'] as const;
export type PngSize = (typeof PNG_SIZES)[number];

/** The sizes as the menu names them. */
export const PNG_SIZE_LABELS: Record<PngSize, string> = {
  screen: '2× screen',
  wide: '1920 px wide',
  slide: 'Slide 16:9 (1920 × 1080)',
  square: 'Square (1080 × 1080)',
};

/** The colours of an exported image: light by default, for a page or a slide, whatever the screen shows; dark on request. */
export const EXPORT_THEMES = ['light', 'dark'] as const;
export type ExportThemeName = (typeof EXPORT_THEMES)[number];

export const EXPORT_THEME_LABELS: Record<ExportThemeName, string> = { light: 'Light', dark: 'Dark' };
