import { FONT_FAMILY } from './theme';

/**
 * The chart font's line box, in ems (Noto Sans: ascender 1069, descender 293 per 1000 units): how far
 * a line of text reaches above and below its baseline, for keeping lines and marks clear of it.
 */
export const FONT_METRICS = { ascent: 1.069, descent: 0.293 } as const;

/** The axes' small text: its size and the step from one line to the next (px). */
export const AXIS_TEXT = { fontSize: 11, lineHeight: 13 } as const;

// One context measures every text: a layout measures hundreds of labels, and a canvas made for
// each would be made and dropped as often. It is made on first use, where a canvas exists.
let measuring: OffscreenCanvasRenderingContext2D | null | undefined;

function measuringContext(): OffscreenCanvasRenderingContext2D | null {
  if (measuring === undefined) measuring = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  return measuring;
}

/**
 * Width of a text in the chart font (px), for laying out SVG text before it is drawn: measured on
 * a canvas, or estimated from its length where there is none (jsdom, in the tests).
 */
export function textWidth(text: string, fontSize: number, weight = 400): number {
  const context = measuringContext();
  if (!context) return text.length * fontSize * 0.56;
  context.font = `${weight} ${fontSize}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
}

/** Marks that belong to the word before them, so a line never starts with one. */
const TRAILING_MARK = /^[·–—-]$/;

/**
 * Breaks text into lines no wider than `width` at this font size and weight, by words; a "·", "–" or
 * "—" stays with the word before it, so no line starts with one.
 */
export function wrapText(text: string, width: number, fontSize: number, weight = 400): string[] {
  const words: string[] = [];
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (TRAILING_MARK.test(token) && words.length) words[words.length - 1] += ` ${token}`;
    else words.push(token);
  }
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, weight) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}
