import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { isoDay } from '../../src/model/dates';
import { buildTimelineIndex, eventsWithin } from '../../src/model/timeline';
import { sourcesInOrder, summarizeEvents, summarizeWithin, type TimelineSummary } from '../../src/model/timeline-summary';
import { ALL_TIME, windowFromIso } from '../../src/model/window';
import { loadBundled } from '../helpers/bundled';

const FOUR = ['JP', 'KR', 'AU', 'NZ'];
const TYPES = ['military', 'humanitarian', 'financial', 'unspecified'] as const;
const plain = (s: TimelineSummary) => ({ ...s, byYear: Object.fromEntries(s.byYear), byCategory: Object.fromEntries(s.byCategory), sources: Object.fromEntries(s.sources) });

describe('summarizeWithin on the bundled data', () => {
  const dataset = loadBundled();
  const index = buildTimelineIndex(dataset, FOUR);

  it('between the Madrid and Washington summits: six events, five dated only roughly, by year and category', () => {
    // The six of tests/model/timeline.test.ts: New Zealand's aircraft (dated "2022", military aid), the
    // 2023 summit and France's opposition to the liaison office (a statement dated "2023 or later"),
    // the IPCPs (11 Apr 2023), the USIP report (Feb 2024) and GALIC (Apr 2024).
    const s = summarizeWithin(index, windowFromIso('2022-07-01', '2024-06-30'), FOUR, TYPES);
    expect(s.total).toBe(6);
    expect(Object.fromEntries(s.byYear)).toEqual({ '2022': 1, '2023': 3, '2024': 2 });
    expect(Object.fromEntries(s.byCategory)).toEqual({ aid: 1, summit: 1, partnership: 1, statement: 3 });
    expect(s.rough).toBe(5);
    expect(s.periods).toBe(0);
    // By the first day an event citing them starts: the aircraft (1 Jan 2022, begun before the
    // window), then 1 Jan 2023 twice (Goto's document before the ministers' report in the
    // dataset's order), then the IPCPs' NATO page.
    expect(sourcesInOrder(s, dataset.sources.map((x) => x.id))).toEqual(['ewc-lynch', 'wilson-goto', 'defence-ministers-report', 'nato-indo-pacific-page']);
  });

  it('says the same as the events one by one, for every year, selection and aid type', () => {
    const selections: [string[], readonly (typeof TYPES)[number][]][] = [
      [FOUR, TYPES],
      [['JP'], ['financial']],
      [['KR', 'AU'], ['military', 'humanitarian']],
      [['NZ'], []],
      [[], TYPES],
    ];
    for (const [countries, types] of selections) {
      for (let year = 1989; year <= 2025; year++) {
        const window = windowFromIso(`${year}-01-01`, `${year}-12-31`);
        expect(plain(summarizeWithin(index, window, countries, types)), `${year} ${countries.join(',')}`).toEqual(plain(summarizeEvents(eventsWithin(index, window, countries, types))));
      }
      expect(plain(summarizeWithin(index, ALL_TIME, countries, types))).toEqual(plain(summarizeEvents(eventsWithin(index, ALL_TIME, countries, types))));
    }
  });
});

describe('summarizeWithin with events of several lanes', () => {
  const milestone = (id: string, countries: string[], date: string, endDate?: string) => ({
    id,
    countries,
    category: 'partnership' as const,
    title: id,
    date,
    ...(endDate ? { endDate } : {}),
    precision: (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year') as 'day' | 'month' | 'year',
    dateBasis: 'occurred' as const,
    citations: [{ source: countries.join('-'), quote: 'q' }],
  });
  const index = buildTimelineIndex(
    {
      milestones: [
        milestone('jp-kr', ['JP', 'KR'], '2022-03-10'),
        milestone('jp-kr-au-period', ['JP', 'KR', 'AU'], '2022-02-20', '2022-03-05'),
        milestone('all', FOUR, '2022-03-15'),
        milestone('jp', ['JP'], '2022-03'),
      ],
      aid: [],
    } as unknown as Dataset,
    FOUR,
  );
  const march = windowFromIso('2022-03-01', '2022-03-31');

  it('counts an event drawn in several lanes once', () => {
    // Japan and South Korea shown: both two- and three-country events sit in both lanes; with the
    // all-four event and Japan's month-dated one, four events, the period begun in February among them.
    const s = summarizeWithin(index, march, ['JP', 'KR'], []);
    expect(s.total).toBe(4);
    expect(Object.fromEntries(s.byYear)).toEqual({ '2022': 4 });
    expect(s.periods).toBe(1);
    expect(s.rough).toBe(1);
    expect(sourcesInOrder(s, [])).toEqual(['JP-KR-AU', 'JP', 'JP-KR', 'JP-KR-AU-NZ']);
  });

  it('counts only what the lanes shown hold', () => {
    // Australia alone: the three-country period and the all-four event.
    expect(summarizeWithin(index, march, ['AU'], []).total).toBe(2);
    expect(summarizeWithin(index, windowFromIso('2022-03-06', '2022-03-31'), ['AU'], []).total).toBe(1);
  });

  it('agrees with the events one by one for any window and selection', () => {
    const day = fc.integer({ min: isoDay('2022-01-01')!, max: isoDay('2022-05-01')! });
    fc.assert(
      fc.property(day, day, fc.subarray(FOUR), (a, b, countries) => {
        const window = { from: Math.min(a, b), to: Math.max(a, b) };
        expect(plain(summarizeWithin(index, window, countries, []))).toEqual(plain(summarizeEvents(eventsWithin(index, window, countries, []))));
      }),
      { numRuns: 500 },
    );
  });
});
