import { describe, expect, it } from 'vitest';
import type { AidRecord } from '../../src/data/schema';
import { aidCellMaker, aidCells, buildAidIndex, combineQualifiers, committedWithin, inKindWithin, seriesKey, totalAsOf, type AidCell } from '../../src/model/aid';
import { startDay } from '../../src/model/dates';
import { buildModel } from '../../src/model/dataset-model';
import { ALL_TIME, windowFromIso } from '../../src/model/window';
import { loadBundled } from '../helpers/bundled';

const day = (iso: string) => startDay(iso);
const M = 1e6;
const PARTNERS = ['JP', 'KR', 'AU', 'NZ'];

// Expected values are worked out by hand from the five documents (the quotes in data/dataset.json).
describe('what the sources state, on the bundled data', () => {
  const model = buildModel(loadBundled());
  const cell = (cells: AidCell[], country: string, type: AidCell['type']) => cells.find((c) => c.country === country && c.type === type)!;

  it('keeps the cells it made for one question and window: the same answers, each worked out once', () => {
    const window = windowFromIso(null, '2022-06-30');
    const cellOf = aidCellMaker(model.aid, 'as-of', window);
    const four = aidCells(model.aid, PARTNERS, ['military'], 'as-of', window, cellOf);
    // Australia as of 30 June 2022: $141.9M, as without the maker; asked again, the very same cell.
    expect(cell(four, 'AU', 'military').usd).toBe(141.9 * M);
    expect(four).toEqual(aidCells(model.aid, PARTNERS, ['military'], 'as-of', window));
    const two = aidCells(model.aid, ['AU', 'NZ'], ['military'], 'as-of', window, cellOf);
    expect(cell(two, 'AU', 'military')).toBe(cell(four, 'AU', 'military'));
  });

  it('military aid as of 30 June 2022: Australia $141.9M (currency not printed); New Zealand at least $11M + $7.5M = $18.5M, and $5.5M of unstated purpose', () => {
    const cells = aidCells(model.aid, PARTNERS, ['military', 'unspecified'], 'as-of', windowFromIso(null, '2022-06-30'));
    expect(cell(cells, 'AU', 'military')).toMatchObject({ standing: 'stated', usd: 141.9 * M, qualifier: 'exact', bareDollar: true, converted: false });
    // New Zealand's $11M is a total of non-lethal aid alone: lethal aid before the $7.5M of 11 April is not stated.
    expect(cell(cells, 'NZ', 'military')).toMatchObject({ standing: 'at-least', qualifier: 'exact', bareDollar: true, lowerBound: ['subtype'] });
    expect(cell(cells, 'NZ', 'military').usd).toBeCloseTo(18.5 * M, 0);
    expect(cell(cells, 'NZ', 'unspecified').usd).toBeCloseTo(5.5 * M, 0);
    expect(cell(cells, 'NZ', 'unspecified').standing).toBe('stated');
    // Japan sent vests, masks and drones, but no money value is stated: not stated, never 0.
    expect(cell(cells, 'JP', 'military')).toMatchObject({ standing: 'not-stated', entries: [] });
    expect(cell(cells, 'KR', 'military').standing).toBe('not-stated');
    // The latest statement behind Australia's figure is the total as of 17 April.
    expect(cell(cells, 'AU', 'military').statedOn).toBe(day('2022-04-17'));
  });

  it('all aid committed in 2022, by country and type', () => {
    const cells = aidCells(model.aid, [...PARTNERS, 'SG'], ['military', 'humanitarian', 'financial', 'unspecified'], 'within', windowFromIso('2022-01-01', '2022-12-31'));
    const stated = cells.filter((c) => c.standing !== 'not-stated').map((c) => [c.country, c.type, c.standing, Math.round(c.usd / 1e5) / 10, Math.round(c.maxUsd / 1e5) / 10]);
    expect(stated).toEqual([
      // $100M of loans (undated, counted from 2022, when the sources date the war's aid from) raised to $300M on 19 April;
      // the rest of the nearly $12B may have come any time up to July 2024.
      ['JP', 'financial', 'range', 300, 12_000],
      // $10M in humanitarian assistance on 28 February; the $30M package of 7 April names no type.
      ['KR', 'humanitarian', 'stated', 10, 10],
      ['KR', 'unspecified', 'stated', 30, 30],
      ['AU', 'military', 'stated', 141.9, 141.9],
      ['AU', 'humanitarian', 'stated', 48.3, 48.3],
      ['NZ', 'military', 'stated', 18.5, 18.5],
      ['NZ', 'unspecified', 'stated', 5.5, 5.5],
      ['SG', 'humanitarian', 'stated', 2.6, 2.6],
    ]);
    expect(cell(cells, 'JP', 'financial').qualifier).toBe('nearly');
  });

  it('2023–2024: Australia almost US$167M; Japan’s financial aid between US$0 and nearly US$11.7B, its timing not stated', () => {
    const cells = aidCells(model.aid, PARTNERS, ['military', 'financial'], 'within', windowFromIso('2023-01-01', '2024-12-31'));
    expect(cell(cells, 'AU', 'military')).toMatchObject({ standing: 'stated', usd: 167 * M, qualifier: 'nearly', bareDollar: false });
    const japan = cell(cells, 'JP', 'financial');
    expect(japan).toMatchObject({ standing: 'range', usd: 0, qualifier: 'nearly' });
    expect(japan.maxUsd).toBeCloseTo(11_700 * M, 0);
    expect(japan.openEntries.map((e) => e.record.id)).toEqual(['jp-2024-07-financial']);
  });

  it('1 January to 18 April 2022: Japan’s loans of $100M before the rise, and the rest of the nearly $12B, may both fall there', () => {
    // The $300M is of loans only: aid other than loans given before 19 April may be in the nearly
    // $12B of all financial aid. Up to $100M + (nearly $12B − $300M) = nearly $11.8B; none of it certain.
    const [japan] = aidCells(model.aid, ['JP'], ['financial'], 'within', windowFromIso('2022-01-01', '2022-04-18'));
    expect(japan).toMatchObject({ standing: 'range', usd: 0, qualifier: 'nearly' });
    expect(japan!.maxUsd).toBeCloseTo(11_800 * M, 0);
  });

  it('as of 31 October 2024, the last record: a total stated over a year before is “at least”; Japan’s of July 2024 is not', () => {
    const window = windowFromIso(null, '2024-10-31');
    const cells = aidCells(model.aid, [...PARTNERS, 'SG'], ['military', 'humanitarian', 'financial', 'unspecified'], 'as-of', window);
    const stated = cells.filter((c) => c.standing !== 'not-stated').map((c) => [c.country, c.type, c.standing, c.lowerBound, Math.round(c.usd / 1e5) / 10]);
    expect(stated).toEqual([
      ['JP', 'financial', 'stated', [], 12_000],
      ['KR', 'humanitarian', 'at-least', ['later'], 10],
      ['KR', 'unspecified', 'at-least', ['later'], 30],
      // $141.9M as of 17 April 2022 and almost US$167M in July 2024, from two documents.
      ['AU', 'military', 'at-least', ['sum'], 308.9],
      ['AU', 'humanitarian', 'at-least', ['later'], 48.3],
      ['NZ', 'military', 'at-least', ['later', 'subtype'], 18.5],
      ['NZ', 'unspecified', 'at-least', ['later'], 5.5],
      ['SG', 'humanitarian', 'at-least', ['later'], 2.6],
    ]);
  });

  it('July 2024 alone still leaves Japan’s growth open: not US$11.7B committed in that month', () => {
    const [japan] = aidCells(model.aid, ['JP'], ['financial'], 'within', windowFromIso('2024-07-01', '2024-07-31'));
    expect(japan).toMatchObject({ standing: 'range', usd: 0 });
  });

  it('Australia’s military aid as of October 2024 is at least $141.9M + US$167M; read as A$ at 1.44 per US$, at least ≈US$265.5M', () => {
    const window = windowFromIso(null, '2024-10-31');
    const [usd] = aidCells(model.aid, ['AU'], ['military'], 'as-of', window);
    expect(usd).toMatchObject({ standing: 'at-least', bareDollar: true, converted: false, qualifier: 'nearly' });
    expect(usd!.usd).toBeCloseTo(308.9 * M, 0);
    const [local] = aidCells(model.aidLocal, ['AU'], ['military'], 'as-of', window);
    expect(local).toMatchObject({ standing: 'at-least', converted: true });
    expect(local!.usd / M).toBeCloseTo(141.9 / 1.44 + 167, 3);
    expect(local!.usd / M).toBeCloseTo(265.54, 2);
  });

  it('Japan’s financial aid as of July 2024 is the nearly $12B total, which supersedes the loans: not $12.3B', () => {
    const [japan] = aidCells(model.aid, ['JP'], ['financial'], 'as-of', windowFromIso(null, '2024-07-31'));
    expect(japan).toMatchObject({ standing: 'stated', usd: 12_000 * M, qualifier: 'nearly' });
    expect(japan!.entries.map((e) => e.record.id)).toEqual(['jp-2024-07-financial']);
    // Mid-July is inside the month the total is dated to: it is not yet stated then. The loans'
    // $300M of 19 April 2022 is the latest, over two years before, and of loans alone: at least $300M.
    const [mid] = aidCells(model.aid, ['JP'], ['financial'], 'as-of', windowFromIso(null, '2024-07-15'));
    expect(mid).toMatchObject({ standing: 'at-least', usd: 300 * M, statedOn: day('2022-04-19'), lowerBound: ['later', 'subtype'] });
  });

  it('reading a bare “$” as the donor’s dollar changes only Australian, New Zealand and Singapore amounts', () => {
    const everyone = [...PARTNERS, 'SG'];
    const types = ['military', 'humanitarian', 'financial', 'unspecified'] as const;
    const a = aidCells(model.aid, everyone, [...types], 'as-of', ALL_TIME);
    const b = aidCells(model.aidLocal, everyone, [...types], 'as-of', ALL_TIME);
    a.forEach((cell, i) => {
      const other = b[i]!;
      if (cell.country === 'JP' || cell.country === 'KR') expect(other.usd).toBe(cell.usd);
      else if (cell.bareDollar) expect(other.usd).toBeLessThan(cell.usd);
    });
    // New Zealand's $11M at 1.57 NZ$ per US$; Singapore's $2.6M at 1.38.
    expect(b.find((c) => c.country === 'SG' && c.type === 'humanitarian')!.usd / M).toBeCloseTo(2.6 / 1.38, 6);
    expect(b.find((c) => c.country === 'NZ' && c.type === 'military')!.usd / M).toBeCloseTo((11 + 7.5) / 1.57, 6);
  });

  it('lists in-kind contributions by country, type and window', () => {
    const all = inKindWithin(model.aid, [...PARTNERS, 'SG'], ['military', 'humanitarian', 'financial', 'unspecified'], ALL_TIME);
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
  it('adds increments and lets a total replace everything before it', () => {
    const s = seriesOf([record('a', '2022-01-10', 'increment', 5), record('b', '2022-02-01', 'increment', 7), record('c', '2022-03-01', 'total', 20), record('d', '2022-04-01', 'increment', 3)]);
    expect(totalAsOf(s, day('2022-01-09')).standing).toBe('not-stated');
    expect(totalAsOf(s, day('2022-02-15')).usd).toBe(12);
    expect(totalAsOf(s, day('2022-03-01')).usd).toBe(20);
    expect(totalAsOf(s, Infinity)).toMatchObject({ usd: 23, standing: 'stated' });
    // The 20 as of 1 March grew by 8 over the 12 known before. A package does not bound what came
    // before it: the 8 may be older than the first package, at any time up to 1 March.
    expect(committedWithin(s, windowFromIso('2022-02-02', '2022-03-31'))).toMatchObject({ standing: 'range', usd: 0, maxUsd: 8 });
    expect(committedWithin(s, windowFromIso('2021-01-01', '2022-03-31'))).toMatchObject({ standing: 'range', usd: 12, maxUsd: 20 });
    expect(committedWithin(s, ALL_TIME)).toMatchObject({ standing: 'stated', usd: 23 });
  });

  it('puts a total’s growth after the previous total of its scope: a total of loans bounds loans, not the type', () => {
    // Two running totals: the 30 of 1 June grew by 20 over the 10 of 1 January, after 1 January.
    const totals = seriesOf([record('a', '2022-01-01', 'total', 10), record('b', '2022-06-01', 'total', 30)], '2022-01-01');
    expect(committedWithin(totals, windowFromIso('2022-01-02', '2022-06-01'))).toMatchObject({ standing: 'stated', usd: 20 });
    // Loans of 300 (up from 100) on 19 April, then the type's total of 12,000 in July 2024: other aid
    // than loans, given before 19 April, may be in the 12,000, so its growth of 11,700 may be from 1 January.
    const loans = record('loans', '2022-04-19', 'total', 300, { subtype: 'loan', previous: money(100) });
    const japanLike = seriesOf([loans, record('all', '2024-07', 'total', 12_000)], '2022-01-01');
    expect(committedWithin(japanLike, windowFromIso('2022-01-01', '2022-04-18'))).toMatchObject({ standing: 'range', usd: 0, maxUsd: 11_800 });
    expect(committedWithin(japanLike, windowFromIso('2022-01-01', '2022-12-31'))).toMatchObject({ standing: 'range', usd: 300, maxUsd: 12_000 });
    // A second total of loans rises after the first: its growth falls after 19 April.
    const moreLoans = seriesOf([loans, record('loans2', '2022-09-01', 'total', 500, { subtype: 'loan' })], '2022-01-01');
    expect(committedWithin(moreLoans, windowFromIso('2022-04-20', '2022-09-01'))).toMatchObject({ standing: 'stated', usd: 200 });
  });

  it('calls a total of one kind of the type alone (loans) “at least” for the type, until a total of the whole type', () => {
    const loans = record('loans', '2022-04-19', 'total', 300, { subtype: 'loan' });
    expect(totalAsOf(seriesOf([loans]), day('2022-06-30'))).toMatchObject({ standing: 'at-least', usd: 300, lowerBound: ['subtype'] });
    const whole = seriesOf([loans, record('all', '2022-09', 'total', 900)]);
    expect(totalAsOf(whole, day('2022-09-30'))).toMatchObject({ standing: 'stated', usd: 900, lowerBound: [] });
  });

  it('calls a total asked for over a year after its latest statement “at least”, and names why', () => {
    const s = seriesOf([record('a', '2022-04-17', 'total', 10)]);
    // 365 days on (17 April 2023) it stands; a day later there is room for aid not reported.
    expect(totalAsOf(s, day('2023-04-17'))).toMatchObject({ standing: 'stated', lowerBound: [] });
    expect(totalAsOf(s, day('2023-04-18'))).toMatchObject({ standing: 'at-least', usd: 10, lowerBound: ['later'] });
    // Asked with no end, it is the latest total: nothing to be later than.
    expect(totalAsOf(s, Infinity)).toMatchObject({ standing: 'stated', lowerBound: [] });
  });

  it('on the same day applies the total first, then the increment', () => {
    expect(totalAsOf(seriesOf([record('inc', '2022-01-01', 'increment', 4), record('tot', '2022-01-01', 'total', 10)]), day('2022-01-01')).usd).toBe(14);
  });

  it('counts a month-dated statement once its month has ended; a window that cuts the month may hold it', () => {
    const s = seriesOf([record('m', '2022-04', 'increment', 1)]);
    expect(totalAsOf(s, day('2022-04-15')).standing).toBe('not-stated');
    expect(totalAsOf(s, day('2022-04-30')).usd).toBe(1);
    expect(committedWithin(s, windowFromIso('2022-04-15', '2022-12-31'))).toMatchObject({ standing: 'range', usd: 0, maxUsd: 1 });
    expect(committedWithin(s, windowFromIso('2022-04-01', '2022-04-30'))).toMatchObject({ standing: 'stated', usd: 1 });
  });

  it('counts a downward revision as nothing committed, never a negative amount', () => {
    const s = seriesOf([record('a', '2022-01-01', 'total', 10), record('b', '2022-06-01', 'total', 8)]);
    expect(committedWithin(s, windowFromIso('2022-02-01', '2022-12-31')).standing).toBe('not-stated');
    // The later statement stands: the total as of the end is what it says.
    expect(totalAsOf(s, Infinity).usd).toBe(8);
  });

  it('puts a first total’s growth after the dataset’s first aid date, or leaves it open without one', () => {
    const records = [record('t', '2022-04-17', 'total', 10)];
    expect(committedWithin(seriesOf(records, '2022-01-01'), windowFromIso('2022-01-01', '2022-12-31'))).toMatchObject({ standing: 'stated', usd: 10 });
    expect(committedWithin(seriesOf(records), windowFromIso('2022-01-01', '2022-12-31'))).toMatchObject({ standing: 'range', usd: 0, maxUsd: 10 });
    expect(committedWithin(seriesOf(records), ALL_TIME)).toMatchObject({ standing: 'stated', usd: 10 });
  });

  it('dates a total’s rise “from … to …” on its day, and the earlier amount before it', () => {
    const s = seriesOf([record('loans', '2022-04-19', 'total', 300, { previous: money(100) })]);
    expect(committedWithin(s, windowFromIso('2022-04-19', '2022-04-19'))).toMatchObject({ standing: 'range', usd: 200, maxUsd: 300 });
  });

  it('calls a sum of statements from different sources, or years apart, “at least”', () => {
    const other = { citations: [{ source: 'other', quote: 'q' }] };
    expect(totalAsOf(seriesOf([record('a', '2022-04-17', 'total', 10), record('b', '2024-07', 'increment', 5, other)]), Infinity).standing).toBe('at-least');
    expect(totalAsOf(seriesOf([record('a', '2022-04-17', 'total', 10), record('b', '2023-06-01', 'increment', 5)]), Infinity).standing).toBe('at-least');
    expect(totalAsOf(seriesOf([record('a', '2022-03-21', 'total', 10), record('b', '2022-04-11', 'increment', 5)]), Infinity).standing).toBe('stated');
  });

  it('keeps the source’s word for an approximate amount', () => {
    const s = seriesOf([record('a', '2024-07', 'total', 12, { money: money(12, 'nearly $12 billion', true) })]);
    expect(totalAsOf(s, Infinity).qualifier).toBe('nearly');
    expect(combineQualifiers(['exact', 'over'])).toBe('over');
    expect(combineQualifiers(['nearly', 'over'])).toBe('about');
    expect(combineQualifiers(['exact', 'exact'])).toBe('exact');
  });

  it('gives a part the source allots its type, and the rest the record’s own type', () => {
    const index = buildAidIndex([record('p', '2022-04-11', 'increment', 13, { type: 'unspecified', parts: [{ label: 'allotted to lethal aid', type: 'military', money: money(7.5) }] })]);
    expect(totalAsOf(index.series.get(seriesKey('XX', 'military')), Infinity)).toMatchObject({ usd: 7.5, standing: 'stated' });
    expect(totalAsOf(index.series.get(seriesKey('XX', 'unspecified')), Infinity).usd).toBe(5.5);
  });

  it('answers “not stated” for an empty or inverted window and a missing series', () => {
    const s = seriesOf([record('a', '2022-01-01', 'increment', 10)]);
    expect(committedWithin(s, windowFromIso('2022-12-31', '2022-01-01')).standing).toBe('not-stated');
    expect(committedWithin(undefined, ALL_TIME).standing).toBe('not-stated');
    expect(totalAsOf(undefined, 0).standing).toBe('not-stated');
  });

  it('leaves its input untouched', () => {
    const input = [record('late', '2022-05-01', 'increment', 1), record('early', '2022-01-01', 'total', 10)];
    const copy = structuredClone(input);
    expect(seriesOf(input)!.entries.map((e) => e.record.id)).toEqual(['early', 'late']);
    expect(input).toEqual(copy);
  });
});
