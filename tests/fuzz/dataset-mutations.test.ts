import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
import { DatasetSchema } from '../../src/data/schema';
import { DatasetError, parseDataset, parseDatasetText, passesFastCheck } from '../../src/data/validate';
import { aidCells, inKindWithin } from '../../src/model/aid';
import { buildModel, resolveFilters } from '../../src/model/dataset-model';
import { oilRows } from '../../src/model/oil';
import { eventsWithin } from '../../src/model/timeline';
import { bundledJson } from '../helpers/bundled';

// Numbers of generated cases; the closing note of the work reports them.
// FUZZ_SEED and FUZZ_SCALE (environment) let a longer hunt run with other cases; CI uses the fixed seed.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);

export const MUTATION_RUNS = 1500;
export const TEXT_RUNS = 600;
export const FAST_CHECK_RUNS = 1500;

type Json = unknown;
type Path = (string | number)[];

/** Every path into the bundled dataset, objects and arrays included. */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

const base = bundledJson();
const allPaths = paths(base).filter((p) => p.length > 0);

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '<svg onload=alert(1)>', '=1+1', '\u0000', '\u202e', '"quoted"', '../../etc/passwd', ''];
const DATES = ['2022-13-01', '2022-02-30', '2022', '2022-04', '1990', '0000-00-00', 'someday', '2022-04-19T00:00:00Z'];

const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...HOSTILE, ...DATES),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.string({ minLength: 5000, maxLength: 6000 }),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...allPaths), value }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...allPaths) }),
  fc.record({ kind: fc.constant('copy' as const), path: fc.constantFrom(...allPaths), from: fc.constantFrom(...allPaths) }),
  fc.record({ kind: fc.constant('duplicate' as const), path: fc.constantFrom(...allPaths.filter((p) => typeof p[p.length - 1] === 'number')) }),
);

function get(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined), root);
}

function apply(root: Json, m: ValueOf<typeof mutation>): void {
  const parent = get(root, m.path.slice(0, -1)) as Record<string | number, Json> | Json[] | undefined;
  const key = m.path[m.path.length - 1]!;
  if (!parent || typeof parent !== 'object') return;
  if (m.kind === 'set') (parent as Record<string | number, Json>)[key] = structuredClone(m.value);
  else if (m.kind === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<string | number, Json>)[key];
  } else if (m.kind === 'copy') (parent as Record<string | number, Json>)[key] = structuredClone(get(root, m.from)) as Json;
  else if (Array.isArray(parent) && typeof key === 'number') parent.push(structuredClone(parent[key]));
}

/** The bundled dataset with one to three random mutations applied. */
const mutatedDataset = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
  const copy = structuredClone(base) as Json;
  for (const m of mutations) apply(copy, m);
  return copy;
});

describe('random mutations of the real dataset', () => {
  it(`are accepted or refused with messages, never thrown past the loader (${MUTATION_RUNS * FUZZ_SCALE} cases)`, () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(mutatedDataset, (copy) => {
        const result = parseDataset(copy);
        if (!result.ok) {
          refused++;
          expect(result.problems.length).toBeGreaterThan(0);
          expect(result.total).toBeGreaterThanOrEqual(result.problems.length);
          for (const p of result.problems) {
            expect(typeof p.path).toBe('string');
            expect(p.message.length).toBeGreaterThan(0);
          }
          return;
        }
        accepted++;
        // What passes must also be drawable: the model never throws or goes negative on it.
        const model = buildModel(result.data);
        const filters = resolveFilters(model, { countries: null, types: ['military', 'humanitarian', 'financial', 'unspecified'], from: null, to: null, measure: 'usd' });
        for (const index of [model.aid, model.aidLocal])
          for (const question of ['as-of', 'within'] as const)
            for (const cell of aidCells(index, filters.countries, filters.types, question, filters.window)) expect(cell.maxUsd).toBeGreaterThanOrEqual(cell.usd);
        inKindWithin(model.aid, filters.countries, filters.types, filters.window);
        oilRows(model.dataset.oil, filters.countries, filters.window);
        eventsWithin(model.timeline, filters.window, filters.countries, filters.types);
      }),
      { numRuns: MUTATION_RUNS * FUZZ_SCALE, seed: FUZZ_SEED },
    );
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 60_000 * FUZZ_SCALE);

  it(`get the same verdict from the fast check as from the zod schema (${FAST_CHECK_RUNS * FUZZ_SCALE} cases)`, () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(mutatedDataset, (copy) => {
        // As loaded: through JSON text, so values JSON cannot hold are what a file would give.
        const raw = JSON.parse(JSON.stringify(copy)) as Json;
        const zodAccepts = DatasetSchema.safeParse(raw).success;
        expect(passesFastCheck(raw)).toBe(zodAccepts);
        if (zodAccepts) accepted++;
        else refused++;
      }),
      { numRuns: FAST_CHECK_RUNS * FUZZ_SCALE, seed: FUZZ_SEED + 1 },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 60_000 * FUZZ_SCALE);

  it(`turn any text into a dataset or a DatasetError, nothing else (${TEXT_RUNS * FUZZ_SCALE} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(JSON.stringify(base).slice(0, 5000))), (text) => {
        try {
          parseDatasetText(text, 'fuzz.json');
        } catch (error) {
          expect(error).toBeInstanceOf(DatasetError);
          expect((error as DatasetError).message).toMatch(/^fuzz\.json was not loaded: /);
        }
      }),
      { numRuns: TEXT_RUNS * FUZZ_SCALE, seed: FUZZ_SEED },
    );
  }, 60_000 * FUZZ_SCALE);
});
