import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lightTheme } from '../../../src/components/theme';
import { buildAidExport } from '../../../src/features/aid/aid-export';
import { buildOilExport } from '../../../src/features/oil/oil-export';
import { buildTimelineExport } from '../../../src/features/timeline/timeline-export';
import { aidCells, inKindWithin } from '../../../src/model/aid';
import { buildModel, resolveFilters } from '../../../src/model/dataset-model';
import { isoDay } from '../../../src/model/dates';
import { oilRows } from '../../../src/model/oil';
import { ALL_PARTNERS_LANE, eventsWithin, kindsFor, laneLists, lanesOf } from '../../../src/model/timeline';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());
const filters = resolveFilters(model, { countries: ['KR', 'NZ'], types: ['military', 'humanitarian'], from: '2022-01-01', to: '2022-12-31', measure: 'usd' });

describe('view exports', () => {
  it('aid: a CSV row per bar with units, the amounts and how they were printed', () => {
    const cells = aidCells(model.aid, filters.countries, filters.types, filters.window);
    const spec = buildAidExport({ title: 'Aid', model, filters, cells, inKind: inKindWithin(model.aid, filters.countries, filters.types, filters.window), layout: 'grouped' });
    expect(spec.csv.rows.map((r) => r.slice(0, 6))).toEqual([
      ['South Korea', 'KR', 'Military', 0, 'US$', 0],
      ['South Korea', 'KR', 'Humanitarian', 40e6, 'US$', 40e6],
      ['New Zealand', 'NZ', 'Military', 24e6, 'US$', 24e6],
      ['New Zealand', 'NZ', 'Humanitarian', 0, 'US$', 0],
    ]);
    expect(spec.csv.rows[1]![10]).toBe('28 Feb 2022, announced: $10 million (printed with a bare “$”, read as US dollars); 7 Apr 2022, announced: $30 million (printed with a bare “$”, read as US dollars)');
    expect(spec.filters).toEqual(['Countries: South Korea and New Zealand · Aid types: Military and Humanitarian · Dates: 1 Jan 2022 – 31 Dec 2022 · Measure: US$']);
    expect(spec.sources).toEqual(['Sources: Lynch, East-West Center (APB Series) — undated; events to 5 May 2022.']);
    expect(spec.notes.join(' ')).toContain('Also given, without a stated value: New Zealand: intelligence analysts');
    expect(spec.legend(lightTheme).map((l) => l.label)).toEqual(['Military', 'Humanitarian']);
    expect(spec.chart(600, lightTheme).width).toBe(600);
  });

  it('oil: barrels, unit and share per country', () => {
    const { rows, total } = oilRows(model.dataset.oil, filters.countries, filters.window);
    const spec = buildOilExport({ title: 'Oil', model, filters, rows, total });
    expect(spec.csv.rows.map((r) => r.slice(0, 6))).toEqual([
      ['South Korea', 'KR', 11_650_000, 'barrels', 0.304043, 38_317_000],
      ['New Zealand', 'NZ', 867_000, 'barrels', 0.022627, 38_317_000],
    ]);
    expect(spec.filters[0]).not.toContain('Aid types');
  });

  it('timeline: one CSV row per event drawn, with its quote', () => {
    const events = eventsWithin(model.timeline, filters.window, filters.countries, filters.types);
    const placements = events.map((event) => ({ event, lanes: lanesOf(event, model.partners, filters.countries) }));
    const spec = buildTimelineExport({
      title: 'Milestones',
      model,
      filters,
      listsOf: (lane: string) => laneLists(model.timeline, lane, kindsFor(filters.types)),
      lanes: [{ key: ALL_PARTNERS_LANE, label: 'All four', country: null }, { key: 'KR', label: 'South Korea', country: 'KR' }, { key: 'NZ', label: 'New Zealand', country: 'NZ' }],
      placements,
      visible: [isoDay('2022-01-01')!, isoDay('2022-12-31')!],
    });
    expect(spec.csv.rows).toHaveLength(placements.length);
    const cyber = spec.csv.rows.find((r) => r[5] === 'First in Asia to join NATO’s Cyber Defense Group')!;
    expect(cyber.slice(0, 5)).toEqual(['2022-05-05', 'day', null, 'South Korea', 'Cyber']);
    expect(cyber[8]).toBe('On May 5, South Korea became the first in Asia to join NATO’s Cyber Defense Group');
    // No lane of the bundled data is crowded: no count bars, no note on them.
    expect(spec.chart(900, lightTheme).notes).toEqual([]);
  });

  it('timeline: a crowded lane exports as count bars, with the tallest count in a note', () => {
    const dataset = loadBundled();
    const template = dataset.milestones.find((m) => m.countries.length === 1 && m.countries[0] === 'JP')!;
    const crowd = Array.from({ length: 250 }, (_, i) => ({ ...template, id: `crowd-${i}`, date: '2022-08-10', precision: 'day' as const, endDate: undefined }));
    const crowded = buildModel({ ...dataset, milestones: [...dataset.milestones, ...crowd] });
    const japan = resolveFilters(crowded, { countries: ['JP'], types: ['military', 'humanitarian', 'financial'], from: '2022-01-01', to: '2022-12-31', measure: 'usd' });
    const placements = eventsWithin(crowded.timeline, japan.window, japan.countries, japan.types).map((event) => ({ event, lanes: lanesOf(event, crowded.partners, japan.countries) }));
    const spec = buildTimelineExport({
      title: 'Milestones',
      model: crowded,
      filters: japan,
      listsOf: (lane: string) => laneLists(crowded.timeline, lane, kindsFor(japan.types)),
      lanes: [{ key: 'JP', label: 'Japan', country: 'JP' }],
      placements,
      visible: [isoDay('2022-01-01')!, isoDay('2022-12-31')!],
    });
    const chart = spec.chart(900, lightTheme);
    // The 250 events of 10 August share a column with no other event of Japan's in 2022.
    expect(chart.notes).toEqual(['In crowded lanes a grey bar stands for the events of its stretch, its height their number; the tallest holds 250.']);
    const markup = renderToStaticMarkup(chart.marks);
    // The tallest bar fills the band of the lane's three rows.
    expect(markup).toMatch(/<rect x="[\d.]+" y="8" width="[\d.]+" height="60"/);
    // Exported marks are pictures: no buttons.
    expect(markup).not.toContain('role="button"');
  });
});
