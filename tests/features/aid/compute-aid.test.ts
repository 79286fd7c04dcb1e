import { describe, expect, it } from 'vitest';
import { AID_BARS } from '../../../src/features/aid/aid-constants';
import { CUT_NOTE } from '../../../src/features/aid/describe-aid';
import { computeAid, selectAid, type AidInput, type AidLayout } from '../../../src/features/aid/compute-aid';
import { textWidth } from '../../../src/components/text-width';
import type { AidQuestion } from '../../../src/model/aid';
import { buildModel } from '../../../src/model/dataset-model';
import type { DollarReading } from '../../../src/model/money-reading';
import { windowFromIso } from '../../../src/model/window';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());
const FOUR = [
  { code: 'JP', name: 'Japan' },
  { code: 'KR', name: 'South Korea' },
  { code: 'AU', name: 'Australia' },
  { code: 'NZ', name: 'New Zealand' },
];
const TYPES = ['military', 'humanitarian', 'financial', 'unspecified'] as const;

function input(overrides: Partial<AidInput> = {}, opts: { from?: string; to?: string; question?: AidQuestion; reading?: DollarReading } = {}): AidInput {
  const countries = overrides.countries ?? FOUR;
  const types = overrides.types ?? TYPES;
  const { cells } = selectAid(model, { countries: countries.map((c) => c.code), types: [...types], window: windowFromIso(opts.from ?? null, opts.to ?? null) }, opts.question ?? 'as-of', opts.reading ?? 'usd');
  return { cells, countries, types, measure: 'usd', indicators: model.indicators, layout: 'grouped', width: 800, ...overrides };
}

const bar = (layout: AidLayout, key: string) => layout.bars.find((b) => b.key === key);
const labels = (layout: AidLayout) => Object.fromEntries(layout.rows.flatMap((r) => r.labels.map((l) => [l.key, l.text])));

