import { describe, expect, it } from 'vitest';
import { delimiterForName, readTable } from '../../../src/data/csv/csv-table';

describe('readTable', () => {
  it('reads quoted commas, quoted quotes and line breaks inside a quoted field', () => {
    const table = readTable('country,source,quote\nNZ,"Lynch, East-West Center","the ""largest"" package,\nworth $13 million"\n');
    expect(table.headers).toEqual(['country', 'source', 'quote']);
    expect(table.rows).toEqual([{ row: 2, cells: ['NZ', 'Lynch, East-West Center', 'the "largest" package,\nworth $13 million'] }]);
    expect(table.delimiter).toBe(',');
  });

  it('drops a byte-order mark, so the first header is read as written', () => {
    const table = readTable('\ufeffcountry,date\r\nJP,2022-04-19\r\n');
    expect(table.headers).toEqual(['country', 'date']);
    expect(table.rows).toEqual([{ row: 2, cells: ['JP', '2022-04-19'] }]);
  });

  it('reads Windows line ends and skips empty lines, counting them so row numbers match the spreadsheet', () => {
    const table = readTable('country,date\r\nJP,2022\r\n\r\n  ,  \r\nKR,2023\r\n\r\n');
    expect(table.rows).toEqual([
      { row: 2, cells: ['JP', '2022'] },
      { row: 5, cells: ['KR', '2023'] },
    ]);
  });

  it('detects semicolons, and reads numbers with a decimal comma in such a file', () => {
    const table = readTable('country;amount\nAustralia;"141,9"\n');
    expect(table.delimiter).toBe(';');
    expect(table.decimalComma).toBe(true);
    expect(table.rows[0]!.cells).toEqual(['Australia', '141,9']);
  });

  it('reads tabs, and takes a .tsv file as tab-separated', () => {
    expect(delimiterForName('aid.TSV')).toBe('\t');
    expect(delimiterForName('aid.csv')).toBeUndefined();
    const table = readTable('country\tquote\nJP\tone, two; three\n', { delimiter: '\t' });
    expect(table.rows[0]!.cells).toEqual(['JP', 'one, two; three']);
  });

  it('says which row has a quoted field that is never closed', () => {
    const table = readTable('country,quote\nJP,fine\nKR,"never closed\n');
    expect(table.problems).toEqual([{ row: 3, message: 'a quoted field is not closed (a " is missing)' }]);
  });

  it('reports how much of the text it has read', () => {
    const shares: number[] = [];
    readTable('country,date\nJP,2022\n', { onProgress: (s) => shares.push(s) });
    expect(shares.at(-1)).toBe(1);
  });
});
