import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OilChart } from '../../../src/features/oil/OilChart';
import { useFiltersStore } from '../../../src/stores/filters-store';
import { loadBundled } from '../../helpers/bundled';
import { renderWithModel } from '../../helpers/render';

const figure = () => screen.getByRole('figure', { name: 'Oil released from emergency stocks' });
const bars = () => within(figure()).queryAllByRole('img').map((b) => b.getAttribute('aria-label'));
const emptyText = () => within(figure()).getByRole('status');

async function openTable(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(figure()).getByRole('button', { name: 'Show table' }));
  return within(within(figure()).getByRole('table')).getAllByRole('row').slice(1).map((r) => r.textContent);
}

// Barrels from the East-West Center article: Japan 22,500,000, South Korea 11,650,000, Australia
// 3,300,000, New Zealand 867,000; 38,317,000 in all. Shares worked out by hand: 22.5 / 38.317 =
// 58.72%, 11.65 / 38.317 = 30.40%, 3.3 / 38.317 = 8.61%, 0.867 / 38.317 = 2.26%.
describe('OilChart', () => {
  it('ranks the releases with each country’s share, Japan first', () => {
    renderWithModel(<OilChart />);
    expect(bars()).toEqual([
      'Japan: 22,500,000 barrels · 58.7% of the four’s 38,317,000 barrels',
      'South Korea: 11,650,000 barrels · 30.4% of the four’s 38,317,000 barrels',
      'Australia: 3,300,000 barrels · 8.6% of the four’s 38,317,000 barrels',
      'New Zealand: 867,000 barrels · 2.3% of the four’s 38,317,000 barrels',
    ]);
    // The subtitle, one sentence: what is measured, and what the shares are of.
    expect(figure()).toHaveTextContent("Barrels each country released from its emergency stocks in the International Energy Agency members' response to the Ukraine war in 2022, and its share of the four’s 38,317,000 barrels.");
    // The footer: the source with its date, and the notes.
    expect(within(figure()).getByText('Source: Lynch, East-West Center (APB Series) — undated; events to 5 May 2022.')).toBeVisible();
    expect(within(figure()).getByText('Not affected by the aid-type filter.')).toBeVisible();
  });

  it('describes in words what it shows', () => {
    renderWithModel(<OilChart />);
    expect(figure()).toHaveAccessibleDescription(
      "Japan released the most oil, 22,500,000 barrels, 58.7% of the four’s 38,317,000 barrels; South Korea released 11,650,000 (30.4%), Australia 3,300,000 (8.6%) and New Zealand 867,000 (2.3%).",
    );
  });

  it('keeps shares relative to all four when countries are filtered out', () => {
    renderWithModel(<OilChart />, { filters: { countries: ['NZ'] } });
    expect(bars()).toEqual(['New Zealand: 867,000 barrels · 2.3% of the four’s 38,317,000 barrels']);
    expect(figure()).toHaveAccessibleDescription("New Zealand released 867,000 barrels, 2.3% of the four’s 38,317,000 barrels.");
  });

  it('shows the table of what it draws', async () => {
    const user = userEvent.setup();
    renderWithModel(<OilChart />, { filters: { countries: ['KR', 'AU'] } });
    expect(await openTable(user)).toEqual(['South Korea11,650,00030.4%2022Lynch, East-West Center (APB Series)', 'Australia3,300,0008.6%2022Lynch, East-West Center (APB Series)']);
  });

  describe('with Singapore, which released no oil in the sources, among the countries', () => {
    it('draws no bar for it and says that no release is recorded for it', () => {
      renderWithModel(<OilChart />, { filters: { countries: ['JP', 'SG'] } });
      expect(bars()).toEqual(['Japan: 22,500,000 barrels · 58.7% of the four’s 38,317,000 barrels']);
      expect(within(figure()).getByText('No oil release is recorded for Singapore in the sources; the chart has no bar for it.')).toBeVisible();
      expect(figure()).toHaveAccessibleDescription(
        "Japan released 22,500,000 barrels, 58.7% of the four’s 38,317,000 barrels. No oil release is recorded for Singapore in the sources; the chart has no bar for it.",
      );
    });

    it('lists it in the table as not recorded, not as zero', async () => {
      const user = userEvent.setup();
      renderWithModel(<OilChart />, { filters: { countries: ['NZ', 'SG'] } });
      expect(await openTable(user)).toEqual(['New Zealand867,0002.3%2022Lynch, East-West Center (APB Series)', 'Singapore——No release recorded in the sources—']);
    });
  });

  describe('dates that end within 2022, to which alone the releases are dated', () => {
    // To = 1 Feb 2022: each release is dated only "2022", so each may fall after To. The shares
    // stay those of the four's 38,317,000 barrels, each release's standing beside its value.
    it('shows each release as “2022, no day given”, not as within the dates, on the bars, in the tooltip, the table and the words', async () => {
      const user = userEvent.setup();
      renderWithModel(<OilChart />, { filters: { to: '2022-02-01' } });
      expect(bars()).toEqual([
        'Japan: 22,500,000 barrels · 58.7% of the four’s 38,317,000 barrels; 2022, no day given, so it may fall outside the dates',
        'South Korea: 11,650,000 barrels · 30.4% of the four’s 38,317,000 barrels; 2022, no day given, so it may fall outside the dates',
        'Australia: 3,300,000 barrels · 8.6% of the four’s 38,317,000 barrels; 2022, no day given, so it may fall outside the dates',
        'New Zealand: 867,000 barrels · 2.3% of the four’s 38,317,000 barrels; 2022, no day given, so it may fall outside the dates',
      ]);
      expect(within(figure()).getAllByText('2022, no day given', { selector: 'svg text' })).toHaveLength(4);
      expect(within(figure()).getByText('A lighter bar is a release the source dates only to 2022, with no day given: it may fall outside the dates chosen (1 Jan 1990 – 1 Feb 2022).')).toBeVisible();
      expect(figure()).toHaveAccessibleDescription(
        'Japan released the most oil, 22,500,000 barrels, 58.7% of the four’s 38,317,000 barrels; South Korea released 11,650,000 (30.4%), Australia 3,300,000 (8.6%) and New Zealand 867,000 (2.3%). Every release shown is dated 2022, no day given: each may fall outside the dates chosen.',
      );
      act(() => within(figure()).getByRole('img', { name: /^Australia/ }).focus());
      expect(screen.getByRole('tooltip')).toHaveTextContent('2022, no day given: it may fall outside the dates chosen.');
      expect((await openTable(user))[0]).toBe('Japan22,500,00058.7%2022, no day givenLynch, East-West Center (APB Series)');
    });

    it('shows them as within the dates once To is past 2022', () => {
      renderWithModel(<OilChart />, { filters: { to: '2022-12-31' } });
      expect(bars()[0]).toBe('Japan: 22,500,000 barrels · 58.7% of the four’s 38,317,000 barrels');
      expect(within(figure()).queryByText('2022, no day given', { selector: 'svg text' })).not.toBeInTheDocument();
    });
  });

  describe('empty states', () => {
    it('no country selected', () => {
      renderWithModel(<OilChart />, { filters: { countries: [] } });
      expect(emptyText()).toHaveTextContent(/^No country is selected\. Choose one or more under Countries in the filters\.$/);
      // Only the sentence and what can change it: no total cited for a chart without bars, no table, no footer.
      expect(figure()).not.toHaveTextContent('38,317,000');
      expect(figure()).toHaveTextContent("Barrels each country released from its emergency stocks in the International Energy Agency members' response to the Ukraine war.");
      expect(within(figure()).queryByRole('button', { name: 'Show table' })).not.toBeInTheDocument();
      expect(figure()).not.toHaveTextContent('Source:');
    });

    it('only countries with no recorded release', () => {
      renderWithModel(<OilChart />, { filters: { countries: ['SG'] } });
      expect(emptyText()).toHaveTextContent(/^No oil release is recorded for Singapore in the sources\.$/);
      expect(figure()).not.toHaveTextContent(/(?<![\d,])0 barrels|released by \./);
    });

    it('dates that leave out the 2022 releases', () => {
      renderWithModel(<OilChart />, { filters: { from: '2023-01-01', to: '2024-12-31' } });
      expect(emptyText()).toHaveTextContent(
        /^No oil release falls between 1 Jan 2023 and 31 Dec 2024\. The releases recorded for Japan, South Korea, Australia and New Zealand are dated 2022; widen the dates to include 2022\.$/,
      );
      expect(figure()).not.toHaveTextContent(/(?<![\d,])0 barrels|released by \./);
    });

    it('dates before the releases, with Singapore among the countries', () => {
      renderWithModel(<OilChart />, { filters: { countries: ['NZ', 'SG'], from: '2020-01-01', to: '2021-12-31' } });
      expect(emptyText()).toHaveTextContent(
        /^No oil release falls between 1 Jan 2020 and 31 Dec 2021\. The release recorded for New Zealand is dated 2022; widen the dates to include 2022\. No oil release is recorded for Singapore in the sources\.$/,
      );
    });

    it('From after To', () => {
      renderWithModel(<OilChart />, { filters: { from: '2022-12-31', to: '2022-01-01' } });
      expect(emptyText()).toHaveTextContent(/^The date range is empty: From is after To\.$/);
    });

    it('a dataset without oil releases', () => {
      renderWithModel(<OilChart />, { dataset: { ...loadBundled(), oil: [] } });
      expect(emptyText()).toHaveTextContent(/^The dataset records no oil releases\.$/);
      expect(figure()).not.toHaveTextContent(/(?<![\d,])0 barrels|released by \./);
    });
  });

  describe('from the keyboard', () => {
    const bar = (name: RegExp) => within(figure()).getByRole('img', { name });

    it('is one Tab stop, and the arrow keys move between the bars', async () => {
      const user = userEvent.setup();
      renderWithModel(<OilChart />);
      // The chart is the figure's first Tab stop: its buttons come after it.
      await user.tab();
      expect(bar(/^Japan/)).toHaveFocus();
      await user.keyboard('{ArrowDown}');
      expect(bar(/^South Korea/)).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(bar(/^Australia/)).toHaveFocus();
      await user.keyboard('{ArrowUp}');
      expect(bar(/^South Korea/)).toHaveFocus();
      await user.keyboard('{End}');
      expect(bar(/^New Zealand/)).toHaveFocus();
      await user.keyboard('{ArrowDown}');
      expect(bar(/^New Zealand/)).toHaveFocus();
      await user.keyboard('{Home}');
      expect(bar(/^Japan/)).toHaveFocus();

      // Leaving and coming back lands on the bar last visited, not on every bar in turn.
      await user.keyboard('{ArrowDown}');
      await user.tab();
      expect(within(figure()).getByRole('button', { name: 'Show table' })).toHaveFocus();
      await user.tab({ shift: true });
      expect(bar(/^South Korea/)).toHaveFocus();
    });

    it('shows the focused bar’s tooltip, closes it with Escape and pins it with Enter or Space', async () => {
      const user = userEvent.setup();
      renderWithModel(<OilChart />);
      act(() => bar(/^South Korea/).focus());
      await user.keyboard('{Home}');
      expect(screen.getByRole('tooltip')).toHaveTextContent(/^Japan22,500,000 barrels58\.7% of the four’s 38,317,000 barrels · as of 2022/);
      expect(bar(/^Japan/)).toHaveAccessibleDescription(/22,500,000 barrels/);

      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('tooltip')).toHaveTextContent(/^Japan22,500,000 barrels/);

      // A pinned tooltip stays while the pointer passes over another bar.
      await user.hover(bar(/^Australia/));
      expect(screen.getByRole('tooltip')).toHaveTextContent(/^Japan/);
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

      await user.keyboard('{ArrowDown}');
      expect(screen.getByRole('tooltip')).toHaveTextContent(/^South Korea11,650,000 barrels30\.4% of the four’s 38,317,000 barrels/);
      await user.keyboard('{Escape}');
      await user.keyboard(' ');
      expect(screen.getByRole('tooltip')).toHaveTextContent(/^South Korea/);
    });

    it('highlights the country of the focused or hovered bar in every view', async () => {
      const user = userEvent.setup();
      renderWithModel(<OilChart />);
      const hovered = () => useFiltersStore.getState().hoveredCountry;
      await user.hover(bar(/^Australia/));
      expect(hovered()).toBe('AU');
      await user.unhover(bar(/^Australia/));
      expect(hovered()).toBeNull();
      act(() => bar(/^Japan/).focus());
      expect(hovered()).toBe('JP');
      await user.keyboard('{ArrowDown}');
      expect(hovered()).toBe('KR');
      await user.keyboard('{Escape}');
      expect(hovered()).toBeNull();
    });
  });
});
