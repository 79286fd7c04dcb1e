import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import './helpers/in-process-worker';

// findBy* and waitFor wait for what a person would see. On a machine whose cores are all busy a
// lazily loaded view can take seconds to appear, so they wait as long as a test may run, not
// Testing Library's one second.
configure({ asyncUtilTimeout: 50_000 });

afterEach(() => {
  cleanup();
});
