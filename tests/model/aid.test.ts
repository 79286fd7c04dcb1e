import { describe, expect, it } from 'vitest';
import type { AidRecord } from '../../src/data/schema';
import { aidCellMaker, aidCells, aidWithin, buildAidIndex, combineQualifiers, inKindWithin, seriesKey, type AidCell, type AidIndex } from '../../src/model/aid';
import { formatRecordDate } from '../../src/model/format';
import { startDay } from '../../src/model/dates';
import { buildModel } from '../../src/model/dataset-model';
import { ALL_TIME, windowFromIso } from '../../src/model/window';
import { loadBundled } from '../helpers/bundled';

const day = (iso: string) => startDay(iso);
const M = 1e6;
const PARTNERS = ['JP', 'KR', 'AU', 'NZ'];

// Expected values are worked out by hand from the five documents (the quotes in data/dataset.json).
// The rule: a value is "stated" only where running totals of the whole type bound both ends of the
// dates; the total as of To is what was committed from the start of the aid (meta.aidFrom: 2022) to To.
type Row = [country: string, type: AidCell['type'], standing: AidCell['standing'], usdM: number, maxM: number, reasons: string[], asOf: string | null];

const ALL_TYPES = ['military', 'humanitarian', 'financial', 'unspecified'] as const;
const EVERYONE = [...PARTNERS, 'SG'];

