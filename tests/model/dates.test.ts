import { describe, expect, it } from 'vitest';
import { isPartialIsoDate } from '../../src/data/schema';
import { dayToIso, endDay, formPrecision, isoDay, periodDays, startDay } from '../../src/model/dates';

describe('dates', () => {
  it('maps a date of any precision to the first day of its period', () => {
    expect(dayToIso(startDay('2022-04-19'))).toBe('2022-04-19');
    expect(dayToIso(startDay('2022-04'))).toBe('2022-04-01');
    expect(dayToIso(startDay('2022'))).toBe('2022-01-01');
    expect(startDay('1970-01-01')).toBe(0);
    expect(startDay('1970-01-02')).toBe(1);
  });

  it('finds the last day of a period, leap years included', () => {
    expect(dayToIso(endDay('2022-04-19', 'day'))).toBe('2022-04-19');
    expect(dayToIso(endDay('2022-02', 'month'))).toBe('2022-02-28');
    expect(dayToIso(endDay('2024-02', 'month'))).toBe('2024-02-29');
    expect(dayToIso(endDay('2022-12', 'month'))).toBe('2022-12-31');
    expect(dayToIso(endDay('2023', 'year'))).toBe('2023-12-31');
    expect(dayToIso(endDay('1990', 'decade'))).toBe('1999-12-31');
  });

  it('closes a period with its end date when there is one', () => {
    expect(periodDays({ date: '2022-04-06', precision: 'day', endDate: '2022-04-07' }).map(dayToIso)).toEqual(['2022-04-06', '2022-04-07']);
    expect(periodDays({ date: '2022-04', precision: 'month', endDate: '2022-05' }).map(dayToIso)).toEqual(['2022-04-01', '2022-05-31']);
    expect(formPrecision('2022')).toBe('year');
  });

  it('reads only full ISO days as From and To', () => {
    expect(isoDay('2022-01-01')).toBe(startDay('2022-01-01'));
    expect(isoDay('2022-01')).toBeNull();
    expect(isoDay('')).toBeNull();
    expect(isoDay(null)).toBeNull();
    expect(isoDay('yesterday')).toBeNull();
  });

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
});
