import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledText } from '../helpers/bundled';
import { mockFetch, renderApp } from '../helpers/app';

afterEach(() => {
  vi.unstubAllGlobals();
});

const aid = () => screen.getByRole('figure', { name: /Aid/ });
const oil = () => screen.getByRole('figure', { name: /Oil/ });
const milestones = () => screen.getByRole('figure', { name: /Milestones/i });

describe('App', () => {
  it('shows a loading state, then the views', async () => {
    mockFetch();
    renderApp();
    expect(screen.getByText('Loading the dataset…').closest('[role="status"]')).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: /Aid/ })).toBeInTheDocument();
    // The oil chart's and the timeline's code are loaded on their own (lazy chunks), which on a busy machine takes a while.
    expect(await screen.findByRole('figure', { name: /Oil/ }, { timeout: 10_000 })).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: /Milestones/i }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('names the problem and offers a retry when the dataset cannot be fetched, then recovers', async () => {
    let fail = true;
    mockFetch({ '/dataset.json': () => (fail ? new Response('', { status: 503, statusText: 'Service Unavailable' }) : new Response(bundledText)) });
    const user = userEvent.setup();
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('/dataset.json was not loaded: could not be fetched (HTTP 503 Service Unavailable)');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('figure', { name: /Aid/ })).toBeInTheDocument();
  });

  it('says what is wrong with an invalid dataset instead of showing a blank page', async () => {
    const broken = JSON.parse(bundledText);
    broken.aid[3].date = '2022-02-30';
    mockFetch({ '/dataset.json': () => new Response(JSON.stringify(broken)) });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('aid[3].date: "2022-02-30" is not a date');
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('sends a filter change to all three views', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('figure', { name: /Milestones/i });
    await screen.findByRole('figure', { name: /Oil/ });
    expect(within(aid()).getByRole('img', { name: 'Japan, Financial: nearly US$12B†, as of Jul 2024 or later (bar cut short)' })).toBeInTheDocument();
    expect(within(oil()).getByRole('img', { name: /^Japan/ })).toBeInTheDocument();
    expect(within(milestones()).getByText('Japan')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Japan' }));

    expect(within(aid()).queryByRole('img', { name: /^Japan/ })).not.toBeInTheDocument();
    expect(within(oil()).queryByRole('img', { name: /^Japan/ })).not.toBeInTheDocument();
    expect(within(milestones()).queryByText('Japan')).not.toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?countries=KR,AU,NZ'));
  });

  it('reads the filters from the link and notes what it ignored', async () => {
    mockFetch();
    renderApp('?countries=KR,XX&types=humanitarian,bogus&from=2022-01-01&to=2022-12-31');
    await screen.findByRole('figure', { name: /Aid/ });
    expect(screen.getByRole('checkbox', { name: 'South Korea' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Japan' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Military' })).not.toBeChecked();
    expect(screen.getByLabelText('From')).toHaveValue('2022-01-01');
    // South Korea's humanitarian aid by 31 Dec 2022: the $10M package of 28 February (its $30M package of 7 April names no type), a lower bound.
    expect(within(aid()).getByRole('img', { name: 'South Korea, Humanitarian: at least US$10M†, as of 28 Feb 2022' })).toBeInTheDocument();
    const notices = screen.getByText(/“bogus” in “types”/).closest('[role="status"]')!;
    expect(notices).toHaveTextContent('Ignored “XX” in “countries”: not a country in this dataset.');
    await waitFor(() => expect(window.location.search).toBe('?countries=KR&types=humanitarian&from=2022-01-01&to=2022-12-31'));
  });

  it('restores the filters of the previous entry on back', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('figure', { name: /Aid/ });
    await user.click(screen.getByRole('checkbox', { name: 'Military' }));
    await waitFor(() => expect(window.location.search).toBe('?types=humanitarian,financial,unspecified'));
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('checkbox', { name: 'Military' })).toBeChecked();
  });
});
