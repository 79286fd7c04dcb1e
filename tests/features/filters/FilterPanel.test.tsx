import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilterPanel, HOVER_INTENT_MS } from '../../../src/features/filters/FilterPanel';
import { useHighlightedCountries } from '../../../src/stores/use-resolved-filters';
import { useUrlSync } from '../../../src/stores/use-url-sync';
import { renderWithModel } from '../../helpers/render';

/** The filters with the link kept in step, as on the dashboard. */
function LinkedFilters() {
  useUrlSync();
  return <FilterPanel />;
}

/** What every view dims the others for: the countries highlighted, by code. */
function Highlighted() {
  return <output aria-label="Highlighted">{useHighlightedCountries().join(' ')}</output>;
}

const url = () => window.location.search;

describe('FilterPanel', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('lists the countries, with the four partners checked and Singapore not', () => {
    renderWithModel(<FilterPanel />);
    const group = screen.getByRole('group', { name: 'Countries' });
    for (const name of ['Japan', 'South Korea', 'Australia', 'New Zealand']) {
      expect(within(group).getByRole('checkbox', { name })).toBeChecked();
    }
    expect(within(group).getByRole('checkbox', { name: 'Singapore' })).not.toBeChecked();
    // Singapore is named by its name alone and described as there for comparison.
    expect(within(group).getByRole('checkbox', { name: 'Singapore' })).toHaveAccessibleDescription('for comparison');
    expect(within(group).getByRole('checkbox', { name: 'Japan' })).not.toHaveAccessibleDescription();
  });

  it('puts the selected countries in the link in the dataset’s order', async () => {
    const user = userEvent.setup();
    renderWithModel(<LinkedFilters />);
    await user.click(screen.getByRole('checkbox', { name: 'Japan' }));
    await waitFor(() => expect(url()).toBe('?countries=KR,AU,NZ'));
    await user.click(screen.getByRole('checkbox', { name: 'Singapore' }));
    await user.click(screen.getByRole('checkbox', { name: 'Japan' }));
    await waitFor(() => expect(url()).toBe('?countries=JP,KR,AU,NZ,SG'));
    await user.click(screen.getByRole('button', { name: 'None' }));
    expect(screen.getByRole('checkbox', { name: 'Australia' })).not.toBeChecked();
    await waitFor(() => expect(url()).toBe('?countries='));
  });

  it('goes back to the default, which a link does not spell out, when the four partners alone are checked again', async () => {
    const user = userEvent.setup();
    renderWithModel(<LinkedFilters />);
    await user.click(screen.getByRole('checkbox', { name: 'Australia' }));
    await waitFor(() => expect(url()).toBe('?countries=JP,KR,NZ'));
    await user.click(screen.getByRole('checkbox', { name: 'Australia' }));
    await waitFor(() => expect(url()).toBe(''));
    for (const name of ['Japan', 'South Korea', 'Australia', 'New Zealand']) expect(screen.getByRole('checkbox', { name })).toBeChecked();
  });

  // Pointer events by hand: user-event waits on timers, which are fake here.
  describe('a country under the mouse', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());
    const box = (name: string) => screen.getByRole('checkbox', { name });
    const enter = (name: string, pointerType = 'mouse') => fireEvent.pointerEnter(box(name), { pointerType });
    const leave = (name: string) => fireEvent.pointerLeave(box(name), { pointerType: 'mouse' });
    const rest = (ms: number) => act(() => vi.advanceTimersByTime(ms));
    const highlighted = () => screen.getByRole('status', { name: 'Highlighted' });
    const panel = () => (
      <>
        <FilterPanel />
        <Highlighted />
      </>
    );

    it('is highlighted in the views once the mouse rests on it, until it leaves', () => {
      renderWithModel(panel());
      enter('Japan');
      expect(highlighted()).toBeEmptyDOMElement();
      rest(HOVER_INTENT_MS);
      expect(highlighted()).toHaveTextContent('JP');
      leave('Japan');
      expect(highlighted()).toBeEmptyDOMElement();
    });

    it('is not highlighted when the mouse only passes over it, or clicks as it arrives', () => {
      renderWithModel(panel());
      enter('Japan');
      rest(HOVER_INTENT_MS - 1);
      leave('Japan');
      enter('Australia');
      leave('Australia');
      rest(HOVER_INTENT_MS);
      expect(highlighted()).toBeEmptyDOMElement();
      // A click straight away changes the filter; the highlight follows if the mouse stays.
      enter('Japan');
      fireEvent.click(box('Japan'));
      fireEvent.click(box('Japan'));
      expect(box('Japan')).toBeChecked();
      expect(highlighted()).toBeEmptyDOMElement();
      rest(HOVER_INTENT_MS);
      expect(highlighted()).toHaveTextContent('JP');
    });

    it('is not highlighted under a finger or a pen tapping it', () => {
      renderWithModel(panel());
      // A tap: the finger's pointer enters the row as it touches down.
      enter('Japan', 'touch');
      enter('South Korea', 'pen');
      rest(HOVER_INTENT_MS);
      expect(highlighted()).toBeEmptyDOMElement();
    });
  });

  it('toggles aid types, keeping their order in the link', async () => {
    const user = userEvent.setup();
    renderWithModel(<LinkedFilters />);
    const group = screen.getByRole('group', { name: 'Aid type' });
    await user.click(within(group).getByRole('checkbox', { name: 'Financial' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Military' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Financial' }));
    await waitFor(() => expect(url()).toBe('?types=humanitarian,financial,unspecified'));
    expect(within(group).getByRole('checkbox', { name: 'Purpose not stated' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Financial' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Military' })).not.toBeChecked();
  });

  it('shows the data’s first date, and an open To as empty, saying what it asks, until the reader sets others', async () => {
    renderWithModel(<LinkedFilters />);
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    expect(from).toHaveValue('1990-01-01');
    // An open To is not the last record's day: totals are then as of each latest statement, which may be undated.
    const openTo = 'Empty: up to each latest statement (the last dated record is of 31 Oct 2024).';
    expect(to).toHaveValue('');
    expect(to).toHaveAccessibleDescription(openTo);
    fireEvent.change(from, { target: { value: '2022-01-01' } });
    expect(from).toHaveValue('2022-01-01');
    await waitFor(() => expect(url()).toBe('?from=2022-01-01'));
    fireEvent.change(to, { target: { value: '2023-12-31' } });
    await waitFor(() => expect(url()).toBe('?from=2022-01-01&to=2023-12-31'));
    expect(to).not.toHaveAccessibleDescription();
    // A cleared field is open again.
    fireEvent.change(to, { target: { value: '' } });
    await waitFor(() => expect(url()).toBe('?from=2022-01-01'));
    expect(to).toHaveValue('');
    expect(to).toHaveAccessibleDescription(openTo);
  });

  it('says when From is after To', () => {
    renderWithModel(<FilterPanel />, { filters: { from: '2023-01-01', to: '2022-01-01' } });
    expect(screen.getByRole('alert')).toHaveTextContent('From is after To');
  });

  it('resets every filter', async () => {
    const user = userEvent.setup();
    renderWithModel(<FilterPanel />, { filters: { countries: ['SG'], types: ['military'], from: '2022-01-01' } });
    expect(screen.getByRole('checkbox', { name: 'Japan' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(screen.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Singapore' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Financial' })).toBeChecked();
    expect(screen.getByLabelText('From')).toHaveValue('1990-01-01');
  });
});
