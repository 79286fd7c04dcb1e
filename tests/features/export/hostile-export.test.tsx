import { act } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lightTheme } from '../../../src/components/theme';
import { parseDatasetText } from '../../../src/data/validate';
import { buildAidExport } from '../../../src/features/aid/aid-export';
import { toCsv } from '../../../src/features/export/csv';
import { frameExport } from '../../../src/features/export/ExportFrame';
import { renderSvgString } from '../../../src/features/export/svg-string';
import { buildTimelineExport } from '../../../src/features/timeline/timeline-export';
import { selectAid } from '../../../src/features/aid/compute-aid';
import { buildModel, resolveFilters } from '../../../src/model/dataset-model';
import { eventsWithin, kindsFor, laneLists, lanesOf } from '../../../src/model/timeline';
import { ROOT } from '../../helpers/bundled';

const hostile = parseDatasetText(readFileSync(resolve(ROOT, 'tests/fixtures/hostile-dataset.json'), 'utf8'), 'hostile.json');
const model = buildModel(hostile);
const filters = resolveFilters(model, { countries: null, types: ['military', 'humanitarian', 'financial'], from: null, to: null, measure: 'usd' });

function svgOf(spec: Parameters<typeof frameExport>[0]): string {
  let markup = '';
  act(() => {
    markup = renderSvgString(frameExport(spec, { width: 800, theme: lightTheme, citation: 'Dashboard, dataset version 1. https://example.org/ (accessed today).' }).element);
  });
  return markup;
}

function expectInert(markup: string) {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.querySelectorAll('script, foreignObject, image, use, a, iframe')).toHaveLength(0);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name, `${el.localName}[${attr.name}]`).not.toMatch(/^on/i);
      if (attr.name !== 'xmlns') expect(attr.value, `${el.localName}[${attr.name}]`).not.toMatch(/javascript:|https?:\/\//i);
    }
  }
}

describe('exports of a dataset full of hostile strings', () => {
  it('the aid SVG keeps them as text and runs nothing', () => {
    const spec = buildAidExport({ model, filters, question: 'as-of', reading: 'usd', layout: 'grouped', ...selectAid(model, filters, 'as-of', 'usd') });
    const markup = svgOf(spec);
    expectInert(markup);
    expect(markup).toContain('&lt;img src=x onerror="window.__pwned=1"&gt; New Zealand');
    expect(markup).toContain('&lt;svg onload="window.__pwned=4"&gt;');
  });

  it('the timeline SVG keeps them as text and runs nothing', () => {
    const events = eventsWithin(model.timeline, filters.window, filters.countries, filters.types);
    const spec = buildTimelineExport({
      title: 'Milestones',
      model,
      filters,
      lanes: [{ key: 'NZ', label: model.countryNames.get('NZ')!, country: 'NZ' }],
      listsOf: (lane: string) => laneLists(model.timeline, lane, kindsFor(filters.types)),
      placements: events.map((event) => ({ event, lanes: lanesOf(event, model.partners, filters.countries) })),
      visible: [model.extent![0], model.extent![1]],
    });
    expectInert(svgOf(spec));
  });

  it('the CSV guards formulas and keeps markup as plain text', () => {
    const spec = buildAidExport({ model, filters, question: 'as-of', reading: 'usd', layout: 'grouped', ...selectAid(model, filters, 'as-of', 'usd'), inKind: [] });
    const csv = toCsv(spec.csv.columns, spec.csv.rows);
    const military = csv.split('\r\n').find((line) => line.includes(',Military,'))!;
    expect(military.startsWith('"<img src=x onerror=""window.__pwned=1""> New Zealand",NZ,Military,')).toBe(true);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
