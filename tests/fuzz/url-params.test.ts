import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AID_TYPES } from '../../src/data/constants';
import { isoDay } from '../../src/model/dates';
import { MEASURES } from '../../src/model/measures';
import { LAYOUTS } from '../../src/model/measures';
import { parseFilterParams, serializeFilterParams, type UrlFilters } from '../../src/stores/url-state';

// FUZZ_SEED and FUZZ_SCALE (environment) let a longer hunt run with other cases; CI uses the fixed seed.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);

export const QUERY_RUNS = 5000;

const KEYS = ['countries', 'types', 'from', 'to', 'measure', 'layout', 'data', 'x', 'countries[]', ''];
const fragment = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('JP', 'kr', 'XX', 'Japan', 'military', 'humanitarian', 'financial', 'weapons', '2022-01-01', '2022-13-01', '2023-02-29', 'usd', 'per-capita', 'gdp-share', 'stacked', 'grouped', '<script>', '%', '%E0%A4%A', ',,', '&', '=', '#'),
);
const query = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.array(fragment, { maxLength: 4 })), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v.join(',')}`).join('&')),
  fc.string({ maxLength: 120 }),
  fc.webQueryParameters(),
);

function isValid(filters: UrlFilters) {
  if (filters.countries !== null) {
    expect(new Set(filters.countries).size).toBe(filters.countries.length);
    for (const c of filters.countries) expect(c).toMatch(/^[A-Z]{2}$/);
  }
  expect(filters.types).toEqual(AID_TYPES.filter((t) => filters.types.includes(t)));
  for (const d of [filters.from, filters.to]) if (d !== null) expect(isoDay(d)).not.toBeNull();
  if (filters.from && filters.to) expect(filters.from <= filters.to).toBe(true);
  expect(MEASURES).toContain(filters.measure);
  expect(LAYOUTS).toContain(filters.layout);
}

describe('any query string', () => {
  it(`parses to a valid filter state that survives a round trip (${QUERY_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(query, (search) => {
        const { filters, notices } = parseFilterParams(`?${search}`);
        isValid(filters);
        for (const n of notices) expect(typeof n).toBe('string');
        const again = parseFilterParams(serializeFilterParams(filters));
        expect(again.filters).toEqual(filters);
        expect(again.notices).toEqual([]);
      }),
      { numRuns: QUERY_RUNS * FUZZ_SCALE, seed: FUZZ_SEED },
    );
  }, 60_000 * FUZZ_SCALE);
});
