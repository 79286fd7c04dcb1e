import { describe, expect, it } from 'vitest';
import { countOf, describeCounts, describeDataset, sourceName } from '../../../src/features/dataset/describe-dataset';
import { buildModel } from '../../../src/model/dataset-model';
import { loadBundled } from '../../helpers/bundled';
import minimal from '../../fixtures/minimal-dataset.json';
import type { Dataset } from '../../../src/data/schema';

describe('countOf and describeCounts', () => {
  it('uses the singular for one and says “no” for none', () => {
    expect(countOf(1, 'aid record', 'aid records')).toBe('1 aid record');
    expect(countOf(0, 'aid record', 'aid records')).toBe('no aid records');
    expect(countOf(12345, 'milestone', 'milestones')).toBe('12,345 milestones');
    expect(describeCounts(minimal as Dataset)).toBe('1 aid record, 1 oil release and 1 milestone');
  });
});

describe('describeDataset', () => {
  it('speaks of the data shown: its title, countries, years and sources', () => {
    expect(describeDataset(buildModel(minimal as Dataset))).toEqual({
      title: 'New Zealand, from the East-West Center article',
      intro: '1 aid record, 1 oil release and 1 milestone for New Zealand, 2022. Every record gives a quote from its source.',
      sources: 'Source: Lynch, East-West Center (APB Series).',
    });
  });

  it('uses the dataset’s own description when it has one, and names the indicators’ source', () => {
    const bundled = loadBundled();
    const text = describeDataset(buildModel({ ...bundled, meta: { ...bundled.meta, description: 'Our own account.' } }));
    expect(text.intro).toBe('Our own account.');
    expect(text.sources).toBe(
      'Sources: Lynch, East-West Center (APB Series); Goto, Wilson Center; “NATO and Indo-Pacific partners get closer” (Washington summit report); “Indo-Pacific partners pledge NATO cooperation”; “Relations with partners in the Indo-Pacific region” (NATO topic page). GDP and population: World Bank, World Development Indicators (NY.GDP.MKTP.CD, SP.POP.TOTL), 2022, three significant figures.',
    );
  });
});

describe('sourceName', () => {
  it('names a dataset by its file, its link, or as the bundled one', () => {
    expect(sourceName({ kind: 'bundled' })).toBe('the bundled dataset');
    expect(sourceName({ kind: 'url', url: '/uploads/nz.json' })).toBe('/uploads/nz.json');
    expect(sourceName({ kind: 'kept', name: 'aid.csv', savedAt: 1 })).toBe('aid.csv');
  });
});
