import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilterPanel, HOVER_INTENT_MS } from '../../../src/features/filters/FilterPanel';
import { useFiltersStore } from '../../../src/stores/filters-store';
import { renderWithModel } from '../../helpers/render';

describe('FilterPanel', () => {
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

  it('writes the selected countries to the store in the dataset’s order', async () => {
    const user = userEvent.setup();
    renderWithModel(<FilterPanel />);
    await user.click(screen.getByRole('checkbox', { name: 'Japan' }));
    expect(useFiltersStore.getState().countries).toEqual(['KR', 'AU', 'NZ']);
    await user.click(screen.getByRole('checkbox', { name: 'Singapore' }));
    await user.click(screen.getByRole('checkbox', { name: 'Japan' }));
    expect(useFiltersStore.getState().countries).toEqual(['JP', 'KR', 'AU', 'NZ', 'SG']);
    await user.click(screen.getByRole('button', { name: 'None' }));
    expect(screen.getByRole('checkbox', { name: 'Australia' })).not.toBeChecked();
  });

  it('goes back to the default, which a link does not spell out, when the four partners alone are checked again', async () => {
    const user = userEvent.setup();
    renderWithModel(<FilterPanel />);
    await user.click(screen.getByRole('checkbox', { name: 'Australia' }));
    expect(useFiltersStore.getState().countries).toEqual(['JP', 'KR', 'NZ']);
    await user.click(screen.getByRole('checkbox', { name: 'Australia' }));
    expect(useFiltersStore.getState().countries).toBeNull();
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

    it('is highlighted in the views once the mouse rests on it, until it leaves', () => {
      renderWithModel(<FilterPanel />);
      enter('Japan');
      expect(useFiltersStore.getState().hoveredCountry).toBeNull();
      rest(HOVER_INTENT_MS);
      expect(useFiltersStore.getState().hoveredCountry).toBe('JP');
      leave('Japan');
      expect(useFiltersStore.getState().hoveredCountry).toBeNull();
    });

    it('is not highlighted when the mouse only passes over it, or clicks as it arrives', () => {
      renderWithModel(<FilterPanel />);
      enter('Japan');
      rest(HOVER_INTENT_MS - 1);
      leave('Japan');
      enter('Australia');
      leave('Australia');
      rest(HOVER_INTENT_MS);
      expect(useFiltersStore.getState().hoveredCountry).toBeNull();
      // A click straight away changes the filter; the highlight follows if the mouse stays.
      enter('Japan');
      fireEvent.click(box('Japan'));
      expect(useFiltersStore.getState().countries).toEqual(['KR', 'AU', 'NZ']);
      expect(useFiltersStore.getState().hoveredCountry).toBeNull();
      rest(HOVER_INTENT_MS);
      expect(useFiltersStore.getState().hoveredCountry).toBe('JP');
    });

    it('is not highlighted under a finger or a pen tapping it', () => {
      renderWithModel(<FilterPanel />);
      // A tap: the finger's pointer enters the row as it touches down.
      enter('Japan', 'touch');
      enter('South Korea', 'pen');
      rest(HOVER_INTENT_MS);
      expect(useFiltersStore.getState().hoveredCountry).toBeNull();
    });
  });

  it('toggles aid types', async () => {
    const user = userEvent.setup();
    renderWithModel(<FilterPanel />);
    const group = screen.getByRole('group', { name: 'Aid type' });
    await user.click(within(group).getByRole('checkbox', { name: 'Financial' }));
    expect(useFiltersStore.getState().types).toEqual(['military', 'humanitarian', 'unspecified']);
    expect(within(group).getByRole('checkbox', { name: 'Purpose not stated' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Financial' })).not.toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Military' })).toBeChecked();
  });

  it('shows the data’s first date, and an open To as empty, saying what it asks, until the reader sets others', () => {
    renderWithModel(<FilterPanel />);
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    expect(from).toHaveValue('1990-01-01');
    // An open To is not the last record's day: totals are then as of each latest statement, which may be undated.
    expect(to).toHaveValue('');
    expect(to).toHaveAccessibleDescription('Empty: up to each latest statement (the last dated record is of 31 Oct 2024).');
    fireEvent.change(to, { target: { value: '2024-10-31' } });
    expect(to).toHaveValue('2024-10-31');
    expect(to).not.toHaveAccessibleDescription();
    fireEvent.change(from, { target: { value: '2022-01-01' } });
    expect(useFiltersStore.getState().from).toBe('2022-01-01');
    expect(from).toHaveValue('2022-01-01');
    fireEvent.change(to, { target: { value: '' } });
    expect(useFiltersStore.getState().to).toBeNull();
  });

  it('says when From is after To', () => {
    renderWithModel(<FilterPanel />, { filters: { from: '2023-01-01', to: '2022-01-01' } });
    expect(screen.getByRole('alert')).toHaveTextContent('From is after To');
  });

  it('resets every filter', async () => {
    const user = userEvent.setup();
    renderWithModel(<FilterPanel />, { filters: { countries: ['SG'], types: ['military'], from: '2022-01-01', measure: 'per-capita' } });
    expect(screen.getByRole('checkbox', { name: 'Japan' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(screen.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Financial' })).toBeChecked();
    expect(useFiltersStore.getState()).toMatchObject({ countries: null, from: null, measure: 'usd' });
  });
});
