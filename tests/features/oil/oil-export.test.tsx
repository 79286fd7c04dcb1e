import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportSpec } from '../../../src/components/export-spec';
import { lightTheme } from '../../../src/components/theme';
import { BOX_LAYOUTS, frameExport } from '../../../src/features/export/ExportFrame';
import { OilChart } from '../../../src/features/oil/OilChart';
import type { FiltersState } from '../../../src/stores/filters-store';
import { renderWithModel } from '../../helpers/render';

/** Border and padding of a figure on screen, either side: its chart is this much narrower. */
const FIGURE_INSET = 32;

/**
 * The marks as lines of text, in Observable Plot's way: numbers rounded to a tenth, generated ids
 * renumbered in order of appearance, and what only the screen has (focus targets, ARIA, classes) left out.
 */
function normalise(root: Element): string[] {
  const ids = new Map<string, string>();
  const renumber = (value: string) =>
    value.replace(/[«:_]r[\w-]*[»:_]/g, (id) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size}`);
      return ids.get(id)!;
    });
  const round = (value: string) => value.replace(/-?\d*\.?\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
  const lines: string[] = [];
  const walk = (el: Element, depth: number) => {
    const attrs = [...el.attributes]
      .filter((a) => !/^(class|tabindex|role|aria-.*|style)$/.test(a.name))
      .map((a) => `${a.name}=${/^(fill|stroke|font-family)$/.test(a.name) ? a.value : round(renumber(a.value))}`)
      .sort();
    const text = el.children.length ? '' : ` "${el.textContent}"`;
    lines.push(`${'  '.repeat(depth)}${el.tagName.toLowerCase()} ${attrs.join(' ')}${text}`);
    for (const child of el.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return lines;
}

/** The group of visible marks: the one that holds the axis label (the focus targets lie outside it). */
const marksIn = (root: Element) => [...root.querySelectorAll('text')].find((t) => t.textContent === 'Barrels released')?.parentElement ?? null;

/** The oil chart on screen at a width, and the export it registers. */
function renderAt(width: number, filters: Partial<FiltersState> = {}) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width, height: 400 }));
  let getSpec: (() => ExportSpec) | null = null;
  renderWithModel(
    <OilChart
      renderActions={(get) => {
        getSpec = get;
        return null;
      }}
    />,
    { filters },
  );
  const figure = screen.getByRole('figure', { name: 'Oil released from emergency stocks' });
  if (!getSpec) throw new Error('the chart registered no export');
  return { figure, marks: marksIn(figure), spec: (getSpec as () => ExportSpec)() };
}

/** The export framed as a download at the figure's width frames it, and its marks. */
function exportedMarks(spec: ExportSpec, figureWidth: number) {
  const framed = frameExport(spec, { width: figureWidth, theme: lightTheme, citation: 'Dashboard, accessed 1 Dec 2026' });
  const { container } = render(framed.element);
  const marks = marksIn(container);
  if (!marks) throw new Error('the export drew no marks');
  return marks;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the oil export draws what the screen draws', () => {
  for (const width of [320, 414, 720]) {
    it(`at ${width} px: the same bars, ticks, lines and labels in the same places`, () => {
      const { marks, spec } = renderAt(width, { countries: ['JP', 'KR', 'AU', 'NZ', 'SG'] });
      if (!marks) throw new Error('the chart drew no marks');
      const onScreen = normalise(marks);
      expect(normalise(exportedMarks(spec, width + FIGURE_INSET))).toEqual(onScreen);
      // What a reader sees, worked out from the source by hand.
      const texts = [...marks.querySelectorAll('text')].map((t) => t.textContent);
      expect(texts.slice(0, 8)).toEqual([
        'Japan',
        '22,500,000 barrels · 58.7%',
        'South Korea',
        '11,650,000 barrels · 30.4%',
        'Australia',
        '3,300,000 barrels · 8.6%',
        'New Zealand',
        '867,000 barrels · 2.3%',
      ]);
      expect(texts.at(-1)).toBe('Barrels released');
    });
  }

  it('says what the screen says: subtitle, notes, table rows as CSV, and the description in words', () => {
    const { figure, spec } = renderAt(414, { countries: ['NZ', 'SG'] });
    const note = 'No oil release is recorded for Singapore in the sources; the chart has no bar for it.';
    expect(within(figure).getByText(note)).toBeVisible();
    expect(spec.subtitle).toBe("Barrels each country released from its emergency stocks in the International Energy Agency members' response to the Ukraine war in 2022, and its share of the four’s 38,317,000 barrels.");
    expect(within(figure).getByText(spec.subtitle!)).toBeVisible();
    // The note on the page's own filter stays on the page: an image has no filters to speak of.
    expect(within(figure).getByText('Not affected by the aid-type filter.')).toBeVisible();
    expect(spec.notes).toEqual([note]);
    expect(spec.description).toBe("New Zealand released 867,000 barrels, 2.3% of the four’s 38,317,000 barrels. " + note);
    expect(figure).toHaveAccessibleDescription(spec.description!);
    expect(spec.csv.rows).toEqual([
      [
        'New Zealand',
        'NZ',
        867_000,
        'barrels',
        0.022627,
        38_317_000,
        '2022',
        'within the dates',
        'Lynch, East-West Center (APB Series)',
        'New Zealand has also released a total of 867,000 oil barrels from its emergency stocks as part of the International Energy Agency member countries’ response to energy security disruption from the Ukraine War',
        'The source gives no date beyond the 2022 response to the war.',
      ],
      ['Singapore', 'SG', null, 'barrels', null, 38_317_000, null, 'no release recorded in the sources', null, null, null],
    ]);
    expect(spec.sources).toEqual(['Source: Lynch, East-West Center (APB Series) — undated; events to 5 May 2022.']);
    expect(within(figure).getByText(spec.sources[0]!)).toBeVisible();
  });

  it('lays the chart out again for a slide, with the same labels', () => {
    const { marks, spec } = renderAt(414);
    if (!marks) throw new Error('the chart drew no marks');
    const slide = exportedMarks(spec, 960);
    expect(normalise(slide)).not.toEqual(normalise(marks));
    const labels = (root: Element) => [...root.querySelectorAll('text')].map((t) => t.textContent).filter((t) => /barrels ·/.test(t ?? ''));
    expect(labels(slide)).toEqual(labels(marks));
  });
});

describe('the oil export at a fixed size', () => {
  const box = (layout: 'slide' | 'square', spec: ExportSpec) => {
    const framed = frameExport(spec, { width: 0, theme: lightTheme, citation: 'Dashboard, accessed 1 Dec 2026', layout: BOX_LAYOUTS[layout], address: 'example.org · Dashboard · dataset version 1' });
    const { container } = render(framed.element);
    return { framed, container, texts: [...container.querySelectorAll('text')].map((t) => t.textContent ?? '') };
  };

  for (const layout of ['slide', 'square'] as const) {
    it(`fills the ${layout} with the chart: its bars reach down to the footer, not a third of the frame`, () => {
      const { spec } = renderAt(720);
      const { framed, container, texts } = box(layout, spec);
      expect([framed.width, framed.height]).toEqual(layout === 'slide' ? [960, 540] : [540, 540]);
      const chart = container.querySelector('g[transform*="scale"]')!;
      const [, , , scale] = chart.getAttribute('transform')!.match(/translate\(([\d.]+),([\d.]+)\) scale\(([\d.]+)\)/)!.map(Number);
      const axis = [...chart.querySelectorAll('text')].find((t) => t.textContent === 'Barrels released')!;
      // The chart's height in the image: from its top to below the axis label, at its scale.
      const chartHeight = (Number(axis.getAttribute('y')) + 6) * scale!;
      expect(chartHeight / framed.height).toBeGreaterThan(0.5);
      // The type is sized up for the box: the chart's 12 px labels are drawn larger.
      expect(12 * scale!).toBeGreaterThanOrEqual(13);
      // Source and the short address close it; no "Cite as" block.
      expect(texts.some((t) => t.startsWith('Source: Lynch'))).toBe(true);
      expect(texts.at(-1)).toBe('example.org · Dashboard · dataset version 1');
      expect(texts.some((t) => t.startsWith('Cite as'))).toBe(false);
    });
  }

  it('draws no grid line through a name or a value, and none in the narrow layout that puts them above the bars', () => {
    const { spec } = renderAt(720);
    for (const layout of ['slide', 'square'] as const) {
      const chart = box(layout, spec).container.querySelector('g[transform*="scale"]')!;
      const grid = [...chart.querySelectorAll('line')].filter((l) => l.getAttribute('x1') === l.getAttribute('x2') && Number(l.getAttribute('y2')) - Number(l.getAttribute('y1')) > 4);
      const rows = [...chart.querySelectorAll('text')].filter((t) => /barrels ·/.test(t.textContent ?? ''));
      const narrow = rows.every((t) => t.getAttribute('text-anchor') === 'end');
      if (narrow) expect(grid).toEqual([]);
      else expect(grid.length).toBeGreaterThan(0);
    }
  });
});

describe('the oil export of an empty chart', () => {
  it('draws no axis and says why there is nothing to draw', () => {
    const { spec } = renderAt(414, { countries: ['SG'] });
    expect(spec.chart(412, lightTheme).height).toBe(0);
    expect(spec.empty).toBe('No oil release is recorded for Singapore in the sources.');
    expect(spec.notes).toEqual([]);
    expect(spec.description).toBe('No oil release is recorded for Singapore in the sources.');
    expect(spec.csv.rows).toEqual([['Singapore', 'SG', null, 'barrels', null, 38_317_000, null, 'no release recorded in the sources', null, null, null]]);
    // Nothing is drawn, so nothing is cited: the subtitle gives no total.
    expect(spec.subtitle).not.toContain('38,317,000');
    expect(spec.sources).toEqual([]);
  });
});
