import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AidOverTime } from '../../../src/features/aid-over-time/AidOverTime';
import { useFiltersStore } from '../../../src/stores/filters-store';
import { renderWithModel } from '../../helpers/render';

const figure = () => screen.getByRole('figure', { name: 'Stated aid over time' });

describe('AidOverTime', () => {
  it('reads top-down: title, one sentence, the legend of line styles, the chart, notes and sources', () => {
    renderWithModel(<AidOverTime />);
    expect(within(figure()).getByRole('heading', { name: 'Stated aid over time' })).toBeInTheDocument();
    expect(figure()).toHaveTextContent('How the aid each country’s sources state built up, from 1 Jan 2022 to each latest statement, the selected types of aid added up, in US dollars.');
    const legend = within(figure()).getByRole('list', { name: 'How to read the lines' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Stated total', 'At least: more may have come', 'May be up to: timing not stated', 'A statement: a day, or a bar across its month or year']);
    expect(within(figure()).getByRole('list', { name: 'Notes' })).toHaveTextContent('Each country’s panel has its own scale: compare the values, not the heights.');
    // Each line ends with its latest value and the date of the statement behind it.
    expect(screen.getByText('~US$12B', { selector: 'svg text' })).toBeInTheDocument();
    expect(screen.getByText('as of Jul 2024 or later', { selector: 'svg text' })).toBeInTheDocument();
  });

  it('is one Tab stop over the statements: arrows move, Enter pins the quote, Escape closes it', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidOverTime />, { filters: { countries: ['AU'], types: ['military'] } });
    const first = screen.getByRole('img', { name: 'Australia, Military, 17 Apr 2022: $141.9 million†; then US$141.9M†, as of 17 Apr 2022' });
    const second = screen.getByRole('img', { name: 'Australia, Military, Jul 2024: almost AU$250 million (US$167 million); then at least ~US$309M†, as of Jul 2024' });
    expect(first).toHaveAttribute('tabindex', '0');
    expect(second).toHaveAttribute('tabindex', '-1');
    act(() => first.focus());
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Australia · Military · 17 Apr 2022');
    expect(tip).toHaveTextContent('“As of April 17, Australia’s military aid to Ukraine totals $141.9 million”');
    await user.keyboard('{ArrowRight}');
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Pinned');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('follows the filters, and draws a line per type when asked', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidOverTime />, { filters: { countries: ['AU'] } });
    await user.click(screen.getByRole('radio', { name: 'By type' }));
    // Every value here was printed with a bare "$": † is said once, in the notes.
    expect(screen.getByText('~US$309M', { selector: 'svg text' })).toBeInTheDocument();
    expect(screen.getByText('US$48.3M', { selector: 'svg text' })).toBeInTheDocument();
    expect(within(figure()).getByRole('list', { name: 'Notes' })).toHaveTextContent('† Printed with a bare “$”; read as US dollars.');
    act(() => useFiltersStore.getState().setCountries([]));
    expect(figure()).toHaveTextContent('No country is selected.');
  });

  it('tables one row per statement with its date, the line’s value, its standing and the quote', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidOverTime />, { filters: { countries: ['KR'], types: ['humanitarian'] } });
    await user.click(within(figure()).getByRole('button', { name: 'Show table' }));
    const rows = within(within(figure()).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [within(r).getByRole('rowheader').textContent, ...within(r).getAllByRole('cell').slice(0, 5).map((c) => c.textContent)])).toEqual([
      ['South Korea', 'Humanitarian', '28 Feb 2022', '28 Feb 2022, took place: $10 million†', 'at least US$10M†, as of 28 Feb 2022', 'at least (aid the sources do not report may come on top)'],
    ]);
  });
});
