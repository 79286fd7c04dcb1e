import { describe, expect, it } from 'vitest';
import { computeTrend, selectTrend, trendDomain, type TrendMode } from '../../../src/features/aid-over-time/compute-aid-over-time';
import { describeTrend, trendMarkLabel, trendTable, type TrendDescribeInput } from '../../../src/features/aid-over-time/describe-aid-over-time';
import type { AidType } from '../../../src/data/schema';
import { buildModel } from '../../../src/model/dataset-model';
import { dayToIso, startDay } from '../../../src/model/dates';
import { windowFromIso } from '../../../src/model/window';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());
const ALL: AidType[] = ['military', 'humanitarian', 'financial', 'unspecified'];
const aidFrom = startDay('2022');

function view(opts: { countries?: string[]; types?: AidType[]; from?: string | null; to?: string | null; mode?: TrendMode; reading?: 'usd' | 'local' } = {}) {
  const index = opts.reading === 'local' ? model.aidLocal : model.aid;
  const window = windowFromIso(opts.from ?? null, opts.to ?? null);
  const countries = opts.countries ?? ['JP', 'KR', 'AU', 'NZ'];
  const types = opts.types ?? ALL;
  const selection = selectTrend(index, { countries, types, domain: trendDomain(index, window, model.extent, aidFrom), latest: !Number.isFinite(window.to), mode: opts.mode ?? 'total' });
  const input: TrendDescribeInput = { selection, countries, types, names: model.countryNames, sourceById: model.sources, indicators: model.indicators, rates: model.dataset.exchangeRates, measure: 'usd', reading: opts.reading ?? 'usd', mode: opts.mode ?? 'total', scale: 'own' };
  return { selection, input, description: { ...describeTrend(input), table: trendTable(input), csv: { rows: trendTable(input).csv } } };
}
const col = (name: string) => ['Country', 'Line', 'Statement date', 'Statement date (as the source gives it)', 'Statement, as printed', 'Line’s value once stated', 'Standing', 'Value', 'Value (most, for a range)', 'Unit', 'Quote'].indexOf(name);

