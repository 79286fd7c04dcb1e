import { describe, expect, it } from 'vitest';
import { guessKind, matchHeaders, type RecordKind } from '../../../src/data/csv/csv-fields';
import { tableToDataset, type MappingChoices } from '../../../src/data/csv/csv-to-dataset';
import { readTable } from '../../../src/data/csv/csv-table';
import { parseDataset } from '../../../src/data/validate';
import type { Dataset } from '../../../src/data/schema';

const FILE = { name: 'mine.csv', modified: '2026-11-30', known: [{ code: 'KR', name: 'South Korea' }] };

/** Reads CSV text and maps it as the mapping step would with the columns it matched. */
function map(text: string, overrides: Partial<MappingChoices> = {}) {
  const table = readTable(text);
  const kind: RecordKind = overrides.kind ?? guessKind(table.headers);
  return tableToDataset(table, { kind, mapping: matchHeaders(table.headers, kind), title: 'Mine', basis: 'increment', ...overrides }, FILE);
}

function mapped(text: string, overrides: Partial<MappingChoices> = {}): Dataset {
  const result = map(text, overrides);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  // The text kept in the browser is the very dataset the schema gave.
  expect(parseDataset(JSON.parse(result.text))).toEqual({ ok: true, data: result.dataset });
  return result.dataset;
}

// Rows quoted from the East-West Center article and the Washington summit report.
const AID = [
  '\ufeffCountry;Date;Aid type;Amount;Currency;US$ value;Amount as printed;Source;Quote',
  'South Korea;2022-02-28;Humanitarian;10.000.000;$;;$10 million;Lynch, East-West Center (APB Series);"On February 28, South Korea provided $10 million in humanitarian assistance to Ukraine, such as bulletproof helmets, tents, blankets, and medical supplies."',
  '',
  'KR;2022-04-07;Purpose not stated;30000000;$;;$30 million;Lynch, East-West Center (APB Series);"On April 7, South Korea announced an additional $30 million aid package for Ukraine, which included items such as defibrillators, general-purpose ventilators, and first-aid kits."',
  'Australia;2024-07;military;250.000.000;AUD;167.000.000;almost AU$250 million (US$167 million);Washington summit report;"The Australian government has announced the world’s largest military aid package, worth almost AU$250 million (US$167 million), for Ukraine."',
].join('\r\n');

describe('tableToDataset: aid', () => {
  const data = mapped(AID);

  it('makes one aid record per row, with the countries by name or code', () => {
    expect(data.aid.map((r) => [r.id, r.country, r.type, r.date, r.precision])).toEqual([
      ['aid-row-2', 'KR', 'humanitarian', '2022-02-28', 'day'],
      // The package names no type: "Purpose not stated", as the dashboard's own CSV prints it.
      ['aid-row-4', 'KR', 'unspecified', '2022-04-07', 'day'],
      ['aid-row-5', 'AU', 'military', '2024-07', 'month'],
    ]);
    expect(data.countries).toEqual([
      { code: 'KR', name: 'South Korea', role: 'partner' },
      { code: 'AU', name: 'Australia', role: 'partner' },
    ]);
    expect(data.oil).toEqual([]);
    expect(data.milestones).toEqual([]);
  });

  it('reads a bare “$” as US dollars and says so, and keeps the amount as printed', () => {
    expect(data.aid[0]!.money).toEqual({ printed: '$10 million', amount: 10_000_000, currency: 'USD', currencyReading: 'bare-dollar', usd: 10_000_000, usdBasis: 'same-currency', approximate: false });
    expect(data.aid[0]!.basis).toBe('increment');
    expect(data.aid[0]!.dateBasis).toBe('announced');
  });

  it('takes the US$ value of another currency from the file, and “almost” makes it approximate', () => {
    expect(data.aid[2]!.money).toEqual({
      printed: 'almost AU$250 million (US$167 million)',
      amount: 250_000_000,
      currency: 'AUD',
      currencyReading: 'stated',
      usd: 167_000_000,
      usdBasis: 'source-conversion',
      approximate: true,
    });
  });

  it('cites each source once, under its own name, with the quote as written', () => {
    expect(data.sources.map((s) => [s.id, s.label])).toEqual([
      ['source-1', 'Lynch, East-West Center (APB Series)'],
      ['source-2', 'Washington summit report'],
    ]);
    expect(data.aid[1]!.citations).toEqual([
      { source: 'source-1', quote: 'On April 7, South Korea announced an additional $30 million aid package for Ukraine, which included items such as defibrillators, general-purpose ventilators, and first-aid kits.' },
    ]);
  });

  it('takes its title from the mapping step and its version from the file’s date', () => {
    expect(data.meta).toEqual({ title: 'Mine', version: '2026-11-30' });
  });

  it('counts amounts as running totals when the reader says so', () => {
    const totals = mapped('country,date,type,amount\nNZ,2022-03-21,military,11000000\n', { basis: 'total' });
    expect(totals.aid[0]).toMatchObject({ basis: 'total', dateBasis: 'as-of' });
  });

  it('accepts a row with no quote; the file itself is then the source', () => {
    const quoteless = mapped('country,date,type,amount\nNZ,2022-03-21,military,11000000\n');
    expect(quoteless.aid[0]!.citations).toEqual([]);
    expect(quoteless.sources).toEqual([{ id: 'source-1', file: 'mine.csv', label: 'mine.csv', title: null, publisher: null, author: null, published: null }]);
  });
});

