import { useEffect } from 'react';
import { useDatasetStore } from '../../stores/dataset-store';

/** How long the page waits for the browser's storage before it shows the bundled data. */
const RESTORE_WAIT_MS = 3000;

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
    // A browser whose IndexedDB never answers (some private modes) must still get the bundled data.
    const unanswered = new Promise<null>((resolve) => setTimeout(() => resolve(null), RESTORE_WAIT_MS));
    void Promise.race([import('../../data/kept-dataset').then(({ readKeptInfo }) => readKeptInfo()), unanswered])
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
