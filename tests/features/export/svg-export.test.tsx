import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { buildExportSpec, sourcesSentence, viewSources, type ExportSpec, type ViewDescription } from '../../../src/components/export-spec';
import { lightTheme, darkTheme } from '../../../src/components/theme';
import type { Source } from '../../../src/data/schema';
import { BOX_LAYOUTS, FRAME_PADDING, frameExport } from '../../../src/features/export/ExportFrame';
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

describe('an image as a publication graphic', () => {
  const citation = 'Dashboard, dataset version 1. https://example.org/?countries=JP (accessed 1 Jan 2026).';
  const address = 'example.org · Dashboard · dataset version 1';
  const texts = (element: ReactElement) => [...parse(renderSvgString(element)).querySelectorAll('text')].map((t) => t.textContent ?? '');
  const withDetails = () => spec({ subtitle: 'Aid to Japan, as the sources state it.', details: ['Also given, without a stated value: Japan: vests.'] });

  it('reads top-down: title, a subtitle in words rather than the filters, the chart, then Source, Note, the long lists and the citation', () => {
    const lines = texts(frameExport(withDetails(), { width: 600, theme: lightTheme, citation }).element);
    expect(lines[0]).toBe('Aid to Ukraine by country and type');
    expect(lines[1]).toBe('Aid to Japan, as the sources state it.');
    expect(lines.join(' ')).not.toContain('Countries: Japan');
    const at = (start: string) => lines.findIndex((l) => l.startsWith(start));
    expect(at('Sources: Lynch')).toBeLessThan(at('Note: A note.'));
    expect(at('Note: A note.')).toBeLessThan(at('Also given'));
    expect(at('Also given')).toBeLessThan(at('Cite as: Dashboard'));
  });

  for (const layout of ['slide', 'square'] as const) {
    it(`at the ${layout} size: the box's size, larger type, and no long list or "Cite as" block, but the short address`, () => {
      const framed = frameExport(withDetails(), { width: 600, theme: lightTheme, citation, layout: BOX_LAYOUTS[layout], address });
      expect([framed.width, framed.height]).toEqual(layout === 'slide' ? [960, 540] : [540, 540]);
      const markup = renderSvgString(framed.element);
      const lines = texts(framed.element);
      expect(lines.join(' ')).not.toContain('Cite as');
      expect(lines.join(' ')).not.toContain('Also given');
      expect(lines.at(-1)).toBe(address);
      expect(lines.some((l) => l.startsWith('Sources: Lynch'))).toBe(true);
      // The title is set larger than in an image that flows (20 px).
      const title = parse(markup).querySelector('text')!;
      expect(Number(title.getAttribute('font-size'))).toBeGreaterThan(20);
      // The footer sits at the foot of the box: the address's baseline within a padding and a line of the bottom.
      const last = [...parse(markup).querySelectorAll('text')].at(-1)!;
      expect(framed.height - Number(last.getAttribute('y'))).toBeLessThanOrEqual(BOX_LAYOUTS[layout].pad + 6);
    });
  }

  it('fits a chart that cannot stretch into the room the text leaves, scaled, never past it', () => {
    // A chart 300 px tall at any width: in the slide's room (under 400 px) it is drawn smaller than its layout's own scale.
    const tall = spec({ chart: (width) => ({ width, height: 300, marks: <rect width={width} height={300} /> }) });
    const markup = renderSvgString(frameExport(tall, { width: 600, theme: lightTheme, citation, layout: BOX_LAYOUTS.slide, address }).element);
    const [, x, y, scale] = markup.match(/<g transform="translate\(([\d.]+),([\d.]+)\) scale\(([\d.]+)\)"><rect/)!.map(Number);
    expect(300 * scale!).toBeLessThanOrEqual(540 - y!);
    expect(x).toBeGreaterThanOrEqual(BOX_LAYOUTS.slide.pad);
    expect(scale).toBeLessThan(BOX_LAYOUTS.slide.chartScale);
  });

  it('gives a chart that can stretch the room’s height', () => {
    let asked: number | undefined;
    const stretching = spec({
      chart: (width, _theme, height) => {
        asked = height;
        return { width, height: height ?? 100, marks: <rect width={width} height={height ?? 100} /> };
      },
    });
    frameExport(stretching, { width: 600, theme: lightTheme, citation, layout: BOX_LAYOUTS.square, address });
    // The square less its paddings, title, subtitle, legend and footer: most of it, at the chart's scale.
    expect(asked! * BOX_LAYOUTS.square.chartScale).toBeGreaterThan(540 * 0.4);
    frameExport(stretching, { width: 600, theme: lightTheme, citation });
    expect(asked).toBeUndefined();
  });
});

