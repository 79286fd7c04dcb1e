import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportSpec } from '../../../src/components/export-spec';
import { lightTheme } from '../../../src/components/theme';
import { frameExport } from '../../../src/features/export/ExportFrame';
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

  it('says what the screen says: notes, table rows as CSV, and the description in words', () => {
    const { figure, spec } = renderAt(414, { countries: ['NZ', 'SG'] });
    const note = 'No oil release is recorded for Singapore in the sources; the chart has no bar for it.';
    expect(within(figure).getByText(note)).toBeVisible();
    expect(spec.notes).toEqual([
      "Barrels each country released from its emergency stocks in the International Energy Agency members' response to the Ukraine war in 2022, and its share of the 38,317,000 barrels released by Japan, South Korea, Australia and New Zealand.",
      note,
    ]);
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
        'Lynch, East-West Center (APB Series)',
        'New Zealand has also released a total of 867,000 oil barrels from its emergency stocks as part of the International Energy Agency member countries’ response to energy security disruption from the Ukraine War',
        'The source gives no date beyond the 2022 response to the war.',
      ],
      ['Singapore', 'SG', null, 'barrels', null, 38_317_000, null, null, null, 'No oil release is recorded in the sources.'],
    ]);
    expect(spec.sources).toEqual(['Sources: Lynch, East-West Center (APB Series) — undated; events to 5 May 2022.']);
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

describe('the oil export of an empty chart', () => {
  it('draws no axis and says why there is nothing to draw', () => {
    const { spec } = renderAt(414, { countries: ['SG'] });
    expect(spec.chart(412, lightTheme).height).toBe(0);
    expect(spec.notes).toEqual(['No oil release is recorded for Singapore in the sources.']);
    expect(spec.description).toBe('No oil release is recorded for Singapore in the sources.');
    expect(spec.csv.rows).toEqual([['Singapore', 'SG', null, 'barrels', null, 38_317_000, null, null, null, 'No oil release is recorded in the sources.']]);
  });
});
