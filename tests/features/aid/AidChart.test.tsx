import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AidChart } from '../../../src/features/aid/AidChart';
import { useFiltersStore } from '../../../src/stores/filters-store';
import { loadBundled } from '../../helpers/bundled';
import { renderWithModel } from '../../helpers/render';

const figure = () => screen.getByRole('figure', { name: /Aid/ });

describe('AidChart', () => {
  it('is a figure with a title, a caption naming the question, measure and sources, a legend and how to read the bars', () => {
    renderWithModel(<AidChart />);
    expect(within(figure()).getByRole('heading', { name: 'Aid to Ukraine by country and type' })).toBeInTheDocument();
    expect(figure()).toHaveTextContent('US$ stated as of 31 Oct 2024 (From does not apply), as the sources state it');
    expect(figure()).toHaveTextContent('Lynch, East-West Center');
    const legend = within(figure()).getByRole('list', { name: 'Aid types' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Military', 'Humanitarian', 'Financial', 'Purpose not stated']);
    const notes = within(figure()).getByRole('list', { name: 'How to read the bars' });
    expect(notes).toHaveTextContent('An open end (▸): at least');
    expect(notes).toHaveTextContent('† Printed with a bare “$”; read as US dollars.');
  });

  it('draws a bar for each stated value, with its standing in words, and none for what is not stated', () => {
    renderWithModel(<AidChart />);
    // As of the last record, 31 Oct 2024. † for a bare “$”. Totals last stated in 2022 are lower bounds by then.
    expect(screen.getByRole('img', { name: 'Australia, Military: at least ≈US$308.9M†' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'South Korea, Humanitarian: at least US$10M†' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'South Korea, Purpose not stated: at least US$30M†' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'New Zealand, Military: at least US$18.5M†' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'New Zealand, Purpose not stated: at least US$5.5M†' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Japan, Financial: nearly US$12B† (bar cut short)' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /South Korea, Military/ })).not.toBeInTheDocument();
    expect(screen.getByText('No value stated: military and financial', { selector: 'svg text' })).toBeInTheDocument();
    // The bar labels carry the marks: nearly, at least, and † for a bare “$”.
    expect(screen.getByText('≈US$12B†', { selector: 'svg text' })).toBeInTheDocument();
    expect(screen.getByText('≥ ≈US$308.9M†', { selector: 'svg text' })).toBeInTheDocument();
  });

  it('answers which partner gave the most military aid by mid-2022', () => {
    renderWithModel(<AidChart />, { filters: { types: ['military'], to: '2022-06-30' } });
    expect(screen.getByRole('img', { name: 'Australia, Military: US$141.9M†' })).toBeInTheDocument();
    // New Zealand's total of $11M counts non-lethal aid alone; with the $7.5M allotted to lethal aid, at least $18.5M.
    expect(screen.getByRole('img', { name: 'New Zealand, Military: at least US$18.5M†' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Japan, Military/ })).not.toBeInTheDocument();
  });

  it('shows a range, not a sum on the later date, for growth the sources do not date', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['JP', 'AU'], types: ['financial', 'military'], from: '2023-01-01', to: '2024-12-31' } });
    await user.click(screen.getByRole('radio', { name: 'Committed From–To' }));
    expect(useFiltersStore.getState().question).toBe('within');
    expect(figure()).toHaveTextContent('US$ committed 1 Jan 2023 – 31 Dec 2024');
    expect(screen.getByRole('img', { name: 'Japan, Financial: up to nearly US$11.7B† (timing not stated) (bar cut short)' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Australia, Military: nearly US$167M' })).toBeInTheDocument();
  });

  it('reads a bare “$” as the donor’s dollar when asked, and says how', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['AU'], types: ['military'] } });
    await user.click(screen.getByRole('radio', { name: 'Donor’s own dollar' }));
    expect(useFiltersStore.getState().dollar).toBe('local');
    // $141.9M ÷ 1.44 + US$167M.
    expect(screen.getByRole('img', { name: 'Australia, Military: at least ≈US$266M†' })).toBeInTheDocument();
    const notes = within(figure()).getByRole('list', { name: 'How to read the bars' });
    expect(notes).toHaveTextContent('Australia’s figures are read as their own dollars and converted at 2022 average rates (1.44 AUD per US$;');
    // "≈" now also marks a conversion, and the caption says the figures were read so.
    expect(notes).toHaveTextContent('≈: nearly or about, as the source words it, or converted from the donor’s own dollar.');
    expect(figure()).toHaveTextContent('as the sources state it, a bare “$” read as the donor’s own dollar and converted at 2022 average rates');
  });

  it('is one Tab stop: arrow keys move between bars, Enter pins the tooltip, Escape closes it', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['AU'], types: ['military', 'humanitarian'] } });
    const military = screen.getByRole('img', { name: 'Australia, Military: at least ≈US$308.9M†' });
    const humanitarian = screen.getByRole('img', { name: 'Australia, Humanitarian: at least US$48.3M†' });
    expect(military).toHaveAttribute('tabindex', '0');
    expect(humanitarian).toHaveAttribute('tabindex', '-1');
    act(() => military.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Australia · Military');
    expect(tooltip).toHaveTextContent('at least ≈US$308.9M');
    expect(tooltip).toHaveTextContent('17 Apr 2022, running total as of: $141.9 million†');
    expect(tooltip).toHaveTextContent('Jul 2024, announced: almost AU$250 million (US$167 million)');
    expect(tooltip).toHaveTextContent('“As of April 17, Australia’s military aid to Ukraine totals $141.9 million” — Lynch, East-West Center (APB Series)');
    expect(tooltip).toHaveTextContent('aid the sources do not report may come on top');
    // How each date was read, and every quote of a statement: the summit report calls the package
    // both "the world’s largest" and "Australia’s largest single package".
    expect(tooltip).toHaveTextContent('Date: Year not printed; read as 2022');
    expect(tooltip).toHaveTextContent('Date: The report is undated; it covers the Washington summit of July 2024.');
    expect(tooltip).toHaveTextContent('the world’s largest military aid package');
    expect(tooltip).toHaveTextContent('represents Australia’s largest single package of support to Ukraine');
    await user.keyboard('{ArrowDown}');
    expect(humanitarian).toHaveFocus();
    expect(humanitarian).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Australia · Humanitarian');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Pinned: Escape, or a tap or click outside the chart, closes it.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('pins a tooltip with a tap or click, and a tap or click outside the chart closes it', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['AU'], types: ['military'] } });
    await user.click(screen.getByRole('img', { name: 'Australia, Military: at least ≈US$308.9M†' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Pinned: Escape, or a tap or click outside the chart, closes it.');
    await user.click(document.body);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('marks the hovered country for every view', () => {
    renderWithModel(<AidChart />);
    fireEvent.pointerEnter(screen.getByRole('img', { name: 'New Zealand, Military: at least US$18.5M†' }));
    expect(useFiltersStore.getState().hoveredCountry).toBe('NZ');
  });

  it('dims the other countries while one is hovered, and none for a country it does not show', () => {
    renderWithModel(<AidChart />, { filters: { countries: ['KR', 'AU', 'NZ'], hoveredCountry: 'AU' } });
    const rowName = (name: string) => screen.getByText(name, { selector: 'svg text' }).closest('[opacity]');
    expect(rowName('South Korea')).toHaveAttribute('opacity', '0.28');
    expect(rowName('Australia')).toHaveAttribute('opacity', '1');
    act(() => useFiltersStore.setState({ hoveredCountry: 'JP' }));
    expect(rowName('South Korea')).toHaveAttribute('opacity', '1');
    // An event of several countries, hovered in the timeline, highlights each of them.
    act(() => useFiltersStore.getState().setHoveredCountries(['KR', 'NZ']));
    expect(rowName('South Korea')).toHaveAttribute('opacity', '1');
    expect(rowName('Australia')).toHaveAttribute('opacity', '0.28');
  });

  it('switches measure and layout', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />);
    await user.click(screen.getByRole('radio', { name: 'US$ per capita' }));
    // At least $308.9M ÷ 26.0M people.
    const perPerson = screen.getByRole('img', { name: 'Australia, Military: at least ≈US$11.88 per person†' });
    act(() => perPerson.focus());
    // The US$ behind it keeps its standing.
    expect(await screen.findByRole('tooltip')).toHaveTextContent('at least ≈US$11.88 per person† (at least ≈US$308.9M†)');
    act(() => perPerson.blur());
    await user.click(screen.getByRole('radio', { name: 'Stacked' }));
    expect(useFiltersStore.getState().layout).toBe('stacked');
    expect(screen.getByRole('radio', { name: 'Stacked' })).toBeChecked();
  });

  it('shows a table of every country and type, “not stated” where the sources give no value', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['KR', 'NZ'], types: ['military', 'humanitarian', 'unspecified'] } });
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(0, 3).map((c) => c.textContent))).toEqual([
      // As of 31 Oct 2024; each was last stated in spring 2022.
      ['Military', 'not stated', 'not stated'],
      ['Humanitarian', 'at least US$10M†', 'at least (aid the sources do not report may come on top)'],
      ['Purpose not stated', 'at least US$30M†', 'at least (aid the sources do not report may come on top)'],
      ['Military', 'at least US$18.5M†', 'at least (aid the sources do not report may come on top)'],
      ['Humanitarian', 'not stated', 'not stated'],
      ['Purpose not stated', 'at least US$5.5M†', 'at least (aid the sources do not report may come on top)'],
    ]);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['South Korea', 'South Korea', 'South Korea', 'New Zealand', 'New Zealand', 'New Zealand']);
    expect(within(rows[1]!).getByText(/28 Feb 2022, took place: \$10 million†/)).toBeInTheDocument();
    expect(within(rows[5]!).getByText(/the rest of \$13 million†, US\$5.5M† after the part allotted to lethal aid; its purpose is not stated/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide table' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so in a sentence when nothing matches: military aid for Singapore only', () => {
    renderWithModel(<AidChart />, { filters: { countries: ['SG'], types: ['military'] } });
    expect(figure()).toHaveTextContent('The sources state no military aid with a money value for Singapore by 31 Oct 2024.');
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
