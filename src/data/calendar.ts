// The calendar rules of the data format, which the schema checks. The day arithmetic the views
// use is in src/model/dates.ts.

const isDigitAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

const digits = (s: string, from: number, count: number) => {
  let n = 0;
  for (let i = from; i < from + count; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * True when `value` is an ISO date of day, month or year form ("2022-04-19", "2022-04", "2022")
 * that exists on the proleptic Gregorian calendar. Checked character by character: validating a
 * large dataset runs it for every record.
 */
export function isPartialIsoDate(value: string): boolean {
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  for (let i = 0; i < 4; i++) if (!isDigitAt(value, i)) return false;
  if (length === 4) return true;
  if (value.charCodeAt(4) !== 45 || !isDigitAt(value, 5) || !isDigitAt(value, 6)) return false;
  const month = digits(value, 5, 2);
  if (month < 1 || month > 12) return false;
  if (length === 7) return true;
  if (value.charCodeAt(7) !== 45 || !isDigitAt(value, 8) || !isDigitAt(value, 9)) return false;
  const day = digits(value, 8, 2);
  const days = month === 2 && isLeap(digits(value, 0, 4)) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day >= 1 && day <= days;
}

/**
 * Whether the whole period that the date `end` names ("2022", "2022-04", "2022-04-19") lies before
 * the first day of the period `start` names. ISO dates sort as text, and a period contains every
 * date its text is the beginning of, so one period lies before another when its text sorts first
 * and neither begins the other.
 */
export function endsBefore(end: string, start: string): boolean {
  return end < start && !start.startsWith(end);
}
