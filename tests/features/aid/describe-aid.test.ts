import { describe, expect, it } from 'vitest';
import { selectAid } from '../../../src/features/aid/compute-aid';
import { AID_CSV_COLUMNS, aidCsv, aidEmpty, aidSubtitle, aidTable, describeAid, type AidDescribeInput } from '../../../src/features/aid/describe-aid';
import { STANDING_NAMES, bareDollarNote, countingWords, dateLabel, entryWords, measured, valueLabel, valueWords } from '../../../src/model/aid-words';
import type { AidQuestion, AidValue } from '../../../src/model/aid';
import type { AidType } from '../../../src/data/schema';
import { buildModel } from '../../../src/model/dataset-model';
import type { Measure } from '../../../src/model/measures';
import type { DollarReading } from '../../../src/model/money-reading';
import { windowFromIso } from '../../../src/model/window';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());
const PARTNERS = ['JP', 'KR', 'AU', 'NZ'];
const ALL: AidType[] = ['military', 'humanitarian', 'financial', 'unspecified'];
const value = (v: Partial<AidValue>): AidValue => ({ standing: 'stated', usd: 0, maxUsd: 0, qualifier: 'exact', bareDollar: false, converted: false, entries: [], openEntries: [], latest: null, lowerBound: [], ...v });
const words = (v: AidValue) => valueWords(v, measured(v, 'usd', undefined), 'usd');
const label = (v: AidValue) => valueLabel(v, measured(v, 'usd', undefined), 'usd');

/** The describe input for the bundled data under some filters, as the view builds it. */
function inputFor(opts: { countries?: string[]; types?: AidType[]; from?: string | null; to?: string | null; question?: AidQuestion; reading?: DollarReading; measure?: Measure } = {}): AidDescribeInput {
  const countries = opts.countries ?? PARTNERS;
  const types = opts.types ?? ALL;
  const window = windowFromIso(opts.from ?? null, opts.to ?? null);
  const question = opts.question ?? 'as-of';
  const reading = opts.reading ?? 'usd';
  const { cells, inKind, sources } = selectAid(model, { countries, types, window }, question, reading);
  return { cells, inKind, sources, sourceById: model.sources, names: model.countryNames, countries, types, indicators: model.indicators, rates: model.dataset.exchangeRates, measure: opts.measure ?? 'usd', question, reading, window };
}
const cellOf = (input: AidDescribeInput, country: string, type: AidType) => input.cells.find((c) => c.country === country && c.type === type)!;

