import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { oilSeries } from '../../../src/features/oil/compute-oil';
import { describeOil, describeOilInWords } from '../../../src/features/oil/describe-oil';
import { buildModel, resolveFilters } from '../../../src/model/dataset-model';
import { loadBundled } from '../../helpers/bundled';

function describeWith(dataset: Dataset, countries: string[] | null, from: string | null = null, to: string | null = null) {
  const model = buildModel(dataset);
  const filters = resolveFilters(model, { countries, types: [], from, to, measure: 'usd' });
  const input = { series: oilSeries(dataset.oil, filters.countries, filters.window), model, filters };
  return { words: describeOilInWords(input), description: describeOil(input) };
}

/** The bundled data with the oil releases changed. */
const withOil = (change: (oil: Dataset['oil']) => Dataset['oil']): Dataset => {
  const dataset = loadBundled();
  return { ...dataset, oil: change(dataset.oil) };
};

describe('describeOilInWords', () => {
  it('two countries: the larger one released more', () => {
    // 11,650,000 / 38,317,000 = 30.40%; 3,300,000 / 38,317,000 = 8.61%.
    expect(describeWith(loadBundled(), ['KR', 'AU']).words).toBe("South Korea released more oil, 11,650,000 barrels, 30.4% of the four’s 38,317,000 barrels; Australia released 3,300,000 (8.6%).");
  });

  it('names the countries the total is of when they are not the four partners', () => {
    // Without South Korea's and Australia's releases: 22,500,000 + 867,000 = 23,367,000 barrels;
    // 22,500,000 / 23,367,000 = 96.29%, 867,000 / 23,367,000 = 3.71%.
    const { words, description } = describeWith(
      withOil((oil) => oil.filter((r) => r.country === 'JP' || r.country === 'NZ')),
      ['JP', 'NZ'],
    );
    expect(words).toBe('Japan released more oil, 22,500,000 barrels, 96.3% of the 23,367,000 barrels released by Japan and New Zealand; New Zealand released 867,000 (3.7%).');
    expect(description.caption).toContain('its share of the 23,367,000 barrels released by Japan and New Zealand.');
  });

  it('does not call one of two equal releases the most', () => {
    // South Korea at 22,500,000 too: 22,500,000 × 2 + 3,300,000 + 867,000 = 49,167,000 barrels;
    // 22,500,000 / 49,167,000 = 45.76%, 3,300,000 / 49,167,000 = 6.71%, 867,000 / 49,167,000 = 1.76%.
    const { words } = describeWith(
      withOil((oil) => oil.map((r) => (r.country === 'KR' ? { ...r, barrels: 22_500_000 } : r))),
      null,
    );
    expect(words).toBe("Japan released 22,500,000 barrels, 45.8% of the four’s 49,167,000 barrels; South Korea released 22,500,000 (45.8%), Australia 3,300,000 (6.7%) and New Zealand 867,000 (1.8%).");
  });

  it('says which selected country’s release lies outside the dates, in words, the table and the CSV', () => {
    // New Zealand's release moved to 2021 and the dates from 2022: 22,500,000 + 11,650,000 +
    // 3,300,000 = 37,450,000 barrels; 22,500,000 / 37,450,000 = 60.08%, 11,650,000 / 37,450,000 =
    // 31.11%, 3,300,000 / 37,450,000 = 8.81%.
    const { words, description } = describeWith(
      withOil((oil) => oil.map((r) => (r.country === 'NZ' ? { ...r, date: '2021' } : r))),
      null,
      '2022-01-01',
      '2022-12-31',
    );
    const note = 'The release recorded for New Zealand is dated 2021, outside the dates chosen.';
    expect(words).toBe(
      `Japan released the most oil, 22,500,000 barrels, 60.1% of the 37,450,000 barrels released by Japan, South Korea and Australia; South Korea released 11,650,000 (31.1%) and Australia 3,300,000 (8.8%). ${note}`,
    );
    expect(description.notes).toEqual([note]);
    expect(description.table.rows.at(-1)!.cells).toEqual(['New Zealand', '—', '—', 'Dated 2021, outside the dates chosen; Lynch, East-West Center (APB Series)']);
    expect(description.csv.rows.at(-1)).toEqual(['New Zealand', 'NZ', null, 'barrels', null, 37_450_000, '2021', 'Lynch, East-West Center (APB Series)', null, 'No release within the dates chosen.']);
  });

  it('gives a tooltip with the date as the source gives it and the quote', () => {
    const { description } = describeWith(loadBundled(), ['AU']);
    expect(description.tooltips.get('oil-2022-au')).toEqual({
      title: 'Australia',
      value: '3,300,000 barrels',
      meta: ['8.6% of the four’s 38,317,000 barrels · as of 2022', 'The source gives no date beyond the 2022 response to the war.'],
      quotes: [{ key: 'oil-2022-au-0', quote: '(Australia released 3,300,000 barrels, South Korea 11,650,000 barrels, and Japan 22,500,000 barrels)', source: 'Lynch, East-West Center (APB Series)' }],
    });
  });
});
