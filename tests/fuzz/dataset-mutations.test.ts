import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { DatasetError, parseDataset, parseDatasetText } from '../../src/data/validate';
import { aidCells, inKindWithin } from '../../src/model/aid';
import { buildModel, resolveFilters } from '../../src/model/dataset-model';
import { oilRows } from '../../src/model/oil';
import { eventsWithin } from '../../src/model/timeline';
import { base, mutatedDataset } from './datasets';

// Numbers of generated cases; the closing note of the work reports them.
// FUZZ_SEED and FUZZ_SCALE (environment) let a longer hunt run with other cases; CI uses the fixed seed.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);

export const MUTATION_RUNS = 1500;
export const TEXT_RUNS = 600;

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
        // What passes is the file as it was parsed: the schema drops, trims or fills in nothing.
        expect(result.data).toEqual(copy);
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
