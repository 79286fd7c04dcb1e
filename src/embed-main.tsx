import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp, embeddedView } from './app/EmbedApp';
import { Providers } from './app/Providers';
import { sourceFromUrl, useDatasetStore } from './stores/dataset-store';
import { applyFiltersFromUrl } from './stores/use-url-sync';
import 'virtual:palette.css';
import './app/global.css';

// The filters of the link, without the embed's own "view", before the first render.
const params = new URLSearchParams(window.location.search);
const view = embeddedView(params.get('view'));
params.delete('view');
applyFiltersFromUrl(params.toString() ? `?${params.toString()}` : '');
useDatasetStore.getState().setActive(sourceFromUrl(window.location.search, window.location.href).source);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <EmbedApp view={view} />
    </Providers>
  </StrictMode>,
);
