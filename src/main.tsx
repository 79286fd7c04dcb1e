import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers } from './app/Providers';
import { prewarmValidator } from './data/parse';
import { sourceFromUrl, useDatasetStore } from './stores/dataset-store';
import { useFiltersStore } from './stores/filters-store';
import { applyFiltersFromUrl } from './stores/use-url-sync';
import 'virtual:palette.css';
import './app/global.css';

// Filters come from the link before the first render, so the first paint already shows them.
applyFiltersFromUrl(window.location.search);
// The validator's code loads while the page and the dataset do.
prewarmValidator();
const { source, notice } = sourceFromUrl(window.location.search, window.location.href);
useDatasetStore.getState().setActive(source);
// Without a dataset in the link, the one kept in this browser (if it was on screen) comes back.
useDatasetStore.getState().setRestoring(source.kind === 'bundled');
if (notice) useFiltersStore.getState().addNotices([notice]);

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>
);
// index.html already holds the app's first render for the bundled data (heading, lede, loading
// state, sources line): React takes those elements over instead of drawing them again, so the
// heading and lede painted with the page stay its largest paint rather than being painted anew
// once the script has run (Lighthouse mobile LCP: README, performance). A dataset named in the
// link begins with another heading, and is drawn afresh.
if (source.kind === 'bundled') hydrateRoot(root, app);
else createRoot(root).render(app);
