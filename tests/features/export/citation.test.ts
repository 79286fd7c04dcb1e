import { describe, expect, it } from 'vitest';
import { addressLine, citeView, filterItems, shortAddress } from '../../../src/features/export/citation';
import { buildModel, resolveFilters } from '../../../src/model/dataset-model';
import { describeFilters } from '../../../src/model/describe-filters';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());
const NAME = 'NATO’s Indo-Pacific partners and Ukraine';

function cite(state: Parameters<typeof resolveFilters>[1], view: { title?: string; types: boolean; measure: boolean }, link: string) {
  const filters = describeFilters(model, resolveFilters(model, state), { types: view.types, measure: view.measure });
  return citeView({ dashboardName: NAME, version: '2026-11-23', title: view.title, filters, link, accessed: '1 Dec 2026' });
}

describe('the citation of a view', () => {
  it('names the view, its filters in words, the dataset version, the link and the day accessed', () => {
    const text = cite(
      { countries: ['JP', 'KR', 'AU'], types: ['military', 'humanitarian'], from: '2022-01-01', to: '2022-12-31', measure: 'usd' },
      { title: 'Aid to Ukraine by country and type', types: true, measure: true },
      'https://example.org/?countries=JP,KR,AU&types=military,humanitarian&from=2022-01-01&to=2022-12-31',
    );
    expect(text).toBe(
      '“Aid to Ukraine by country and type” (Countries: Japan, South Korea and Australia; Aid types: Military and Humanitarian; Dates: 1 Jan 2022 – 31 Dec 2022; Measure: US$), in NATO’s Indo-Pacific partners and Ukraine, dataset version 2026-11-23. https://example.org/?countries=JP,KR,AU&types=military,humanitarian&from=2022-01-01&to=2022-12-31 (accessed 1 Dec 2026).',
    );
  });

  it('gives only the filters the view applies: the oil chart has no aid types or measure', () => {
    const text = cite(
      { countries: ['JP'], types: ['financial'], from: null, to: '2022-06-30', measure: 'gdp-share' },
      { title: 'Oil released from emergency stocks', types: false, measure: false },
      'https://example.org/?countries=JP&types=financial&to=2022-06-30&measure=gdp-share',
    );
    // From is open, so the dates start at the data's first record, 1 Jan 1990.
    expect(text).toBe(
      '“Oil released from emergency stocks” (Countries: Japan; Dates: 1 Jan 1990 – 30 Jun 2022), in NATO’s Indo-Pacific partners and Ukraine, dataset version 2026-11-23. https://example.org/?countries=JP&types=financial&to=2022-06-30&measure=gdp-share (accessed 1 Dec 2026).',
    );
  });

  it('says so when no country or type is selected, and cites the whole dashboard without a title', () => {
    const text = cite({ countries: [], types: [], from: '2023-01-01', to: '2024-10-31', measure: 'per-capita' }, { types: true, measure: true }, 'https://example.org/?countries=&types=');
    expect(text).toBe(
      'NATO’s Indo-Pacific partners and Ukraine (Countries: none; Aid types: none; Dates: 1 Jan 2023 – 31 Oct 2024; Measure: US$ per capita), dataset version 2026-11-23. https://example.org/?countries=&types= (accessed 1 Dec 2026).',
    );
  });
});

describe('filterItems', () => {
  it('splits the subtitle where it puts a “·”, keeping the “–” of a date range inside its item', () => {
    expect(filterItems(['Countries: Japan · Dates: 1 Jan 2022 – 31 Dec 2022'])).toEqual(['Countries: Japan', 'Dates: 1 Jan 2022 – 31 Dec 2022']);
  });
});

describe('the short address of a slide’s or a square’s footer', () => {
  it('is the page without its scheme, filters or trailing slash', () => {
    expect(shortAddress('https://example.org/?countries=JP,KR&to=2022-06-30')).toBe('example.org');
    expect(shortAddress('https://example.org/dashboards/ukraine/index.html?view=oil#x')).toBe('example.org/dashboards/ukraine');
    expect(shortAddress('http://127.0.0.1:4292/embed.html?view=oil')).toBe('127.0.0.1:4292/embed.html');
    expect(shortAddress('not a link')).toBe('not a link');
    expect(addressLine({ dashboardName: NAME, version: '2026-12-01', link: 'https://example.org/?countries=JP' })).toBe(`example.org · ${NAME} · dataset version 2026-12-01`);
  });
});
