import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AidChart } from '../../../src/features/aid/AidChart';
import { useFiltersStore } from '../../../src/stores/filters-store';
import { loadBundled } from '../../helpers/bundled';
import { renderWithModel } from '../../helpers/render';

const figure = () => screen.getByRole('figure', { name: /Aid/ });

describe('AidChart', () => {
  it('is a figure with a title, a caption naming measure and sources, and a legend', () => {
    renderWithModel(<AidChart />);
    expect(figure()).toBeInTheDocument();
    expect(within(figure()).getByRole('heading', { name: 'Aid to Ukraine by country and type' })).toBeInTheDocument();
    expect(figure()).toHaveTextContent('US$ committed 1 Jan 1990 – 31 Oct 2024');
    expect(figure()).toHaveTextContent('Lynch, East-West Center');
    const legend = within(figure()).getByRole('list', { name: 'Aid types' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Military', 'Humanitarian', 'Financial']);
  });

  it('draws a bar per country and type with its value in words', () => {
    renderWithModel(<AidChart />);
    expect(screen.getByRole('img', { name: 'Australia, Military: US$308.9M' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'South Korea, Humanitarian: US$40M' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'New Zealand, Military: US$24M' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Japan, Financial: US$12B (bar cut short)' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'South Korea, Military: no stated value' })).toBeInTheDocument();
  });

  it('answers which partner gave the most military aid by mid-2022', () => {
    renderWithModel(<AidChart />, { filters: { types: ['military'], to: '2022-06-30' } });
    expect(screen.getByRole('img', { name: 'Australia, Military: US$141.9M' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'New Zealand, Military: US$24M' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Japan, Military: no stated value' })).toBeInTheDocument();
  });

  it('shows the value, the currency as printed, the date basis and the quote on keyboard focus', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['AU'], types: ['military'] } });
    await user.tab(); // Measure
    const target = screen.getByRole('img', { name: 'Australia, Military: US$308.9M' });
    act(() => target.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Australia · Military');
    expect(tooltip).toHaveTextContent('US$308.9M');
    expect(tooltip).toHaveTextContent('17 Apr 2022 · running total as of · $141.9 million (printed with a bare “$”, read as US dollars)');
    expect(tooltip).toHaveTextContent('almost AU$250 million (US$167 million) (in AUD, with the source\'s own US$ conversion)');
    expect(tooltip).toHaveTextContent('“As of April 17, Australia’s military aid to Ukraine totals $141.9 million” — Lynch, East-West Center (APB Series)');
    fireEvent.blur(target);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('marks the hovered country for every view', () => {
    renderWithModel(<AidChart />);
    fireEvent.pointerEnter(screen.getByRole('img', { name: 'New Zealand, Military: US$24M' }));
    expect(useFiltersStore.getState().hoveredCountry).toBe('NZ');
  });

  it('dims the other countries while one is hovered, and none for a country it does not show', () => {
    renderWithModel(<AidChart />, { filters: { countries: ['KR', 'AU', 'NZ'], hoveredCountry: 'AU' } });
    // A row's name, bars and labels are drawn as one group, which carries the row's opacity.
    const rowName = (name: string) => screen.getByText(name, { selector: 'svg text' }).closest('[opacity]');
    expect(rowName('South Korea')).toHaveAttribute('opacity', '0.28');
    expect(rowName('Australia')).toHaveAttribute('opacity', '1');
    act(() => useFiltersStore.setState({ hoveredCountry: 'JP' }));
    expect(rowName('South Korea')).toHaveAttribute('opacity', '1');
    expect(rowName('Australia')).toHaveAttribute('opacity', '1');
  });

  it('switches measure and layout', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />);
    await user.click(screen.getByRole('radio', { name: 'US$ per capita' }));
    expect(screen.getByRole('img', { name: 'Australia, Military: US$11.88' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Stacked' }));
    expect(useFiltersStore.getState().layout).toBe('stacked');
    expect(screen.getByRole('radio', { name: 'Stacked' })).toBeChecked();
  });

  it('shows a table of exactly the bars it draws', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['KR', 'NZ'], types: ['military', 'humanitarian'] } });
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(0, 2).map((c) => c.textContent))).toEqual([
      ['Military', 'none stated'],
      ['Humanitarian', 'US$40M'],
      ['Military', 'US$24M'],
      ['Humanitarian', 'none stated'],
    ]);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['South Korea', 'South Korea', 'New Zealand', 'New Zealand']);
    expect(within(rows[1]!).getByText(/28 Feb 2022, announced: \$10 million/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide table' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so in a sentence when nothing matches: military aid for Singapore only', () => {
    renderWithModel(<AidChart />, { filters: { countries: ['SG'], types: ['military'] } });
    expect(figure()).toHaveTextContent('The sources state no military aid with a money value for Singapore between 1 Jan 1990 and 31 Oct 2024.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says when no country or no type is selected', () => {
    renderWithModel(<AidChart />, { filters: { countries: [] } });
    expect(figure()).toHaveTextContent('No country is selected.');
  });

  it('lists contributions without a money value with their country and quote', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['AU'] } });
    const list = screen.getByRole('region', { name: 'Contributions without a stated value' });
    expect(list).toHaveTextContent('Australia · Humanitarian · as of 17 Apr 2022: food; shelter; emergency medical supplies; 70,000 tons of coal');
    expect(list).toHaveTextContent('over 6,000 humanitarian visas to Ukrainian refugees');
    await user.click(within(list).getByText(/70,000 tons of coal/, { selector: 'summary' }));
    expect(within(list).getByText(/along with food, shelter, emergency medical supplies, and 70,000 tons of coal/)).toBeVisible();
  });

  it('keeps an opened contribution open while other countries come and go', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['AU', 'NZ'] } });
    const list = () => screen.getByRole('region', { name: 'Contributions without a stated value' });
    await user.click(within(list()).getByText(/70,000 tons of coal/, { selector: 'summary' }));
    const listed = (country: string) => within(list()).queryAllByText(country, { selector: 'summary strong' }).length;
    expect(listed('New Zealand')).toBeGreaterThan(0);
    act(() => useFiltersStore.getState().setCountries(['AU']));
    expect(listed('New Zealand')).toBe(0);
    expect(listed('Australia')).toBeGreaterThan(0);
    expect(within(list()).getByText(/along with food, shelter, emergency medical supplies, and 70,000 tons of coal/)).toBeVisible();
    // Only that one is open: the entries that moved into other places did not take its state along.
    expect(within(list()).getByText(/quickly moved to send lethal as well as non-lethal aid/)).not.toBeVisible();
    expect(within(list()).getByText(/over 6,000 humanitarian visas to Ukrainian refugees/, { selector: 'blockquote' })).not.toBeVisible();
    act(() => useFiltersStore.getState().setCountries(['AU', 'NZ']));
    expect(within(list()).getByText(/along with food, shelter, emergency medical supplies, and 70,000 tons of coal/)).toBeVisible();
    expect(within(list()).getByText(/quickly moved to send lethal as well as non-lethal aid/)).not.toBeVisible();
  });

  it('shows each contribution with its own quotes and sources after the list changes', () => {
    renderWithModel(<AidChart />, { filters: { countries: ['NZ'] } });
    act(() => useFiltersStore.getState().setCountries(['AU']));
    // The entries New Zealand's contributions had are now Australia's: each must carry the quotes
    // and source of the contribution its summary names, as the dataset has them.
    const dataset = loadBundled();
    const label = (id: string) => dataset.sources.find((s) => s.id === id)!.label;
    const australian = dataset.aid.filter((r) => r.country === 'AU' && r.money === null);
    expect(australian).toHaveLength(4);
    const entries = within(screen.getByRole('region', { name: 'Contributions without a stated value' })).getAllByRole('listitem').filter((li) => li.querySelector('summary'));
    expect(entries).toHaveLength(4);
    for (const record of australian) {
      const entry = entries.find((li) => li.querySelector('summary')!.textContent!.includes(record.items[0]!.what))!;
      expect(entry.querySelector('summary')).toHaveTextContent(/^Australia · /);
      expect([...entry.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual(record.citations.map((c) => `“${c.quote}”`));
      expect([...entry.querySelectorAll('cite')].map((c) => c.textContent)).toEqual(record.citations.map((c) => `— ${label(c.source)}`));
    }
  });

  it('opens no newly listed contribution in the place of one that was open', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['NZ'] } });
    const list = () => screen.getByRole('region', { name: 'Contributions without a stated value' });
    const summaries = within(list()).getAllByText((_, el) => el?.tagName === 'SUMMARY');
    for (const summary of summaries) await user.click(summary);
    act(() => useFiltersStore.getState().setCountries(['AU']));
    // Every entry now listed is Australia's, and none was opened.
    expect(within(list()).getByText(/quickly moved to send lethal as well as non-lethal aid/)).not.toBeVisible();
    expect(within(list()).getByText(/along with food, shelter, emergency medical supplies, and 70,000 tons of coal/)).not.toBeVisible();
  });
});
