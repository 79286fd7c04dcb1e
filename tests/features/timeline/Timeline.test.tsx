import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { useFiltersStore } from '../../../src/stores/filters-store';
import { loadBundled } from '../../helpers/bundled';
import { renderWithModel } from '../../helpers/render';

const figure = () => screen.getByRole('figure', { name: /Milestones/i });

describe('Timeline', () => {
  it('is a figure with a lane per selected country and one for all four', () => {
    renderWithModel(<Timeline />);
    expect(figure()).toBeInTheDocument();
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
  });

  it('shows an event’s details and quote when it is selected, and hides them again', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />, { filters: { from: '2022-06-01', to: '2022-06-30' } });
    await user.click(screen.getByRole('button', { name: /Madrid: first NATO Summit/ }));
    const details = screen.getByRole('region', { name: 'Selected event' });
    expect(details).toHaveTextContent('Madrid: first NATO Summit with the four partners');
    expect(details).toHaveTextContent('Jun 2022 · Summit or leaders’ meeting · Japan, South Korea, Australia and New Zealand');
    expect(details).toHaveTextContent('“To this end, in Madrid in June 2022, the partners from the Indo-Pacific region participated for the first time in a NATO Summit.”');
    expect(details).toHaveTextContent('“Relations with partners in the Indo-Pacific region” (NATO topic page)');
    await user.click(within(details).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Selected event' })).not.toBeInTheDocument();
  });

  it('moves between events with the arrow keys and opens one with Enter', async () => {
    const user = userEvent.setup();
    renderWithModel(<Timeline />, { filters: { countries: ['NZ'], from: '2022-03-01', to: '2022-04-30' } });
    const markers = within(figure()).getAllByRole('button', { pressed: false });
    // One marker is in the tab order; the others are reached with the arrow keys.
    expect(markers.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    act(() => markers.find((m) => m.getAttribute('tabindex') === '0')!.focus());
    // Dated only "2022", it overlaps the range and is drawn at its left edge.
    expect(document.activeElement).toHaveAccessibleName(/^2022, New Zealand: Intelligence analysts/);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/9 Mar 2022, New Zealand: Sanctions on Russia announced/);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/21 Mar 2022, New Zealand: A total of \$11 million/);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Selected event' })).toHaveTextContent('as of 21 Mar 2022');
  });

  it('highlights a country when its lane is hovered', () => {
    renderWithModel(<Timeline />);
    fireEvent.pointerEnter(within(figure()).getByText('Australia'));
    expect(useFiltersStore.getState().hoveredCountry).toBe('AU');
  });

  it('says so when nothing falls within the filters', () => {
    renderWithModel(<Timeline />, { filters: { countries: ['SG'], from: '2024-01-01' } });
    expect(figure()).toHaveTextContent('No milestones or aid announcements for Singapore between 1 Jan 2024 and 31 Oct 2024.');
  });

  it('draws a crowded lane as bars of counts, chosen with the pointer or the arrow keys and zoomed into', async () => {
    const user = userEvent.setup();
    const dataset = loadBundled();
    const template = dataset.milestones.find((m) => m.countries.length === 1 && m.countries[0] === 'JP')!;
    // 300 Japanese events on one day and 200 on another, years apart: far more than the lane can draw apart.
    const crowd = (n: number, date: string) => Array.from({ length: n }, (_, i) => ({ ...template, id: `crowd-${date}-${i}`, date, precision: 'day' as const, endDate: undefined }));
    renderWithModel(<Timeline />, { dataset: { ...dataset, milestones: [...dataset.milestones, ...crowd(300, '2019-07-10'), ...crowd(200, '2016-03-15')] } });
    expect(within(figure()).getByRole('list', { name: 'Event categories' })).toHaveTextContent('Crowded stretch: bar height is its number of events (tallest 300)');
    // The whole lane's bars are one slider, one tab stop; its value names the chosen bar.
    const slider = within(figure()).getByRole('slider', { name: 'Crowded stretches of Japan: arrow keys choose one, Enter zooms in to it' });
    // The two crowds, the spring of 2022 and July 2024, when the lane's own events crowd a column.
    expect(slider).toHaveAttribute('aria-valuemax', '4');
    expect(slider).toHaveAttribute('aria-valuetext', '200 events in Japan, 15 Mar 2016 to 15 Mar 2016');
    act(() => slider.focus());
    expect(within(figure()).getByText('200 events')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuenow', '2');
    expect(slider).toHaveAttribute('aria-valuetext', '300 events in Japan, 10 Jul 2019 to 10 Jul 2019');
    expect(within(figure()).getByText('300 events')).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuenow', '4');
    expect(slider.getAttribute('aria-valuetext')).toMatch(/ events in Japan, .* 2024 to .* 2024$/);
    await user.keyboard('{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuenow', '4');
    await user.keyboard('{Home}');
    expect(slider).toHaveAttribute('aria-valuenow', '1');
    await user.keyboard('{Enter}');
    expect(within(figure()).getByRole('button', { name: 'Zoom out' })).toBeEnabled();
  });

  it('shows the count of the bar under the pointer', () => {
    const dataset = loadBundled();
    const template = dataset.milestones.find((m) => m.countries.length === 1 && m.countries[0] === 'JP')!;
    const crowd = Array.from({ length: 300 }, (_, i) => ({ ...template, id: `crowd-${i}`, date: '2019-07-10', precision: 'day' as const, endDate: undefined }));
    renderWithModel(<Timeline />, { dataset: { ...dataset, milestones: [...dataset.milestones, ...crowd] } });
    const slider = within(figure()).getByRole('slider', { name: /Crowded stretches of Japan/ });
    // The test DOM has no layout: the pointer's clientX is read as the lane's own x. The slider
    // starts at its first bar, the crowd of 2019.
    const x = Number(slider.getAttribute('x')) + 3;
    fireEvent.pointerMove(slider, { clientX: x });
    expect(within(figure()).getByText('300 events')).toBeInTheDocument();
    fireEvent.pointerMove(slider, { clientX: 0 });
    expect(within(figure()).queryByText('300 events')).not.toBeInTheDocument();
    fireEvent.pointerLeave(slider);
    expect(within(figure()).queryByText('300 events')).not.toBeInTheDocument();
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
