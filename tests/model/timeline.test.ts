import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/model/dates';
import { ALL_PARTNERS_LANE, buildTimelineIndex, markBareDollars, datasetExtent, eventsWithin, kindsFor, laneKeysFor, laneLists, lanesOf, type TimelineEvent } from '../../src/model/timeline';
import { ALL_TIME, windowFromIso } from '../../src/model/window';
import { loadBundled } from '../helpers/bundled';

const FOUR = ['JP', 'KR', 'AU', 'NZ'];
const TYPES = ['military', 'humanitarian', 'financial', 'unspecified'] as const;

describe('timeline', () => {
  const dataset = loadBundled();
  const index = buildTimelineIndex(dataset, FOUR);

  it('holds every milestone and every aid record, each lane in date order', () => {
    expect(index.events).toHaveLength(dataset.milestones.length + dataset.aid.length);
    for (const kinds of index.lanes.values()) {
      for (const list of Object.values(kinds)) {
        for (let i = 1; i < list.starts.length; i++) expect(list.starts[i]!).toBeGreaterThanOrEqual(list.starts[i - 1]!);
      }
    }
  });

  it('runs from the early 1990s (Japan) to late October 2024', () => {
    expect(index.lanes.get('JP')!.milestone.events[0]!.id).toBe('jp-partner-1990s');
    expect(datasetExtent(dataset)).toEqual([isoDay('1990-01-01'), isoDay('2024-10-31')]);
    expect(datasetExtent(dataset, index)).toEqual(datasetExtent(dataset));
  });

  it('between the Madrid (June 2022) and Washington (July 2024) summits: the 2023 summit, the liaison-office dispute, IPCPs and two USIP pieces', () => {
    const between = eventsWithin(index, windowFromIso('2022-07-01', '2024-06-30'), FOUR, TYPES);
    expect(between.map((e) => e.id)).toEqual([
      // Dated only "2022" by its source, so it may fall in the window.
      'nz-2022-analysts-aircraft',
      'ip4-2023-summit',
      'jp-2023-liaison-office',
      'ip4-2023-04-ipcp',
      'ip4-2024-02-usip-report',
      'ip4-2024-04-galic',
    ]);
  });

  it('shows an event whose period overlaps the window', () => {
    // Japan's partnership dates from the 1990s: a window in 1995 holds it.
    expect(eventsWithin(index, windowFromIso('1995-06-01', '1995-06-30'), ['JP'], TYPES).map((e) => e.id)).toEqual(['jp-partner-1990s']);
    // The April 2022 meeting ran 6–7 April: a window of 7 April alone holds it.
    expect(eventsWithin(index, windowFromIso('2022-04-07', '2022-04-07'), FOUR, TYPES).map((e) => e.id)).toEqual([
      'nz-2022-analysts-aircraft',
      'ip4-2022-04-06-foreign-ministers',
      'kr-2022-04-07-package',
    ]);
  });

  it('filters by country and leaves aid events of unselected types out', () => {
    const nz2022 = eventsWithin(index, windowFromIso('2022-01-01', '2022-12-31'), ['NZ'], ['humanitarian']);
    expect(nz2022.every((e) => e.countries.includes('NZ'))).toBe(true);
    expect(nz2022.some((e) => e.kind === 'aid')).toBe(false);
    expect(nz2022.map((e) => e.id)).toContain('nz-2022-03-09-sanctions');
    expect(eventsWithin(index, ALL_TIME, [], TYPES)).toEqual([]);
  });

  it('puts events of all four partners in their own lane, others in each country’s lane', () => {
    const byId = new Map(index.events.map((e) => [e.id, e]));
    expect(lanesOf(byId.get('ip4-2022-06-madrid-summit')!, FOUR, FOUR)).toEqual([ALL_PARTNERS_LANE]);
    expect(lanesOf(byId.get('kr-2022-05-05-cyber')!, FOUR, FOUR)).toEqual(['KR']);
    expect(lanesOf(byId.get('kr-2022-05-05-cyber')!, FOUR, ['JP'])).toEqual([]);
  });

  it('reads the same events as the lanes shown, merged, for every year, country and aid type', () => {
    // What the lanes hold: each shown lane's lists of the selected kinds, overlapping the window, each event once.
    const fromLanes = (window: ReturnType<typeof windowFromIso>, countries: string[], types: readonly (typeof TYPES)[number][]) => {
      const seen = new Map<string, TimelineEvent>();
      for (const lane of laneKeysFor(index, countries))
        for (const list of laneLists(index, lane, kindsFor(types))) for (const e of list.events) if (e.start <= window.to && e.end >= window.from) seen.set(e.id, e);
      return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1)).map((e) => e.id);
    };
    const selections: [string[], readonly (typeof TYPES)[number][]][] = [
      [FOUR, TYPES],
      [['JP'], ['financial']],
      [['KR', 'AU'], ['military', 'humanitarian']],
      [['NZ'], []],
    ];
    for (let year = 1989; year <= 2025; year++) {
      const window = windowFromIso(`${year}-01-01`, `${year}-12-31`);
      for (const [countries, types] of selections) expect(eventsWithin(index, window, countries, types).map((e) => e.id), `${year} ${countries.join(',')}`).toEqual(fromLanes(window, countries, types));
    }
    expect(eventsWithin(index, ALL_TIME, FOUR, TYPES).map((e) => e.id)).toEqual(fromLanes(ALL_TIME, FOUR, TYPES));
  });

  it('marks each amount printed with a bare "$" in an aid event’s title with †, as the aid views do, and no other', () => {
    const index = buildTimelineIndex(loadBundled());
    const title = (id: string) => index.events.find((e) => e.id === id)!.title;
    // The summaries of the data, with the amounts their sources print.
    expect(title('nz-2022-04-11-aid')).toBe('Another $13 million† in aid, $7.5 million† of it allotted to lethal aid');
    expect(title('jp-2022-04-19-loans')).toBe('Loans to Kyiv to increase from $100 million† to $300 million†');
    expect(title('jp-2024-07-financial')).toBe('Nearly $12 billion† in financial assistance committed');
    // Printed as AU$ and US$: nothing to mark.
    expect(title('au-2024-07-package')).toBe('Australia’s largest single package: almost AU$250 million (US$167 million)');
    expect(title('jp-2022-03-vests')).toBe('Bulletproof vests');
    expect(markBareDollars('$2.6 million and US$5 and AU$1')).toBe('$2.6 million† and US$5 and AU$1');
  });
});
