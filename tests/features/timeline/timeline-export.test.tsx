import { render, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExportRegistryContext, type ExportRegistry } from '../../../src/components/export-spec';
import { lightTheme } from '../../../src/components/theme';
import { FALLBACK_WIDTH } from '../../../src/components/use-element-width';
import { ModelContext } from '../../../src/stores/use-model';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { buildModel } from '../../../src/model/dataset-model';
import { buildTimelineExport } from '../../../src/features/timeline/timeline-export';
import { isoDay } from '../../../src/model/dates';
import { resolveFilters } from '../../../src/model/dataset-model';
import { kindsFor, laneLists } from '../../../src/model/timeline';
import { useFiltersStore } from '../../../src/stores/filters-store';
import { loadBundled } from '../../helpers/bundled';
import { resetFilters } from '../../helpers/render';

const round = (v: string | null) => (v === null ? null : v.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)));

/** What a person compares between two drawings: the axis labels where they are, and each event where it is. */
function drawn(root: Element) {
  return {
    ticks: [...root.querySelectorAll('text')].filter((t) => t.parentElement!.getAttribute('transform')?.endsWith(',0)')).map((t) => `${t.textContent}@${round(t.parentElement!.getAttribute('transform'))}`),
    // An event of two countries (not all four) is drawn in each lane: numbered in drawing order.
    markers: new Map([...root.querySelectorAll('path[data-event]')].map((p, i, all) => [`${p.getAttribute('data-event')}#${all.slice(0, i).filter((q) => q.getAttribute('data-event') === p.getAttribute('data-event')).length}`, round(p.getAttribute('transform'))])),
  };
}

describe('the exported timeline', () => {
  for (const countries of [['NZ'], ['JP', 'KR', 'AU', 'NZ'], ['AU']]) {
    it(`has the screen's axis and marks for ${countries.join(', ')}, with every event of a "+N" badge drawn`, () => {
      resetFilters({ countries });
      const model = buildModel(loadBundled());
      const registry: ExportRegistry = new Map();
      const { container } = render(
        <ModelContext.Provider value={model}>
          <ExportRegistryContext.Provider value={registry}>
            <Timeline />
          </ExportRegistryContext.Provider>
        </ModelContext.Provider>,
      );
      const screenSvg = within(container).getByRole('group', { name: /Partnership milestones: \d+ events shown/ });
      const screen = drawn(screenSvg);
      const badges = [...screenSvg.querySelectorAll('[aria-label$="open the list"]')].reduce((n, b) => n + Number(/^(\d+)/.exec(b.getAttribute('aria-label')!)![1]), 0);

      const spec = registry.get('milestones')!();
      const host = document.createElement('div');
      host.innerHTML = `<svg>${renderToStaticMarkup(spec.chart(FALLBACK_WIDTH, lightTheme).marks)}</svg>`;
      const exported = drawn(host);

      expect(exported.ticks).toEqual(screen.ticks);
      expect(screen.ticks.length).toBeGreaterThan(5);
      // Every marker of the screen is in the export, at the same place …
      for (const [key, at] of screen.markers) expect(exported.markers.get(key), key).toBe(at);
      // … and the events the screen gathers in badges are drawn too.
      expect(exported.markers.size).toBe(screen.markers.size + badges);
      expect(host.querySelector('[aria-label$="open the list"]')).toBeNull();
    });
  }

  it('describes in words what it shows', () => {
    resetFilters({ countries: ['NZ'], to: '2022-12-31' });
    const model = buildModel(loadBundled());
    const registry: ExportRegistry = new Map();
    render(
      <ModelContext.Provider value={model}>
        <ExportRegistryContext.Provider value={registry}>
          <Timeline />
        </ExportRegistryContext.Provider>
      </ModelContext.Provider>,
    );
    // New Zealand's lane and the lane of all four to the end of 2022: NZ's partnership of 2001, the
    // foreign ministers of December 2020, and 2022's sanctions, aid and meetings.
    const description = registry.get('milestones')!().description!;
    expect(description).toMatch(/^\d+ events for New Zealand between 1 Jan 1990 and 31 Dec 2022\. Most fall in 2022 \(\d+\)/);
    expect(description).toContain('By category: Partnership 1, Ministerial meeting 2,');
  });

  it('says so when zoomed in: the image shows fewer days than the filters name', () => {
    resetFilters({ countries: ['JP'] });
    const model = buildModel(loadBundled());
    const filters = resolveFilters(model, useFiltersStore.getState());
    const lanes = [{ key: 'JP', label: 'Japan', country: 'JP' }];
    const listsOf = (lane: string) => laneLists(model.timeline, lane, kindsFor(filters.types));
    const visible: [number, number] = [isoDay('2022-02-01')!, isoDay('2022-07-31')!];
    const zoomed = buildTimelineExport({ title: 'Partnership milestones', model, filters, lanes, listsOf, placements: [], visible, zoom: { k: 8, x: -3 } });
    expect(zoomed.filters).toEqual(['Countries: Japan · Aid types: Military, Humanitarian, Financial and Purpose not stated · Dates: 1 Jan 1990 – 31 Oct 2024', 'Zoomed in: 1 Feb 2022 – 31 Jul 2022']);
    const whole = buildTimelineExport({ title: 'Partnership milestones', model, filters, lanes, listsOf, placements: [], visible: model.extent! });
    expect(whole.filters).toHaveLength(1);
  });
});