describe('a view’s export from its description', () => {
  const description = (overrides: Partial<ViewDescription> = {}): ViewDescription => ({
    stem: 'oil-releases',
    title: 'Oil',
    subtitle: 'Barrels released.',
    empty: null,
    legend: () => [],
    notes: [
      { text: 'How to read it.', kind: 'reading' },
      { text: 'Singapore has no bar.', kind: 'gap' },
      { text: 'A long list.', kind: 'detail' },
      { text: 'Not affected by the aid-type filter.', kind: 'page' },
    ],
    table: { caption: 'Oil', columns: [], rows: [] },
    csv: { columns: ['Country'], rows: [['Japan']] },
    sources: [{ id: 'a', label: 'Lynch, East-West Center', date: 'undated; events to 5 May 2022' }],
    citation: ['Countries: Japan'],
    words: ['Japan released the most.', 'Singapore has no bar.'],
    fileParts: { countries: ['JP'], from: null, to: null },
    ...overrides,
  });
  const chart = (width: number) => ({ width, height: 50, marks: <rect width={width} height={50} /> });

  it('takes every sentence from it: notes by kind, the page’s own note left out, the sources with their dates', () => {
    const built = buildExportSpec(description(), chart);
    expect(built.subtitle).toBe('Barrels released.');
    expect(built.notes).toEqual(['How to read it.', 'Singapore has no bar.']);
    expect(built.details).toEqual(['A long list.']);
    expect(built.sources).toEqual(['Source: Lynch, East-West Center — undated; events to 5 May 2022.']);
    expect(built.description).toBe('Japan released the most. Singapore has no bar.');
    expect(built.filters).toEqual(['Countries: Japan']);
    expect(built.chart(300, lightTheme).height).toBe(50);
  });

  it('with nothing to draw, exports the empty sentence and no axis, notes or legend', () => {
    const built = buildExportSpec(description({ empty: 'No country is selected.', legend: () => [{ key: 'x', label: 'X', color: '#000' }] }), chart);
    expect(built.description).toBe('No country is selected.');
    expect(built.chart(300, lightTheme).height).toBe(0);
    expect(built.notes).toEqual([]);
    expect(built.legend(lightTheme)).toEqual([]);
  });

  it('names one source “Source”, several “Sources”, each with its date', () => {
    const sources = new Map<string, unknown>([
      ['a', { id: 'a', label: 'A', published: null, dated: 'undated' }],
      ['b', { id: 'b', label: 'B', published: { shownAs: '11 Apr 2023' }, dated: null }],
    ]) as unknown as ReadonlyMap<string, Source>;
    expect(viewSources(['a', 'b', 'a', 'c'], sources)).toEqual([
      { id: 'a', label: 'A', date: 'undated' },
      { id: 'b', label: 'B', date: '11 Apr 2023' },
      { id: 'c', label: 'c', date: 'undated' },
    ]);
    expect(sourcesSentence(viewSources(['a'], sources))).toBe('Source: A — undated.');
    expect(sourcesSentence(viewSources(['a', 'b'], sources))).toBe('Sources: A — undated; B — 11 Apr 2023.');
    expect(sourcesSentence([])).toBeNull();
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
