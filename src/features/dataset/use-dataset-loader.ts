import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { datasetQueryOptions, type DatasetSource } from '../../data/load';
import type { Dataset } from '../../data/schema';
import { toLoadFailure, useDatasetStore, writeDataParam } from '../../stores/dataset-store';
import { urlFiltersOf, useFiltersStore } from '../../stores/filters-store';
import { parseFilterParams, serializeFilterParams } from '../../stores/url-state';
import { sourceName } from './describe-dataset';

/** Records whether the kept dataset is on screen, so a reload shows it again or not. */
const markShown = (shown: boolean) =>
  import('../../data/kept-dataset')
    .then((m) => m.markKeptShown(shown))
    .catch(() => {});

/** The filters now, as a link's query string. */
const currentView = () => serializeFilterParams(urlFiltersOf(useFiltersStore.getState()));

/** What the dataset controls can do: load, show the kept dataset, go back to the bundled one, forget. */
export interface DatasetActions {
  /** Loads a dataset through the query cache; a file's dataset is kept in this browser once valid. */
  load: (source: DatasetSource) => Promise<void>;
  /** Shows a dataset made from a spreadsheet (the schema's output, and as JSON text), keeping it in this browser. */
  showMapped: (name: string, mapped: { dataset: Dataset; text: string }) => Promise<void>;
  /** The bundled dataset again, with the filters that were active before the first load. */
  back: () => void;
  /** Back to the bundled dataset, and the kept one deleted from this browser. */
  forget: () => Promise<void>;
}

/**
 * Switches datasets only once the new one is valid; a refused one leaves the dashboard on the data
 * it had, with a message saying why. Leaving the bundled data remembers the filters, so coming back
 * restores the view.
 */
export function useDatasetActions(): DatasetActions {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const show = (source: DatasetSource) => {
      const store = useDatasetStore.getState();
      if (store.active.kind === 'bundled' && source.kind !== 'bundled') store.setViewBefore(currentView());
      store.setActive(source);
      store.setFailure(null);
      writeDataParam(source);
    };

    const keepAndShow = async (name: string, text: string, dataset: Dataset) => {
      const store = useDatasetStore.getState();
      const viewBefore = store.active.kind === 'bundled' ? currentView() : store.viewBefore;
      try {
        const { keepDataset } = await import('../../data/kept-dataset');
        const info = await keepDataset(name, text, viewBefore);
        const source: DatasetSource = { kind: 'kept', name, savedAt: info.savedAt };
        queryClient.setQueryData(datasetQueryOptions(source).queryKey, dataset);
        useDatasetStore.getState().setKept(info);
        show(source);
      } catch (error) {
        const source: DatasetSource = { kind: 'file', name, file: new File([text], name, { type: 'application/json' }) };
        queryClient.setQueryData(datasetQueryOptions(source).queryKey, dataset);
        show(source);
        const reason = error instanceof Error ? error.message : String(error);
        useFiltersStore.getState().addNotices([`${name} could not be kept in this browser (${reason}); after a reload the bundled data is shown.`]);
      }
    };

    const load = async (source: DatasetSource) => {
      const store = useDatasetStore.getState();
      store.setLoading(source);
      try {
        const dataset = await queryClient.fetchQuery(datasetQueryOptions(source));
        if (source.kind === 'file') await keepAndShow(source.name, await source.file.text(), dataset);
        else {
          show(source);
          if (source.kind === 'kept') void markShown(true);
        }
      } catch (error) {
        store.setFailure(toLoadFailure(error, sourceName(source)));
      } finally {
        useDatasetStore.getState().setLoading(null);
      }
    };

    const back = () => {
      const store = useDatasetStore.getState();
      const before = store.viewBefore;
      store.setViewBefore(null);
      if (before !== null) useFiltersStore.getState().applyUrlFilters(parseFilterParams(before).filters);
      show({ kind: 'bundled' });
      if (store.kept?.shown) {
        store.setKept({ ...store.kept, shown: false });
        void markShown(false);
      }
    };

    return {
      load,
      showMapped: (name, { dataset, text }) => keepAndShow(name, text, dataset),
      back,
      forget: async () => {
        // Cleared first, so going back does not write to the copy being deleted.
        useDatasetStore.getState().setKept(null);
        back();
        await import('../../data/kept-dataset').then((m) => m.forgetKeptDataset()).catch(() => {});
      },
    };
  }, [queryClient]);
}
