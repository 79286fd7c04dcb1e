import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lightTheme } from '../../../src/components/theme';
import { buildAidExport } from '../../../src/features/aid/aid-export';
import { computeAid, selectAid } from '../../../src/features/aid/compute-aid';
import { everyValueBare } from '../../../src/model/aid-words';
import { computeOil, oilSeries } from '../../../src/features/oil/compute-oil';
import { describeOil } from '../../../src/features/oil/describe-oil';
import { buildOilExport } from '../../../src/features/oil/oil-export';
import { computeTimeline, everyStartList } from '../../../src/features/timeline/compute-timeline';
import { buildDensityAxis, NO_ZOOM } from '../../../src/features/timeline/timeline-axis';
import { buildTimelineExport } from '../../../src/features/timeline/timeline-export';
import { TimelineMarks } from '../../../src/features/timeline/TimelineMarks';
import { buildModel, resolveFilters } from '../../../src/model/dataset-model';
import { isoDay } from '../../../src/model/dates';
import { ALL_PARTNERS_LANE, eventsWithin, kindsFor, laneLists, lanesOf } from '../../../src/model/timeline';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());
const filters = resolveFilters(model, { countries: ['KR', 'NZ'], types: ['military', 'humanitarian'], from: '2022-01-01', to: '2022-12-31', measure: 'usd' });