describe('what the sources state, on the bundled data', () => {
  const model = buildModel(loadBundled());
  const cell = (cells: AidCell[], country: string, type: AidCell['type']) => cells.find((c) => c.country === country && c.type === type)!;
  const rows = (index: AidIndex, question: 'as-of' | 'within', from: string | null, to: string | null): Row[] =>
    aidCells(index, EVERYONE, [...ALL_TYPES], question, windowFromIso(from, to))
      .filter((c) => c.standing !== 'not-stated')
      .map((c) => [c.country, c.type, c.standing, round(c.usd / M), round(c.maxUsd / M), [...c.lowerBound], c.latest ? formatRecordDate(c.latest.record) : null]);
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  // Read as the donor's own dollar: A$ at 1.44, NZ$ at 1.57, S$ at 1.38 per US$ (2022 averages).
  const AUD = (m: number) => round(m / 1.44);
  const SGD = (m: number) => round(m / 1.38);

  // Shared by every view from February 2022 on: the packages and totals of spring 2022, each a lower
  // bound after its own day (a package never makes a stated total; nothing is stated for the months after).
  const spring: Row[] = [
    // "$10 million in humanitarian assistance" (28 Feb) and "an additional $30 million aid package" of no named type (7 Apr): packages, in US$ under either reading.
    ['KR', 'humanitarian', 'at-least', 10, 10, ['later', 'package'], '28 Feb 2022'],
    ['KR', 'unspecified', 'at-least', 30, 30, ['later', 'package'], '7 Apr 2022'],
  ];

  it('as of each latest statement (To open): only Japan’s nearly $12B, undated after the July 2024 summit, is a stated total', () => {
    expect(rows(model.aid, 'as-of', null, null)).toEqual([
      // $100M of loans raised to $300M (19 Apr 2022), then "nearly $12 billion" of all financial aid, in an article written after July 2024.
      ['JP', 'financial', 'stated', 12_000, 12_000, [], 'Jul 2024 or later'],
      ...spring,
      // $141.9M as of 17 Apr 2022, then the package of almost US$167M (Jul 2024): 308.9, ending on a package.
      ['AU', 'military', 'at-least', 308.9, 308.9, ['later', 'package'], 'Jul 2024'],
      ['AU', 'humanitarian', 'at-least', 48.3, 48.3, ['later'], '17 Apr 2022'],
      // A total of $11M of non-lethal aid (21 Mar), then $7.5M allotted to lethal aid (11 Apr): 18.5.
      ['NZ', 'military', 'at-least', 18.5, 18.5, ['later', 'package', 'subtype'], '11 Apr 2022'],
      // The rest of "another $13 million": 13 − 7.5 = 5.5, of no stated purpose.
      ['NZ', 'unspecified', 'at-least', 5.5, 5.5, ['later', 'package'], '11 Apr 2022'],
      ['SG', 'humanitarian', 'at-least', 2.6, 2.6, ['later'], '5 Apr 2022'],
    ]);
  });

  it('as of 31 Oct 2024: Japan’s nearly $12B may be dated after that day, so only the $300M of loans is certain', () => {
    const got = rows(model.aid, 'as-of', null, '2024-10-31');
    expect(got[0]).toEqual(['JP', 'financial', 'range', 300, 12_000, [], '19 Apr 2022']);
    expect(got.slice(1)).toEqual(rows(model.aid, 'as-of', null, null).slice(1));
    expect(cell(aidCells(model.aid, ['JP'], ['financial'], 'as-of', windowFromIso(null, '2024-10-31')), 'JP', 'financial').openEntries.map((e) => e.record.id)).toEqual(['jp-2024-07-financial']);
  });

  it('as of 30 Jun 2022: every figure is a lower bound, with the date of its statement', () => {
    expect(rows(model.aid, 'as-of', null, '2022-06-30')).toEqual([
      // The nearly $12B may hold aid other than loans from before 30 June: up to 300 + 11,700.
      ['JP', 'financial', 'range', 300, 12_000, [], '19 Apr 2022'],
      ...spring,
      // "As of April 17, Australia’s military aid to Ukraine totals $141.9 million": nothing is stated for 18 April – 30 June.
      ['AU', 'military', 'at-least', 141.9, 141.9, ['later'], '17 Apr 2022'],
      ['AU', 'humanitarian', 'at-least', 48.3, 48.3, ['later'], '17 Apr 2022'],
      ['NZ', 'military', 'at-least', 18.5, 18.5, ['later', 'package', 'subtype'], '11 Apr 2022'],
      ['NZ', 'unspecified', 'at-least', 5.5, 5.5, ['later', 'package'], '11 Apr 2022'],
      ['SG', 'humanitarian', 'at-least', 2.6, 2.6, ['later'], '5 Apr 2022'],
    ]);
  });

  it('committed in 2022: the same answers as the total as of 31 Dec 2022, since the aid dates from 2022', () => {
    const in2022 = rows(model.aid, 'within', '2022-01-01', '2022-12-31');
    expect(in2022).toEqual(rows(model.aid, 'as-of', null, '2022-06-30'));
    expect(in2022).toEqual(rows(model.aid, 'as-of', null, '2022-12-31'));
  });

  it('committed 2023–2024: Australia’s package of almost US$167M, at least; Japan up to nearly US$11.7B, undated', () => {
    expect(rows(model.aid, 'within', '2023-01-01', '2024-12-31')).toEqual([
      // The growth from $300M to nearly $12B is not dated: none of it certainly within 2023–2024.
      ['JP', 'financial', 'range', 0, 11_700, [], null],
      // No running total bounds 31 Dec 2022 or 31 Dec 2024; the package is the only statement.
      ['AU', 'military', 'at-least', 167, 167, ['later', 'package', 'start'], 'Jul 2024'],
    ]);
  });

  it('reads a bare “$” as the donor’s own dollar: Australian, New Zealand and Singapore figures at 2022 rates, the same standings', () => {
    expect(rows(model.aidLocal, 'as-of', null, null)).toEqual([
      ['JP', 'financial', 'stated', 12_000, 12_000, [], 'Jul 2024 or later'],
      ...spring,
      // $141.9M ÷ 1.44, plus the package's own US$167M (printed "AU$250 million (US$167 million)").
      ['AU', 'military', 'at-least', round(141.9 / 1.44 + 167), round(141.9 / 1.44 + 167), ['later', 'package'], 'Jul 2024'],
      ['AU', 'humanitarian', 'at-least', AUD(48.3), AUD(48.3), ['later'], '17 Apr 2022'],
      ['NZ', 'military', 'at-least', round(11 / 1.57 + 7.5 / 1.57), round(11 / 1.57 + 7.5 / 1.57), ['later', 'package', 'subtype'], '11 Apr 2022'],
      ['NZ', 'unspecified', 'at-least', round(13 / 1.57 - 7.5 / 1.57), round(13 / 1.57 - 7.5 / 1.57), ['later', 'package'], '11 Apr 2022'],
      ['SG', 'humanitarian', 'at-least', SGD(2.6), SGD(2.6), ['later'], '5 Apr 2022'],
    ]);
    expect(rows(model.aidLocal, 'as-of', null, '2022-06-30')).toEqual([
      ['JP', 'financial', 'range', 300, 12_000, [], '19 Apr 2022'],
      ...spring,
      ['AU', 'military', 'at-least', AUD(141.9), AUD(141.9), ['later'], '17 Apr 2022'],
      ['AU', 'humanitarian', 'at-least', AUD(48.3), AUD(48.3), ['later'], '17 Apr 2022'],
      ['NZ', 'military', 'at-least', round(11 / 1.57 + 7.5 / 1.57), round(11 / 1.57 + 7.5 / 1.57), ['later', 'package', 'subtype'], '11 Apr 2022'],
      ['NZ', 'unspecified', 'at-least', round(13 / 1.57 - 7.5 / 1.57), round(13 / 1.57 - 7.5 / 1.57), ['later', 'package'], '11 Apr 2022'],
      ['SG', 'humanitarian', 'at-least', SGD(2.6), SGD(2.6), ['later'], '5 Apr 2022'],
    ]);
    expect(rows(model.aidLocal, 'as-of', null, '2024-10-31').slice(1)).toEqual(rows(model.aidLocal, 'as-of', null, null).slice(1));
    expect(rows(model.aidLocal, 'within', '2022-01-01', '2022-12-31')).toEqual(rows(model.aidLocal, 'as-of', null, '2022-06-30'));
    expect(rows(model.aidLocal, 'within', '2023-01-01', '2024-12-31')).toEqual(rows(model.aid, 'within', '2023-01-01', '2024-12-31'));
  });

  it('is stated only on a statement’s own day: Australia’s $141.9M as of 17 April 2022, in either question', () => {
    expect(rows(model.aid, 'as-of', null, '2022-04-17').filter((r) => r[0] === 'AU')).toEqual([
      ['AU', 'military', 'stated', 141.9, 141.9, [], '17 Apr 2022'],
      ['AU', 'humanitarian', 'stated', 48.3, 48.3, [], '17 Apr 2022'],
    ]);
    expect(rows(model.aid, 'within', '2022-01-01', '2022-04-17').filter((r) => r[0] === 'AU')).toEqual(rows(model.aid, 'as-of', null, '2022-04-17').filter((r) => r[0] === 'AU'));
    // New Zealand's $11M total of 21 March is of non-lethal aid alone; South Korea's $10M of 28 February a package.
    expect(cell(aidCells(model.aid, ['NZ'], ['military'], 'as-of', windowFromIso(null, '2022-03-21')), 'NZ', 'military')).toMatchObject({ standing: 'at-least', usd: 11 * M, lowerBound: ['subtype'] });
    expect(cell(aidCells(model.aid, ['KR'], ['humanitarian'], 'as-of', windowFromIso(null, '2022-02-28')), 'KR', 'humanitarian')).toMatchObject({ standing: 'at-least', usd: 10 * M, lowerBound: ['package'] });
  });

  it('gives one answer to both questions when From is at or before the start of the aid, for every cell and To', () => {
    const days = ['2022-02-27', '2022-02-28', '2022-03-21', '2022-04-11', '2022-04-17', '2022-04-19', '2022-06-30', '2023-04-11', '2024-07-15', '2024-07-31', '2024-10-31', null];
    for (const index of [model.aid, model.aidLocal])
      for (const to of days)
        for (const from of [null, '1990-01-01', '2022-01-01']) expect(rows(index, 'within', from, to)).toEqual(rows(index, 'as-of', null, to));
  });

  it('keeps the cells it made for one question and window: the same answers, each worked out once', () => {
    const window = windowFromIso(null, '2022-06-30');
    const cellOf = aidCellMaker(model.aid, 'as-of', window);
    const four = aidCells(model.aid, PARTNERS, ['military'], 'as-of', window, cellOf);
    expect(four).toEqual(aidCells(model.aid, PARTNERS, ['military'], 'as-of', window));
    const two = aidCells(model.aid, ['AU', 'NZ'], ['military'], 'as-of', window, cellOf);
    expect(cell(two, 'AU', 'military')).toBe(cell(four, 'AU', 'military'));
  });

  it('Japan sent vests, masks and drones, but no money value is stated: not stated, never 0', () => {
    const [japan] = aidCells(model.aid, ['JP'], ['military'], 'as-of', ALL_TIME);
    expect(japan).toMatchObject({ standing: 'not-stated', usd: 0, entries: [], latest: null });
  });

  it('lists in-kind contributions by country, type and window; one dated “Jul 2024 or later” only with To open', () => {
    const all = inKindWithin(model.aid, EVERYONE, [...ALL_TYPES], ALL_TIME);
    expect(all.map((r) => r.id)).toEqual([
      'nz-2022-analysts-aircraft',
      'au-2022-02-27-lethal',
      'jp-2022-03-vests',
      'au-2022-04-17-in-kind',
      'au-2022-04-17-visas',
      'jp-2022-04-19-equipment',
      'au-2024-07-training',
      'nz-2024-07-training',
    ]);
    expect(inKindWithin(model.aid, EVERYONE, [...ALL_TYPES], windowFromIso(null, '2024-10-31')).map((r) => r.id)).not.toContain('au-2024-07-training');
    // A year-dated contribution is within a window only when its whole year is.
    expect(inKindWithin(model.aid, ['NZ'], ['military'], windowFromIso('2022-04-01', '2022-04-30'))).toEqual([]);
    expect(inKindWithin(model.aid, ['AU'], ['humanitarian'], windowFromIso('2022-04-01', '2022-04-30')).map((r) => r.id)).toEqual(['au-2022-04-17-in-kind', 'au-2022-04-17-visas']);
  });
});

