/** The axes' small text: its size and the step from one line to the next (px). */
export const AXIS_TEXT = { fontSize: 11, lineHeight: 13 } as const;

/** Approximate width of a text in the chart font (px), for laying out SVG text without a DOM. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
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
