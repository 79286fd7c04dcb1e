import { textWidth, wrapText } from '../../components/text-width';

/** Breaks text into lines no wider than `width` by words, keeping "·", "–" and "—" with the word before. */
export const wrapWords = (text: string, width: number, fontSize: number): string[] => wrapText(text, width, fontSize);

/**
 * Lays out items ("Countries: Japan", "Dates: 1 Jan 2022 – 31 Dec 2022") joined by " · ", breaking
 * between items; an item too wide for a line of its own breaks by words.
 */
export function wrapItems(items: readonly string[], width: number, fontSize: number, separator = ' · '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line ? `${line}${separator}${item}` : item;
    if (textWidth(next, fontSize) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    const parts = wrapWords(item, width, fontSize);
    lines.push(...parts.slice(0, -1));
    line = parts.at(-1) ?? '';
  }
  if (line) lines.push(line);
  return lines;
}