describe('the aid chart’s wording', () => {
  it('says each standing once: one sign on the bar, words elsewhere; “at least” and “nearly” are never stacked', () => {
    expect([label(value({ usd: 141.9e6, maxUsd: 141.9e6, bareDollar: true })), words(value({ usd: 141.9e6, maxUsd: 141.9e6 }))]).toEqual(['US$142M†', 'US$142M']);
    expect([label(value({ usd: 12e9, maxUsd: 12e9, qualifier: 'nearly' })), words(value({ usd: 12e9, maxUsd: 12e9, qualifier: 'nearly' }))]).toEqual(['~US$12B', 'nearly US$12B']);
    expect(words(value({ usd: 6e6, maxUsd: 6e6, qualifier: 'over' }))).toBe('over US$6M');
    expect(words(value({ standing: 'at-least', usd: 6e6, maxUsd: 6e6, qualifier: 'over' }))).toBe('more than US$6M');
    expect([label(value({ standing: 'at-least', usd: 308.9e6, maxUsd: 308.9e6, qualifier: 'nearly' })), words(value({ standing: 'at-least', usd: 308.9e6, maxUsd: 308.9e6, qualifier: 'nearly' }))]).toEqual(['~US$309M', 'at least ~US$309M']);
    // Converted at a rate of three significant figures: no more in the amount.
    expect(words(value({ standing: 'at-least', usd: 265.54e6, maxUsd: 265.54e6, converted: true }))).toBe('at least ~US$266M');
    expect(words(value({ usd: 3.503e6, maxUsd: 3.503e6, converted: true }))).toBe('about US$3.5M');
    const range = value({ standing: 'range', usd: 0, maxUsd: 11.7e9, qualifier: 'nearly' });
    // Nothing certain within the dates: "up to", never a 0 that reads as stated.
    expect([label(range), words(range)]).toEqual(['up to ~US$11.7B', 'up to nearly US$11.7B (timing not stated)']);
    expect(words(value({ standing: 'not-stated' }))).toBe('not stated');
  });

  it('shows a figure a source prints to its own digits, and a worked-out one to three significant figures', () => {
    const open = inputFor();
    // "$141.9 million" as printed, as of 17 April 2022.
    const june = inputFor({ to: '2022-06-30' });
    expect(words(cellOf(june, 'AU', 'military'))).toBe('at least US$141.9M†, as of 17 Apr 2022');
    // $141.9M + almost US$167M is worked out: 308.9 to three figures.
    expect(words(cellOf(open, 'AU', 'military'))).toBe('at least ~US$309M†, as of Jul 2024');
    // Per person and % of GDP: three figures, whatever the amount ("nearly $12 billion" ÷ 125.1M people = 95.92…).
    const perCapita = inputFor({ measure: 'per-capita' });
    expect(valueWords(cellOf(perCapita, 'JP', 'financial'), measured(cellOf(perCapita, 'JP', 'financial'), 'per-capita', model.indicators.JP), 'per-capita')).toBe('nearly US$95.9 per person†, as of Jul 2024 or later');
    expect(valueWords(cellOf(perCapita, 'JP', 'financial'), measured(cellOf(perCapita, 'JP', 'financial'), 'gdp-share', model.indicators.JP), 'gdp-share')).toBe('nearly 0.282% of GDP†, as of Jul 2024 or later');
  });

  it('gives every value the date of the statement behind it; a range both dates', () => {
    const june = inputFor({ to: '2022-06-30' });
    expect(dateLabel(cellOf(june, 'KR', 'humanitarian'))).toBe('as of 28 Feb 2022');
    expect(dateLabel(cellOf(june, 'JP', 'financial'))).toBe('stated 19 Apr 2022 and Jul 2024 or later');
    expect(words(cellOf(june, 'JP', 'financial'))).toBe('US$300M to nearly US$12B† (timing not stated), stated 19 Apr 2022 and Jul 2024 or later');
    const later = inputFor({ from: '2023-01-01', to: '2024-12-31', question: 'within' });
    expect(words(cellOf(later, 'JP', 'financial'))).toBe('up to nearly US$11.7B† (timing not stated), stated Jul 2024 or later');
    expect(words(cellOf(inputFor(), 'JP', 'financial'))).toBe('nearly US$12B†, as of Jul 2024 or later');
  });

  it('says how a bare “$” was read, for whose figures it matters, and by how much at the 2022 rates', () => {
    const { cells } = inputFor({ types: ['military'] });
    // 1 − 1/1.44 = 30.6% for the Australian dollar; 1 − 1/1.57 = 36.3% for the New Zealand dollar.
    expect(bareDollarNote('usd', model.dataset.exchangeRates, cells, model.countryNames)).toBe(
      '† Printed with a bare “$”; read as US dollars. Australia and New Zealand’s figures may be in their own dollars: at 2022 average rates that is AUD 30.6% less and NZD 36.3% less in US$. Choose “Donor’s own dollar” to see them so.',
    );
    const local = inputFor({ types: ['military', 'financial'], reading: 'local' }).cells;
    expect(bareDollarNote('local', model.dataset.exchangeRates, local, model.countryNames)).toMatch(
      /^† Printed with a bare “\$”; Australia and New Zealand’s figures are read as their own dollars and converted at 2022 average rates \(1\.44 AUD, 1\.57 NZD per US\$; World Bank.*\), an approximation for an amount announced on one day\. Japan’s “\$” is read as US dollars\.$/,
    );
    expect(bareDollarNote('usd', model.dataset.exchangeRates, inputFor({ countries: ['KR'], types: ['humanitarian'] }).cells, model.countryNames)).toBe('† Printed with a bare “$”; read as US dollars.');
  });

  it('shows what the dataset knows of each statement: the amount before a rise, the subtype, a part', () => {
    const japan = cellOf(inputFor({ to: '2023-12-31' }), 'JP', 'financial');
    expect(japan.entries.map(entryWords)).toEqual(['19 Apr 2022, announced: $300 million† (up from $100 million) · loan']);
    expect(japan.openEntries.map(entryWords)).toEqual(['Jul 2024 or later, running total as of: nearly $12 billion†']);
    const nz = cellOf(inputFor({ to: '2022-12-31' }), 'NZ', 'military');
    expect(nz.entries.map(entryWords)).toEqual(['21 Mar 2022, running total as of: $11 million† · non-lethal', '11 Apr 2022, announced: $7.5 million† allotted to lethal aid']);
  });

  it('says why a value is no more than it says: nothing later stated, a package, one kind of aid alone, no total before From', () => {
    const june = inputFor({ to: '2022-06-30' });
    expect(countingWords(cellOf(june, 'AU', 'military'), 'as-of', june.window)).toEqual([
      'Nothing is stated between 17 Apr 2022 and 30 Jun 2022: more may have come.',
      '† Printed with a bare “$”; read as US dollars.',
    ]);
    expect(countingWords(cellOf(june, 'NZ', 'military'), 'as-of', june.window)).toEqual([
      'Nothing is stated between 11 Apr 2022 and 30 Jun 2022: more may have come.',
      'It ends on a package, not a running total: other aid may come beside it.',
      'The running total behind it is of non-lethal aid alone.',
      '† Printed with a bare “$”; read as US dollars.',
    ]);
    const open = inputFor();
    expect(countingWords(cellOf(open, 'KR', 'humanitarian'), 'as-of', open.window)[0]).toBe('Nothing is stated after 28 Feb 2022: more may have come.');
    const later = inputFor({ from: '2023-01-01', to: '2024-12-31', question: 'within' });
    expect(countingWords(cellOf(later, 'AU', 'military'), 'within', later.window)).toContain('No running total is stated for the day before 1 Jan 2023: other aid may fall within the dates.');
    expect(countingWords(cellOf(later, 'JP', 'financial'), 'within', later.window)).toContain('US$0 is certainly within the dates; up to nearly US$11.7B more may be: the sources do not date a running total’s growth.');
    expect(STANDING_NAMES['at-least']).toBe('at least (aid the sources do not report may come on top)');
  });

  it('says what the bars answer in one sentence, without a list of filters', () => {
    expect(aidSubtitle(inputFor())).toBe('What the sources state each country has committed to Ukraine, by type of aid, in US dollars, as of each figure’s latest statement.');
    expect(aidSubtitle(inputFor({ to: '2022-06-30' }))).toBe('What the sources state each country had committed to Ukraine by 30 Jun 2022, by type of aid, in US dollars.');
    expect(aidSubtitle(inputFor({ from: '2022-01-01', to: '2022-12-31', question: 'within', measure: 'gdp-share' }))).toBe(
      'What the sources state each country committed to Ukraine between 1 Jan 2022 and 31 Dec 2022, by type of aid, as a share of 2022 GDP.',
    );
  });

  it('says what is missing when nothing can be drawn', () => {
    const singapore = inputFor({ countries: ['SG'], types: ['military'], to: '2022-12-31' });
    expect(aidEmpty(singapore)).toBe('The sources state no military aid with a money value for Singapore by 31 Dec 2022.');
    expect(aidEmpty(inputFor({ countries: [] }))).toBe('No country is selected. Choose one or more under Countries in the filters.');
    expect(describeAid(inputFor({ countries: [] })).standings).toEqual([]);
  });

  it('writes a CSV row per country and type: an empty value, never 0, where nothing is certain; the date of the statement in a column of its own', () => {
    const later = aidCsv(inputFor({ from: '2023-01-01', to: '2024-12-31', question: 'within' }));
    const col = (name: (typeof AID_CSV_COLUMNS)[number]) => AID_CSV_COLUMNS.indexOf(name);
    const japan = later.rows.find((r) => r[1] === 'JP' && r[2] === 'Financial')!;
    expect(japan[col('Standing')]).toBe('range (timing not stated)');
    expect(japan[col('Value')]).toBeNull();
    expect(japan[col('Value (most, for a range)')]).toBeCloseTo(11.7e9, 0);
    const australia = later.rows.find((r) => r[1] === 'AU' && r[2] === 'Military')!;
    expect(australia[col('As of (latest statement behind the certain value)')]).toBe('2024-07');
    expect(australia[col('As shown')]).toBe('at least ~US$167M, as of Jul 2024');
    const open = { csv: aidCsv(inputFor()) };
    expect(open.csv.rows.find((r) => r[1] === 'JP' && r[2] === 'Financial')![col('As of (latest statement behind the certain value)')]).toBe('2024-07 or later');
    expect(open.csv.rows.find((r) => r[1] === 'JP' && r[2] === 'Financial')![col('To')]).toBe('latest statement');
    expect(open.csv.rows.filter((r) => r[col('Standing')] === 'not stated').every((r) => r[col('Value')] === null)).toBe(true);
  });

  it('tables the values with their dates, then the types with none in one row per country', () => {
    const table = aidTable(inputFor({ to: '2022-06-30' }));
    expect(table.rows.map((r) => r.cells.slice(0, 4))).toEqual([
      ['Japan', 'Financial', 'US$300M to nearly US$12B† (timing not stated), stated 19 Apr 2022 and Jul 2024 or later', 'range (timing not stated)'],
      ['South Korea', 'Humanitarian', 'at least US$10M†, as of 28 Feb 2022', STANDING_NAMES['at-least']],
      ['South Korea', 'Purpose not stated', 'at least US$30M†, as of 7 Apr 2022', STANDING_NAMES['at-least']],
      ['Australia', 'Military', 'at least US$141.9M†, as of 17 Apr 2022', STANDING_NAMES['at-least']],
      ['Australia', 'Humanitarian', 'at least US$48.3M†, as of 17 Apr 2022', STANDING_NAMES['at-least']],
      ['New Zealand', 'Military', 'at least US$18.5M†, as of 11 Apr 2022', STANDING_NAMES['at-least']],
      ['New Zealand', 'Purpose not stated', 'at least US$5.5M†, as of 11 Apr 2022', STANDING_NAMES['at-least']],
      ['Japan', 'military, humanitarian and purpose not stated', 'not stated', 'not stated'],
      ['South Korea', 'military and financial', 'not stated', 'not stated'],
      ['Australia', 'financial and purpose not stated', 'not stated', 'not stated'],
      ['New Zealand', 'humanitarian and financial', 'not stated', 'not stated'],
    ]);
  });

  it('explains each sign once in the notes, and the standings drawn in the legend', () => {
    const open = describeAid(inputFor());
    expect(open.standings).toEqual(['stated', 'at-least']);
    expect(open.daggerOnce).toBe(true);
    expect(open.notes[0]).toBe('~ nearly or about, as the source words it.');
    expect(describeAid(inputFor({ reading: 'local' })).notes[0]).toBe('~ nearly or about, as the source words it, or converted from the donor’s own dollar.');
    expect(describeAid(inputFor({ to: '2022-06-30' })).standings).toEqual(['at-least', 'range']);
    expect(describeAid(inputFor({ measure: 'per-capita' })).notes).toContain('Worked out over 2022 population (World Bank, three significant figures), from the amounts the sources state.');
  });

  it('describes the chart in words from the same numbers, the largest figure first', () => {
    const input = inputFor({ countries: ['JP', 'KR'], types: ['military', 'humanitarian', 'financial'], to: '2024-10-31' });
    expect(describeAid(input).inWords).toBe(
      'Aid to Ukraine by 31 Oct 2024, in US dollars: Japan’s financial aid, US$300M to nearly US$12B† (timing not stated), stated 19 Apr 2022 and Jul 2024 or later, is the largest figure; then South Korea’s humanitarian aid, at least US$10M†, as of 28 Feb 2022; no money value is stated for Japan’s military aid, Japan’s humanitarian aid, South Korea’s military aid and South Korea’s financial aid.',
    );
  });
});
