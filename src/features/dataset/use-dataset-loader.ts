import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { datasetQueryOptions, type DatasetSource } from '../../data/load';
import { buildModel } from '../../model/dataset-model';
import { toLoadFailure, useDatasetStore, writeDataParam } from '../../stores/dataset-store';

/** The name a source goes by in messages. */
export function sourceName(source: DatasetSource): string {
  return source.kind === 'bundled' ? 'the bundled dataset' : source.kind === 'url' ? source.url : source.name;
}

/**
 * Loads a dataset through the query cache and switches to it only once it is valid; a refused one
 * leaves the dashboard on the data it had, with a message saying why.
 */
export function useDatasetLoader() {
  const queryClient = useQueryClient();
  return useCallback(
    async (source: DatasetSource) => {
      const store = useDatasetStore.getState();
      store.setLoading(source);
      try {
        await queryClient.fetchQuery(datasetQueryOptions(source, buildModel));
        store.setActive(source);
        store.setFailure(null);
        writeDataParam(source);
      } catch (error) {
        store.setFailure(toLoadFailure(error, sourceName(source)));
      } finally {
        useDatasetStore.getState().setLoading(null);
      }
    },
    [queryClient],
  );
}
