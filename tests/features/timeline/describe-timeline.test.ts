import { describe, expect, it } from 'vitest';
import { lightTheme } from '../../../src/components/theme';
import { describeTimeline, eventCountries, type TimelineDescribeInput } from '../../../src/features/timeline/describe-timeline';
import { buildModel, resolveFilters } from '../../../src/model/dataset-model';
import { eventsWithin } from '../../../src/model/timeline';
import { summarizeWithin } from '../../../src/model/timeline-summary';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());
const TYPES = ['military', 'humanitarian', 'financial', 'unspecified'] as const;

/** The description for some filters, as the screen builds it (the table's events listed). */
function describe2022(countries: string[], overrides: Partial<TimelineDescribeInput> = {}, types: readonly (typeof TYPES)[number][] = TYPES) {
  const filters = resolveFilters(model, { countries, types: [...types], from: '2022-01-01', to: '2022-12-31', measure: 'usd' });
  const summary = summarizeWithin(model.timeline, filters.window, filters.countries, filters.types);
  const events = eventsWithin(model.timeline, filters.window, filters.countries, filters.types);
  return describeTimeline({ model, filters, summary, list: false, barMax: 0, compressed: true, zoomedTo: null, events, theme: lightTheme, ...overrides });
}

describe('the timeline’s description', () => {
  it('gives one sentence under the title, the documents once each in the footer, and explains the axis only where there is one', () => {
    const d = describe2022(['JP']);
    expect(d.subtitle).toBe('Milestones of the partnerships of Japan with NATO, and their aid to Ukraine, 1 Jan 2022 – 31 Dec 2022, as the sources date them.');
    expect(d.sources).toHaveLength(1);
    const named = d.sources[0]!.replace(/^Sources: /, '').replace(/\.$/, '').split('; ');
    expect(new Set(named).size).toBe(named.length);
    expect(named.some((n) => n.startsWith('Lynch, East-West Center (APB Series)'))).toBe(true);
    expect(d.notes).toEqual([expect.stringMatching(/^Each marker sits at the start of the date its source gives/), expect.stringMatching(/^Each month is as wide as its events need/), 'Aid events follow the aid-type filter.', expect.stringMatching(/^† Printed with a bare “\$”/)]);
    // On a phone the milestones are a list by year: no axis to explain.
    expect(describe2022(['JP'], { list: true }).notes.join(' ')).not.toContain('Each month');
  });

  it('explains † once when an aid event shown has a bare "$" amount, and not otherwise', () => {
    // South Korea's $10 million of 28 Feb 2022 and $30 million of 7 Apr 2022.
    expect(describe2022(['KR']).notes).toContain('† Printed with a bare “$”, as its source gives it; the aid charts read it as US dollars.');
    // Japan in 2022 without its loans (financial): vests and equipment, no amount.
    expect(describe2022(['JP'], {}, ['military']).notes.join(' ')).not.toContain('†');
  });

  it('explains the arrow of a date begun before the dates shown only where one is drawn', () => {
    const labels = (overrides: Partial<TimelineDescribeInput>) => describe2022(['JP'], overrides).legend.map((i) => i.label);
    expect(labels({ begunBefore: true })).toContain('Date begins before the dates shown');
    expect(labels({})).not.toContain('Date begins before the dates shown');
    // The phone's list has no plot edge.
    expect(labels({ begunBefore: true, list: true })).not.toContain('Date begins before the dates shown');
  });

  it('says only why it is empty, with no legend, notes or sources, when no country is selected', () => {
    const d = describe2022([]);
    expect(d.empty).toBe('No country is selected. Choose one or more under Countries in the filters.');
    expect(d.notes).toEqual([]);
    expect(d.legend).toEqual([]);
    expect(d.sources).toEqual([]);
    expect(d.inWords).toBe(d.empty);
  });

  it('says when From is after To', () => {
    const filters = resolveFilters(model, { countries: ['JP'], types: [...TYPES], from: '2023-01-01', to: '2022-01-01', measure: 'usd' });
    const summary = summarizeWithin(model.timeline, filters.window, filters.countries, filters.types);
    expect(describeTimeline({ model, filters, summary, list: false, barMax: 0, compressed: false, zoomedTo: null, events: [], theme: lightTheme }).empty).toBe('The date range is empty: From is after To.');
  });

  it('has a table row and a CSV row for every event listed, with the same countries in words', () => {
    const d = describe2022(['NZ']);
    expect(d.table.rows).toHaveLength(d.csv.rows.length);
    const sanctions = d.table.rows.find((r) => r.key === 'nz-2022-03-09-sanctions')!;
    expect(sanctions.cells).toEqual(['announced 9 Mar 2022', 'New Zealand', 'Sanctions', 'Sanctions on Russia announced', expect.any(String)]);
    const madrid = d.csv.rows.find((r) => r[5] === 'Madrid: first NATO Summit with the four partners')!;
    expect(madrid.slice(0, 5)).toEqual(['2022-06', 'month', null, 'Japan, South Korea, Australia and New Zealand', 'Summit or leaders’ meeting']);
  });

  it('names the days shown when zoomed in, for the export', () => {
    const d = describe2022(['JP'], { zoomedTo: [19_083, 19_113] });
    expect(d.filters).toEqual(['Countries: Japan · Aid types: Military, Humanitarian, Financial and Purpose not stated · Dates: 1 Jan 2022 – 31 Dec 2022', 'Zoomed in: 1 Apr 2022 – 1 May 2022']);
    expect(describe2022(['JP']).filters).toHaveLength(1);
  });
});

