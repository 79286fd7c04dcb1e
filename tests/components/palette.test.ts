import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE, paletteCss } from '../../src/components/palette';
import { darkTheme, lightTheme } from '../../src/components/theme';

const SRC = join(__dirname, '../../src');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? stylesheets(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));
}

describe('the one palette', () => {
  it('writes the page’s colours as custom properties, light on :root and dark for a dark scheme', () => {
    const css = paletteCss();
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    expect(light).toContain('--accent: #0a58ca;');
    expect(light).toContain('--text: #1b1f24;');
    expect(dark).toContain('--accent: #79b8ff;');
    expect(dark).toContain('--surface: #0f1215;');
    for (const name of Object.keys(PALETTE.light.page)) {
      expect(light).toContain(`--${name}: `);
      expect(dark).toContain(`--${name}: `);
    }
  });

  it('gives the charts the page’s colours where they name the same thing', () => {
    for (const [theme, page] of [
      [lightTheme, PALETTE.light.page],
      [darkTheme, PALETTE.dark.page],
    ] as const) {
      expect(theme.background).toBe(page.bg);
      expect(theme.text).toBe(page.text);
      expect(theme.textMuted).toBe(page.muted);
      expect(theme.focus).toBe(page.focus);
    }
    // The "aid" milestones are drawn in the text colour of each scheme.
    expect(lightTheme.category.aid).toBe('#1b1f24');
    expect(darkTheme.category.aid).toBe('#e6e8eb');
  });

  it('is the only place a colour is written: the stylesheets use its custom properties', () => {
    for (const file of stylesheets(SRC)) {
      const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      expect({ file, colours: css.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? [] }).toEqual({ file, colours: [] });
    }
  });
});

/** The WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the timeline’s category colours', () => {
  it('stand at least 3:1 against both of the chart’s grounds, light and dark', () => {
    for (const theme of [lightTheme, darkTheme]) {
      for (const [category, colour] of Object.entries(theme.category)) {
        for (const ground of [theme.background, theme.surface]) expect(contrast(colour, ground), `${theme.name} ${category} on ${ground}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('use none of the aid types’ colours, so a colour means one thing on the page', () => {
    for (const theme of [lightTheme, darkTheme]) {
      const aid = new Set(Object.values(theme.aid).map((c) => c.toLowerCase()));
      for (const [category, colour] of Object.entries(theme.category)) if (category !== 'aid') expect(aid.has(colour.toLowerCase()), `${theme.name} ${category}`).toBe(false);
    }
  });
});
