import type { Precision } from '../data/schema';
import { dayToDate, isoDay, startDay } from './dates';
import type { Measure } from './measures';

// Every number and date the dashboard shows is formatted here, never by concatenation in components.
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1, minimumFractionDigits: 0 });
const compactPrecise = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 4 });
const compact3 = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const significant3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const percent1 = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthOnly = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * Decimals of a per-capita and a %-of-GDP value: one number per measure, so that values read side
 * by side line up and compare digit by digit. Each is the fewest decimals that show the smallest
 * non-zero value of the bundled data with two significant figures: South Korea's US$10 million
 * over 51.6 million people is US$0.19 per person; Singapore's US$2.6 million over a GDP of
 * US$467 billion is 0.00056% of GDP. GDP and population are rounded to three significant figures,
 * so digits past the third of a larger value are not meaningful; they are kept for the alignment.
 */
export const MEASURE_DECIMALS = { 'per-capita': 2, 'gdp-share': 5 } as const;

const fixed = (decimals: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
const MEASURE_DIGITS = { 'per-capita': fixed(MEASURE_DECIMALS['per-capita']), 'gdp-share': fixed(MEASURE_DECIMALS['gdp-share']) };
const MEASURE_UNITS = { 'per-capita': (digits: string) => `US$${digits}`, 'gdp-share': (digits: string) => `${digits}%` };

/**
 * "US$11.88", "0.28169%": a value at its measure's decimals. A value above zero that they would
 * round to zero reads as less than their smallest step ("<0.00001%"), never as zero.
 */
function atDecimals(value: number, measure: keyof typeof MEASURE_DECIMALS): string {
  const step = 10 ** -MEASURE_DECIMALS[measure];
  const unit = MEASURE_UNITS[measure];
  return value > 0 && value < step / 2 ? `<${unit(MEASURE_DIGITS[measure].format(step))}` : unit(MEASURE_DIGITS[measure].format(value));
}

/** "US$141.9M", "US$12B": a dollar amount for labels and axes. */
export function formatUsdCompact(usd: number): string {
  return `US$${compactPrecise.format(usd)}`;
}

/**
 * "US$266M": an amount converted at an exchange rate given to three significant figures, which is
 * as many as the result can claim.
 */
export function formatUsdConverted(usd: number): string {
  return `US$${compact3.format(usd)}`;
}

/** A value in the chosen measure, for labels and tooltips. */
export function formatMeasure(value: number, measure: Measure): string {
  switch (measure) {
    case 'usd':
      return formatUsdCompact(value);
    case 'per-capita':
      return `${atDecimals(value, 'per-capita')} per person`;
    case 'gdp-share':
      return `${atDecimals(value, 'gdp-share')} of GDP`;
  }
}

/** A value label short enough for the end of a bar: "US$141.9M", "US$11.88", "0.28169%". */
export function formatMeasureShort(value: number, measure: Measure): string {
  switch (measure) {
    case 'usd':
      return formatUsdCompact(value);
    case 'per-capita':
      return atDecimals(value, 'per-capita');
    case 'gdp-share':
      return atDecimals(value, 'gdp-share');
  }
}

/** A short axis tick for the chosen measure. */
export function formatMeasureTick(value: number, measure: Measure): string {
  switch (measure) {
    case 'usd':
      return `$${formatCompact(value)}`;
    case 'per-capita':
      return `$${significant3.format(value)}`;
    case 'gdp-share':
      return `${significant3.format(value)}%`;
  }
}

/** "22,500,000". */
export function formatInteger(n: number): string {
  return integer.format(n);
}

/** "22.5M" for axis ticks of counts. */
export function formatCompact(n: number): string {
  return compact.format(n);
}

/** "58.7%" for a share between 0 and 1. */
export function formatShare(share: number): string {
  return percent1.format(share);
}

/** A date at the precision its source gives: "19 Apr 2022", "Apr 2022", "2022", "1990s". */
export function formatPartialDate(date: string, precision: Precision): string {
  switch (precision) {
    case 'day':
      return formatDay(startDay(date));
    case 'month':
      return monthFormat.format(dayToDate(startDay(date)));
    case 'year':
      return date.slice(0, 4);
    case 'decade':
      return `${date.slice(0, 4)}s`;
  }
}

/** A record's date as its source gives it: "19 Apr 2022", "2022", "Jul 2024 or later" for an undated statement known to be no earlier. */
export function formatRecordDate(record: { date: string; precision: Precision; orLater?: true | undefined }): string {
  const date = formatPartialDate(record.date, record.precision);
  return record.orLater ? `${date} or later` : date;
}

/** A date range such as "6 Apr 2022 – 7 Apr 2022", or the single date when there is no end. */
export function formatDateRange(date: string, precision: Precision, endDate?: string): string {
  if (!endDate || endDate === date) return formatPartialDate(date, precision);
  return `${formatPartialDate(date, precision)} – ${formatPartialDate(endDate, precision)}`;
}

/** "19 Apr 2022" for a day number. */
export function formatDay(day: number): string {
  return dayFormat.format(dayToDate(day));
}

/** What a record's date means, in words. */
export function describeDateBasis(basis: 'announced' | 'as-of' | 'occurred', isTotal = false): string {
  if (basis === 'as-of') return isTotal ? 'running total as of' : 'as of';
  return basis === 'announced' ? 'announced' : 'took place';
}

/** A record's date with what it means, as every view says it: "as of 11 Apr 2023", "announced 19 Apr 2022", "6 Apr 2022 – 7 Apr 2022" (an event that took place). */
export function dateInWords(record: { date: string; precision: Precision; orLater?: true | undefined; endDate?: string | undefined; dateBasis: 'announced' | 'as-of' | 'occurred' }): string {
  const basis = describeDateBasis(record.dateBasis);
  const date = record.endDate ? formatDateRange(record.date, record.precision, record.endDate) : formatRecordDate(record);
  return basis === 'took place' ? date : `${basis} ${date}`;
}

/** "1 Jan 2022 – 31 Dec 2022" for ISO From and To; an open end reads "…". */
export function formatIsoRange(fromIso: string | null, toIso: string | null): string {
  const from = isoDay(fromIso);
  const to = isoDay(toIso);
  return `${from === null ? '…' : formatDay(from)} – ${to === null ? '…' : formatDay(to)}`;
}

/** "between 1 Jan 2022 and 31 Dec 2022" for day numbers; an open end (null or ±Infinity) is "the first record" / "the last". */
export function formatBetween(from: number | null, to: number | null): string {
  const open = (d: number | null): d is null => d === null || !Number.isFinite(d);
  return `between ${open(from) ? 'the first record' : formatDay(from)} and ${open(to) ? 'the last' : formatDay(to)}`;
}

/** "between 1 Jan 2022 and 31 Dec 2022" for ISO From and To. */
export function formatIsoBetween(fromIso: string | null, toIso: string | null): string {
  return formatBetween(isoDay(fromIso), isoDay(toIso));
}

/** Today's date, as exported files state it. */
export function formatToday(): string {
  return dayFormat.format(new Date());
}

/**
 * A time-axis tick: the year where a year begins, else the month ("Apr"), else the day ("19 Apr"),
 * as ticks `step` apart need.
 */
export function formatTimeTick(date: Date, step: 'year' | 'month' | 'day'): string {
  const newYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
  if (step === 'year' || newYear) return String(date.getUTCFullYear());
  if (step === 'month' || date.getUTCDate() === 1) return step === 'month' ? monthOnly.format(date) : monthFormat.format(date);
  return dayMonth.format(date);
}
