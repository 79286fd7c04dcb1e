/** The axes' small text: its size and the step from one line to the next (px). */
export const AXIS_TEXT = { fontSize: 11, lineHeight: 13 } as const;

import { FONT_FAMILY } from './theme';

// One measuring context for the page: a layout measures hundreds of labels, and creating a canvas
// for each costs more than the layout itself. Absent without OffscreenCanvas (tests, old browsers).
const measuring = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');

/**
 * Width of a text in the chart font (px): measured with the font it is drawn in (Noto Sans, or its
 * metric-matched fallback until it has loaded), else estimated from the number of characters.
 */
export function textWidth(text: string, fontSize: number): number {
  if (!measuring) return text.length * fontSize * 0.56;
  measuring.font = `${fontSize}px ${FONT_FAMILY}`;
  return measuring.measureText(text).width;
}

/** Breaks text into lines no wider than `width` at this font size, by words. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}
