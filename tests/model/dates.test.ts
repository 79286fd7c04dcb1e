import { describe, expect, it } from 'vitest';
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
});
