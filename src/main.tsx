import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers } from './app/Providers';
import { applyFiltersFromUrl } from './stores/use-url-sync';
import './app/global.css';

// Filters come from the link before the first render, so the first paint already shows them.
applyFiltersFromUrl(window.location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
