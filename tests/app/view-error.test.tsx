import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderApp } from '../helpers/app';

// The oil chart fails on its first render here, as a bug in one view would.
let failures = 1;
vi.mock('../../src/features/oil/OilChart', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/features/oil/OilChart')>();
  return {
    ...original,
    OilChart: () => {
      if (failures > 0) throw new Error('Cannot read the barrels.');
      return <original.OilChart />;
    },
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a failing view', () => {
  it('shows its own error with a retry while the other views keep working', async () => {
    mockFetch();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp();
    const error = await screen.findByRole('alert', { name: 'The oil chart: error' });
    expect(error).toHaveTextContent('The oil chart could not be drawn. Cannot read the barrels.');
    expect(screen.getByRole('figure', { name: /Aid/ })).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: /Milestones/i }, { timeout: 10_000 })).toBeInTheDocument();
    failures = 0;
    await user.click(within(error).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('figure', { name: /Oil/ })).toBeInTheDocument();
  });
});
