import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/validate';
import { allPaths, base, get, mutatedDataset, set, type Json, type Path } from './datasets';

// FUZZ_SEED and FUZZ_SCALE (environment) let a longer hunt run with other cases; CI uses the fixed seed.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);

export const EDGE_RUNS = 1500;

/** Numbers as a JSON file can spell them, at the edges of what a double holds. */
const NUMERALS = [
  '0', '-0', '-0.0', '0e5', '1e-400', '-1e-400', '5e-324', '-5e-324', '1e308', '1.7976931348623157e308',
  '1.7976931348623159e308', '1e309', '-1e309', '9007199254740991', '9007199254740992', '9007199254740993',
  '-9007199254740993', '123456789012345678901234567890', '2022', '2022.0', '2022.5', '2022.0000000000001',
  '2.022e3', '2022E0', '1E2', '0.1', '-1', '-1e-7',
];
/** Texts where a date belongs: dates that do not exist, near-forms, and words that read as numbers. */
const DATES = [
  '2022-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '2022-02-30', '2022-04-31', '2022-00', '2022-13',
  '2022-00-10', '2022-1-1', '20220', '202', '1990', '1995', '2022-04-19\n', ' 2022', '2022-04-19T00:00:00Z', '２０２２', 'NaN', 'Infinity',
];
/** Keys no record has, some of them with a meaning to JavaScript objects. */
const KEYS = ['extra', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'JP', 'ZZ'];

const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);
const numberPaths = allPaths.filter((p) => typeof get(base, p) === 'number');
const datePaths = allPaths.filter((p) => ['date', 'endDate'].includes(String(p[p.length - 1])));
const objectPaths: Path[] = [[], ...allPaths.filter((p) => isObject(get(base, p)))];

// A placeholder text that the JSON text then carries as the bare numeral.
const NUMERAL_SLOT = 'numeral-slot-5e1b';

const edgeCase = fc.record({
  dataset: fc.oneof(fc.constant(base), mutatedDataset),
  number: fc.option(fc.record({ at: fc.oneof(fc.constantFrom(...numberPaths), fc.constantFrom(...allPaths)), numeral: fc.constantFrom(...NUMERALS) })),
  date: fc.option(fc.record({ at: fc.constantFrom(...datePaths), text: fc.constantFrom(...DATES) })),
  key: fc.option(fc.record({ at: fc.constantFrom(...objectPaths), name: fc.constantFrom(...KEYS) })),
});

type EdgeCase = typeof edgeCase extends fc.Arbitrary<infer T> ? T : never;

/** The JSON text of a dataset with the edge values of `c` written into it. */
function edgeText(c: EdgeCase): string {
  const copy = structuredClone(c.dataset);
  if (c.date) set(copy, c.date.at, c.date.text);
  if (c.key) {
    const target = get(copy, c.key.at);
    // defineProperty, so that "__proto__" becomes a key of the file and not the object's prototype.
    if (isObject(target)) Object.defineProperty(target, c.key.name, { value: 1, enumerable: true, configurable: true, writable: true });
  }
  if (c.number) set(copy, c.number.at, NUMERAL_SLOT);
  const text = JSON.stringify(copy);
  return c.number ? text.replace(`"${NUMERAL_SLOT}"`, c.number.numeral) : text;
}

describe('a dataset with edge numbers, dates and keys', () => {
  it(`is used exactly as the file has it, or refused naming where (${EDGE_RUNS * FUZZ_SCALE} cases)`, () => {
    let accepted = 0;
    let acceptedWithEdges = 0;
    let refused = 0;
    fc.assert(
      fc.property(edgeCase, (c) => {
        const raw = JSON.parse(edgeText(c)) as Json;
        const result = parseDataset(raw);
        if (!result.ok) {
          refused++;
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p.message.length).toBeGreaterThan(0);
          return;
        }
        expect(result.data).toEqual(raw);
        accepted++;
        if (c.number || c.date) acceptedWithEdges++;
      }),
      { numRuns: EDGE_RUNS * FUZZ_SCALE, seed: FUZZ_SEED + 2 },
    );
    // Both outcomes occur, with edge values among the accepted.
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
    expect(acceptedWithEdges).toBeGreaterThan(0);
  }, 60_000 * FUZZ_SCALE);

  // JSON.parse reads a numeral past the largest double as Infinity.
  it.each([
    ['an amount', ['aid', 0, 'money', 'amount']],
    ['barrels', ['oil', 0, 'barrels']],
    ['a GDP', ['indicators', 'countries', 'JP', 'gdpUsd']],
    ['a year', ['indicators', 'year']],
  ] as const)('refuses %s written as 1e309, saying it is not a number', (_, at) => {
    const dataset = structuredClone(base) as Json;
    const aidWithMoney = (dataset as { aid: { money: unknown }[] }).aid.findIndex((r) => r.money !== null);
    const path = at[0] === 'aid' ? ['aid', aidWithMoney, ...at.slice(2)] : [...at];
    expect(typeof get(dataset, path)).toBe('number');
    set(dataset, path, NUMERAL_SLOT);
    const result = parseDataset(JSON.parse(JSON.stringify(dataset).replace(`"${NUMERAL_SLOT}"`, '1e309')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message)).toContain('Infinity is not a number');
  });
});
