import type { Precision } from '../data/schema';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a date's first day: "2022" → 1 Jan 2022, "2022-04" → 1 Apr 2022. */
export function startDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** Days since 1970-01-01 (UTC) of the last day of the period a date with this precision names. */
export function endDay(date: string, precision: Precision): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  switch (precision) {
    case 'day':
      return Date.UTC(y, m - 1, d) / DAY_MS;
    case 'month':
      return Date.UTC(y, m, 0) / DAY_MS;
    case 'year':
      return Date.UTC(y, 11, 31) / DAY_MS;
    case 'decade':
      return Date.UTC(y - (y % 10) + 9, 11, 31) / DAY_MS;
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
