import { useEffect } from 'react';
import { useDatasetStore } from '../../stores/dataset-store';

/**
 * Looks for the dataset kept in this browser. When the page was left showing it (and the link asks
 * for no other), it is shown again, with the filters it was loaded over remembered for "Back".
 */
export function useRestoreKept(): void {
  useEffect(() => {
    // A link to a dataset (`?data=`) shows that one; the kept one waits for a plain visit.
    if (!useDatasetStore.getState().restoring) return;
    let live = true;
    // IndexedDB's helpers are fetched alongside the page's first data, not with its code.
    void import('../../data/kept-dataset')
      .then(({ readKeptInfo }) => readKeptInfo())
      .catch(() => null)
      .then((info) => {
        if (!live) return;
        const store = useDatasetStore.getState();
        store.setKept(info);
        if (info?.shown && store.active.kind === 'bundled') {
          store.setViewBefore(info.viewBefore);
          store.setActive({ kind: 'kept', name: info.name, savedAt: info.savedAt });
        }
        store.setRestoring(false);
      });
    return () => {
      live = false;
    };
  }, []);
}
