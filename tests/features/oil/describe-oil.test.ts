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
  return { words: describeOilInWords(input).join(' '), description: describeOil(input) };
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
    expect(description.subtitle).toBe(
      "Barrels each country released from its emergency stocks in the International Energy Agency members' response to the Ukraine war in 2022, and its share of the 23,367,000 barrels released by Japan and New Zealand.",
    );
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
    expect(description.notes).toEqual([
      { text: note, kind: 'gap' },
      { text: 'Not affected by the aid-type filter.', kind: 'page' },
    ]);
    expect(description.table.rows.at(-1)!.cells).toEqual(['New Zealand', '—', '—', '2021, outside the dates chosen', 'Lynch, East-West Center (APB Series)']);
    expect(description.csv.rows.at(-1)).toEqual(['New Zealand', 'NZ', null, 'barrels', null, 37_450_000, '2021', 'outside the dates chosen', 'Lynch, East-West Center (APB Series)', null, null]);
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

  it('gives a release the dates cut its own standing, “2022, no day given”, with the shares still of the four', () => {
    // To = 1 Feb 2022 cuts the year 2022, to which alone each release is dated: each may fall after To.
    const { words, description } = describeWith(loadBundled(), ['JP', 'NZ'], null, '2022-02-01');
    expect(words).toBe(
      'Japan released more oil, 22,500,000 barrels, 58.7% of the four’s 38,317,000 barrels; New Zealand released 867,000 (2.3%). Every release shown is dated 2022, no day given: each may fall outside the dates chosen.',
    );
    expect(description.bars.map((b) => [b.label, b.note])).toEqual([
      ['22,500,000 barrels · 58.7%', '2022, no day given'],
      ['867,000 barrels · 2.3%', '2022, no day given'],
    ]);
    expect(description.bars[0]!.row).toMatchObject({ barrels: 22_500_000, within: 0, standing: 'may-fall-within' });
    expect(description.notes[0]).toEqual({ text: 'A lighter bar is a release the source dates only to 2022, with no day given: it may fall outside the dates chosen (1 Jan 1990 – 1 Feb 2022).', kind: 'reading' });
    expect(description.tooltips.get('oil-2022-nz')!.meta).toEqual([
      '2.3% of the four’s 38,317,000 barrels · as of 2022',
      '2022, no day given: it may fall outside the dates chosen.',
      'The source gives no date beyond the 2022 response to the war.',
    ]);
    expect(description.table.rows.map((r) => r.cells[3])).toEqual(['2022, no day given', '2022, no day given']);
    expect(description.csv.rows.map((r) => [r[6], r[7]])).toEqual([
      ['2022', '2022, no day given'],
      ['2022', '2022, no day given'],
    ]);
  });

  it('says of one release alone that it may fall outside the dates, and how much of a country’s barrels that is', () => {
    // Japan's release in two: 20,000,000 barrels dated 15 Jan 2022 (within the dates to 1 Feb) and 2,500,000 dated 2022.
    const dataset = withOil((oil) => [
      ...oil.filter((r) => r.country !== 'JP'),
      { ...oil.find((r) => r.country === 'JP')!, id: 'jp-a', barrels: 20_000_000, date: '2022-01-15', precision: 'day' as const },
      { ...oil.find((r) => r.country === 'JP')!, id: 'jp-b', barrels: 2_500_000 },
    ]);
    const { words, description } = describeWith(dataset, ['JP'], null, '2022-02-01');
    expect(description.bars[0]!.row).toMatchObject({ barrels: 22_500_000, within: 20_000_000, standing: 'may-fall-within' });
    expect(description.bars[0]!.note).toBe('2,500,000 of them 2022, no day given');
    expect(words).toBe('Japan released 22,500,000 barrels, 58.7% of the four’s 38,317,000 barrels. Japan’s release is dated 2022, no day given: it may fall outside the dates chosen.');
  });

  it('with nothing to draw, cites no total: the subtitle says what is measured, and there is no source', () => {
    const { description } = describeWith(loadBundled(), []);
    expect(description.empty).toBe('No country is selected. Choose one or more under Countries in the filters.');
    expect(description.subtitle).toBe("Barrels each country released from its emergency stocks in the International Energy Agency members' response to the Ukraine war.");
    expect(description.notes).toEqual([]);
    expect(description.sources).toEqual([]);
    expect(description.words).toEqual(['No country is selected. Choose one or more under Countries in the filters.']);
  });

  it('names the source with its date, once, and the filters for the citation', () => {
    const { description } = describeWith(loadBundled(), ['JP', 'KR'], '2022-01-01', '2022-12-31');
    expect(description.sources).toEqual([{ id: 'ewc-lynch', label: 'Lynch, East-West Center (APB Series)', date: 'undated; events to 5 May 2022' }]);
    expect(description.citation).toEqual(['Countries: Japan and South Korea · Dates: 1 Jan 2022 – 31 Dec 2022']);
    expect(description.fileParts).toEqual({ countries: ['JP', 'KR'], from: '2022-01-01', to: '2022-12-31' });
  });
});
