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
