import { describe, expect, it } from 'vitest';
import { DatasetError, MAX_PROBLEMS_SHOWN, formatPath, parseDataset, parseDatasetText } from '../../src/data/validate';
import { bundledJson } from '../helpers/bundled';

function problemsOf(raw: unknown) {
  const result = parseDataset(raw);
  if (result.ok) throw new Error('expected the dataset to be refused');
  return result;
}

const messages = (raw: unknown) => problemsOf(raw).problems.map((p) => `${p.path}: ${p.message}`);

describe('parseDataset', () => {
  it('accepts the bundled dataset', () => {
    expect(parseDataset(bundledJson()).ok).toBe(true);
  });

  it('names the record and field of an impossible date', () => {
    const raw = bundledJson();
    raw.aid[12]!.date = '2022-13-01';
    expect(messages(raw)).toEqual(['aid[12].date: "2022-13-01" is not a date']);
  });

  it('refuses 30 February', () => {
    const raw = bundledJson();
    raw.milestones[0]!.date = '2022-02-30';
    raw.milestones[0]!.precision = 'day';
    expect(messages(raw)).toEqual(['milestones[0].date: "2022-02-30" is not a date']);
  });

  it('refuses a date whose form does not match its precision', () => {
    const raw = bundledJson();
    raw.aid[0]!.precision = 'day'; // date is "2022-03"
    expect(messages(raw)).toEqual(['aid[0].date: "2022-03" does not have the form of a day (precision "day")']);
  });

  it('refuses a negative amount', () => {
    const raw = bundledJson();
    (raw.aid[1]!.money as { amount: number }).amount = -5;
    expect(messages(raw)).toEqual(['aid[1].money.amount: -5 is negative; an amount must be zero or more']);
  });

  it('refuses an unknown country code', () => {
    const raw = bundledJson();
    raw.aid[2]!.country = 'XX';
    expect(messages(raw)).toEqual(['aid[2].country: "XX" is not in countries']);
  });

  it('refuses something that is not a country code at all', () => {
    const raw = bundledJson();
    raw.oil[0]!.country = 'Japan';
    expect(messages(raw)).toEqual(['oil[0].country: "Japan" is not a two-letter country code']);
  });

  it('refuses duplicate ids across collections', () => {
    const raw = bundledJson();
    raw.milestones[3]!.id = raw.aid[0]!.id;
    expect(messages(raw)).toEqual(['milestones[3].id: duplicate id "jp-2022-03-vests"']);
  });

  it('refuses a citation of a source that does not exist', () => {
    const raw = bundledJson();
    (raw.aid[0]!.citations as { source: string }[])[0]!.source = 'nowhere';
    expect(messages(raw)).toEqual(['aid[0].citations[0].source: "nowhere" is not in sources']);
  });

  it('accepts a record without a citation (a dataset of your own may quote nothing)', () => {
    const raw = bundledJson();
    raw.oil[1]!.citations = [];
    expect(parseDataset(raw).ok).toBe(true);
  });

  it('refuses an end date before the start', () => {
    const raw = bundledJson();
    const meeting = raw.milestones.findIndex((m) => m.endDate);
    raw.milestones[meeting]!.endDate = '2022-04-01';
    expect(messages(raw)).toEqual([`milestones[${meeting}].endDate: "2022-04-01" is before the date "2022-04-06"`]);
  });

  it('refuses a field it does not know, so a misspelt one is not silently dropped', () => {
    const raw = bundledJson();
    raw.aid[0]!.ammount = 5;
    expect(messages(raw)).toEqual(['aid[0]: has a field the format does not know: "ammount"']);
  });

  it('says a field is missing, and what a value of the wrong kind is not', () => {
    const raw = bundledJson();
    delete raw.aid[0]!.country;
    raw.aid[1]!.items = 'vests';
    raw.oil[0]!.barrels = '867,000';
    expect(messages(raw)).toEqual(['aid[0].country: is missing', 'aid[1].items: "vests" is not a list', 'oil[0].barrels: "867,000" is not a number']);
  });

  it('names the values a field may take', () => {
    const raw = bundledJson();
    raw.aid[0]!.type = 'weapons';
    expect(messages(raw)).toEqual(['aid[0].type: "weapons" is not one of military, humanitarian, financial, unspecified']);
  });

  it('gives the data as the file has it, nothing dropped, trimmed or added', () => {
    const raw = bundledJson();
    const result = parseDataset(raw);
    expect(result.ok && result.data).toEqual(raw);
  });

  it('says so when the value is not a dataset object at all', () => {
    expect(messages([1, 2, 3])).toEqual([': is not a dataset object']);
    expect(messages(null)).toEqual([': is not a dataset object']);
  });

  it('names a missing collection', () => {
    const raw = bundledJson();
    delete (raw as Record<string, unknown>).milestones;
    expect(messages(raw)).toEqual(['milestones: is missing']);
  });

  it(`lists at most ${MAX_PROBLEMS_SHOWN} problems and counts the rest`, () => {
    const raw = bundledJson();
    raw.aid.forEach((r) => (r.date = 'someday'));
    const result = problemsOf(raw);
    expect(result.problems).toHaveLength(MAX_PROBLEMS_SHOWN);
    expect(result.total).toBe(raw.aid.length);
  });
});

describe('parseDatasetText', () => {
  it('names the file when the text is not JSON', () => {
    expect(() => parseDatasetText('{ not json', 'my-data.json')).toThrowError(/^my-data\.json was not loaded: is not JSON \(/);
  });

  it('throws a DatasetError listing the first problems and how many more there are', () => {
    const raw = bundledJson();
    raw.aid.forEach((r) => (r.country = 'ZZ'));
    let error: unknown;
    try {
      parseDatasetText(JSON.stringify(raw), 'big.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const e = error as DatasetError;
    expect(e.origin).toBe('big.json');
    expect(e.total).toBe(raw.aid.length);
    expect(e.message).toContain('big.json was not loaded: aid[0].country: "ZZ" is not in countries;');
    expect(e.message).toMatch(new RegExp(`\\(and ${raw.aid.length - MAX_PROBLEMS_SHOWN} more\\)$`));
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath(['aid', 12, 'citations', 0, 'quote'])).toBe('aid[12].citations[0].quote');
    expect(formatPath([])).toBe('');
    expect(formatPath([0, 'x'])).toBe('[0].x');
  });
});
