import { describe, expect, it } from 'vitest';
import { countryResolver, readCurrency, readDate, readNumber, readYesNo, soundsApproximate } from '../../../src/data/csv/csv-values';
import { isPartialIsoDate } from '../../../src/data/calendar';

describe('readNumber', () => {
  it('reads the forms spreadsheets write, with a decimal point', () => {
    expect(readNumber('141900000', false)).toEqual({ ok: true, value: 141_900_000 });
    expect(readNumber('141.9', false)).toEqual({ ok: true, value: 141.9 });
    expect(readNumber('1,234,567.5', false)).toEqual({ ok: true, value: 1_234_567.5 });
    expect(readNumber(' 867 000 ', false)).toEqual({ ok: true, value: 867_000 });
    expect(readNumber('1.2e6', false)).toEqual({ ok: true, value: 1_200_000 });
  });

  it('reads a decimal comma in semicolon files', () => {
    expect(readNumber('141,9', true)).toEqual({ ok: true, value: 141.9 });
    expect(readNumber('1.234.567,5', true)).toEqual({ ok: true, value: 1_234_567.5 });
  });

  it('refuses what it would have to guess at', () => {
    expect(readNumber('$11 million', false)).toEqual({ ok: false, message: '"$11 million" is not a number (write a number such as 1234567.5)' });
    expect(readNumber('1,5', false).ok).toBe(false);
    expect(readNumber('', false).ok).toBe(false);
  });
});

describe('readDate', () => {
  it('takes a day, month or year that exists, and drops a midnight time', () => {
    expect(readDate('2022-04-19', isPartialIsoDate)).toEqual({ ok: true, value: '2022-04-19' });
    expect(readDate('2024-07', isPartialIsoDate)).toEqual({ ok: true, value: '2024-07' });
    expect(readDate('2022-04-19T00:00:00Z', isPartialIsoDate)).toEqual({ ok: true, value: '2022-04-19' });
    expect(readDate('2023-13-45', isPartialIsoDate)).toEqual({ ok: false, message: '"2023-13-45" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)' });
    expect(readDate('19/04/2022', isPartialIsoDate).ok).toBe(false);
  });
});

describe('readCurrency', () => {
  it('reads codes and signs, and a bare “$” or nothing as US dollars not stated', () => {
    expect(readCurrency('usd')).toEqual({ ok: true, value: { currency: 'USD', reading: 'stated' } });
    expect(readCurrency('AU$')).toEqual({ ok: true, value: { currency: 'AUD', reading: 'stated' } });
    expect(readCurrency('€')).toEqual({ ok: true, value: { currency: 'EUR', reading: 'stated' } });
    expect(readCurrency('$')).toEqual({ ok: true, value: { currency: 'USD', reading: 'bare-dollar' } });
    expect(readCurrency('')).toEqual({ ok: true, value: { currency: 'USD', reading: 'bare-dollar' } });
    expect(readCurrency('dollars').ok).toBe(false);
  });
});

describe('readYesNo and soundsApproximate', () => {
  it('reads yes and no', () => {
    expect(readYesNo('Yes')).toEqual({ ok: true, value: true });
    expect(readYesNo('')).toEqual({ ok: true, value: false });
    expect(readYesNo('perhaps').ok).toBe(false);
  });

  it('hears “nearly”, “almost” and “over” in an amount as printed', () => {
    expect(soundsApproximate('nearly $12 billion')).toBe(true);
    expect(soundsApproximate('almost AU$250 million (US$167 million)')).toBe(true);
    expect(soundsApproximate('$141.9 million')).toBe(false);
  });
});

describe('countryResolver', () => {
  it('knows countries by code or English name, preferring the dashboard’s own names', () => {
    const resolve = countryResolver([{ code: 'KR', name: 'South Korea' }]);
    expect(resolve('kr')).toEqual({ ok: true, value: { code: 'KR', name: 'South Korea' } });
    expect(resolve('Republic of Korea')).toEqual({ ok: true, value: { code: 'KR', name: 'South Korea' } });
    expect(resolve('new zealand')).toEqual({ ok: true, value: { code: 'NZ', name: 'New Zealand' } });
    expect(resolve('JP')).toEqual({ ok: true, value: { code: 'JP', name: 'Japan' } });
  });

  it('gives a country it does not know one code for all its rows', () => {
    const resolve = countryResolver([]);
    const first = resolve('NATO');
    expect(first.ok && first.value.name).toBe('NATO');
    expect(resolve(' nato ')).toEqual(first);
    expect(resolve('')).toEqual({ ok: false, message: 'is empty; every row needs a country' });
  });
});
