import { describe, expect, it } from 'vitest';
import { AID_BARS } from '../../../src/features/aid/aid-constants';
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
const dates = (layout: AidLayout) => Object.fromEntries(layout.rows.flatMap((r) => r.labels.map((l) => [l.key, l.date?.text ?? null])));

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

  it('labels each value with its marks, and beside it the date of the statement behind it', () => {
    // To open: each figure as of its latest statement. Only Japan's nearly $12B is a stated total;
    // the others are lower bounds, drawn with an open end, explained once in the legend.
    const open = computeAid(input());
    expect(labels(open)).toEqual({
      'JP:financial': '~US$12B†',
      'KR:humanitarian': 'US$10M†',
      'KR:unspecified': 'US$30M†',
      // $141.9M (17 April 2022) + almost US$167M (July 2024): worked out, to three figures.
      'AU:military': '~US$309M†',
      'AU:humanitarian': 'US$48.3M†',
      // $11M + $7.5M and the rest of $13M: worked out, but 18.5 and 5.5 have no more figures.
      'NZ:military': 'US$18.5M†',
      'NZ:unspecified': 'US$5.5M†',
    });
    expect(dates(open)).toEqual({
      'JP:financial': 'as of Jul 2024 or later · up to 39× the next',
      'KR:humanitarian': 'as of 28 Feb 2022',
      'KR:unspecified': 'as of 7 Apr 2022',
      'AU:military': 'as of Jul 2024',
      'AU:humanitarian': 'as of 17 Apr 2022',
      'NZ:military': 'as of 11 Apr 2022',
      'NZ:unspecified': 'as of 11 Apr 2022',
    });
    // As of 30 June 2022 Japan's nearly $12B may hold aid from before: US$300M of loans certain, up to ~US$12B.
    const june = computeAid(input({}, { to: '2022-06-30' }));
    expect(labels(june)).toMatchObject({ 'JP:financial': 'US$300M–~US$12B†', 'AU:military': 'US$141.9M†' });
    expect(dates(june)).toMatchObject({ 'JP:financial': 'stated 19 Apr 2022 and Jul 2024 or later · up to 85× the next', 'AU:military': 'as of 17 Apr 2022' });
    // † on every value is said once, not on each label.
    expect(labels(computeAid(input({ daggerOnce: true })))['KR:humanitarian']).toBe('US$10M');
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
    expect(labels(within)['JP:financial']).toBe('up to ~US$11.7B†');
    expect(japan.ariaLabel).toBe('Japan, Financial: up to nearly US$11.7B† (timing not stated), stated Jul 2024 or later (bar cut short)');
    expect(labels(within)['AU:military']).toBe('~US$167M');
    expect(bar(within, 'AU:military')!.openEnd).not.toBeNull();
  });

  it('keeps a broken range lighter past its certain part, however long the certain part', () => {
    // Committed in 2022: US$300M of Japan's loans is certain, past the axis that ends near Australia's US$141.9M.
    const layout = computeAid(input({}, { from: '2022-01-01', to: '2022-12-31', question: 'within' }));
    const japan = bar(layout, 'JP:financial')!;
    expect(japan.cutMark).not.toBeNull();
    expect(japan.extension!.x + japan.extension!.width).toBeCloseTo(layout.plot.x + layout.plot.width, 6);
    expect(japan.extension!.width).toBeGreaterThanOrEqual(layout.plot.width / 3 - 1);
  });

  it('draws a broken range’s certain part to scale: Japan’s firm US$300M is longer than Australia’s US$141.9M', () => {
    // Committed in 2022: Japan's loans rose to $300M on 19 April 2022 (certain); Australia's military
    // aid is US$141.9M as of 17 April 2022. On one scale the first is 300/141.9 ≈ 2.11 times the second.
    for (const width of [360, 800, 1300]) {
      const layout = computeAid(input({ width }, { from: '2022-01-01', to: '2022-12-31', question: 'within' }));
      const japan = bar(layout, 'JP:financial')!;
      const australia = bar(layout, 'AU:military')!;
      expect(japan.width / australia.width).toBeCloseTo(300 / 141.9, 2);
      // Its date and ratio stand inside the certain part, or under the bar: never over the change to lighter.
      const date = layout.rows.find((r) => r.country === 'JP')!.labels[0]!.date!;
      expect(date.text).toBe('stated 19 Apr 2022 and Jul 2024 or later · up to 85× the next');
      if (date.inside) expect(date.x).toBeLessThanOrEqual(japan.x + japan.width);
      else expect(date.y).toBeGreaterThan(japan.y + japan.height);
      expect(layout.rows.find((r) => r.country === 'JP')!.labels[0]!.date!.inside).toBe(width === 1300);
    }
  });

  it('breaks Japan’s nearly $12B bar so the others stay readable, and says so in a note', () => {
    const layout = computeAid(input());
    const japan = bar(layout, 'JP:financial')!;
    expect(japan.cutMark).not.toBeNull();
    expect(japan.x + japan.width).toBeCloseTo(layout.plot.x + layout.plot.width, 6);
    expect(japan.ariaLabel).toBe('Japan, Financial: nearly US$12B†, as of Jul 2024 or later (bar cut short)');
    expect(layout.notes).toEqual(['Japan’s financial bar runs past the axis, drawn broken so the others stay readable; its full value is printed.']);
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

  it('reads a bare “$” as the donor’s dollar: Australia at least ~US$266M, converted at 1.44 A$ per US$, to the rate’s three significant figures', () => {
    const layout = computeAid(input({ types: ['military'] }, { reading: 'local' }));
    // $141.9M ÷ 1.44 + US$167M = 265.54M, shown as 266M: the rate has three significant figures.
    expect(labels(layout)['AU:military']).toBe('~US$266M†');
    // New Zealand's $18.5M at 1.57 NZ$ per US$: 11.78M, shown 11.8M.
    expect(labels(layout)['NZ:military']).toBe('~US$11.8M†');
  });

  it('stacks the stated types of a country end to end and labels the total with the least certain standing', () => {
    const layout = computeAid(input({ layout: 'stacked', types: ['military', 'humanitarian'] }));
    const mil = bar(layout, 'AU:military')!;
    const hum = bar(layout, 'AU:humanitarian')!;
    expect(hum.x).toBeCloseTo(mil.x + mil.width, 6);
    expect(hum.y).toBe(mil.y);
    // At least 308.9M + 48.3M = 357.2M, to three figures.
    expect(labels(layout)['AU:total']).toBe('~US$357M†');
    expect(hum.openEnd).not.toBeNull();
  });

  it('normalises per capita: Australia’s military aid is at least US$11.9 per person', () => {
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

  it('leaves room right of the plot for the longest label and its date, or puts the date under the bar', () => {
    for (const width of [343, 560, 800, 1100]) {
      const layout = computeAid(input({ width }));
      for (const row of layout.rows)
        for (const label of row.labels) {
          expect(label.x + textWidth(label.text, 12)).toBeLessThanOrEqual(layout.width + 1);
          if (!label.date) continue;
          if (label.date.inside) expect(label.date.x - textWidth(label.date.text, 11)).toBeGreaterThanOrEqual(layout.plot.x);
          else expect(label.date.x + textWidth(label.date.text, 11)).toBeLessThanOrEqual(layout.width + 1);
        }
    }
  });

  it('names the axis by its unit alone', () => {
    expect(computeAid(input()).axisLines).toEqual(['US dollars']);
    expect(computeAid(input({ width: 343 })).axisLines).toEqual(['US dollars']);
    expect(computeAid(input({ measure: 'gdp-share' })).axisLines).toEqual(['Percent of 2022 GDP']);
    // Every one of the seven values shown is printed with a bare "$" in its source: its † is said once, on the unit.
    expect(computeAid(input({ daggerOnce: true })).axisLines).toEqual(['US dollars†']);
    expect(labels(computeAid(input({ daggerOnce: true })))['AU:military']).toBe('~US$309M');
  });
});
