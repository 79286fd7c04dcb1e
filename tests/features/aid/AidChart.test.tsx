import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AidChart } from '../../../src/features/aid/AidChart';
import { useFiltersStore } from '../../../src/stores/filters-store';
import { loadBundled } from '../../helpers/bundled';
import { renderWithModel } from '../../helpers/render';

const figure = () => screen.getByRole('figure', { name: /Aid/ });

describe('AidChart', () => {
  it('reads top-down: a title, one sentence, the legend of types and standings, the chart, then its notes and sources', () => {
    renderWithModel(<AidChart />);
    expect(within(figure()).getByRole('heading', { name: 'Aid to Ukraine by country and type' })).toBeInTheDocument();
    expect(figure()).toHaveTextContent('What the sources state each country has committed to Ukraine, by type of aid, in US dollars, as of each figure’s latest statement.');
    const legend = within(figure()).getByRole('list', { name: 'How to read the bars' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Military', 'Humanitarian', 'Financial', 'Purpose not stated', 'Stated total', 'At least: more may have come']);
    const notes = within(figure()).getByRole('list', { name: 'Notes' });
    expect(notes).toHaveTextContent('Japan’s financial bar runs past the axis, drawn broken so the others stay readable; its full value is printed.');
    expect(notes).toHaveTextContent('~ nearly or about, as the source words it.');
    expect(notes).toHaveTextContent('† Printed with a bare “$”; read as US dollars.');
    expect(figure()).toHaveTextContent('Sources: Lynch, East-West Center (APB Series) — undated; events to 5 May 2022;');
  });

  it('draws a bar for each stated value, with its standing and date in words, and none for what is not stated', () => {
    renderWithModel(<AidChart />);
    // To open: each figure as of its latest statement; only Japan's nearly $12B is a stated total.
    expect(screen.getByRole('img', { name: 'Australia, Military: at least ~US$309M†, as of Jul 2024' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'South Korea, Humanitarian: at least US$10M†, as of 28 Feb 2022' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'South Korea, Purpose not stated: at least US$30M†, as of 7 Apr 2022' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'New Zealand, Military: at least US$18.5M†, as of 11 Apr 2022' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'New Zealand, Purpose not stated: at least US$5.5M†, as of 11 Apr 2022' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Japan, Financial: nearly US$12B†, as of Jul 2024 or later (bar cut short)' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /South Korea, Military/ })).not.toBeInTheDocument();
    expect(screen.getByText('No value stated: military and financial', { selector: 'svg text' })).toBeInTheDocument();
    // One sign per meaning on the face: ~ for nearly; † said once in the notes, as every value has it; the date beside.
    expect(screen.getByText('~US$12B', { selector: 'svg text' })).toBeInTheDocument();
    expect(screen.getByText('~US$309M', { selector: 'svg text' })).toBeInTheDocument();
    expect(screen.getByText('as of Jul 2024', { selector: 'svg text' })).toBeInTheDocument();
    expect(screen.getByText('as of Jul 2024 or later · up to 39× the next', { selector: 'svg text' })).toBeInTheDocument();
  });

  it('answers which partner’s stated military aid was largest by mid-2022, each figure with its date', () => {
    renderWithModel(<AidChart />, { filters: { types: ['military'], to: '2022-06-30' } });
    expect(screen.getByRole('img', { name: 'Australia, Military: at least US$141.9M†, as of 17 Apr 2022' })).toBeInTheDocument();
    // New Zealand's total of $11M counts non-lethal aid alone; with the $7.5M allotted to lethal aid, at least $18.5M.
    expect(screen.getByRole('img', { name: 'New Zealand, Military: at least US$18.5M†, as of 11 Apr 2022' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Japan, Military/ })).not.toBeInTheDocument();
  });

  it('shows a range, not a sum on the later date, for growth the sources do not date', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['JP', 'AU'], types: ['financial', 'military'], from: '2023-01-01', to: '2024-12-31' } });
    await user.click(screen.getByRole('radio', { name: 'Committed From–To' }));
    expect(screen.getByRole('radio', { name: 'Committed From–To' })).toBeChecked();
    expect(figure()).toHaveTextContent('What the sources state each country committed to Ukraine between 1 Jan 2023 and 31 Dec 2024, by type of aid, in US dollars.');
    expect(screen.getByRole('img', { name: 'Japan, Financial: up to nearly US$11.7B† (timing not stated), stated Jul 2024 or later (bar cut short)' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Australia, Military: at least ~US$167M, as of Jul 2024' })).toBeInTheDocument();
    expect(within(figure()).getByRole('list', { name: 'How to read the bars' })).toHaveTextContent('May fall within the dates: timing not stated');
  });

  it('reads a bare “$” as the donor’s dollar when asked in Settings, and says how', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['AU'], types: ['military'] } });
    await user.click(screen.getByText('Settings'));
    await user.click(screen.getByRole('radio', { name: 'Donor’s own dollar' }));
    // $141.9M ÷ 1.44 + US$167M = 265.54M, to three figures.
    expect(screen.getByRole('img', { name: 'Australia, Military: at least ~US$266M†, as of Jul 2024' })).toBeInTheDocument();
    const notes = within(figure()).getByRole('list', { name: 'Notes' });
    expect(notes).toHaveTextContent('Australia’s figures are read as their own dollars and converted at 2022 average rates (1.44 AUD per US$;');
    expect(notes).toHaveTextContent('~ nearly or about, as the source words it, or converted from the donor’s own dollar.');
  });

  it('is one Tab stop: arrow keys move between bars, Enter pins the tooltip, Escape closes it', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['AU'], types: ['military', 'humanitarian'] } });
    const military = screen.getByRole('img', { name: 'Australia, Military: at least ~US$309M†, as of Jul 2024' });
    const humanitarian = screen.getByRole('img', { name: 'Australia, Humanitarian: at least US$48.3M†, as of 17 Apr 2022' });
    expect(military).toHaveAttribute('tabindex', '0');
    expect(humanitarian).toHaveAttribute('tabindex', '-1');
    act(() => military.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Australia · Military');
    expect(tooltip).toHaveTextContent('at least ~US$309M†, as of Jul 2024');
    expect(tooltip).toHaveTextContent('17 Apr 2022, running total as of: $141.9 million†');
    expect(tooltip).toHaveTextContent('Jul 2024, announced: almost AU$250 million (US$167 million)');
    expect(tooltip).toHaveTextContent('“As of April 17, Australia’s military aid to Ukraine totals $141.9 million” — Lynch, East-West Center (APB Series)');
    expect(tooltip).toHaveTextContent('Nothing is stated after Jul 2024: more may have come.');
    expect(tooltip).toHaveTextContent('It ends on a package, not a running total');
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
    await user.click(screen.getByRole('img', { name: 'Australia, Military: at least ~US$309M†, as of Jul 2024' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Pinned: Escape, or a tap or click outside the chart, closes it.');
    await user.click(document.body);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('marks the hovered country for every view', () => {
    renderWithModel(<AidChart />);
    fireEvent.pointerEnter(screen.getByRole('img', { name: 'New Zealand, Military: at least US$18.5M†, as of 11 Apr 2022' }));
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
    // At least $308.9M ÷ 26.0M people = 11.88…, to three figures.
    const perPerson = screen.getByRole('img', { name: 'Australia, Military: at least ~US$11.9 per person†, as of Jul 2024' });
    act(() => perPerson.focus());
    // The US$ behind it keeps its standing.
    expect(await screen.findByRole('tooltip')).toHaveTextContent('at least ~US$11.9 per person†, as of Jul 2024 (at least ~US$309M†, as of Jul 2024)');
    act(() => perPerson.blur());
    await user.click(screen.getByText('Settings'));
    await user.click(screen.getByRole('radio', { name: 'Stacked' }));
    expect(screen.getByRole('radio', { name: 'Stacked' })).toBeChecked();
    // Australia's two types end to end, per person: at least (308.9M + 48.3M) ÷ 26.0M = 13.74….
    expect(screen.getByText('~US$13.7', { selector: 'svg text' })).toBeInTheDocument();
  });

  it('tables the values with their dates, then the types with no stated value in one row per country', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['KR', 'NZ'], types: ['military', 'humanitarian', 'unspecified'] } });
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [within(r).getByRole('rowheader').textContent, ...within(r).getAllByRole('cell').slice(0, 3).map((c) => c.textContent)])).toEqual([
      ['South Korea', 'Humanitarian', 'at least US$10M†, as of 28 Feb 2022', 'at least (aid the sources do not report may come on top)'],
      ['South Korea', 'Purpose not stated', 'at least US$30M†, as of 7 Apr 2022', 'at least (aid the sources do not report may come on top)'],
      ['New Zealand', 'Military', 'at least US$18.5M†, as of 11 Apr 2022', 'at least (aid the sources do not report may come on top)'],
      ['New Zealand', 'Purpose not stated', 'at least US$5.5M†, as of 11 Apr 2022', 'at least (aid the sources do not report may come on top)'],
      ['South Korea', 'military', 'not stated', 'not stated'],
      ['New Zealand', 'humanitarian', 'not stated', 'not stated'],
    ]);
    expect(within(rows[0]!).getByText(/28 Feb 2022, took place: \$10 million†/)).toBeInTheDocument();
    expect(within(rows[3]!).getByText(/the rest of \$13 million†, US\$5.5M† after the part allotted to lethal aid; its purpose is not stated/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide table' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so in a sentence when nothing matches: military aid for Singapore only', () => {
    renderWithModel(<AidChart />, { filters: { countries: ['SG'], types: ['military'] } });
    expect(figure()).toHaveTextContent('The sources state no military aid with a money value for Singapore.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says when no country is selected, with no legend or notes left over', () => {
    renderWithModel(<AidChart />, { filters: { countries: [] } });
    expect(figure()).toHaveTextContent('No country is selected.');
    expect(within(figure()).queryByRole('list', { name: 'How to read the bars' })).not.toBeInTheDocument();
    expect(within(figure()).queryByRole('list', { name: 'Notes' })).not.toBeInTheDocument();
  });

  it('lists contributions without a money value with their country and quote', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['AU'] } });
    const list = screen.getByRole('group', { name: 'Contributions without a stated value' });
    // Folded under the chart: one line, opened by a click.
    expect(within(list).getByText(/70,000 tons of coal/, { selector: 'summary' })).not.toBeVisible();
    await user.click(within(list).getByRole('heading', { name: 'Contributions without a stated value' }));
    expect(list).toHaveTextContent('Australia · Humanitarian · as of 17 Apr 2022: food; shelter; emergency medical supplies; 70,000 tons of coal');
    expect(list).toHaveTextContent('over 6,000 humanitarian visas to Ukrainian refugees');
    await user.click(within(list).getByText(/70,000 tons of coal/, { selector: 'summary' }));
    expect(within(list).getByText(/along with food, shelter, emergency medical supplies, and 70,000 tons of coal/)).toBeVisible();
  });

  it('keeps an opened contribution open while other countries come and go', async () => {
    const user = userEvent.setup();
    renderWithModel(<AidChart />, { filters: { countries: ['AU', 'NZ'] } });
    const list = () => screen.getByRole('group', { name: 'Contributions without a stated value' });
    await user.click(within(list()).getByRole('heading', { name: 'Contributions without a stated value' }));
    await user.click(within(list()).getByText(/70,000 tons of coal/, { selector: 'summary' }));
    const listed = (country: string) => within(list()).queryAllByText(new RegExp(`^${country} · `), { selector: 'summary' }).length;
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
    const entries = within(screen.getByRole('group', { name: 'Contributions without a stated value' })).getAllByRole('listitem').filter((li) => li.querySelector('summary'));
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
    const list = () => screen.getByRole('group', { name: 'Contributions without a stated value' });
    await user.click(within(list()).getByRole('heading', { name: 'Contributions without a stated value' }));
    const summaries = within(list()).getAllByText((_, el) => el?.tagName === 'SUMMARY' && el.parentElement !== list());
    for (const summary of summaries) await user.click(summary);
    act(() => useFiltersStore.getState().setCountries(['AU']));
    // Every entry now listed is Australia's, and none was opened.
    expect(within(list()).getByText(/quickly moved to send lethal as well as non-lethal aid/)).not.toBeVisible();
    expect(within(list()).getByText(/along with food, shelter, emergency medical supplies, and 70,000 tons of coal/)).not.toBeVisible();
  });
});
