import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterPanel } from '../../../src/features/filters/FilterPanel';
import { renderWithModel } from '../../helpers/render';

/** A phone's screen: the query the panel folds at matches. */
function phone() {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width: 480px'), media: query, addEventListener: () => {}, removeEventListener: () => {} }));
}

afterEach(() => vi.unstubAllGlobals());

describe('the filters on a phone', () => {
  it('fold under one line of chips that say what they are set to, and open to change them', async () => {
    phone();
    const user = userEvent.setup();
    renderWithModel(<FilterPanel />);
    const form = screen.getByRole('form', { name: 'Filters' });
    const chips = () => within(form).getByText('Filters').closest('summary')!;
    expect(chips()).toHaveTextContent('Filters The four partnersAll aid typesAny date');
    expect(within(form).getByRole('checkbox', { name: 'Japan' })).not.toBeVisible();
    await user.click(within(form).getByText('Filters'));
    await user.click(within(form).getByRole('checkbox', { name: 'Japan' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Military' }));
    expect(chips()).toHaveTextContent('South Korea, Australia and New Zealand');
    expect(chips()).toHaveTextContent('Humanitarian, Financial and Purpose not stated');
  });

  it('names the dates set, an open To as the latest statement', () => {
    phone();
    renderWithModel(<FilterPanel />, { filters: { from: '2022-01-01' } });
    expect(screen.getByText('Filters').closest('summary')).toHaveTextContent('1 Jan 2022 – latest');
  });

  it('stay open as a panel on a wider screen', () => {
    renderWithModel(<FilterPanel />);
    expect(screen.getByRole('checkbox', { name: 'Japan' })).toBeVisible();
    expect(screen.queryByText('The four partners')).not.toBeInTheDocument();
  });
});
