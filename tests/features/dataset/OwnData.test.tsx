import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetKeptDataset, readKeptInfo } from '../../../src/data/kept-dataset';
import { mockFetch, renderApp } from '../../helpers/app';

const csv = (text: string, name = 'aid.csv') => new File([text], name, { type: 'text/csv', lastModified: Date.UTC(2026, 10, 30) });
const aid = () => screen.getByRole('figure', { name: /Aid/ });
/** The file input of Load dataset, whose code arrives alongside the dataset's. */
const datasetFile = () => screen.findByLabelText('Dataset file');
const dataLine = () => screen.getByRole('region', { name: 'Dataset' });

// South Korea's humanitarian aid and New Zealand's military total, quoted from the East-West Center article.
const AID_CSV = [
  'country,date,type,basis,amount,currency,source,quote',
  'South Korea,2022-02-28,humanitarian,increment,10000000,$,"Lynch, East-West Center (APB Series)","On February 28, South Korea provided $10 million in humanitarian assistance to Ukraine, such as bulletproof helmets, tents, blankets, and medical supplies."',
  'KR,2022-04-07,humanitarian,increment,30000000,$,"Lynch, East-West Center (APB Series)",',
  'New Zealand,2022-03-21,military,total,11000000,$,"Lynch, East-West Center (APB Series)","as of March 21, New Zealand has provided a total of $11 million in non-lethal military assistance to support Ukraine, which was primarily directed to the NATO Trust Fund."',
].join('\n');

afterEach(async () => {
  vi.unstubAllGlobals();
  await forgetKeptDataset();
});

async function loadCsv(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(await datasetFile(), file);
  // The first spreadsheet fetches the reader's code: give it the time a loaded machine needs.
  return screen.findByRole('dialog', { name: `Map the columns of ${file.name}` }, { timeout: 10_000 });
}