describe('tableToDataset: oil and milestones', () => {
  it('maps oil releases', () => {
    const data = mapped('country,year,barrels,quote\nNew Zealand,2022,"867,000",New Zealand has also released a total of 867000 oil barrels\n');
    expect(data.oil).toEqual([
      { id: 'oil-row-2', country: 'NZ', barrels: 867_000, date: '2022', precision: 'year', dateBasis: 'as-of', citations: [{ source: 'source-1', quote: 'New Zealand has also released a total of 867000 oil barrels' }] },
    ]);
  });

  it('maps milestones of several countries, and adds a country the dashboard does not know with its name', () => {
    const data = mapped('countries,date,end date,title,category\nJapan; South Korea; Australia; New Zealand,2022-04-06,2022-04-07,NATO Foreign Ministers meeting,ministerial\nNATO,2022-04-07,,Foreign Ministers meeting,ministerial\n');
    expect(data.milestones[0]).toMatchObject({ countries: ['JP', 'KR', 'AU', 'NZ'], date: '2022-04-06', endDate: '2022-04-07', category: 'ministerial', dateBasis: 'occurred' });
    // A code from the range ISO 3166 leaves to users (XA–XZ, QM–QZ), not one of a real country.
    const added = data.milestones[1]!.countries[0]!;
    expect(added).toMatch(/^(X[A-Z]|Q[M-Z])$/);
    expect(data.countries.at(-1)).toEqual({ code: added, name: 'NATO', role: 'partner' });
  });
});

describe('tableToDataset: problems', () => {
  it('names the row and the column, and loads nothing', () => {
    const result = map('country,date,type,amount\nJapan,2022-04-19,financial,300000000\nJapan,2023-13-45,financial,300000000\n');
    expect(result).toEqual({ ok: false, total: 1, problems: [{ path: 'row 3, column date', message: '"2023-13-45" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)' }] });
  });

  it('names the column as the file heads it, for every kind of problem', () => {
    const result = map(
      [
        'Land,Wann,Art,Betrag,Währung',
        ',2022,military,5',
        'JP,2022,grants,5',
        'JP,2022,military,$11 million',
        'JP,2022,military,5,XYZ1',
        'JP,2022,military,5,AUD',
      ].join('\n'),
      { mapping: { country: 0, date: 1, type: 2, amount: 3, currency: 4 }, kind: 'aid' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'row 2, column Land: is empty; every row needs a country',
      'row 3, column Art: "grants" is not an aid type (military, humanitarian, financial or unspecified)',
      'row 4, column Betrag: "$11 million" is not a number (write a number such as 1234567.5)',
      'row 5, column Währung: "XYZ1" is not a currency (write a code such as USD or AUD, or US$, AU$, €)',
      'row 6, column US$ value: is empty; an amount in AUD needs its US$ value',
    ]);
  });

  it('lists the first five problems and counts them all', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `JP,2022-0${i + 1}-32,military,1`);
    const result = map(['country,date,type,amount', ...rows].join('\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.total).toBe(8);
    expect(result.problems.map((p) => p.path)).toEqual(['row 2, column date', 'row 3, column date', 'row 4, column date', 'row 5, column date', 'row 6, column date']);
  });

  it('reports what the dataset schema refuses at its row and column', () => {
    const result = map('id,country,date,type,amount\nsame,JP,2022,military,1\nsame,JP,2022,military,-1\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'row 3, column amount: -1 is negative; an amount must be zero or more',
      'row 3, column amount: -1 is negative; a US-dollar value must be zero or more',
      'row 3, column id: duplicate id "same"',
    ]);
  });

  it('says when a needed column is not chosen, or the file has no rows', () => {
    const missing = map('country,date\nJP,2022\n', { kind: 'aid' });
    expect(missing.ok || missing.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'column Aid type: no column is chosen; aid records need one',
      'column Amount: no column is chosen; aid records need one',
    ]);
    const empty = map('country,date,type,amount\n\n');
    expect(empty.ok || empty.problems).toEqual([{ path: '', message: 'has no rows under its header' }]);
  });
});
