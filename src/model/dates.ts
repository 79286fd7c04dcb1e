import type { Precision } from '../data/schema';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12); exact for any year. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Dates are read by hand: a 100,000-record dataset has hundreds of thousands of them.
const digits = (s: string, from: number, count: number) => {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

/** Days since 1970-01-01 (UTC) of a date's first day: "2022" → 1 Jan 2022, "2022-04" → 1 Apr 2022. */
export function startDay(date: string): number {
  const year = digits(date, 0, 4);
  const month = date.length >= 7 ? digits(date, 5, 2) : 1;
  const day = date.length >= 10 ? digits(date, 8, 2) : 1;
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 (UTC) of the last day of the period a date with this precision names. */
export function endDay(date: string, precision: Precision): number {
  const year = digits(date, 0, 4);
  switch (precision) {
    case 'day':
      return startDay(date);
    case 'month': {
      // The day before the first of the next month.
      const month = digits(date, 5, 2);
      return (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)) - 1;
    }
    case 'year':
      return daysFromCivil(year, 12, 31);
    case 'decade':
      return daysFromCivil(year - (year % 10) + 9, 12, 31);
  }
}

/** Day number of an ISO day string ("2022-04-19"), or null when it is not one. */
export function isoDay(iso: string | null | undefined): number | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const day = startDay(iso);
  return Number.isFinite(day) ? day : null;
}

/** The ISO day string ("2022-04-19") of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A JavaScript Date (UTC midnight) for a day number, for d3 time scales. */
export function dayToDate(day: number): Date {
  return new Date(day * DAY_MS);
}

/** The day number of a Date, rounded to the nearest UTC day. */
export function dateToDay(date: Date): number {
  return Math.round(date.getTime() / DAY_MS);
}

/** The precision a date's form shows: "2022-04-19" a day, "2022-04" a month, "2022" a year. */
export function formPrecision(date: string): Precision {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

/** First and last day of a dated record's period; an end date, when given, closes the period. */
export function periodDays(record: { date: string; precision: Precision; endDate?: string | undefined }): [number, number] {
  const start = startDay(record.date);
  const end = record.endDate ? endDay(record.endDate, formPrecision(record.endDate)) : endDay(record.date, record.precision);
  return [start, end];
}

/**
 * First and last day a statement may date from: its date's period, and for one dated "or later"
 * (an undated document written after that date) no last day at all.
 */
export function statementDays(record: { date: string; precision: Precision; orLater?: true | undefined }): [number, number] {
  return [startDay(record.date), record.orLater ? Infinity : endDay(record.date, record.precision)];
}
