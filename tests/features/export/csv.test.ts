import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/features/export/csv';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Japan')).toBe('Japan');
    expect(csvCell(141900000)).toBe('141900000');
    expect(csvCell(0.587)).toBe('0.587');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Japan, South Korea')).toBe('"Japan, South Korea"');
    expect(csvCell('the “contact group” and "quotes"')).toBe('"the “contact group” and ""quotes"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tTAB')).toBe("'\tTAB");
    // Numbers are numbers, not formulas.
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends and a byte-order mark', () => {
    expect(toCsv(['Country', 'Barrels'], [['Japan', 22500000], ['New Zealand', 867000]])).toBe('\uFEFFCountry,Barrels\r\nJapan,22500000\r\nNew Zealand,867000\r\n');
  });

  it('keeps every row, even with hostile text', () => {
    const csv = toCsv(['a', 'b'], [['=cmd|" /C calc"!A0', 'x,y'], ['<script>alert(1)</script>', '\n']]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('"\'=cmd|"" /C calc""!A0","x,y"');
    expect(lines[2]).toBe('<script>alert(1)</script>,"\n"');
  });
});
