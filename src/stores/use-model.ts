import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { datasetQueryOptions } from '../data/load';
import { buildModel, type DatasetModel } from '../model/dataset-model';
import { useDatasetStore } from './dataset-store';

/** The model of the dataset on screen, handed down by the page's shell (see useModelQuery). */
export const ModelContext = createContext<DatasetModel | null>(null);

/** The model of the dataset on screen; for what is rendered once the data is in. */
export function useModel(): DatasetModel {
  const model = useContext(ModelContext);
  if (!model) throw new Error('useModel needs a loaded dataset (ModelContext).');
  return model;
}

/**
 * The dataset the page shows, from the query cache, with its model made by `select`. TanStack Query
 * runs `select` again only when the data or the function changes (buildModel is one function), and
 * keeps its answer per observer: so the page's shell observes the query once and hands the model
 * down through ModelContext, rather than each view building the indexes again.
 */
export function useModelQuery() {
  const active = useDatasetStore((s) => s.active);
  // Until the page has looked for a dataset kept in this browser, it does not know which to load.
  const restoring = useDatasetStore((s) => s.restoring);
  return useQuery({ ...datasetQueryOptions(active), select: buildModel, enabled: !restoring });
}
