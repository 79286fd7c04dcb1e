import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OilChart } from '../../../src/features/oil/OilChart';
import { renderWithModel } from '../../helpers/render';

const figure = () => screen.getByRole('figure', { name: /Oil/ });

// Barrels from the East-West Center article; the four released 38,317,000 in all.
describe('OilChart', () => {
  it('ranks the releases with each country’s share, Japan first', () => {
    renderWithModel(<OilChart />);
    const bars = within(figure()).getAllByRole('img').map((b) => b.getAttribute('aria-label'));
    expect(bars).toEqual([
      'Japan: 22,500,000 barrels · 58.7% of the total',
      'South Korea: 11,650,000 barrels · 30.4% of the total',
      'Australia: 3,300,000 barrels · 8.6% of the total',
      'New Zealand: 867,000 barrels · 2.3% of the total',
    ]);
    expect(figure()).toHaveTextContent('its share of the 38,317,000 barrels released by Japan, South Korea, Australia and New Zealand');
  });

  it('keeps shares relative to all four when countries are filtered out', () => {
    renderWithModel(<OilChart />, { filters: { countries: ['NZ'] } });
    expect(within(figure()).getAllByRole('img').map((b) => b.getAttribute('aria-label'))).toEqual(['New Zealand: 867,000 barrels · 2.3% of the total']);
  });

  it('shows the table of what it draws', async () => {
    const user = userEvent.setup();
    renderWithModel(<OilChart />, { filters: { countries: ['KR', 'AU'] } });
    await user.click(within(figure()).getByRole('button', { name: 'Show table' }));
    const rows = within(within(figure()).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'South Korea11,650,00030.4%Lynch, East-West Center (APB Series)',
      'Australia3,300,0008.6%Lynch, East-West Center (APB Series)',
    ]);
  });

  it('explains an empty chart: Singapore released none, and none were released outside 2022', () => {
    const { unmount } = renderWithModel(<OilChart />, { filters: { countries: ['SG'] } });
    expect(figure()).toHaveTextContent('No oil releases are recorded for Singapore.');
    unmount();
    renderWithModel(<OilChart />, { filters: { from: '2023-01-01' } });
    expect(figure()).toHaveTextContent('No oil releases are recorded within the selected dates; the releases date from 2022.');
  });
});
