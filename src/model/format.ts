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
 * "US$141.9M", "US$12B": a US$ amount as a source prints it, to up to four significant figures
 * ($141.9 million is printed so).
 */
export function formatUsdCompact(usd: number): string {
  return `US$${compactPrecise.format(usd)}`;
}

/**
 * "US$309M", "US$266M": a US$ amount worked out from what the sources print (a sum, the rest of a
 * package, a conversion at a rate of three significant figures), to three significant figures:
 * no more than the least precise figure behind it can claim.
 */
export function formatUsdWorked(usd: number): string {
  return `US$${compact3.format(usd)}`;
}

/** How a value came about: as one source prints it, or worked out (sums, conversions, per person, % of GDP). */
export type Provenance = 'printed' | 'worked';

/**
 * A value in the chosen measure, for tooltips, tables and words: "US$141.9M", "US$95.9 per person",
 * "0.282% of GDP". Per person and % of GDP are worked out over GDP and population of three
 * significant figures, so they show three whatever the amount.
 */
export function formatMeasure(value: number, measure: Measure, provenance: Provenance = 'worked'): string {
  switch (measure) {
    case 'usd':
      return provenance === 'printed' ? formatUsdCompact(value) : formatUsdWorked(value);
    case 'per-capita':
      return `US$${significant3.format(value)} per person`;
    case 'gdp-share':
      return `${significant3.format(value)}% of GDP`;
  }
}

/** A value short enough for the end of a bar: "US$141.9M", "US$95.9", "0.282%". */
export function formatMeasureShort(value: number, measure: Measure, provenance: Provenance = 'worked'): string {
  switch (measure) {
    case 'usd':
      return formatMeasure(value, measure, provenance);
    case 'per-capita':
      return `US$${significant3.format(value)}`;
    case 'gdp-share':
      return `${significant3.format(value)}%`;
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