// Worked by hand from the documents; the rule is tested in tests/model/aid.test.ts and aid-over-time.test.ts.
describe('aid stated over time', () => {
  it('draws from the start of the aid (2022) to the last dated record, and on to each latest statement with To open', () => {
    const { selection } = view();
    expect(selection!.domain.map(dayToIso)).toEqual(['2022-01-01', '2024-10-31']);
    expect(selection!.latest).toBe(true);
    expect(view({ from: '2023-01-01', to: '2023-12-31' }).selection!.latest).toBe(false);
    expect(view({ from: '2023-01-01', to: '2022-12-31' }).selection).toBeNull();
  });

  it('tables Australia’s military statements: 17 Apr 2022, US$141.9M† stated, then at least ~US$309M† after the 2024 package, with the dates', () => {
    const { description } = view({ countries: ['AU'], types: ['military'] });
    expect(description.table.rows.map((r) => r.cells.slice(0, 6))).toEqual([
      ['Australia', 'Military', '17 Apr 2022', '17 Apr 2022, running total as of: $141.9 million†', 'US$141.9M†, as of 17 Apr 2022', 'stated'],
      ['Australia', 'Military', 'Jul 2024', 'Jul 2024, announced: almost AU$250 million (US$167 million)', 'at least ~US$309M†, as of Jul 2024', 'at least (aid the sources do not report may come on top)'],
    ]);
    expect(description.table.rows[0]!.cells[6]).toBe('“As of April 17, Australia’s military aid to Ukraine totals $141.9 million” — Lynch, East-West Center (APB Series)');
    const rows = description.csv.rows;
    expect(rows.map((r) => [r[col('Statement date')], r[col('Value')]])).toEqual([
      ['2022-04-17', 141.9e6],
      ['2024-07', 141.9e6 + 167e6],
    ]);
  });

  it('gives Japan’s nearly $12B its date, July 2024 or later, and a band up to it from 2022 on', () => {
    const { selection, description } = view({ countries: ['JP'], types: ['financial'] });
    const [line] = selection!.lines;
    expect(line!.steps.map((s) => [dayToIso(s.from), s.value.standing, s.value.usd, s.value.maxUsd])).toEqual([
      ['2022-01-01', 'range', 0, 11_800e6],
      ['2022-04-19', 'range', 300e6, 12_000e6],
    ]);
    // With To open the line ends on the total itself, stated.
    expect(line!.end).toMatchObject({ standing: 'stated', usd: 12_000e6 });
    expect(description.table.rows.map((r) => [r.cells[2], r.cells[4]])).toEqual([
      ['19 Apr 2022', 'US$300M to nearly US$12B† (timing not stated), stated 19 Apr 2022 and Jul 2024 or later'],
      ['Jul 2024 or later', 'nearly US$12B†, as of Jul 2024 or later'],
    ]);
    expect(description.csv.rows.map((r) => r[col('Statement date')])).toEqual(['2022-04-19', '2024-07 or later']);
    // Nothing certain before the loans: the CSV leaves the value empty, never 0.
    expect(view({ countries: ['JP'], types: ['financial'], to: '2024-10-31' }).selection!.lines[0]!.end).toMatchObject({ standing: 'range', usd: 300e6 });
  });

  it('draws the line apart after the last statement: dashed to the end, the bands where timing is open, a gap where nothing is stated', () => {
    const { selection } = view({ countries: ['AU', 'KR'], types: ['military', 'humanitarian'], to: '2024-10-31' });
    const layout = computeTrend({ selection: selection!, countries: [{ code: 'AU', name: 'Australia' }, { code: 'KR', name: 'South Korea' }], measure: 'usd', indicators: model.indicators, scale: 'own', width: 900 });
    const [australia, korea] = layout.panels;
    const line = australia!.lines[0]!;
    // Stated on 17 April 2022 only; at least after it; open before it and within July 2024.
    expect(line.solid).not.toBe('');
    expect(line.dashed).not.toBe('');
    expect(line.band.match(/M/g)?.length).toBe(2);
    expect(line.end).toMatchObject({ label: '~US$357M†', date: 'as of Jul 2024' });
    // Before Australia's first statement nothing is certain: the band up to what may be, and no
    // "at least" line at 0, which would read as a stated 0.
    const xs = (path: string) => [...path.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
    const first = australia!.statements[0]!.x;
    expect(Math.min(...xs(line.dashed), ...xs(line.solid))).toBeGreaterThanOrEqual(first - 0.5);
    expect(Math.min(...xs(line.band.replace(/[hvZ][^MLhvZ]*/g, '')))).toBeLessThan(first);
    // South Korea's first package is 28 February 2022: nothing is drawn before it.
    const korean = korea!.statements[0]!;
    expect(korean.x).toBeGreaterThan(korea!.plot.x + 5);
    expect(korea!.lines[0]!.band).toBe('');
    // A statement dated to a month is a bar across it; one dated to a day, a point.
    expect(australia!.statements.map((s) => s.width > 0)).toEqual([false, false, true]);
  });

  it('on a phone, puts each value and its date on a row over its panel, never on the lines; the unit once over the panels', () => {
    const australia = [{ code: 'AU', name: 'Australia' }];
    const total = computeTrend({ selection: view({ countries: ['AU'], types: ['military', 'humanitarian'] }).selection!, countries: australia, measure: 'usd', indicators: model.indicators, scale: 'own', width: 360, daggerOnce: true });
    const [panel] = total.panels;
    // One line: beside the country's name, right-aligned. Military ~US$309M + humanitarian US$48.3M = ~US$357M.
    expect(panel!.lines[0]!.end).toMatchObject({ label: '~US$357M', date: 'as of Jul 2024', anchor: 'end', inline: true, y: panel!.y + 8 });
    expect(total.unit.text).toBe('US dollars†');
    expect(total.unit.y).toBeLessThan(panel!.y);
    // By type: a row each under the name, above the plot, named by type.
    const byType = computeTrend({ selection: view({ countries: ['AU'], mode: 'by-type' }).selection!, countries: australia, measure: 'usd', indicators: model.indicators, scale: 'own', width: 360 });
    const ends = byType.panels[0]!.lines.map((l) => l.end!);
    expect(ends.map((e) => [e.label, e.date])).toEqual([
      ['Military: ~US$309M†', 'as of Jul 2024'],
      ['Humanitarian: US$48.3M†', 'as of 17 Apr 2022'],
    ]);
    expect(ends[1]!.y - ends[0]!.y).toBe(15);
    expect(Math.max(...ends.map((e) => e.y)) + 6).toBeLessThanOrEqual(byType.panels[0]!.plot.y);
    expect(byType.unit.text).toBe('US dollars');
  });

  it('keeps one accessible mark per statement, named with its date, what it says and the line after it', () => {
    const { selection, input } = view({ countries: ['NZ'], types: ['military'] });
    const layout = computeTrend({ selection: selection!, countries: [{ code: 'NZ', name: 'New Zealand' }], measure: 'usd', indicators: model.indicators, scale: 'own', width: 700 });
    expect(layout.marks.map((m) => trendMarkLabel(m, input))).toEqual([
      'New Zealand, Military, 21 Mar 2022: $11 million†; then at least US$11M†, as of 21 Mar 2022',
      'New Zealand, Military, 11 Apr 2022: $7.5 million†; then at least US$18.5M†, as of 11 Apr 2022',
    ]);
  });

  it('by type: a line per type that has a money value, in the types’ colours', () => {
    const { selection } = view({ countries: ['AU'], mode: 'by-type' });
    expect(selection!.lines.map((l) => l.kind)).toEqual(['military', 'humanitarian']);
  });

  it('says why when there is nothing to draw', () => {
    expect(view({ countries: [] }).description.empty).toBe('No country is selected. Choose one or more under Countries in the filters.');
    expect(view({ countries: ['JP'], types: ['military'] }).description.empty).toBe('The sources state no aid of these types with a money value for Japan between 1 Jan 2022 and 31 Oct 2024.');
  });
});