describe('region-wide statements and dates "or later" in the table and CSV', () => {
  const filters = resolveFilters(model, { countries: ['JP', 'KR', 'AU', 'NZ'], types: [...TYPES], from: '2023-01-01', to: '2024-10-31', measure: 'usd' });
  const events = eventsWithin(model.timeline, filters.window, filters.countries, filters.types);
  const d = describeTimeline({ model, filters, summary: summarizeWithin(model.timeline, filters.window, filters.countries, filters.types), list: false, barMax: 0, compressed: true, zoomedTo: null, events, theme: lightTheme });
  const row = (id: string) => d.table.rows.find((r) => r.key === id)!.cells;
  const csv = (title: string) => d.csv.rows.find((r) => r[5] === title)!;

  it('says a statement about the region does not name the four one by one, in the table and the CSV', () => {
    for (const id of ['ip4-2024-07-blinken-new-landscape', 'ip4-2024-07-china-decisive-enabler', 'ip4-2024-07-china-reply', 'ip4-2024-10-austin-co-belligerents']) expect(row(id)[1], id).toBe('Indo-Pacific region (the four not named one by one)');
    expect(csv('Blinken on removing barriers between European alliances and Indo-Pacific coalitions')[3]).toBe('Indo-Pacific region (the four not named one by one)');
    // A statement that names them does list them.
    expect(row('ip4-2024-07-stoltenberg-shared-challenges')[1]).toBe('Japan, South Korea, Australia and New Zealand');
  });

  it('dates an undated statement written after its date "or later", in every form', () => {
    expect(row('ip4-2024-07-itpp')[0]).toBe('as of Jul 2024 or later');
    expect(row('jp-2023-liaison-office')[0]).toBe('2023 or later');
    expect(csv('Each partner has signed an Individually Tailored Partnership Programme (ITPP)').slice(0, 2)).toEqual(['2024-07', 'month or later']);
    expect(row('ip4-2024-07-washington-summit')[0]).toBe('Jul 2024');
  });
});

describe('an event’s countries in words', () => {
  it('lists them, or says a region-wide statement does not name them one by one', () => {
    const names = model.countryNames;
    expect(eventCountries({ countries: ['JP', 'KR'] }, names)).toBe('Japan and South Korea');
    expect(eventCountries({ countries: ['JP', 'KR', 'AU', 'NZ'], regionWide: true }, names)).toBe('Indo-Pacific region (the four not named one by one)');
  });
});
