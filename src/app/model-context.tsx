import { createContext, useContext } from 'react';
import type { DatasetModel } from '../model/dataset-model';

/** The loaded dataset and its indexes, provided by the app once the data is in. */
export const ModelContext = createContext<DatasetModel | null>(null);

/** The current dataset model; only rendered below the app's loading gate. */
export function useModel(): DatasetModel {
  const model = useContext(ModelContext);
  if (!model) throw new Error('useModel needs a loaded dataset (ModelContext).');
  return model;
}
