import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AidRecord, AidType } from '../../src/data/schema';
import { aidWithin, buildAidIndex, combineValues, latestOf, seriesKey } from '../../src/model/aid';
import { aidSteps, combineSteps, type AidStep } from '../../src/model/aid-over-time';
import { buildModel } from '../../src/model/dataset-model';
import { dayToIso, startDay } from '../../src/model/dates';
import { loadBundled } from '../helpers/bundled';

const day = (iso: string) => startDay(iso);
const iso = (d: number) => dayToIso(d);
const brief = (steps: AidStep[]) => steps.map((s) => [iso(s.from), iso(s.to), s.value.standing, Math.round(s.value.usd / 1e5) / 10, Math.round(s.value.maxUsd / 1e5) / 10, [...s.value.lowerBound]]);

// Worked by hand from the documents (see tests/model/aid.test.ts for the rule).
describe('the stated total over time, on the bundled data', () => {
  const model = buildModel(loadBundled());
  const from = day('2022-01-01');
  const to = day('2024-10-31');

  it('Australia’s military aid: open until the total of 17 April 2022, stated that day, at least after it, then the 2024 package', () => {
    expect(brief(aidSteps(model.aid.series.get(seriesKey('AU', 'military')), from, to))).toEqual([
      // "As of April 17, Australia’s military aid to Ukraine totals $141.9 million": some of it may be from any day of 2022 before.
      ['2022-01-01', '2022-04-16', 'range', 0, 141.9, []],
      ['2022-04-17', '2022-04-17', 'stated', 141.9, 141.9, []],
      ['2022-04-18', '2024-06-30', 'at-least', 141.9, 141.9, ['later']],
      // "almost AU$250 million (US$167 million)", announced in July 2024: within the month, it may or may not be yet.
      ['2024-07-01', '2024-07-30', 'range', 141.9, 308.9, []],
      ['2024-07-31', '2024-07-31', 'at-least', 308.9, 308.9, ['package']],
      ['2024-08-01', '2024-10-31', 'at-least', 308.9, 308.9, ['later', 'package']],
    ]);
  });

  it('Japan’s financial aid: a band from the certain loans to the nearly $12B, dated July 2024 or later, to the end', () => {
    expect(brief(aidSteps(model.aid.series.get(seriesKey('JP', 'financial')), from, to))).toEqual([
      // The earlier $100M of loans and the growth to nearly $12B may each be from any day of 2022 on.
      ['2022-01-01', '2022-04-18', 'range', 0, 12_000 - 200, []],
      // 19 April: loans "from $100 million to $300 million"; the rest of the nearly $12B is not dated.
      ['2022-04-19', '2024-10-31', 'range', 300, 12_000, []],
    ]);
  });

  it('South Korea’s humanitarian aid: nothing before the package of 28 February 2022, at least $10M after', () => {
    expect(brief(aidSteps(model.aid.series.get(seriesKey('KR', 'humanitarian')), from, to))).toEqual([
      ['2022-01-01', '2022-02-27', 'not-stated', 0, 0, []],
      ['2022-02-28', '2022-02-28', 'at-least', 10, 10, ['package']],
      ['2022-03-01', '2024-10-31', 'at-least', 10, 10, ['later', 'package']],
    ]);
  });

  it('adds types up: Australia’s military and humanitarian aid, each day as uncertain as its least certain part', () => {
    const mil = aidSteps(model.aid.series.get(seriesKey('AU', 'military')), from, to);
    const hum = aidSteps(model.aid.series.get(seriesKey('AU', 'humanitarian')), from, to);
    const both = combineSteps([mil, hum], from, to);
    expect(brief(both).slice(0, 3)).toEqual([
      ['2022-01-01', '2022-04-16', 'range', 0, 141.9 + 48.3, []],
      ['2022-04-17', '2022-04-17', 'stated', 141.9 + 48.3, 141.9 + 48.3, []],
      ['2022-04-18', '2024-06-30', 'at-least', 141.9 + 48.3, 141.9 + 48.3, ['later']],
    ]);
    expect(brief(combineSteps([], from, to))).toEqual([]);
  });
});

const COUNTRIES = ['AA', 'BB'];
const TYPES: AidType[] = ['military', 'financial'];
const FIRST = startDay('2021-01-01');
const recordArb = fc.record({
  country: fc.constantFrom(...COUNTRIES),
  type: fc.constantFrom(...TYPES),
  day: fc.integer({ min: FIRST, max: FIRST + 900 }),
  precision: fc.constantFrom('day' as const, 'day' as const, 'month' as const),
  orLater: fc.boolean(),
  basis: fc.constantFrom('increment' as const, 'total' as const),
  subtype: fc.constantFrom(undefined, 'loan'),
  usd: fc.integer({ min: 0, max: 1000 }),
});

function toRecords(raw: { country: string; type: AidType; day: number; precision: 'day' | 'month'; orLater: boolean; basis: 'increment' | 'total'; subtype: string | undefined; usd: number }[]): AidRecord[] {
  return raw.map((r, i) => ({
    id: `r${i}`,
    country: r.country,
    type: r.type,
    ...(r.subtype ? { subtype: r.subtype } : {}),
    basis: r.basis,
    date: r.precision === 'day' ? iso(r.day) : iso(r.day).slice(0, 7),
    precision: r.precision,
    ...(r.orLater && r.basis === 'total' ? { orLater: true as const } : {}),
    dateBasis: r.basis === 'total' ? 'as-of' : 'announced',
    summary: 'x',
    money: { printed: '$', amount: r.usd, currency: 'USD', currencyReading: 'bare-dollar', usd: r.usd, usdBasis: 'same-currency', approximate: r.usd % 3 === 0 },
    items: [],
    citations: [{ source: 's', quote: 'q' }],
  }));
}

describe('the stated total over time, against the total as of each day', () => {
  it('gives, for every day, what the total as of that day is (500 cases)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 25 }), fc.boolean(), (raw, withStart) => {
        const index = buildAidIndex(toRecords(raw), { reading: 'usd', aidFrom: withStart ? FIRST : undefined });
        const from = FIRST - 20;
        const to = FIRST + 960;
        for (const country of COUNTRIES) {
          const perType = TYPES.map((type) => index.series.get(seriesKey(country, type)));
          const stepsOf = perType.map((s) => aidSteps(s, from, to));
          const combined = combineSteps(stepsOf, from, to);
          for (let d = from; d <= to; d += 7) {
            const values = perType.map((s) => aidWithin(s, { from: -Infinity, to: d }));
            perType.forEach((_, k) => {
              const step = stepsOf[k]!.find((s) => s.from <= d && d <= s.to);
              const expected = values[k]!;
              if (expected.standing === 'not-stated') expect(step?.value.standing ?? 'not-stated').toBe('not-stated');
              else expect(step!.value).toEqual({ standing: expected.standing, usd: expected.usd, maxUsd: expected.maxUsd, qualifier: expected.qualifier, bareDollar: expected.bareDollar, converted: expected.converted, latest: expected.latest, latestOpen: latestOf(expected.openEntries), lowerBound: expected.lowerBound });
            });
            const sum = combineValues(values);
            const step = combined.find((s) => s.from <= d && d <= s.to);
            expect(step?.value.standing ?? 'not-stated').toBe(sum.standing);
            if (step) expect([step.value.usd, step.value.maxUsd]).toEqual([sum.usd, sum.maxUsd]);
          }
        }
      }),
      { numRuns: 500, seed: 20261207 },
    );
  }, 60_000);
});
