import * as z from 'zod/mini';
import { AID_TYPES } from '../data/constants';
import type { AidType } from '../data/schema';
import { LAYOUTS, MEASURES, type Layout, type Measure } from '../model/measures';
import { AID_QUESTIONS, type AidQuestion } from '../model/aid';
import { DOLLAR_READINGS, type DollarReading } from '../model/money-reading';
import { TREND_MODES, TREND_SCALES, type TrendMode, type TrendScale } from '../model/trend-options';

/** The filters a link carries. `countries: null` means the dataset's partners; dates null mean the data's extent. */
export interface UrlFilters {
  countries: string[] | null;
  types: AidType[];
  from: string | null;
  to: string | null;
  measure: Measure;
  layout: Layout;
  /** What the aid chart answers: the stated total as of To, or what was committed within From–To. */
  question: AidQuestion;
  /** How an amount printed with a bare "$" is read. */
  dollar: DollarReading;
  /** Stated aid over time: one line per country, or one per aid type. */
  lines: TrendMode;
  /** Stated aid over time: each country's panel on its own scale, or all on one. */
  scale: TrendScale;
  /** The timeline's selected event, by id: a link reopens its details. */
  event: string | null;
  /** The timeline's zoom as "k,x" in shares of its plot (see the timeline's axis); null: unzoomed. */
  zoom: string | null;
}

export const DEFAULT_FILTERS: UrlFilters = {
  countries: null,
  types: [...AID_TYPES],
  from: null,
  to: null,
  measure: 'usd',
  layout: 'grouped',
  question: 'as-of',
  dollar: 'usd',
  lines: 'total',
  scale: 'own',
  event: null,
  zoom: null,
};

const show = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

/** Filters read from a query string, with a notice for every value that was ignored. */
export interface ParsedFilters {
  filters: UrlFilters;
  notices: string[];
}

// The URL's parameters, each a schema from the text a link carries to the filter it sets. Zod mini,
// as this runs before the first paint: only the checks used here are in the page's first script.
const countryCode = z.string().check(z.regex(/^[A-Za-z]{2}$/), z.toUpperCase());
const aidType = z.pipe(z.string().check(z.toLowerCase()), z.enum(AID_TYPES));
const zoom = z.string().check(
  z.refine((value) => {
    const parts = value.split(',');
    const [k, x] = parts.map(Number);
    return parts.length === 2 && Number.isFinite(k) && Number.isFinite(x) && k! >= 1;
  }),
);

/** Parameters holding one value: its schema, and what the notice for a wrong one says. */
const VALUES = {
  from: { schema: z.iso.date(), why: 'not a date of the form YYYY-MM-DD' },
  to: { schema: z.iso.date(), why: 'not a date of the form YYYY-MM-DD' },
  measure: { schema: z.enum(MEASURES), why: `the measures are ${MEASURES.join(', ')}` },
  layout: { schema: z.enum(LAYOUTS), why: `the layouts are ${LAYOUTS.join(', ')}` },
  question: { schema: z.enum(AID_QUESTIONS), why: `the questions are ${AID_QUESTIONS.join(', ')}` },
  dollar: { schema: z.enum(DOLLAR_READINGS), why: `a bare “$” is read as ${DOLLAR_READINGS.join(' or ')}` },
  lines: { schema: z.enum(TREND_MODES), why: `the lines are ${TREND_MODES.join(' or ')}` },
  scale: { schema: z.enum(TREND_SCALES), why: `the scales are ${TREND_SCALES.join(' or ')}` },
  zoom: { schema: zoom, why: 'not a zoom of the form “4,-1.5” (a factor of 1 or more, then a shift)' },
} as const;

/** Parameters holding a list, separated by commas: each item read by its schema, the wrong ones ignored. */
const LISTS = {
  countries: { item: countryCode, why: 'not a two-letter country code' },
  types: { item: aidType, why: `the aid types are ${AID_TYPES.join(', ')}` },
} as const;

const EMPTY_IS_UNSET = new Set(['from', 'to', 'zoom']);

/** The timeline's event, and the dataset's URL (read by the dataset store). */
const OTHER_PARAMS = ['event', 'data'];
const KNOWN_PARAMS = new Set([...Object.keys(VALUES), ...Object.keys(LISTS), ...OTHER_PARAMS]);

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The items of a list parameter its schema reads, with a notice naming the ones it does not. */
function readList<T>(key: keyof typeof LISTS, value: string, item: z.ZodMiniType<T>, notices: string[]): T[] {
  const read: T[] = [];
  const ignored: string[] = [];
  for (const part of splitList(value)) {
    const result = item.safeParse(part);
    if (result.success) read.push(result.data);
    else ignored.push(part);
  }
  if (ignored.length) notices.push(`Ignored ${ignored.map(show).join(', ')} in “${key}”: ${LISTS[key].why}.`);
  return read;
}

