import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledText, ROOT } from '../../helpers/bundled';
import { mockFetch, renderApp } from '../../helpers/app';

const fixture = (name: string) => readFileSync(resolve(ROOT, 'tests/fixtures', name), 'utf8');
const file = (text: string, name: string) => new File([text], name, { type: 'application/json' });
const aid = () => screen.getByRole('figure', { name: /Aid/ });
/** The file input of Load dataset, whose code arrives alongside the dataset's. */
const datasetFile = () => screen.findByLabelText('Dataset file');

afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as { __pwned?: unknown }).__pwned;
});

// Whole-app tests: on a busy machine a load through the query cache can take seconds.
describe('loading a dataset', { timeout: 20_000 }, () => {
  it('switches to a valid file and back to the bundled data, keeping the filters', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp('?types=military');
    await screen.findByRole('figure', { name: /Aid/ });
    await user.upload(await datasetFile(), file(fixture('minimal-dataset.json'), 'nz.json'));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Dataset' })).toHaveTextContent('Data: nz.json'));
    expect(within(aid()).getByRole('img', { name: 'New Zealand, Military: at least US$11M†, as of 21 Mar 2022' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Japan' })).not.toBeInTheDocument();
    // The filters stay: the link still asks for military aid alone.
    expect(screen.getByRole('checkbox', { name: 'Military' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Financial' })).not.toBeChecked();
    await waitFor(() => expect(window.location.search).toBe('?types=military'));

    await user.click(screen.getByRole('button', { name: 'Back to bundled data' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Japan' })).toBeInTheDocument());
    expect(within(aid()).getByRole('img', { name: 'Australia, Military: at least ~US$309M†, as of Jul 2024' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back to bundled data' })).not.toBeInTheDocument();
  });

  it('refuses a wrongly shaped file, names the file, record and field, and keeps the data it had', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp('?countries=KR');
    await screen.findByRole('figure', { name: /Aid/ });
    const broken = JSON.parse(bundledText);
    broken.aid[12].date = '2022-13-01';
    broken.aid[3].money.amount = -1;
    broken.milestones[0].countries = ['XX'];
    await user.upload(await datasetFile(), file(JSON.stringify(broken), 'mine.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('mine.json was not loaded; the dashboard still shows the bundled dataset.');
    expect(alert).toHaveTextContent('aid[3].money.amount: -1 is negative; an amount must be zero or more');
    expect(alert).toHaveTextContent('aid[12].date: "2022-13-01" is not a date');
    // The bundled data as of each latest statement: South Korea's $10M package of February 2022 is a lower bound.
    expect(within(aid()).getByRole('img', { name: 'South Korea, Humanitarian: at least US$10M†, as of 28 Feb 2022' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'South Korea' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Japan' })).not.toBeChecked();
  });

  it('says a file is not JSON', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('figure', { name: /Aid/ });
    await user.upload(await datasetFile(), file('<html>oops</html>', 'page.html.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/page\.html\.json was not loaded.*is not JSON/);
  });

  it('lists the first problems and counts the rest', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('figure', { name: /Aid/ });
    const broken = JSON.parse(bundledText);
    for (const r of broken.aid) r.country = 'ZZ';
    await user.upload(await datasetFile(), file(JSON.stringify(broken), 'many.json'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(5);
    expect(alert).toHaveTextContent(`and ${broken.aid.length - 5} more problems.`);
  });

  it('loads ?data= from this site, and falls back to the bundled data with a message when it is broken', async () => {
    mockFetch({ '/uploads/nz.json': () => new Response(fixture('minimal-dataset.json')), '/uploads/broken.json': () => new Response('{"meta": 1}') });
    const { unmount } = renderApp('?data=/uploads/nz.json');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Dataset' })).toHaveTextContent('Data: /uploads/nz.json'));
    unmount();

    renderApp('?data=/uploads/broken.json&countries=JP');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('/uploads/broken.json was not loaded');
    expect(alert).toHaveTextContent('meta: ');
    expect(await screen.findByRole('figure', { name: /Aid/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
    await waitFor(() => expect(window.location.search).toBe('?countries=JP'));
  });

  it('ignores ?data= on another site', async () => {
    const fetchMock = mockFetch();
    renderApp('?data=https://evil.example/data.json');
    await screen.findByRole('figure', { name: /Aid/ });
    expect(screen.getByText(/Ignored “https:\/\/evil.example\/data.json” in “data”: only datasets on this site can be loaded./)).toBeInTheDocument();
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).not.toContain('https://evil.example/data.json');
  });

  it('shows hostile strings from a dataset as text, never as markup', async () => {
    mockFetch();
    const user = userEvent.setup();
    const { container } = renderApp();
    await screen.findByRole('figure', { name: /Aid/ });
    await user.upload(await datasetFile(), file(fixture('hostile-dataset.json'), 'hostile.json'));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Dataset' })).toHaveTextContent('Data: hostile.json'));
    expect(screen.getByRole('checkbox', { name: '<img src=x onerror="window.__pwned=1"> New Zealand' })).toBeChecked();
    expect(screen.getByRole('region', { name: 'Dataset' })).toHaveTextContent('<script>window.__pwned=2</script>');
    expect(container.querySelectorAll('script, img, iframe, object, embed, foreignObject')).toHaveLength(0);
    expect(container.querySelectorAll('[onerror], [onload], [onclick]')).toHaveLength(0);
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.toContainEqual(expect.stringMatching(/^javascript:/));
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
