import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { useFiltersStore } from '../../../src/stores/filters-store';
import { loadBundled } from '../../helpers/bundled';
import { renderWithModel } from '../../helpers/render';

const figure = () => screen.getByRole('figure', { name: /Milestones/i });
const tabStop = () => within(figure()).getAllByRole('button').find((b) => b.getAttribute('tabindex') === '0' && b.hasAttribute('aria-pressed'))!;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Timeline', () => {
  it('is a figure with a lane per selected country and one for all four', () => {
    renderWithModel(<Timeline />);
    const svg = within(figure()).getByRole('group', { name: /Partnership milestones: \d+ events shown/ });
    for (const lane of ['All four', 'Japan', 'South Korea', 'Australia', 'New Zealand']) expect(within(svg).getByText(lane)).toBeInTheDocument();
    expect(within(svg).queryByText('Singapore')).not.toBeInTheDocument();
  });

  it('lists what happened between the Madrid and Washington summits in its table', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />, { filters: { from: '2022-07-01', to: '2024-06-30' } });
    await user.click(within(figure()).getByRole('button', { name: 'Show table' }));
    const rows = within(within(figure()).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]!.textContent)).toEqual([
      'Intelligence analysts and aircraft to move donated military provisions',
      'NATO Summit with the four partners, for the second year',
      'France opposes a NATO liaison office in Tokyo',
      'Individual Partnership Cooperation Programmes with each partner',
      'USIP report on what makes the four attractive partners for NATO',
      'USIP analyst Mirna Galic on what Russia’s invasion taught the four',
    ]);
    // The date as the views say it: the programmes are stated as of the NATO page's last update.
    expect(within(rows[3]!).getByRole('rowheader')).toHaveTextContent(/^as of 11 Apr 2023$/);
  });

  it('shows an event’s details and quote when it is selected, puts it in the link, and hides them again', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />, { filters: { from: '2022-06-01', to: '2022-06-30' } });
    await user.click(screen.getByRole('button', { name: /Madrid: first NATO Summit/ }));
    const details = screen.getByRole('region', { name: 'Selected event' });
    expect(details).toHaveTextContent('Madrid: first NATO Summit with the four partners');
    expect(details).toHaveTextContent('Jun 2022 · Summit or leaders’ meeting · Japan, South Korea, Australia and New Zealand');
    expect(details).toHaveTextContent('“To this end, in Madrid in June 2022, the partners from the Indo-Pacific region participated for the first time in a NATO Summit.”');
    expect(useFiltersStore.getState().event).toBe('ip4-2022-06-madrid-summit');
    await user.click(within(details).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Selected event' })).not.toBeInTheDocument();
    expect(useFiltersStore.getState().event).toBeNull();
  });

  it('opens the details of the event a link names', () => {
    renderWithModel(<Timeline />, { filters: { event: 'nz-2022-03-09-sanctions' } });
    expect(screen.getByRole('region', { name: 'Selected event' })).toHaveTextContent('Sanctions on Russia announced');
    expect(screen.getByRole('button', { name: /9 Mar 2022, New Zealand: Sanctions/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says so when a link names an event the data does not have, and selects none', () => {
    renderWithModel(<Timeline />, { filters: { event: 'no-such-event' } });
    expect(useFiltersStore.getState().notices).toEqual(['Ignored “no-such-event” in “event”: no event of this dataset has that id.']);
    expect(useFiltersStore.getState().event).toBeNull();
    expect(screen.queryByRole('region', { name: 'Selected event' })).not.toBeInTheDocument();
  });

  it('moves in reading order: Right and Left along the lanes, Down and Up between them, Enter opens one', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />, { filters: { countries: ['NZ'], from: '2022-03-01', to: '2022-04-30' } });
    expect(within(figure()).getAllByRole('button').filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    act(() => tabStop().focus());
    // The first lane is the one of all four; its first event is the foreign ministers' meeting of
    // 6–7 April. Each name gives the date as the views say it, with its end and what it means.
    expect(document.activeElement).toHaveAccessibleName(/^6 Apr 2022 – 7 Apr 2022, All four: /);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/, New Zealand: /);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/, New Zealand: /);
    await user.keyboard('{Home}{ArrowDown}{Home}');
    expect(document.activeElement).toHaveAccessibleName(/^6 Apr 2022 – 7 Apr 2022, All four: /);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/^announced 11 Apr 2022, New Zealand: /);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toHaveAccessibleName(/^as of 21 Mar 2022, New Zealand: A total of \$11 million/);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Selected event' })).toHaveTextContent('as of 21 Mar 2022');
  });

  it('keeps the focused marker on its event when a filter change redraws the lane', () => {
    // Japan's 19 April 2022: military equipment, the leaders' call and loans, one above the other.
    // Without military aid the call moves up a row; a marker keyed by its place would become the loans.
    renderWithModel(<Timeline />, { filters: { countries: ['JP'], from: '2022-04-01', to: '2022-04-30' } });
    act(() => screen.getByRole('button', { name: /^19 Apr 2022, Japan: .*leaders/i }).focus());
    act(() => useFiltersStore.getState().toggleType('military', false));
    expect(screen.queryByRole('button', { name: /^19 Apr 2022, Japan: .*equipment/i })).not.toBeInTheDocument();
    expect(document.activeElement).toHaveAccessibleName(/^19 Apr 2022, Japan: .*leaders/i);
    expect(tabStop()).toHaveAccessibleName(/^19 Apr 2022, Japan: .*leaders/i);
  });

  it('names an event, its date as the source gives it and its category on hover, and highlights its countries', () => {
    renderWithModel(<Timeline />, { filters: { from: '2022-03-01', to: '2022-04-30' } });
    fireEvent.pointerEnter(screen.getByRole('button', { name: /^as of 21 Mar 2022, New Zealand: / }));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('A total of $11 million† in non-lethal military assistance');
    expect(tip).toHaveTextContent('as of 21 Mar 2022');
    expect(tip).toHaveTextContent('Aid · New Zealand');
    expect(useFiltersStore.getState().hoveredCountries).toEqual(['NZ']);
    expect(useFiltersStore.getState().hoveredCountry).toBe('NZ');
    fireEvent.pointerLeave(screen.getByRole('button', { name: /^as of 21 Mar 2022, New Zealand: / }));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(useFiltersStore.getState().hoveredCountries).toEqual([]);
  });

  it('highlights every country of an event of several', () => {
    renderWithModel(<Timeline />, { filters: { from: '2022-06-01', to: '2022-06-30' } });
    act(() => screen.getByRole('button', { name: /Madrid: first NATO Summit/ }).focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('Summit or leaders’ meeting · Japan, South Korea, Australia and New Zealand');
    expect(useFiltersStore.getState().hoveredCountries).toEqual(['JP', 'KR', 'AU', 'NZ']);
    expect(useFiltersStore.getState().hoveredCountry).toBeNull();
  });

  it('opens a "+N" badge of events on one day into a list to choose from', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />, { filters: { countries: ['AU'], from: '2022-04-01', to: '2022-04-30' } });
    await user.click(screen.getByRole('button', { name: /^\d more events in Australia, 17 Apr 2022: open the list$/ }));
    const list = screen.getByRole('dialog', { name: /events in Australia, 17 Apr 2022$/ });
    const items = within(list).getAllByRole('button', { pressed: false });
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(document.activeElement).toBe(items[0]);
    await user.click(items[0]!);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Selected event' })).toHaveTextContent('as of 17 Apr 2022');
  });

  it('has a "+N" badge hold exactly the N events its list names, more than the markers drawn beside it', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />, { filters: { from: '2024-07-01', to: '2024-07-31' } });
    const badge = screen.getByRole('button', { name: /more events in All four, Jul 2024: open the list$/ });
    const n = Number(/^\+(\d+)$/.exec(badge.textContent!)![1]);
    await user.click(badge);
    const list = screen.getByRole('dialog', { name: `${n} more events in All four, Jul 2024` });
    expect(within(list).getAllByRole('listitem')).toHaveLength(n);
    // None of them is drawn as a marker too.
    for (const item of within(list).getAllByRole('listitem')) {
      const title = item.textContent!.replace(/^.*?\d{4}( or later)?\s*/, '');
      expect(within(figure()).queryByRole('button', { name: new RegExp(`All four: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 30)}`) })).not.toBeInTheDocument();
    }
  });

  it('shows the span of a date given only to the month while its hollow marker is hovered, and not before', () => {
    renderWithModel(<Timeline />, { filters: { from: '2022-06-01', to: '2022-06-30' } });
    const madrid = screen.getByRole('button', { name: /Madrid: first NATO Summit/ });
    const figureSvg = within(figure()).getByRole('group', { name: /events shown/ });
    expect(figureSvg.querySelector('[data-span]')).toBeNull();
    fireEvent.pointerEnter(madrid);
    expect(figureSvg.querySelector('[data-span="ip4-2022-06-madrid-summit"]')).not.toBeNull();
    fireEvent.pointerLeave(madrid);
    expect(figureSvg.querySelector('[data-span]')).toBeNull();
  });

  it('says in the details that a region-wide statement does not name the four one by one', () => {
    renderWithModel(<Timeline />, { filters: { event: 'ip4-2024-07-blinken-new-landscape' } });
    expect(screen.getByRole('region', { name: 'Selected event' })).toHaveTextContent('Jul 2024 · Statement or analysis · Indo-Pacific region (the four not named one by one)');
  });

  it('closes a badge’s list with Escape', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />, { filters: { countries: ['AU'], from: '2022-04-01', to: '2022-04-30' } });
    await user.click(screen.getByRole('button', { name: /more events in Australia, 17 Apr 2022/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toHaveAccessibleName(/more events in Australia, 17 Apr 2022/);
  });

  it('highlights a country when its lane is hovered', () => {
    renderWithModel(<Timeline />);
    fireEvent.pointerEnter(within(figure()).getByText('Australia'));
    expect(useFiltersStore.getState().hoveredCountry).toBe('AU');
  });

  describe('says why it is empty', () => {
    it('when no country is selected: that sentence alone, with no sources, legend or zoom to use', () => {
      renderWithModel(<Timeline />, { filters: { countries: [] } });
      expect(within(figure()).getByRole('status')).toHaveTextContent('No country is selected. Choose one or more under Countries in the filters.');
      expect(figure()).not.toHaveTextContent('Sources');
      expect(within(figure()).queryByRole('list', { name: 'Event categories' })).not.toBeInTheDocument();
      // Zooming cannot change an empty chart: its controls are not offered.
      expect(within(figure()).queryByRole('button', { name: 'Zoom in' })).not.toBeInTheDocument();
      expect(within(figure()).queryByText(/Ctrl \+ scroll/)).not.toBeInTheDocument();
    });

    it('when From is after To', () => {
      renderWithModel(<Timeline />, { filters: { from: '2023-01-01', to: '2022-01-01' } });
      expect(within(figure()).getByRole('status')).toHaveTextContent('The date range is empty: From is after To.');
    });

    it('when nothing falls within the filters', () => {
      renderWithModel(<Timeline />, { filters: { countries: ['SG'], from: '2024-01-01' } });
      expect(within(figure()).getByRole('status')).toHaveTextContent('No milestones or aid announcements for Singapore between 1 Jan 2024 and 31 Oct 2024.');
    });
  });

  it('moves From and To from the keyboard on the date strip', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />, { filters: { from: '2022-03-01', to: '2022-04-30' } });
    act(() => screen.getByRole('slider', { name: 'From date' }).focus());
    await user.keyboard('{ArrowRight}');
    expect(useFiltersStore.getState().from).toBe('2022-04-01');
    act(() => screen.getByRole('slider', { name: 'To date' }).focus());
    await user.keyboard('{PageUp}');
    expect(useFiltersStore.getState().to).toBe('2023-04-30');
    expect(screen.getByRole('slider', { name: 'To date' })).toHaveAttribute('aria-valuetext', '30 Apr 2023');
  });

  it('shows a list of the events by year on a phone', async () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 340, height: 600, top: 0, left: 0, right: 340, bottom: 600, x: 0, y: 0, toJSON: () => ({}) });
    const user = userEvent.setup();
    renderWithModel(<Timeline />, { filters: { countries: ['NZ'], to: '2022-12-31' } });
    const list = within(figure()).getByRole('group', { name: 'Milestones by year' });
    expect(within(list).getAllByRole('heading').map((h) => h.textContent)).toEqual(['2001', '2020', '2022']);
    expect(within(figure()).queryByRole('button', { name: 'Zoom in' })).not.toBeInTheDocument();
    // The date strip under the list has no margin for its name: it is named above it.
    expect(within(figure()).getByText('Date range', { selector: 'p' })).toBeInTheDocument();
    // Fewer than a hundred events: all of them, and no "Show more".
    expect(within(list).queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
    const sanctions = within(list).getByRole('button', { name: /Sanctions on Russia announced/ });
    await user.click(sanctions);
    // The details open under the event tapped, in its list item, not at the foot of the list.
    expect(sanctions).toHaveAttribute('aria-expanded', 'true');
    const details = within(sanctions.closest('li')!).getByRole('region', { name: 'Selected event' });
    expect(details).toHaveTextContent('9 Mar 2022 · Sanctions · New Zealand');
    expect(within(details).getByRole('heading', { level: 4 })).toHaveTextContent('Sanctions on Russia announced');
    expect(screen.getAllByRole('region', { name: 'Selected event' })).toHaveLength(1);
    // Close puts the keyboard back on the event.
    await user.click(within(details).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Selected event' })).not.toBeInTheDocument();
    expect(sanctions).toHaveFocus();
    expect(sanctions).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows a large list on a phone a hundred events at a time', async () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 340, height: 600, top: 0, left: 0, right: 340, bottom: 600, x: 0, y: 0, toJSON: () => ({}) });
    const user = userEvent.setup();
    const dataset = loadBundled();
    const template = dataset.milestones.find((m) => m.countries.length === 1 && m.countries[0] === 'JP')!;
    // 250 events in July 2019, a month of no event in the bundled data.
    const crowd = Array.from({ length: 250 }, (_, i) => ({ ...template, id: `crowd-${String(i).padStart(3, '0')}`, title: `Crowd event ${i + 1}`, date: '2019-07-10', precision: 'day' as const, endDate: undefined }));
    renderWithModel(<Timeline />, { dataset: { ...dataset, milestones: [...dataset.milestones, ...crowd] }, filters: { countries: ['JP'], from: '2019-07-01', to: '2019-07-31' } });
    const list = within(figure()).getByRole('group', { name: 'Milestones by year' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
    expect(list).toHaveTextContent('Showing 100 of 250 events, in date order; narrow the dates or countries for fewer.');
    await user.click(within(list).getByRole('button', { name: 'Show 100 more' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(200);
    // The keyboard goes on from the first event added.
    expect(document.activeElement).toBe(within(within(list).getAllByRole('listitem')[100]!).getByRole('button'));
    expect(within(document.activeElement as HTMLElement).getByText('Crowd event 101')).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: 'Show 50 more' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(250);
    expect(within(list).queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
    expect(list).not.toHaveTextContent('Showing');
  });

  it('shows an event selected by the link in the phone’s list, however far down it is', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 340, height: 600, top: 0, left: 0, right: 340, bottom: 600, x: 0, y: 0, toJSON: () => ({}) });
    const dataset = loadBundled();
    const template = dataset.milestones.find((m) => m.countries.length === 1 && m.countries[0] === 'JP')!;
    const crowd = Array.from({ length: 250 }, (_, i) => ({ ...template, id: `crowd-${String(i).padStart(3, '0')}`, title: `Crowd event ${i + 1}`, date: '2019-07-10', precision: 'day' as const, endDate: undefined }));
    renderWithModel(<Timeline />, { dataset: { ...dataset, milestones: [...dataset.milestones, ...crowd] }, filters: { countries: ['JP'], from: '2019-07-01', to: '2019-07-31', event: 'crowd-179' } });
    const list = within(figure()).getByRole('group', { name: 'Milestones by year' });
    // The 180th of 250: the list shows up to it, with the rest to come.
    expect(within(list).getAllByRole('button', { expanded: false }).filter((b) => b.textContent?.startsWith('Crowd'))).toHaveLength(179);
    expect(within(list).getByRole('button', { name: /Crowd event 180/, expanded: true })).toBeInTheDocument();
    expect(within(list).getByRole('region', { name: 'Selected event' })).toHaveTextContent('Crowd event 180');
    expect(list).toHaveTextContent('Showing 180 of 250 events');
  });

  it('draws a crowded lane as bars of counts, chosen with the pointer or the arrow keys and zoomed into', async () => {
    const user = userEvent.setup();
    const dataset = loadBundled();
    const template = dataset.milestones.find((m) => m.countries.length === 1 && m.countries[0] === 'JP')!;
    const crowd = (n: number, date: string) => Array.from({ length: n }, (_, i) => ({ ...template, id: `crowd-${date}-${i}`, date, precision: 'day' as const, endDate: undefined }));
    renderWithModel(<Timeline />, { dataset: { ...dataset, milestones: [...dataset.milestones, ...crowd(300, '2019-07-10'), ...crowd(200, '2016-03-15')] } });
    expect(within(figure()).getByRole('list', { name: 'Event categories' })).toHaveTextContent('Crowded stretch: bar height is its number of events (tallest 300)');
    const slider = within(figure()).getByRole('slider', { name: 'Crowded stretches of Japan: arrow keys choose one, Enter zooms in to it' });
    expect(slider).toHaveAttribute('aria-valuetext', '200 events in Japan, 15 Mar 2016 to 15 Mar 2016');
    act(() => slider.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('200 events');
    await user.keyboard('{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuetext', '300 events in Japan, 10 Jul 2019 to 10 Jul 2019');
    expect(screen.getByRole('tooltip')).toHaveTextContent('300 events');
    await user.keyboard('{Home}{Enter}');
    expect(within(figure()).getByRole('button', { name: 'Zoom out' })).toBeEnabled();
  });

  it('puts the zoom in the link and takes it from there', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />);
    await user.click(within(figure()).getByRole('button', { name: 'Zoom in' }));
    expect(useFiltersStore.getState().zoom).toMatch(/^2,-?\d+(\.\d+)?$/);
    await user.click(within(figure()).getByRole('button', { name: 'Reset zoom' }));
    expect(useFiltersStore.getState().zoom).toBeNull();
    // From a link: four times, the third quarter of the axis in view.
    act(() => useFiltersStore.getState().setZoom('4,-2'));
    expect(within(figure()).getByRole('button', { name: 'Zoom out' })).toBeEnabled();
    // Other dates are another axis: the zoom goes, from the chart and the link.
    act(() => useFiltersStore.getState().setFrom('2020-01-01'));
    expect(within(figure()).getByRole('button', { name: 'Zoom out' })).toBeDisabled();
    expect(useFiltersStore.getState().zoom).toBeNull();
  });

  it('has zoom buttons for keyboard users', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />);
    const zoomOut = within(figure()).getByRole('button', { name: 'Zoom out' });
    expect(zoomOut).toBeDisabled();
    await user.click(within(figure()).getByRole('button', { name: 'Zoom in' }));
    expect(zoomOut).toBeEnabled();
    await user.click(within(figure()).getByRole('button', { name: 'Reset zoom' }));
    expect(zoomOut).toBeDisabled();
  });
});
