import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/load';

/** The dashboard. */
export function App() {
  const query = useQuery(datasetQueryOptions({ kind: 'bundled' }));
  return (
    <main>
      <h1>NATO's Indo-Pacific partners and Ukraine</h1>
      {query.isPending && <p role="status">Loading the dataset…</p>}
      {query.isError && <p role="alert">{query.error.message}</p>}
      {query.data && (
        <p>
          {query.data.aid.length} aid records, {query.data.oil.length} oil releases and {query.data.milestones.length} milestones.
        </p>
      )}
    </main>
  );
}