const money = (usd: number, printed = `$${usd}`, approximate = false) => ({
  printed,
  amount: usd,
  currency: 'USD',
  currencyReading: 'stated' as const,
  usd,
  usdBasis: 'same-currency' as const,
  approximate,
});

function record(id: string, date: string, basis: 'increment' | 'total', usd: number, extra: Partial<AidRecord> = {}): AidRecord {
  return {
    id,
    country: 'XX',
    type: 'military',
    basis,
    date,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    dateBasis: basis === 'total' ? 'as-of' : 'announced',
    summary: id,
    money: money(usd),
    items: [],
    citations: [{ source: 's', quote: 'q' }],
    ...extra,
  };
}

const seriesOf = (records: AidRecord[], from?: string) => buildAidIndex(records, { reading: 'usd', aidFrom: from ? day(from) : undefined }).series.get(seriesKey('XX', 'military'));

describe('the totals rule', () => {
  const within = (s: ReturnType<typeof seriesOf>, from: string | null, to: string | null) => aidWithin(s, windowFromIso(from, to));
  const asOf = (s: ReturnType<typeof seriesOf>, to: string | null) => aidWithin(s, windowFromIso(null, to));

  it('adds increments and lets a total replace everything before it; a total may hold aid older than the packages', () => {
    const s = seriesOf([record('a', '2022-01-10', 'increment', 5), record('b', '2022-02-01', 'increment', 7), record('c', '2022-03-01', 'total', 20), record('d', '2022-04-01', 'increment', 3)]);
    // Before the first package the total of 20 may already hold up to 20 − 5 − 7 = 8.
    expect(asOf(s, '2022-01-09')).toMatchObject({ standing: 'range', usd: 0, maxUsd: 8 });
    // By 15 February the packages give 12; the total of 20 on 1 March may hold 8 more from before then.
    expect(asOf(s, '2022-02-15')).toMatchObject({ standing: 'range', usd: 12, maxUsd: 20 });
    expect(asOf(s, '2022-03-01')).toMatchObject({ standing: 'stated', usd: 20, lowerBound: [] });
    expect(asOf(s, null)).toMatchObject({ standing: 'at-least', usd: 23, lowerBound: ['later', 'package'] });
    expect(within(s, '2022-02-02', '2022-03-31')).toMatchObject({ standing: 'range', usd: 0, maxUsd: 8 });
    expect(within(s, '2021-01-01', '2022-03-31')).toMatchObject({ standing: 'range', usd: 12, maxUsd: 20 });
    expect(aidWithin(s, ALL_TIME)).toMatchObject({ standing: 'at-least', usd: 23 });
  });

  it('is stated between two running totals of the whole type, each dated to the day', () => {
    // The 30 of 1 June grew by 20 over the 10 of 1 January, after 1 January: both ends are bounded.
    const totals = seriesOf([record('a', '2022-01-01', 'total', 10), record('b', '2022-06-01', 'total', 30)], '2022-01-01');
    expect(within(totals, '2022-01-02', '2022-06-01')).toMatchObject({ standing: 'stated', usd: 20, lowerBound: [] });
    // A day later, nothing bounds the end.
    expect(within(totals, '2022-01-02', '2022-06-02')).toMatchObject({ standing: 'at-least', usd: 20, lowerBound: ['later'] });
    // From 3 January, nothing bounds the start: the growth may be from 2 January.
    expect(within(totals, '2022-01-03', '2022-06-01')).toMatchObject({ standing: 'range', usd: 0, maxUsd: 20 });
  });

  it('after a total dated to a month, later growth may start from the month’s first day', () => {
    const s = seriesOf([record('m', '2022-04', 'total', 10), record('t', '2022-06-15', 'total', 30)], '2022-01-01');
    // "As of April" may be 1 April: the 20 may have come from 2 April on, before May.
    expect(within(s, '2022-05-01', '2022-06-15')).toMatchObject({ standing: 'range', usd: 0, maxUsd: 20 });
    // From 2 April the 20 is certain, and up to 10 of April's own total may fall there too.
    expect(within(s, '2022-04-02', '2022-06-15')).toMatchObject({ standing: 'range', usd: 20, maxUsd: 30 });
  });

  it('puts a total’s growth after the previous total of its scope: a total of loans bounds loans, not the type', () => {
    // Loans of 300 (up from 100) on 19 April, then the type's total of 12,000 in July 2024: other aid
    // than loans, given before 19 April, may be in the 12,000, so its growth of 11,700 may be from 1 January.
    const loans = record('loans', '2022-04-19', 'total', 300, { subtype: 'loan', previous: money(100) });
    const japanLike = seriesOf([loans, record('all', '2024-07', 'total', 12_000)], '2022-01-01');
    expect(within(japanLike, '2022-01-01', '2022-04-18')).toMatchObject({ standing: 'range', usd: 0, maxUsd: 11_800 });
    expect(within(japanLike, '2022-01-01', '2022-12-31')).toMatchObject({ standing: 'range', usd: 300, maxUsd: 12_000 });
    expect(within(japanLike, '2022-01-01', '2024-07-31')).toMatchObject({ standing: 'stated', usd: 12_000 });
    // A second total of loans rises after the first: its growth falls after 19 April.
    const moreLoans = seriesOf([loans, record('loans2', '2022-09-01', 'total', 500, { subtype: 'loan' })], '2022-01-01');
    expect(within(moreLoans, '2022-04-20', '2022-09-01')).toMatchObject({ usd: 200, maxUsd: 200 });
  });

  it('calls a total of one kind of the type alone (loans) “at least” for the type, until a total of the whole type', () => {
    const loans = record('loans', '2022-04-19', 'total', 300, { subtype: 'loan' });
    expect(asOf(seriesOf([loans]), '2022-04-19')).toMatchObject({ standing: 'at-least', usd: 300, lowerBound: ['subtype'] });
    const whole = seriesOf([loans, record('all', '2022-09', 'total', 900)]);
    expect(asOf(whole, '2022-09-30')).toMatchObject({ standing: 'stated', usd: 900, lowerBound: [] });
    // Mid-September the total of the month may not be made yet.
    expect(asOf(whole, '2022-09-15')).toMatchObject({ standing: 'range', usd: 300, maxUsd: 900 });
  });

  it('calls a total asked for on any later day “at least”, and names why; with To open too', () => {
    const s = seriesOf([record('a', '2022-04-17', 'total', 10)]);
    expect(asOf(s, '2022-04-17')).toMatchObject({ standing: 'stated', lowerBound: [] });
    expect(asOf(s, '2022-04-18')).toMatchObject({ standing: 'at-least', usd: 10, lowerBound: ['later'] });
    expect(asOf(s, null)).toMatchObject({ standing: 'at-least', usd: 10, lowerBound: ['later'] });
    expect(asOf(s, null).latest!.record.id).toBe('a');
  });

  it('calls a total dated “or later” stated only with To open, where the day it was made has surely passed', () => {
    const s = seriesOf([record('loans', '2022-04-19', 'total', 300, { subtype: 'loan' }), record('all', '2024-07', 'total', 12_000, { orLater: true })], '2022-01-01');
    expect(asOf(s, null)).toMatchObject({ standing: 'stated', usd: 12_000 });
    expect(asOf(s, '2030-12-31')).toMatchObject({ standing: 'range', usd: 300, maxUsd: 12_000 });
    expect(asOf(s, '2024-06-30')).toMatchObject({ standing: 'range', usd: 300, maxUsd: 12_000 });
  });

  it('never makes a stated total of a package alone', () => {
    const s = seriesOf([record('p', '2022-04-01', 'increment', 10)], '2022-01-01');
    expect(asOf(s, '2022-04-01')).toMatchObject({ standing: 'at-least', usd: 10, lowerBound: ['package'] });
    expect(within(s, '2022-01-01', '2022-04-01')).toMatchObject({ standing: 'at-least', usd: 10, lowerBound: ['package'] });
  });

  it('on the same day applies the total first, then the increment: the day’s total does not bound its own news', () => {
    expect(asOf(seriesOf([record('inc', '2022-01-01', 'increment', 4), record('tot', '2022-01-01', 'total', 10)]), '2022-01-01')).toMatchObject({ usd: 14, standing: 'at-least', lowerBound: ['package'] });
  });

  it('holds a month-dated statement as “may be” until its month has ended', () => {
    const s = seriesOf([record('m', '2022-04', 'increment', 1)]);
    expect(asOf(s, '2022-03-31').standing).toBe('not-stated');
    expect(asOf(s, '2022-04-15')).toMatchObject({ standing: 'range', usd: 0, maxUsd: 1 });
    expect(asOf(s, '2022-04-30')).toMatchObject({ standing: 'at-least', usd: 1 });
    expect(within(s, '2022-04-15', '2022-12-31')).toMatchObject({ standing: 'range', usd: 0, maxUsd: 1 });
    expect(within(s, '2022-04-01', '2022-04-30')).toMatchObject({ standing: 'at-least', usd: 1, lowerBound: ['package', 'start'] });
  });

  it('counts a downward revision as nothing committed, never a negative amount: the higher total stands as a lower bound', () => {
    const s = seriesOf([record('a', '2022-01-01', 'total', 10), record('b', '2022-06-01', 'total', 8)]);
    expect(within(s, '2022-02-01', '2022-12-31').standing).toBe('not-stated');
    expect(asOf(s, null)).toMatchObject({ usd: 10, standing: 'at-least', lowerBound: ['later'] });
  });

  it('puts a first total’s growth after the dataset’s first aid date, or leaves it open without one', () => {
    const records = [record('t', '2022-04-17', 'total', 10)];
    expect(within(seriesOf(records, '2022-01-01'), '2022-01-01', '2022-04-17')).toMatchObject({ standing: 'stated', usd: 10 });
    expect(within(seriesOf(records, '2022-01-01'), '2022-01-01', '2022-12-31')).toMatchObject({ standing: 'at-least', usd: 10, lowerBound: ['later'] });
    expect(within(seriesOf(records), '2022-01-01', '2022-12-31')).toMatchObject({ standing: 'range', usd: 0, maxUsd: 10 });
    expect(aidWithin(seriesOf(records), { from: -Infinity, to: day('2022-04-17') })).toMatchObject({ standing: 'stated', usd: 10 });
  });

  it('dates a total’s rise “from … to …” on its day, and the earlier amount before it', () => {
    const s = seriesOf([record('loans', '2022-04-19', 'total', 300, { previous: money(100) })]);
    expect(within(s, '2022-04-19', '2022-04-19')).toMatchObject({ standing: 'range', usd: 200, maxUsd: 300 });
  });

  it('keeps the source’s word for an approximate amount', () => {
    const s = seriesOf([record('a', '2024-07', 'total', 12, { money: money(12, 'nearly $12 billion', true) })]);
    expect(asOf(s, null).qualifier).toBe('nearly');
    expect(combineQualifiers(['exact', 'over'])).toBe('over');
    expect(combineQualifiers(['nearly', 'over'])).toBe('about');
    expect(combineQualifiers(['exact', 'exact'])).toBe('exact');
  });

  it('gives a part the source allots its type, and the rest the record’s own type', () => {
    const index = buildAidIndex([record('p', '2022-04-11', 'increment', 13, { type: 'unspecified', parts: [{ label: 'allotted to lethal aid', type: 'military', money: money(7.5) }] })]);
    expect(aidWithin(index.series.get(seriesKey('XX', 'military')), ALL_TIME)).toMatchObject({ usd: 7.5, standing: 'at-least' });
    expect(aidWithin(index.series.get(seriesKey('XX', 'unspecified')), ALL_TIME).usd).toBe(5.5);
  });

  it('answers “not stated” for an empty or inverted window and a missing series', () => {
    const s = seriesOf([record('a', '2022-01-01', 'increment', 10)]);
    expect(within(s, '2022-12-31', '2022-01-01').standing).toBe('not-stated');
    expect(aidWithin(undefined, ALL_TIME).standing).toBe('not-stated');
  });

  it('leaves its input untouched', () => {
    const input = [record('late', '2022-05-01', 'increment', 1), record('early', '2022-01-01', 'total', 10)];
    const copy = structuredClone(input);
    expect(seriesOf(input)!.entries.map((e) => e.record.id)).toEqual(['early', 'late']);
    expect(input).toEqual(copy);
  });
});
