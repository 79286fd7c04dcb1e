import { textWidth } from '../../components/text-width';

/** Marks that belong to the word before them, so a line never starts with one. */
const TRAILING_MARK = /^[·–—-]$/;

/** Breaks text into lines no wider than `width` by words, keeping "·", "–" and "—" with the word before. */
export function wrapWords(text: string, width: number, fontSize: number): string[] {
  const words: string[] = [];
  for (const token of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    if (TRAILING_MARK.test(token) && words.length) words[words.length - 1] += ` ${token}`;
    else words.push(token);
  }
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
