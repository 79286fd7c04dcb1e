import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';

/** One file of the page's font: its weight, where it is served, and the characters it covers. */
interface FontFile {
  weight: 400 | 600 | 700;
  url: string;
  /** Code-point ranges, as in the page's @font-face unicode-range. */
  ranges: readonly (readonly [number, number])[];
}

// The same ranges as src/app/fonts.css, where the page loads these files.
const LATIN: FontFile['ranges'] = [[0x0000, 0x00ff], [0x0131, 0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da], [0x02dc, 0x02dc], [0x0304, 0x0304], [0x0308, 0x0308], [0x0329, 0x0329], [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff], [0xfffd, 0xfffd]];
const LATIN_EXT: FontFile['ranges'] = [[0x0100, 0x02ba], [0x02bd, 0x02c5], [0x02c7, 0x02cc], [0x02ce, 0x02d7], [0x02dd, 0x02ff], [0x1d00, 0x1dbf], [0x1e00, 0x1e9f], [0x1ef2, 0x1eff], [0x2020, 0x2020], [0x20a0, 0x20ab], [0x20ad, 0x20c0], [0x2113, 0x2113], [0x2c60, 0x2c7f], [0xa720, 0xa7ff]];

const FILES: readonly FontFile[] = [
  { weight: 400, url: latin400, ranges: LATIN },
  { weight: 600, url: latin600, ranges: LATIN },
  { weight: 700, url: latin700, ranges: LATIN },
  { weight: 400, url: latinExt400, ranges: LATIN_EXT },
  { weight: 600, url: latinExt600, ranges: LATIN_EXT },
  { weight: 700, url: latinExt700, ranges: LATIN_EXT },
];

/** The weights an SVG's text is drawn in (400 where it says none). */
function weightsIn(svg: ParentNode): Set<number> {
  const weights = new Set([400]);
  for (const el of svg.querySelectorAll('[font-weight]')) {
    const weight = Number(el.getAttribute('font-weight'));
    weights.add(weight >= 650 ? 700 : weight >= 550 ? 600 : 400);
  }
  return weights;
}

/** The font files a text and its weights need: a subset of the family, as an export carries only these. */
export function fontFilesFor(text: string, weights: ReadonlySet<number>): FontFile[] {
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0)!);
  return FILES.filter((file) => weights.has(file.weight) && [...points].some((p) => file.ranges.some(([a, b]) => p >= a && p <= b)));
}

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the font ${url} could not be loaded (${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/**
 * The @font-face rules that make an SVG render in Noto Sans on any machine: the files its text
 * needs, each as a data URL (no request leaves the file).
 */
export async function embeddedFontCss(markup: string): Promise<string> {
  const svg = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const files = fontFilesFor(svg.documentElement.textContent ?? '', weightsIn(svg));
  const rules = await Promise.all(
    files.map(async (file) => {
      const range = file.ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',');
      return `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${file.weight};src:url(${await dataUrl(file.url)}) format('woff2');unicode-range:${range}}`;
    }),
  );
  return rules.join('\n');
}

/** Waits until the page has the font's weights an export draws with, so the PNG is drawn in them. */
export async function fontsReady(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await Promise.all([400, 600, 700].map((w) => document.fonts.load(`${w} 16px 'Noto Sans'`)));
}
