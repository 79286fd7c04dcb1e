import { beforeEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/dataset-model';
import { isoDay } from '../../src/model/dates';
import { useFiltersStore } from '../../src/stores/filters-store';
import { currentFilters, sharedResolve } from '../../src/stores/use-resolved-filters';
import { loadBundled } from '../helpers/bundled';
import { resetFilters } from '../helpers/render';

const model = buildModel(loadBundled());
const ALL = ['military', 'humanitarian', 'financial'] as const;
const base = { countries: null, types: ALL, from: '2022-01-01', to: '2022-12-31', measure: 'usd' as const };

describe('sharedResolve', () => {
  // Each test starts from a resolution of another model, so the shared answer is not carried over.
  beforeEach(() => void sharedResolve(buildModel(loadBundled()), base));

  it('resolves the stored filters: the four partners by default, in the dataset’s order', () => {
    const resolved = sharedResolve(model, base);
    expect(resolved.countries).toEqual(['JP', 'KR', 'AU', 'NZ']);
    expect(resolved.types).toEqual(['military', 'humanitarian', 'financial']);
    expect(resolved.window).toEqual({ from: isoDay('2022-01-01'), to: isoDay('2022-12-31') });
    expect([resolved.fromIso, resolved.toIso, resolved.measure]).toEqual(['2022-01-01', '2022-12-31', 'usd']);
  });

  it('gives the very same answer for the same filters', () => {
    const first = sharedResolve(model, base);
    expect(sharedResolve(model, { ...base })).toBe(first);
  });

  it('keeps the countries and the window when only an aid type changes', () => {
    const before = sharedResolve(model, base);
    const after = sharedResolve(model, { ...base, types: ['military', 'humanitarian'] });
    expect(after.types).toEqual(['military', 'humanitarian']);
    expect(after.countries).toBe(before.countries);
    expect(after.window).toBe(before.window);
  });

  it('keeps the types and the window when only the countries change', () => {
    const before = sharedResolve(model, base);
    const after = sharedResolve(model, { ...base, countries: ['KR', 'AU', 'NZ'] });
    expect(after.countries).toEqual(['KR', 'AU', 'NZ']);
    expect(after.types).toBe(before.types);
    expect(after.window).toBe(before.window);
  });

  it('keeps every list when only the measure changes', () => {
    const before = sharedResolve(model, base);
    const after = sharedResolve(model, { ...base, measure: 'per-capita' });
    expect(after).not.toBe(before);
    expect(after.measure).toBe('per-capita');
    expect(after.countries).toBe(before.countries);
    expect(after.types).toBe(before.types);
    expect(after.window).toBe(before.window);
  });

  it('gives the previous answer back when new lists say the same (all four chosen by name)', () => {
    const before = sharedResolve(model, base);
    expect(sharedResolve(model, { ...base, countries: ['NZ', 'AU', 'KR', 'JP'], types: [...ALL] })).toBe(before);
  });

  it('resolves afresh for another dataset', () => {
    const before = sharedResolve(model, base);
    const other = buildModel(loadBundled());
    const after = sharedResolve(other, base);
    expect(after).not.toBe(before);
    expect(after.countries).not.toBe(before.countries);
    expect(after.countries).toEqual(before.countries);
  });
});

describe('currentFilters', () => {
  it('reads the store as it is at the moment of the call', () => {
    resetFilters({ countries: ['NZ'], types: ['humanitarian'] });
    expect(currentFilters(model).countries).toEqual(['NZ']);
    useFiltersStore.getState().toggleType('military', true);
    expect(currentFilters(model).types).toEqual(['military', 'humanitarian']);
  });
});
