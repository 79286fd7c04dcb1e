import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
import type { AidRecord, AidType } from '../../src/data/schema';
import { aidCells, aidWithin, buildAidIndex, combineValues, inKindWithin, seriesKey } from '../../src/model/aid';
import { dayToIso, startDay } from '../../src/model/dates';
import type { DayWindow } from '../../src/model/window';

// FUZZ_SEED and FUZZ_SCALE (environment) let a longer hunt run with other cases; CI uses the fixed seed.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);

export const AGGREGATION_RUNS = 1000;

const COUNTRIES = ['AA', 'BB', 'CC'];
const TYPES: AidType[] = ['military', 'humanitarian', 'financial'];
const FIRST = startDay('2020-01-01');
const SPAN = 5 * 365;

const recordArb = fc.record({
  country: fc.constantFrom(...COUNTRIES),
  type: fc.constantFrom(...TYPES),
  day: fc.integer({ min: FIRST, max: FIRST + SPAN }),
  basis: fc.constantFrom('increment' as const, 'total' as const),
  usd: fc.integer({ min: 0, max: 1_000_000_000 }),
});

function toRecords(raw: ValueOf<typeof recordArb>[]): AidRecord[] {
  return raw.map((r, i) => ({
    id: `r${String(i).padStart(4, '0')}`,
    country: r.country,
    type: r.type,
    basis: r.basis,
    date: dayToIso(r.day),
    precision: 'day',
    dateBasis: r.basis === 'total' ? 'as-of' : 'announced',
    summary: 'x',
    money: { printed: '$', amount: r.usd, currency: 'USD', currencyReading: 'bare-dollar', usd: r.usd, usdBasis: 'same-currency', approximate: false },
    items: [],
    citations: [{ source: 's', quote: 'q' }],
  }));
}

/**
 * The certain part of the total as of a day, the slow and obvious way: every record of the series up to
 * the day, in order; a total raises what is known to it (aid is not taken back), an increment adds.
 */
function naiveTotal(records: readonly AidRecord[], country: string, type: AidType, day: number): number {
  const series = records
    .filter((r) => r.country === country && r.type === type && startDay(r.date) <= day)
    .sort((a, b) => startDay(a.date) - startDay(b.date) || (a.basis === b.basis ? 0 : a.basis === 'total' ? -1 : 1) || (a.id < b.id ? -1 : 1));
  let total = 0;
  for (const r of series) total = r.basis === 'total' ? Math.max(total, r.money!.usd) : total + r.money!.usd;
  return total;
}

const windowArb = fc
  .tuple(fc.integer({ min: FIRST - 30, max: FIRST + SPAN + 30 }), fc.integer({ min: FIRST - 30, max: FIRST + SPAN + 30 }))
  .map(([a, b]): DayWindow => ({ from: Math.min(a, b), to: Math.max(a, b) }));

const ALL_TYPES: AidType[] = [...TYPES, 'unspecified'];

