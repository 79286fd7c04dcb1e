import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { ExportSpec } from '../../../src/components/export-spec';
import { lightTheme, darkTheme } from '../../../src/components/theme';
import { FRAME_PADDING, frameExport } from '../../../src/features/export/ExportFrame';
import { renderSvgString as render, sanitizeSvg } from '../../../src/features/export/svg-string';
import { wrapText } from '../../../src/components/text-width';
import { wrapItems } from '../../../src/features/export/wrap-lines';

function spec(overrides: Partial<ExportSpec> = {}): ExportSpec {
  return {
    stem: 'test',
    title: 'Aid to Ukraine by country and type',
    filters: ['Countries: Japan · Dates: 1 Jan 2022 – 31 Dec 2022'],
    legend: (theme) => [{ key: 'military', label: 'Military', color: theme.aid.military, fill: 'hatch' }],
    chart: (width, theme) => ({ width, height: 100, marks: <rect width={width} height={100} fill={theme.aid.military} /> }),
    notes: ['A note.'],
    sources: ['Sources: Lynch, East-West Center — undated.'],
    csv: { columns: [], rows: [] },
    fileParts: { countries: ['JP'], from: null, to: null },
    ...overrides,
  };
}

/** Renders to markup inside act(), as the test environment expects of any React root. */
function renderSvgString(element: ReactElement): string {
  let markup = '';
  act(() => {
    markup = render(element);
  });
  return markup;
}

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml');

describe('exported SVG', () => {
  const options = { width: 600, theme: lightTheme, citation: 'Dashboard, dataset version 1. https://example.org/ (accessed 1 Jan 2026).' };

  it('is a stand-alone SVG with title, filters, legend, chart, notes, sources and the citation', () => {
    const markup = renderSvgString(frameExport(spec(), options).element);
    const doc = parse(markup);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const part of ['Aid to Ukraine by country and type', 'Countries: Japan', 'Military', 'A note.', 'Sources: Lynch', 'Cite as: Dashboard, dataset version 1.', '(accessed 1 Jan 2026).']) {
      expect(text).toContain(part);
    }
  });

  it('inlines its styles as attributes: fonts, colours and an opaque background, no classes or stylesheet', () => {
    const markup = renderSvgString(frameExport(spec(), { ...options, theme: darkTheme }).element);
    const doc = parse(markup);
    expect(doc.documentElement.getAttribute('font-family')).toBe(darkTheme.fontFamily);
    const background = doc.documentElement.querySelector('rect')!;
    expect(background.getAttribute('fill')).toBe(darkTheme.background);
    expect(background.getAttribute('width')).toBe('600');
    expect(markup).toContain(`fill="${darkTheme.aid.military}"`);
    expect(markup).not.toMatch(/class=|<style|var\(--/);
    // The legend's hatching is a pattern inside the SVG, referenced by id.
    expect(doc.querySelector('pattern')).not.toBeNull();
    expect(markup).toMatch(/fill="url\(#test-export-svglegend-military\)"/);
  });

  it('is as tall as what it shows, the sources and the citation last, one padding above the bottom', () => {
    const framed = frameExport(spec(), options);
    const doc = new DOMParser().parseFromString(render(framed.element), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')];
    const last = texts.at(-1)!;
    expect(last.textContent).toContain('(accessed 1 Jan 2026).');
    // The last line's baseline sits a padding (17 px) and the 11 px line's descent above the bottom edge.
    const bottom = Number(last.getAttribute('y')) + 11 * 0.35;
    expect(framed.height - bottom).toBeGreaterThanOrEqual(FRAME_PADDING);
    expect(framed.height - bottom).toBeLessThanOrEqual(FRAME_PADDING + 2);
    // Nothing else is lower than the notes and sources: no blank band between them.
    const ys = texts.map((t) => Number(t.getAttribute('y')));
    expect(Math.max(...ys)).toBe(Number(last.getAttribute('y')));
  });

  it('keeps hostile text as text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const markup = renderSvgString(frameExport(spec({ title: hostile, notes: ['javascript:alert(3)'] }), options).element);
    expect(markup).not.toContain('<script');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;script&gt;');
    expect(parse(markup).querySelectorAll('script, img')).toHaveLength(0);
  });
});

describe('the subtitle of an export', () => {
  it('breaks between items, so no line starts with “·” or with the “–” of a date range', () => {
    const items = ['Countries: Japan, South Korea, Australia and New Zealand', 'Aid types: Military, Humanitarian and Financial', 'Dates: 1 Jan 1990 – 31 Oct 2024', 'Measure: US$'];
    for (const width of [200, 260, 320, 420, 566, 800]) {
      const lines = wrapItems(items, width, 13);
      // Every word of every item, in order; a break between items takes the place of its “·”.
      expect(lines.join(' ').replace(/ · /g, ' ')).toBe(items.join(' '));
      for (const line of lines) expect(line).not.toMatch(/^[·–]/);
    }
    // Wide enough for the first two items but not the third: the break falls between items.
    expect(wrapItems(items.slice(0, 3), 'Countries: Japan, South Korea, Australia and New Zealand · Aid types: Military, Humanitarian and Financial'.length * 13 * 0.56 + 1, 13)).toEqual([
      'Countries: Japan, South Korea, Australia and New Zealand · Aid types: Military, Humanitarian and Financial',
      'Dates: 1 Jan 1990 – 31 Oct 2024',
    ]);
  });
});

describe('an export of a view with nothing to show', () => {
  const options = { width: 600, theme: lightTheme, citation: 'Dashboard, dataset version 1. https://example.org/ (accessed 1 Jan 2026).' };

  it('carries the empty-state sentence instead of an empty axis, and no legend', () => {
    const sentence = 'No oil releases are recorded within the selected dates; the releases date from 2022.';
    let drawn = false;
    const markup = renderSvgString(
      frameExport(
        spec({
          empty: sentence,
          chart: (width) => {
            drawn = true;
            return { width, height: 100, marks: <rect width={width} height={100} /> };
          },
        }),
        options,
      ).element,
    );
    const text = [...parse(markup).querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(text).toContain(sentence);
    expect(text).not.toContain('Military');
    expect(drawn).toBe(false);
  });
});

describe('sanitizeSvg', () => {
  it('removes scripts, event handlers, external links and styles', () => {
    const doc = parse(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"><script>alert(2)</script><foreignObject><div>x</div></foreignObject><a href="https://evil.example"><text>link</text></a><image href="https://evil.example/x.png"/><rect fill="url(https://evil.example/#p)" onclick="alert(3)" style="fill:red"/><rect fill="url(#ok)"/><use xlink:href="#ok"/></svg>',
    );
    const clean = sanitizeSvg(doc.documentElement);
    const markup = new XMLSerializer().serializeToString(clean);
    expect(markup).not.toMatch(/script|onload|onclick|foreignObject|evil|<image|<a |style=|<use/);
    expect(markup).toContain('fill="url(#ok)"');
  });
});

describe('wrapText', () => {
  it('breaks at words so no line is wider than asked', () => {
    const lines = wrapText('Countries: Japan, South Korea, Australia and New Zealand · Aid types: Military', 200, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Countries: Japan, South Korea, Australia and New Zealand · Aid types: Military');
    for (const line of lines) expect(line.length * 13 * 0.56).toBeLessThanOrEqual(200 + 13 * 8);
  });
});
