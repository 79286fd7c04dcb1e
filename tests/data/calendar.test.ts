import { describe, expect, it } from 'vitest';
import { endsBefore, isPartialIsoDate } from '../../src/data/calendar';

describe('the calendar of the data format', () => {
  it('knows which dates exist', () => {
    expect(isPartialIsoDate('2024-02-29')).toBe(true);
    expect(isPartialIsoDate('2023-02-29')).toBe(false);
    expect(isPartialIsoDate('2022-13')).toBe(false);
    expect(isPartialIsoDate('2022-00-10')).toBe(false);
    expect(isPartialIsoDate('2022-04-31')).toBe(false);
    expect(isPartialIsoDate('1990')).toBe(true);
    expect(isPartialIsoDate('22-01-01')).toBe(false);
    expect(isPartialIsoDate('2022-1-1')).toBe(false);
  });

  it('follows the Gregorian leap-year rule, centuries included', () => {
    expect(isPartialIsoDate('1900-02-29')).toBe(false);
    expect(isPartialIsoDate('2000-02-29')).toBe(true);
    expect(isPartialIsoDate('2100-02-29')).toBe(false);
    expect(isPartialIsoDate('2022-02')).toBe(true);
    expect(isPartialIsoDate('2022-12-31')).toBe(true);
    expect(isPartialIsoDate('2022-11-31')).toBe(false);
  });

  it('refuses anything but the three ISO forms', () => {
    for (const value of ['', '202', '20221', '2022-', '2022-04-', '2022/04/19', '2022-04-19T00:00', ' 2022', '2022 ', '２０２２', '2022-0a', '2022-04-1x', '-2022', '2022-04-19-01']) {
      expect(isPartialIsoDate(value), value).toBe(false);
    }
  });

  it('agrees with the calendar for every day of a leap and a common year', () => {
    // The JavaScript calendar (proleptic Gregorian, UTC) is the reference for years after 99.
    for (const year of [2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 0; day <= 32; day++) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const exists = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isPartialIsoDate(iso), iso).toBe(exists);
        }
      }
    }
  });

  it('tells whether a period ends before another begins, at any precision', () => {
    expect(endsBefore('2022-04-06', '2022-04-07')).toBe(true);
    expect(endsBefore('2022-04-07', '2022-04-07')).toBe(false);
    expect(endsBefore('2022-04-08', '2022-04-07')).toBe(false);
    // April 2022 ends on 30 April: before 1 May, not before 19 April.
    expect(endsBefore('2022-04', '2022-05-01')).toBe(true);
    expect(endsBefore('2022-04', '2022-04-19')).toBe(false);
    expect(endsBefore('2022-04-19', '2022-04')).toBe(false);
    expect(endsBefore('2022-03-31', '2022-04')).toBe(true);
    // 2021 ends on 31 December 2021; 2022 contains every day of 2022.
    expect(endsBefore('2021', '2022-01-01')).toBe(true);
    expect(endsBefore('2022', '2022-12-31')).toBe(false);
    expect(endsBefore('2022-12-31', '2022')).toBe(false);
    expect(endsBefore('1989', '1990')).toBe(true);
  });
});