// Values worked out by hand from the documents; see tests/model/aid.test.ts.
describe('computeAid', () => {
  it('draws a bar only for what is stated, and one quiet note per country for the rest', () => {
    const layout = computeAid(input());
    expect(layout.bars.map((b) => b.key)).toEqual(['JP:financial', 'KR:humanitarian', 'KR:unspecified', 'AU:military', 'AU:humanitarian', 'NZ:military', 'NZ:unspecified']);
    expect(layout.rows.map((r) => r.note?.text ?? null)).toEqual([
      'No value stated: military and humanitarian',
      'No value stated: military and financial',
      'No value stated: financial',
      'No value stated: humanitarian and financial',
    ]);
  });

  it('labels each value with its standing: nearly, at least, and † for a bare “$”', () => {
    // As of the last record, 31 Oct 2024: Japan's nearly $12B of July 2024 stands; the others were
    // last stated in 2022, over a year before, and are lower bounds.
    expect(labels(computeAid(input()))).toEqual({
      'JP:financial': '≈US$12B†',
      'KR:humanitarian': '≥ US$10M†',
      'KR:unspecified': '≥ US$30M†',
      // $141.9M (a bare “$”, 17 April 2022) + almost US$167M (July 2024), from two documents: a lower bound.
      'AU:military': '≥ ≈US$308.9M†',
      'AU:humanitarian': '≥ US$48.3M†',
      'NZ:military': '≥ US$18.5M†',
      'NZ:unspecified': '≥ US$5.5M†',
    });
    // As of 30 June 2022 they are the totals stated, a few months before. Japan's $300M is of loans
    // alone, New Zealand's $11M of non-lethal aid alone: lower bounds of the type's total.
    expect(labels(computeAid(input({}, { to: '2022-06-30' })))).toEqual({
      'JP:financial': '≥ US$300M†',
      'KR:humanitarian': 'US$10M†',
      'KR:unspecified': 'US$30M†',
      'AU:military': 'US$141.9M†',
      'AU:humanitarian': 'US$48.3M†',
      'NZ:military': '≥ US$18.5M†',
      'NZ:unspecified': 'US$5.5M†',
    });
  });

  it('draws an open end on an “at least” bar and a lighter extension for what may fall within the dates', () => {
    const asOf = computeAid(input());
    expect(bar(asOf, 'AU:military')!.openEnd).not.toBeNull();
    expect(bar(asOf, 'JP:financial')!.openEnd).toBeNull();
    // 2023–2024: Japan's growth from $300M to nearly $12B is not dated: no solid bar, all extension.
    const within = computeAid(input({}, { from: '2023-01-01', to: '2024-12-31', question: 'within' }));
    const japan = bar(within, 'JP:financial')!;
    expect(japan.width).toBe(0);
    expect(japan.extension!.width).toBeGreaterThan(0);
    expect(labels(within)['JP:financial']).toBe('up to ≈US$11.7B†');
    expect(japan.ariaLabel).toBe('Japan, Financial: up to nearly US$11.7B† (timing not stated) (bar cut short)');
    expect(labels(within)['AU:military']).toBe('≈US$167M');
  });

  it('cuts Japan’s nearly $12B bar so the others stay readable, and says so', () => {
    const layout = computeAid(input());
    const japan = bar(layout, 'JP:financial')!;
    expect(japan.cutMark).not.toBeNull();
    expect(japan.x + japan.width).toBeCloseTo(layout.plot.x + layout.plot.width, 6);
    expect(japan.ariaLabel).toBe('Japan, Financial: nearly US$12B† (bar cut short)');
    // The axis ends just past the next longest bar, Australia's at least $308.9M.
    expect(layout.cutAt).toBeGreaterThanOrEqual(308.9e6);
    expect(layout.cutAt).toBeLessThan(308.9e6 * 1.5);
    const australia = bar(layout, 'AU:military')!;
    expect(australia.cutMark).toBeNull();
    expect(australia.width / layout.plot.width).toBeCloseTo(308.9e6 / layout.cutAt!, 6);
  });

  it('draws every bar to scale when none dwarfs the rest', () => {
    const layout = computeAid(input({ types: ['military', 'humanitarian'] }));
    expect(layout.cutAt).toBeNull();
    expect(bar(layout, 'NZ:military')!.width / bar(layout, 'AU:military')!.width).toBeCloseTo(18.5 / 308.9, 6);
  });

  it('reads a bare “$” as the donor’s dollar: Australia at least ≈US$266M, converted at 1.44 A$ per US$, to the rate’s three significant figures', () => {
    const layout = computeAid(input({ types: ['military'] }, { reading: 'local' }));
    // $141.9M ÷ 1.44 + US$167M = 265.54M, shown as 266M: the rate has three significant figures.
    expect(labels(layout)['AU:military']).toBe('≥ ≈US$266M†');
    // New Zealand's $18.5M at 1.57 NZ$ per US$: 11.78M, shown 11.8M; as of March and April 2022: at least, by October 2024.
    expect(labels(layout)['NZ:military']).toBe('≥ ≈US$11.8M†');
  });

  it('stacks the stated types of a country end to end and labels the total with the least certain standing', () => {
    const layout = computeAid(input({ layout: 'stacked', types: ['military', 'humanitarian'] }));
    const mil = bar(layout, 'AU:military')!;
    const hum = bar(layout, 'AU:humanitarian')!;
    expect(hum.x).toBeCloseTo(mil.x + mil.width, 6);
    expect(hum.y).toBe(mil.y);
    // At least 308.9M + 48.3M = 357.2M.
    expect(labels(layout)['AU:total']).toBe('≥ ≈US$357.2M†');
    expect(hum.openEnd).not.toBeNull();
  });

  it('normalises per capita: Australia’s military aid is at least US$11.88 per person', () => {
    const layout = computeAid(input({ measure: 'per-capita' }));
    expect(bar(layout, 'AU:military')!.value!.value).toBeCloseTo(308.9e6 / 26.0e6, 10);
    expect(layout.axisLines[0]).toMatch(/^US dollars per person/);
  });

  it('has no value for a country without indicators in a normalised measure', () => {
    const layout = computeAid(input({ measure: 'gdp-share', indicators: {} }));
    expect(bar(layout, 'AU:military')!.value).toBeNull();
    expect(bar(layout, 'AU:military')!.ariaLabel).toBe('Australia, Military: no population or GDP figure for this country');
  });

  it('puts names above the bars on a narrow screen', () => {
    const narrow = computeAid(input({ width: 343 }));
    expect(narrow.compact).toBe(true);
    expect(narrow.plot.x).toBe(0);
    expect(narrow.rows[0]!.labelY).toBeLessThan(narrow.bars[0]!.y);
    // Clear of the zero line the bars start from, and in line with the note under them.
    for (const row of narrow.rows) {
      expect(row.labelX).toBe(narrow.plot.x + 4);
      if (row.note) expect(row.note.x).toBe(row.labelX);
    }
    expect(computeAid(input({ width: 900 })).plot.x).toBe(AID_BARS.nameWidth);
  });

  it('keeps every bar, label and note inside its row, and rows apart', () => {
    for (const options of [{}, { layout: 'stacked' as const }, { width: 343 }]) {
      const layout = computeAid(input(options));
      expect(layout.rows.flatMap((r) => r.bars)).toEqual(layout.bars);
      layout.rows.forEach((row, i) => {
        for (const item of [...row.bars, ...row.labels, ...(row.note ? [row.note] : [])]) {
          expect(item.y).toBeGreaterThanOrEqual(row.y);
          expect(item.y).toBeLessThanOrEqual(row.y + row.height);
        }
        const next = layout.rows[i + 1];
        if (next) expect(next.y).toBeGreaterThanOrEqual(row.y + row.height);
      });
    }
  });

  it('leaves room right of the plot for the longest label', () => {
    const layout = computeAid(input());
    for (const row of layout.rows) for (const label of row.labels) expect(label.x + textWidth(label.text, 12)).toBeLessThanOrEqual(layout.width + 1);
  });

  it('writes the axis label and the note on cut bars on one line when there is room, and over lines when not', () => {
    expect(computeAid(input()).axisLines).toEqual([`US dollars · ${CUT_NOTE}`]);
    expect(computeAid(input({ types: ['military', 'humanitarian'] })).axisLines).toEqual(['US dollars']);
    const narrow = computeAid(input({ width: 343 }));
    expect(narrow.axisLines.length).toBeGreaterThan(1);
    expect(narrow.axisLines[0]).toBe('US dollars');
    expect(narrow.axisLines.join(' ')).toBe(`US dollars ${CUT_NOTE}`);
    expect(narrow.axisLines.every((line) => textWidth(line, 11) <= narrow.plot.x + narrow.plot.width)).toBe(true);
  });
});
