import type { Money, Precision } from '../data/schema';
import { dayToDate, isoDay, startDay } from './dates';
import type { Measure } from './measures';

// Every number and date the dashboard shows is formatted here, never by concatenation in components.
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1, minimumFractionDigits: 0 });
const compactPrecise = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 4 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const significant3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const percent1 = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthOnly = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * A formatter that remembers what it wrote. Intl formatting is slow next to a lookup, and a filter
 * change formats mostly the same numbers and days again (the window's ends, the bars of the
 * countries that stayed). The memory is emptied when it grows past `max` entries.
 */
function remembered<K extends number | string>(format: (value: K) => string, max = 50_000): (value: K) => string {
  const texts = new Map<K, string>();
  return (value) => {
    let text = texts.get(value);
    if (text === undefined) {
      if (texts.size >= max) texts.clear();
      text = format(value);
      texts.set(value, text);
    }
    return text;
  };
}

/** "US$141.9M", "US$12B": a dollar amount for labels and axes. */
export const formatUsdCompact = remembered((usd: number) => `US$${compactPrecise.format(usd)}`);

/** "US$141,900,000": a dollar amount in full, for tables and tooltips. */
export function formatUsdFull(usd: number): string {
  return `US$${integer.format(usd)}`;
}

const formatPerCapita = remembered((value: number) => `US$${twoDecimals.format(value)}`);
const formatSignificant = remembered((value: number) => significant3.format(value));

/** A value in the chosen measure, for labels and tooltips. */
export function formatMeasure(value: number, measure: Measure): string {
  switch (measure) {
    case 'usd':
      return formatUsdCompact(value);
    case 'per-capita':
      return `${formatPerCapita(value)} per person`;
    case 'gdp-share':
      return `${formatSignificant(value)}% of GDP`;
  }
}

/** A value label short enough for the end of a bar: "US$141.9M", "US$11.88", "0.282%". */
export function formatMeasureShort(value: number, measure: Measure): string {
  switch (measure) {
    case 'usd':
      return formatUsdCompact(value);
    case 'per-capita':
      return formatPerCapita(value);
    case 'gdp-share':
      return `${formatSignificant(value)}%`;
  }
}

/** A short axis tick for the chosen measure. */
export function formatMeasureTick(value: number, measure: Measure): string {
  switch (measure) {
    case 'usd':
      return `$${formatCompact(value)}`;
    case 'per-capita':
      return `$${formatSignificant(value)}`;
    case 'gdp-share':
      return `${formatSignificant(value)}%`;
  }
}

/** "22,500,000". */
export const formatInteger = remembered((n: number) => integer.format(n));

/** "22.5M" for axis ticks of counts. */
export const formatCompact = remembered((n: number) => compact.format(n));

/** "58.7%" for a share between 0 and 1. */
export const formatShare = remembered((share: number) => percent1.format(share));

const formatMonthOf = remembered((date: string) => monthFormat.format(dayToDate(startDay(date))));

/** A date at the precision its source gives: "19 Apr 2022", "Apr 2022", "2022", "1990s". */
export function formatPartialDate(date: string, precision: Precision): string {
  switch (precision) {
    case 'day':
      return formatDay(startDay(date));
    case 'month':
      return formatMonthOf(date);
    case 'year':
      return date.slice(0, 4);
    case 'decade':
      return `${date.slice(0, 4)}s`;
  }
}

/** A date range such as "6 Apr 2022 – 7 Apr 2022", or the single date when there is no end. */
export function formatDateRange(date: string, precision: Precision, endDate?: string): string {
  if (!endDate || endDate === date) return formatPartialDate(date, precision);
  return `${formatPartialDate(date, precision)} – ${formatPartialDate(endDate, precision)}`;
}

/** "19 Apr 2022" for a day number. */
export const formatDay = remembered((day: number) => dayFormat.format(dayToDate(day)));

/** How a money value was printed and read: "$300 million (printed as “$”, read as US$)". */
export function describeMoney(money: Money): string {
  const reading =
    money.currencyReading === 'bare-dollar'
      ? 'printed with a bare “$”, read as US dollars'
      : money.usdBasis === 'source-conversion'
        ? `in ${money.currency}, with the source's own US$ conversion`
        : `in ${money.currency}`;
  return `${money.printed} (${reading})`;
}

/** What a record's date means, in words. */
export function describeDateBasis(basis: 'announced' | 'as-of' | 'occurred', isTotal = false): string {
  if (basis === 'as-of') return isTotal ? 'running total as of' : 'as of';
  return basis === 'announced' ? 'announced' : 'took place';
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
