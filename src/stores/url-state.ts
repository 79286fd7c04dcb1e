import { AID_TYPES } from '../data/constants';
import type { AidType } from '../data/schema';
import { LAYOUTS, MEASURES, type Layout, type Measure } from '../model/measures';
import { isoDay } from '../model/dates';

import { AID_QUESTIONS, type AidQuestion } from '../model/aid';
import { DOLLAR_READINGS, type DollarReading } from '../model/money-reading';

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
  event: null,
  zoom: null,
};

const KNOWN_PARAMS = new Set(['countries', 'types', 'from', 'to', 'measure', 'layout', 'question', 'dollar', 'event', 'zoom', 'data']);
const show = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

/** Filters read from a query string, with a notice for every value that was ignored. */
export interface ParsedFilters {
  filters: UrlFilters;
  notices: string[];
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * Reads filters from a query string. Never throws: a malformed or unknown value is ignored, the
 * default is kept, and a notice says what was ignored.
 */
export function parseFilterParams(search: string): ParsedFilters {
  const params = new URLSearchParams(search);
  const filters: UrlFilters = { ...DEFAULT_FILTERS, types: [...DEFAULT_FILTERS.types] };
  const notices: string[] = [];

  const countries = params.get('countries');
  if (countries !== null) {
    const codes = splitList(countries).map((c) => c.toUpperCase());
    const valid = codes.filter((c) => /^[A-Z]{2}$/.test(c));
    const invalid = splitList(countries).filter((c) => !/^[A-Za-z]{2}$/.test(c));
    if (invalid.length) notices.push(`Ignored ${invalid.map(show).join(', ')} in “countries”: not a two-letter country code.`);
    filters.countries = [...new Set(valid)];
  }

  const types = params.get('types');
  if (types !== null) {
    const values = splitList(types).map((t) => t.toLowerCase());
    const valid = values.filter((t): t is AidType => (AID_TYPES as readonly string[]).includes(t));
    const invalid = values.filter((t) => !(AID_TYPES as readonly string[]).includes(t));
    if (invalid.length) notices.push(`Ignored ${invalid.map(show).join(', ')} in “types”: the aid types are ${AID_TYPES.join(', ')}.`);
    // Keep the canonical order so equal selections give equal links.
    filters.types = AID_TYPES.filter((t) => valid.includes(t));
  }

  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (isoDay(value) === null || !isRealDay(value)) notices.push(`Ignored ${show(value)} in “${key}”: not a date of the form YYYY-MM-DD.`);
    else filters[key] = value;
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    notices.push(`Ignored the dates in the link: “from” (${filters.from}) is after “to” (${filters.to}).`);
    filters.from = null;
    filters.to = null;
  }

  const measure = params.get('measure');
  if (measure !== null) {
    if ((MEASURES as readonly string[]).includes(measure)) filters.measure = measure as Measure;
    else notices.push(`Ignored ${show(measure)} in “measure”: the measures are ${MEASURES.join(', ')}.`);
  }

  const layout = params.get('layout');
  if (layout !== null) {
    if ((LAYOUTS as readonly string[]).includes(layout)) filters.layout = layout as Layout;
    else notices.push(`Ignored ${show(layout)} in “layout”: the layouts are ${LAYOUTS.join(', ')}.`);
  }

  const question = params.get('question');
  if (question !== null) {
    if ((AID_QUESTIONS as readonly string[]).includes(question)) filters.question = question as AidQuestion;
    else notices.push(`Ignored ${show(question)} in “question”: the questions are ${AID_QUESTIONS.join(', ')}.`);
  }

  const dollar = params.get('dollar');
  if (dollar !== null) {
    if ((DOLLAR_READINGS as readonly string[]).includes(dollar)) filters.dollar = dollar as DollarReading;
    else notices.push(`Ignored ${show(dollar)} in “dollar”: a bare “$” is read as ${DOLLAR_READINGS.join(' or ')}.`);
  }

  // Whether the id names an event is known only once the dataset is loaded (the timeline says so).
  const event = params.get('event');
  if (event !== null && event.trim() !== '') filters.event = event.trim();

  const zoom = params.get('zoom');
  if (zoom !== null && zoom !== '') {
    const [k, x] = zoom.split(',').map(Number);
    if (zoom.split(',').length === 2 && Number.isFinite(k) && Number.isFinite(x) && k! >= 1) filters.zoom = zoom;
    else notices.push(`Ignored ${show(zoom)} in “zoom”: not a zoom of the form “4,-1.5” (a factor of 1 or more, then a shift).`);
  }

  const unknown = [...new Set([...params.keys()].filter((k) => !KNOWN_PARAMS.has(k)))];
  if (unknown.length) notices.push(`Ignored ${unknown.map(show).join(', ')}: not a setting of this dashboard.`);

  return { filters, notices };
}

function isRealDay(value: string): boolean {
  const day = isoDay(value);
  return day !== null && new Date(day * 86_400_000).toISOString().slice(0, 10) === value;
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
  if (filters.event !== null) params.set('event', filters.event);
  if (filters.zoom !== null) params.set('zoom', filters.zoom);
  for (const [key, value] of Object.entries(extra)) if (value !== null) params.set(key, value);
  // Commas are safe in a query string and keep links readable: countries=JP,KR.
  return params.toString().replace(/%2C/gi, ',');
}
