import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ModelContext } from '../../src/stores/use-model';
import type { Dataset } from '../../src/data/schema';
import { buildModel } from '../../src/model/dataset-model';
import { initialFiltersState, useFiltersStore, type FiltersState } from '../../src/stores/filters-store';
import { loadBundled } from './bundled';

/** Puts the filters store back to its initial state, optionally with some filters set. */
export function resetFilters(overrides: Partial<FiltersState> = {}): void {
  useFiltersStore.setState({ ...initialFiltersState, types: [...initialFiltersState.types], ...overrides });
}

/** Renders a view with a loaded dataset (the bundled one unless given) and fresh filters. */
export function renderWithModel(ui: ReactElement, { dataset = loadBundled(), filters = {}, ...options }: { dataset?: Dataset; filters?: Partial<FiltersState> } & RenderOptions = {}) {
  resetFilters(filters);
  const model = buildModel(dataset);
  return { model, ...render(<ModelContext.Provider value={model}>{ui}</ModelContext.Provider>, options) };
}