describe('aggregation invariants', () => {
  const opts = { numRuns: AGGREGATION_RUNS * FUZZ_SCALE, seed: FUZZ_SEED };

  it(`the certain part of the total as of a day matches the naive totals rule; no record by then and no total after means not stated, never 0 (${AGGREGATION_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), fc.array(fc.integer({ min: FIRST - 10, max: FIRST + SPAN + 10 }), { minLength: 1, maxLength: 10 }), (raw, days) => {
        const records = toRecords(raw);
        const index = buildAidIndex(records);
        for (const country of COUNTRIES)
          for (const type of TYPES)
            for (const day of days) {
              const value = aidWithin(index.series.get(seriesKey(country, type)), { from: -Infinity, to: day });
              const mine = records.filter((r) => r.country === country && r.type === type);
              expect(value.usd).toBe(naiveTotal(records, country, type, day));
              if (!mine.some((r) => startDay(r.date) <= day || r.basis === 'total')) expect(value.standing).toBe('not-stated');
              if (value.standing === 'not-stated') expect(value.usd).toBe(0);
            }
      }),
      opts,
    );
  }, 60_000 * FUZZ_SCALE);

  it(`gives both questions one answer when From is at or before the start of the aid (${AGGREGATION_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), fc.integer({ min: FIRST - 10, max: FIRST + SPAN + 10 }), fc.integer({ min: 0, max: 400 }), fc.boolean(), (raw, to, before, open) => {
        const index = buildAidIndex(toRecords(raw), { reading: 'usd', aidFrom: FIRST });
        const window = { from: FIRST - before, to: open ? Infinity : to };
        const asOf = aidCells(index, COUNTRIES, TYPES, 'as-of', window);
        const within = aidCells(index, COUNTRIES, TYPES, 'within', window);
        expect(within.map((c) => [c.standing, c.usd, c.maxUsd, c.lowerBound, c.latest?.record.id])).toEqual(asOf.map((c) => [c.standing, c.usd, c.maxUsd, c.lowerBound, c.latest?.record.id]));
      }),
      opts,
    );
  }, 60_000 * FUZZ_SCALE);

  it(`calls a value stated only when a running total whose own date To falls in ends it, and then it is that total (${AGGREGATION_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), windowArb, fc.constantFrom('as-of' as const, 'within' as const), (raw, window, question) => {
        const index = buildAidIndex(toRecords(raw), { reading: 'usd', aidFrom: FIRST });
        for (const cell of aidCells(index, COUNTRIES, TYPES, question, window)) {
          if (cell.standing !== 'stated') continue;
          const latest = cell.latest!;
          expect(latest.basis).toBe('total');
          expect(latest.start <= window.to && window.to <= latest.end).toBe(true);
          if (question === 'as-of') expect(cell.usd).toBe(latest.usd);
        }
      }),
      opts,
    );
  }, 60_000 * FUZZ_SCALE);

  it(`does not depend on the order of the records (${AGGREGATION_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }).chain((raw) => fc.tuple(fc.constant(raw), fc.shuffledSubarray(raw.map((_, i) => i), { minLength: raw.length, maxLength: raw.length }))), windowArb, fc.constantFrom('as-of' as const, 'within' as const), ([raw, order], window, question) => {
        const records = toRecords(raw);
        const shuffled = order.map((i) => records[i]!);
        const a = aidCells(buildAidIndex(records), COUNTRIES, TYPES, question, window);
        const b = aidCells(buildAidIndex(shuffled), COUNTRIES, TYPES, question, window);
        expect(b.map((c) => [c.standing, c.usd, c.maxUsd])).toEqual(a.map((c) => [c.standing, c.usd, c.maxUsd]));
      }),
      opts,
    );
  }, 60_000 * FUZZ_SCALE);

  it(`the certain part of a window never exceeds its possible part, and neither is negative (${AGGREGATION_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), windowArb, (raw, window) => {
        for (const cell of aidCells(buildAidIndex(toRecords(raw)), COUNTRIES, TYPES, 'within', window)) {
          expect(cell.usd).toBeGreaterThanOrEqual(0);
          expect(cell.maxUsd).toBeGreaterThanOrEqual(cell.usd);
          if (cell.standing === 'not-stated') expect([cell.usd, cell.maxUsd, cell.entries.length]).toEqual([0, 0, 0]);
          if (cell.standing === 'range') expect(cell.maxUsd).toBeGreaterThan(cell.usd);
        }
      }),
      opts,
    );
  }, 60_000 * FUZZ_SCALE);

  it(`splitting a window into two never raises the certain sum, nor lowers the possible one (${AGGREGATION_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), windowArb, fc.integer({ min: 0, max: 1000 }), (raw, window, cut) => {
        const index = buildAidIndex(toRecords(raw));
        const mid = window.from + Math.floor(((window.to - window.from) * cut) / 1000);
        for (const country of COUNTRIES)
          for (const type of TYPES) {
            const series = index.series.get(seriesKey(country, type));
            const whole = aidWithin(series, window);
            const a = aidWithin(series, { from: window.from, to: mid });
            const b = aidWithin(series, { from: mid + 1, to: window.to });
            expect(a.usd + b.usd).toBeLessThanOrEqual(whole.usd + 1e-6);
            expect(a.maxUsd + b.maxUsd).toBeGreaterThanOrEqual(whole.maxUsd - 1e-6);
          }
      }),
      opts,
    );
  }, 60_000 * FUZZ_SCALE);

  it(`with increments only, a window holds exactly its increments, certain but never a stated total, and splits add up (${AGGREGATION_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(fc.array(recordArb.map((r) => ({ ...r, basis: 'increment' as const })), { maxLength: 60 }), windowArb, fc.integer({ min: 0, max: 1000 }), (raw, window, cut) => {
        const records = toRecords(raw);
        const index = buildAidIndex(records);
        const cells = aidCells(index, COUNTRIES, TYPES, 'within', window);
        for (const cell of cells) {
          const inWindow = records.filter((r) => r.country === cell.country && r.type === cell.type && startDay(r.date) >= window.from && startDay(r.date) <= window.to);
          expect(cell.standing === 'not-stated').toBe(inWindow.length === 0);
          expect(cell.standing).not.toBe('range');
          // Packages alone never make a stated total.
          expect(cell.standing).not.toBe('stated');
          expect(cell.usd).toBe(inWindow.reduce((s, r) => s + r.money!.usd, 0));
        }
        const mid = window.from + Math.floor(((window.to - window.from) * cut) / 1000);
        for (const type of TYPES) {
          const series = index.series.get(seriesKey('AA', type));
          expect(aidWithin(series, { from: window.from, to: mid }).usd + aidWithin(series, { from: mid + 1, to: window.to }).usd).toBe(aidWithin(series, window).usd);
        }
      }),
      opts,
    );
  }, 60_000 * FUZZ_SCALE);

  it(`a stack adds only what is stated, and is as uncertain as its least certain part (${AGGREGATION_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), windowArb, (raw, window) => {
        const cells = aidCells(buildAidIndex(toRecords(raw)), ['AA'], ALL_TYPES, 'within', window);
        const stack = combineValues(cells);
        const stated = cells.filter((c) => c.standing !== 'not-stated');
        expect(stack.standing === 'not-stated').toBe(stated.length === 0);
        expect(stack.usd).toBe(stated.reduce((s, c) => s + c.usd, 0));
        if (stated.some((c) => c.standing === 'range')) expect(stack.standing).toBe('range');
      }),
      opts,
    );
  }, 60_000 * FUZZ_SCALE);

  it(`lists in-kind records as a naive filter and sort would (${AGGREGATION_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 150 }), windowArb, fc.subarray(COUNTRIES, { minLength: 1 }), fc.subarray(TYPES, { minLength: 1 }), (raw, window, countries, types) => {
        const records = toRecords(raw).map((r) => ({ ...r, money: null, items: [{ what: 'vests', quantity: null, unit: null }] }));
        const expected = records
          .filter((r) => countries.includes(r.country) && types.includes(r.type) && startDay(r.date) >= window.from && startDay(r.date) <= window.to)
          .sort((a, b) => startDay(a.date) - startDay(b.date) || (a.id < b.id ? -1 : 1));
        expect(inKindWithin(buildAidIndex(records), countries, types, window).map((r) => r.id)).toEqual(expected.map((r) => r.id));
      }),
      opts,
    );
  });
});