/** A one-value parameter as its schema reads it, or undefined with a notice naming it. */
function readValue<T>(key: keyof typeof VALUES, value: string, schema: z.ZodMiniType<T>, notices: string[]): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  notices.push(`Ignored ${show(value)} in “${key}”: ${VALUES[key].why}.`);
  return undefined;
}

/**
 * Reads filters from a query string. Never throws: a malformed or unknown value is ignored, the
 * default is kept, and a notice says what was ignored.
 */
export function parseFilterParams(search: string): ParsedFilters {
  const params = new URLSearchParams(search);
  const filters: UrlFilters = { ...DEFAULT_FILTERS, types: [...DEFAULT_FILTERS.types] };
  const notices: string[] = [];
  // An empty date or zoom is no date or zoom: what a cleared field leaves.
  const given = (key: string) => {
    const value = params.get(key);
    return value === null || (value === '' && EMPTY_IS_UNSET.has(key)) ? null : value;
  };

  // A list of nothing but values it does not know keeps the default, as a wrong single value does:
  // a link with a typo shows the dashboard, not an empty view ("?types=" alone still means none).
  const list = <T,>(key: keyof typeof LISTS, item: z.ZodMiniType<T>): T[] | null => {
    const text = given(key);
    if (text === null) return null;
    const read = readList(key, text, item, notices);
    return read.length || !splitList(text).length ? read : null;
  };
  const countries = list('countries', LISTS.countries.item);
  if (countries) filters.countries = [...new Set(countries)];
  const types = list('types', LISTS.types.item);
  // Kept in the canonical order, so equal selections give equal links.
  if (types) filters.types = AID_TYPES.filter((t) => types.includes(t));

  const value = <K extends keyof typeof VALUES>(key: K, schema: z.ZodMiniType<NonNullable<UrlFilters[K]>>) => {
    const text = given(key);
    return text === null ? undefined : readValue(key, text, schema, notices);
  };
  filters.from = value('from', VALUES.from.schema) ?? null;
  filters.to = value('to', VALUES.to.schema) ?? null;
  if (filters.from && filters.to && filters.from > filters.to) {
    notices.push(`Ignored the dates in the link: “from” (${filters.from}) is after “to” (${filters.to}).`);
    filters.from = null;
    filters.to = null;
  }
  filters.measure = value('measure', VALUES.measure.schema) ?? filters.measure;
  filters.layout = value('layout', VALUES.layout.schema) ?? filters.layout;
  filters.question = value('question', VALUES.question.schema) ?? filters.question;
  filters.dollar = value('dollar', VALUES.dollar.schema) ?? filters.dollar;
  filters.lines = value('lines', VALUES.lines.schema) ?? filters.lines;
  filters.scale = value('scale', VALUES.scale.schema) ?? filters.scale;
  filters.zoom = value('zoom', VALUES.zoom.schema) ?? null;

  // Whether the id names an event is known only once the dataset is loaded (the timeline says so).
  const event = params.get('event')?.trim();
  if (event) filters.event = event;

  const unknown = [...new Set([...params.keys()].filter((k) => !KNOWN_PARAMS.has(k)))];
  if (unknown.length) notices.push(`Ignored ${unknown.map(show).join(', ')}: not a setting of this dashboard.`);

  return { filters, notices };
}

/** Writes the filters that differ from the defaults as a query string (without "?"), in a fixed order. */
export function serializeFilterParams(filters: UrlFilters, extra: Record<string, string | null> = {}): string {
  const params = new URLSearchParams();
  if (filters.countries !== null) params.set('countries', filters.countries.join(','));
  const types = AID_TYPES.filter((t) => filters.types.includes(t));
  if (types.length !== AID_TYPES.length) params.set('types', types.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.measure !== DEFAULT_FILTERS.measure) params.set('measure', filters.measure);
  if (filters.layout !== DEFAULT_FILTERS.layout) params.set('layout', filters.layout);
  if (filters.question !== DEFAULT_FILTERS.question) params.set('question', filters.question);
  if (filters.dollar !== DEFAULT_FILTERS.dollar) params.set('dollar', filters.dollar);
  if (filters.lines !== DEFAULT_FILTERS.lines) params.set('lines', filters.lines);
  if (filters.scale !== DEFAULT_FILTERS.scale) params.set('scale', filters.scale);
  if (filters.event !== null) params.set('event', filters.event);
  if (filters.zoom !== null) params.set('zoom', filters.zoom);
  for (const [key, value] of Object.entries(extra)) if (value !== null) params.set(key, value);
  // Commas are safe in a query string and keep links readable: countries=JP,KR.
  return params.toString().replace(/%2C/gi, ',');
}