// Whole-app tests on a busy machine: the first one also loads the spreadsheet reader's code.
describe('a spreadsheet of your own', { timeout: 30_000 }, () => {
  it('is mapped by its headers, previewed, and once loaded shows its numbers and speaks of itself', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('figure', { name: /Aid/ });
    const dialog = await loadCsv(user, csv(AID_CSV));
    await waitFor(() => expect(within(dialog).getByRole('heading', { name: 'Map the columns of aid.csv' })).toHaveFocus());
    expect(within(dialog).getByRole('combobox', { name: 'The file holds' })).toHaveValue('aid');
    expect(within(dialog).getByRole('combobox', { name: 'Country (needed)' })).toHaveDisplayValue('country');
    expect(within(dialog).getByRole('combobox', { name: 'Amount (needed)' })).toHaveDisplayValue('amount');
    expect(within(dialog).getByRole('combobox', { name: 'Note' })).toHaveDisplayValue('— not in the file —');
    expect(within(dialog).getByRole('table')).toHaveTextContent('New Zealand2022-03-21military');
    expect(dataLine()).toHaveTextContent('Data: the bundled dataset');

    await user.click(within(dialog).getByRole('button', { name: 'Load the file' }));
    await waitFor(() => expect(dataLine()).toHaveTextContent('Data: aid.csv (kept in this browser) — aid, version 2026-11-30 (3 aid records, no oil releases and no milestones)'));
    // The file's own types, each as of its latest statement: South Korea two packages, $10M + $30M (7 April 2022); New Zealand a total of $11M (21 March).
    expect(within(aid()).getByRole('img', { name: 'South Korea, Humanitarian: at least US$40M†, as of 7 Apr 2022' })).toBeInTheDocument();
    expect(within(aid()).getByRole('img', { name: 'New Zealand, Military: at least US$11M†, as of 21 Mar 2022' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('aid');
    expect(screen.getByRole('banner')).toHaveTextContent('3 aid records, no oil releases and no milestones for South Korea and New Zealand, 2022. 2 records of 3 give a quote.');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Source: Lynch, East-West Center (APB Series).');
    expect(screen.queryByText(/five documents/)).not.toBeInTheDocument();
  });

  it('names the row and column of a problem, loads nothing, and takes a corrected mapping', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp('?countries=KR');
    await screen.findByRole('figure', { name: /Aid/ });
    const dialog = await loadCsv(user, csv('Country,Reported,Kind,Amount\nKR,2022-02-28,humanitarian,10000000\nKR,2023-13-45,humanitarian,30000000\n', 'bad.csv'));
    // "Reported" is not a name the date is known by.
    expect(within(dialog).getByRole('button', { name: 'Load the file' })).toBeDisabled();
    expect(within(dialog).getByText('Choose a column for Date to load the file.')).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Date (needed)' }), 'Reported');
    await user.click(within(dialog).getByRole('button', { name: 'Load the file' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('bad.csv was not loaded; the dashboard still shows the data it had.');
    expect(alert).toHaveTextContent('row 3, column Reported: "2023-13-45" is not a date');
    expect(dataLine()).toHaveTextContent('Data: the bundled dataset');
    // The bundled data: the $10M package of February 2022 is a lower bound.
    expect(within(aid()).getByRole('img', { name: 'South Korea, Humanitarian: at least US$10M†, as of 28 Feb 2022' })).toBeInTheDocument();

    // Escape, like Cancel, closes the step.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('refuses a spreadsheet over 40 MB before reading it', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('figure', { name: /Aid/ });
    const big = csv(AID_CSV, 'huge.csv');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    await user.upload(await datasetFile(), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('huge.csv was not loaded; the dashboard still shows the bundled dataset.is 50.0 MB, larger than the 40.0 MB limit');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the view: drops only the countries the file lacks, and Back restores the filters of before', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp('?countries=JP,KR&types=humanitarian');
    await screen.findByRole('figure', { name: /Aid/ });
    await user.click(within(await loadCsv(user, csv(AID_CSV))).getByRole('button', { name: 'Load the file' }));
    expect(await screen.findByText('Japan is not in this dataset, so it was taken out of the selection.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'South Korea' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'New Zealand' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Military' })).not.toBeChecked();
    await waitFor(() => expect(window.location.search).toBe('?countries=KR&types=humanitarian'));

    await user.click(screen.getByRole('button', { name: 'Back to bundled data' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Japan' })).toBeChecked());
    expect(screen.getByRole('checkbox', { name: 'South Korea' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Australia' })).not.toBeChecked();
    await waitFor(() => expect(window.location.search).toBe('?countries=JP,KR&types=humanitarian'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('NATO’s Indo-Pacific partners and Ukraine');
  });

  it('shows its own countries when none of the selection is in it', async () => {
    mockFetch();
    const user = userEvent.setup();
    renderApp('?countries=JP');
    await screen.findByRole('figure', { name: /Aid/ });
    await user.click(within(await loadCsv(user, csv(AID_CSV))).getByRole('button', { name: 'Load the file' }));
    expect(await screen.findByText('Japan is not in this dataset, so it was taken out of the selection. Showing its own selection of countries instead.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'South Korea' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'New Zealand' })).toBeChecked();
  });

  it('is kept in the browser: a reload shows it again, and Forget deletes it', async () => {
    mockFetch();
    const user = userEvent.setup();
    const first = renderApp('?countries=JP,KR');
    await screen.findByRole('figure', { name: /Aid/ });
    await user.click(within(await loadCsv(user, csv(AID_CSV))).getByRole('button', { name: 'Load the file' }));
    await waitFor(() => expect(dataLine()).toHaveTextContent('Data: aid.csv (kept in this browser)'));
    first.unmount();

    const second = renderApp('?countries=KR', { restore: true });
    await waitFor(() => expect(dataLine()).toHaveTextContent('Data: aid.csv (kept in this browser)'));
    expect(within(aid()).getByRole('img', { name: 'South Korea, Humanitarian: at least US$40M†, as of 7 Apr 2022' })).toBeInTheDocument();
    // Back restores the view from before the file was loaded, even after the reload.
    await user.click(screen.getByRole('button', { name: 'Back to bundled data' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Japan' })).toBeChecked());
    expect(screen.getByRole('button', { name: 'Show aid.csv again' })).toBeInTheDocument();
    second.unmount();

    // Left on the bundled data, a reload stays there; the kept file can still be shown, or forgotten.
    renderApp('', { restore: true });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Show aid.csv again' })).toBeInTheDocument());
    expect(dataLine()).toHaveTextContent('Data: the bundled dataset');
    await user.click(screen.getByRole('button', { name: 'Show aid.csv again' }));
    await waitFor(() => expect(dataLine()).toHaveTextContent('Data: aid.csv (kept in this browser)'));
    await user.click(screen.getByRole('button', { name: 'Forget this dataset' }));
    await waitFor(() => expect(dataLine()).toHaveTextContent('Data: the bundled dataset'));
    expect(screen.queryByRole('button', { name: /again/ })).not.toBeInTheDocument();
    await waitFor(async () => expect(await readKeptInfo()).toBeNull());
  });
});
