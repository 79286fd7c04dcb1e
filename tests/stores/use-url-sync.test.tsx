import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { useFiltersStore } from '../../src/stores/filters-store';
import { useUrlSync, withoutHistoryEntry } from '../../src/stores/use-url-sync';
import { renderWithModel } from '../helpers/render';

/** The filters with the URL kept in step, as the dashboard has them. */
function SyncedFilters() {
  useUrlSync();
  return <FilterPanel />;
}

const url = () => window.location.search;
const box = (name: string) => screen.getByRole('checkbox', { name });
/** Types `value` into a date field as a person does, a keystroke at a time: the address follows each. */
async function keystroke(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  await waitFor(() => expect(url()).toBe(value ? `?from=${value}` : ''));
}
/** Goes back or forward one entry and waits for the address to be `search`. */
async function step(direction: 'back' | 'forward', search: string) {
  act(() => (direction === 'back' ? window.history.back() : window.history.forward()));
  await waitFor(() => expect(url()).toBe(search));
}

describe('the URL kept in step with the filters', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('gets an entry for each change, and back and forward step through them', async () => {
    const user = userEvent.setup();
    renderWithModel(<SyncedFilters />);
    await user.click(box('Japan'));
    await waitFor(() => expect(url()).toBe('?countries=KR,AU,NZ'));
    await user.click(box('Military'));
    await waitFor(() => expect(url()).toBe('?countries=KR,AU,NZ&types=humanitarian,financial,unspecified'));

    await step('back', '?countries=KR,AU,NZ');
    expect(box('Military')).toBeChecked();
    expect(box('Japan')).not.toBeChecked();
    await step('back', '');
    expect(box('Japan')).toBeChecked();
    // Going back writes no entry of its own: forward leads through both changes again.
    await step('forward', '?countries=KR,AU,NZ');
    await step('forward', '?countries=KR,AU,NZ&types=humanitarian,financial,unspecified');
    expect(box('Military')).not.toBeChecked();
  });

  it('makes a date typed digit by digit one step, and each visit to the field another', async () => {
    renderWithModel(<SyncedFilters />);
    const from = screen.getByLabelText('From');
    act(() => from.focus());
    // What Chromium's date field gives, keystroke by keystroke, for 03152023 typed over 01/01/1990
    // (checked in Chromium): the month goes blank at "0", then the year passes through 0002, 0020, 0202.
    for (const value of ['', '1990-03-01', '1990-03-15', '0002-03-15', '0020-03-15', '0202-03-15', '2023-03-15']) await keystroke(from, value);
    act(() => from.blur());
    // Back in the field, the arrow keys step the month.
    act(() => from.focus());
    await keystroke(from, '2023-04-15');
    await keystroke(from, '2023-05-15');

    await step('back', '?from=2023-03-15');
    expect(from).toHaveValue('2023-03-15');
    await step('back', '');
    expect(from).toHaveValue('1990-01-01');
  });

  it('makes each change of the dates from no field (a brush, the timeline) a step of its own', async () => {
    renderWithModel(<SyncedFilters />);
    act(() => useFiltersStore.getState().setRange('2022-01-01', '2022-06-30'));
    await waitFor(() => expect(url()).toBe('?from=2022-01-01&to=2022-06-30'));
    act(() => useFiltersStore.getState().setRange('2022-02-01', '2022-06-30'));
    await waitFor(() => expect(url()).toBe('?from=2022-02-01&to=2022-06-30'));
    await step('back', '?from=2022-01-01&to=2022-06-30');
    expect(screen.getByLabelText('From')).toHaveValue('2022-01-01');
  });

  it('rewrites the current entry for a change made without one, so back skips it', async () => {
    const user = userEvent.setup();
    renderWithModel(<SyncedFilters />);
    await user.click(box('Singapore'));
    await waitFor(() => expect(url()).toBe('?countries=JP,KR,AU,NZ,SG'));
    act(() => withoutHistoryEntry(() => useFiltersStore.getState().setCountries(['JP', 'SG'])));
    expect(url()).toBe('?countries=JP,SG');
    await user.click(box('Military'));
    await waitFor(() => expect(url()).toBe('?countries=JP,SG&types=humanitarian,financial,unspecified'));

    await step('back', '?countries=JP,SG');
    expect(box('Australia')).not.toBeChecked();
    // The entry before is the page as it was opened: the five countries have no entry of their own.
    await step('back', '');
    expect(box('Australia')).toBeChecked();
    expect(box('Singapore')).not.toBeChecked();
  });
});