describe('view exports', () => {
  it('aid: a CSV row per country and type, a value only where one is stated, with its standing, its date and how it was printed', () => {
    const selection = selectAid(model, filters, 'within', 'usd');
    const spec = buildAidExport({ model, filters, question: 'within', reading: 'usd', layout: 'grouped', ...selection });
    expect(spec.csv.columns.slice(0, 13)).toEqual(['Country', 'Country code', 'Aid type', 'Question', 'From', 'To', 'Standing', 'As of (latest statement behind the certain value)', 'Qualifier', 'Value', 'Value (most, for a range)', 'Unit', 'As shown']);
    const rows = spec.csv.rows.map((r) => [r[0], r[2], r[6], r[7], r[8], typeof r[9] === 'number' ? Math.round(r[9] / 1e5) / 10 : r[9], r[12]]);
    const atLeast = 'at least (aid the sources do not report may come on top)';
    expect(rows).toEqual([
      ['South Korea', 'Military', 'not stated', null, null, null, 'not stated'],
      // The $10M package of 28 February; nothing bounds the rest of 2022. The $30M package of 7 April names no type.
      ['South Korea', 'Humanitarian', atLeast, '2022-02-28', 'exact', 10, 'at least US$10M†, as of 28 Feb 2022'],
      // $11M of non-lethal aid (as of 21 March) and the $7.5M allotted to lethal aid (11 April).
      ['New Zealand', 'Military', atLeast, '2022-04-11', 'exact', 18.5, 'at least US$18.5M†, as of 11 Apr 2022'],
      ['New Zealand', 'Humanitarian', 'not stated', null, null, null, 'not stated'],
    ]);
    expect(spec.csv.rows[1]!.slice(3, 6)).toEqual(['Committed From–To', '2022-01-01', '2022-12-31']);
    expect(spec.csv.rows[1]![13]).toBe('bare “$” (not stated)');
    expect(spec.csv.rows[1]![14]).toBe('US dollars');
    expect(spec.csv.rows[1]![15]).toBe('28 Feb 2022, took place: $10 million†');
    // The image's subtitle is a sentence; the filters in words are what its citation names.
    expect(spec.subtitle).toBe('What the sources state each country committed to Ukraine between 1 Jan 2022 and 31 Dec 2022, by type of aid, in US dollars.');
    expect(spec.filters).toEqual(['Countries: South Korea and New Zealand · Aid types: Military and Humanitarian · Committed between 1 Jan 2022 and 31 Dec 2022 · Measure: US$ · A bare “$” read as US dollars']);
    expect(spec.sources).toEqual(['Sources: Lynch, East-West Center (APB Series) — undated; events to 5 May 2022.']);
    // An image has no controls: its notes point at none.
    expect(spec.notes[0]).toBe('† Printed with a bare “$”; read as US dollars. New Zealand’s figures may be in their own dollars: at 2022 average rates that is NZD 36.3% less in US$.');
    // The long list of contributions without a value is a detail: the 2× and 1920 px images give it, the slide and square do not.
    expect(spec.notes.join(' ')).not.toContain('Also given');
    expect(spec.details!.join(' ')).toContain('Also given, without a stated value: New Zealand: intelligence analysts');
    expect(spec.legend(lightTheme).map((l) => l.label)).toEqual(['Military', 'Humanitarian', 'At least: more may have come']);
    expect(spec.chart(600, lightTheme).width).toBe(600);
  });

  it('aid: the export draws the same bars, labels and notes as the screen lays out at that width', () => {
    const selection = selectAid(model, filters, 'within', 'usd');
    const spec = buildAidExport({ model, filters, question: 'within', reading: 'usd', layout: 'grouped', ...selection });
    const screen = computeAid({ cells: selection.cells, countries: filters.countries.map((code) => ({ code, name: model.countryNames.get(code)! })), types: filters.types, measure: 'usd', indicators: model.indicators, layout: 'grouped', width: 720, daggerOnce: everyValueBare(selection.cells) });
    const exported = renderToStaticMarkup(spec.chart(720, lightTheme).marks);
    const texts = [...exported.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const row of screen.rows) {
      expect(texts).toContain(row.name);
      for (const label of row.labels) {
        expect(texts).toContain(label.text);
        if (label.date) expect(texts).toContain(label.date.text);
      }
      if (row.note) expect(texts).toContain(row.note.text);
    }
    const rects = [...exported.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/g)].map((m) => m.slice(1, 4).map((v) => Math.round(Number(v))));
    for (const bar of screen.bars) expect(rects).toContainEqual([bar.x, bar.y, bar.width].map(Math.round));
  });

  it('oil: barrels, unit and share per country', () => {
    const description = describeOil({ series: oilSeries(model.dataset.oil, filters.countries, filters.window), model, filters });
    const layoutInput = { bars: description.bars, axisLabel: description.axisLabel };
    const spec = buildOilExport({ description, layout: computeOil(layoutInput, 600), layoutInput });
    expect(spec.fileParts).toEqual({ countries: ['KR', 'NZ'], from: '2022-01-01', to: '2022-12-31' });
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
    expect(spec.subtitle).toBe('Milestones of the partnerships of South Korea and New Zealand with NATO, and their aid to Ukraine, 1 Jan 2022 – 31 Dec 2022, as the sources date them.');
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

  it('timeline: a crowded lane exports at the screen’s width the very bars and markers the screen draws', () => {
    // A lane of Japan's with an event every other day of 2022, a third of them dated to their month
    // alone (their dashed lines fill the rows): too many to draw one by one, on screen or in an image.
    const dataset = loadBundled();
    const template = dataset.milestones.find((m) => m.countries.length === 1 && m.countries[0] === 'JP')!;
    const crowd = Array.from({ length: 180 }, (_, i) => {
      const day = new Date(Date.UTC(2022, 0, 1 + i * 2)).toISOString().slice(0, 10);
      return { ...template, id: `crowd-${i}`, date: i % 3 ? day : day.slice(0, 7), precision: i % 3 ? ('day' as const) : ('month' as const), endDate: undefined };
    });
    const crowded = buildModel({ ...dataset, milestones: [...dataset.milestones, ...crowd] });
    const japan = resolveFilters(crowded, { countries: ['JP'], types: ['military', 'humanitarian', 'financial'], from: '2022-01-01', to: '2022-12-31', measure: 'usd' });
    const lanes = [{ key: 'JP', label: 'Japan', country: 'JP' }];
    const listsOf = (lane: string) => laneLists(crowded.timeline, lane, kindsFor(japan.types));
    const visible = [isoDay('2022-01-01')!, isoDay('2022-12-31')!] as const;
    const placements = eventsWithin(crowded.timeline, japan.window, japan.countries, japan.types).map((event) => ({ event, lanes: lanesOf(event, crowded.partners, japan.countries) }));
    const spec = buildTimelineExport({ title: 'Milestones', model: crowded, filters: japan, listsOf, lanes, placements, visible });
    const axis = buildDensityAxis(everyStartList(crowded), visible);
    for (const width of [700, 1100]) {
      const screen = computeTimeline({ lanes, listsOf, axis, zoom: NO_ZOOM, width });
      const lane = screen.lanes[0]!.layout;
      expect(lane.clusters.filter((c) => c.column).length).toBeGreaterThan(0);
      const markup = renderToStaticMarkup(spec.chart(width, lightTheme).marks);
      const counts = (html: string) => ({ markers: (html.match(/data-marker|<path[^>]*transform="translate/g) ?? []).length, bars: (html.match(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="[^"]+" rx/g) ?? []).length });
      expect(counts(markup)).toEqual(counts(renderToStaticMarkup(<TimelineMarks layout={screen} theme={lightTheme} highlighted={[]} />)));
      expect(spec.chart(width, lightTheme).notes).toEqual([`In crowded lanes a grey bar stands for the events of its stretch, its height their number; the tallest holds ${screen.barMax}.`]);
    }
  });
});
