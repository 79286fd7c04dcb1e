import type { AidType, Dataset, Source } from '../data/schema';
import { buildAidIndex, type AidIndex } from './aid';
import { dayToIso, startDay } from './dates';
import type { Indicator, Measure } from './measures';
import { buildTimelineIndex, datasetExtent, type TimelineIndex } from './timeline';
import { windowFromIso, type DayWindow } from './window';

/** A validated dataset with the indexes every view queries, built once when it loads. */
export interface DatasetModel {
  dataset: Dataset;
  /** Aid with a bare "$" read as US dollars. */
  aid: AidIndex;
  /** Aid with a bare "$" read as the donor's own dollar (the same index when the dataset has no rates). */
  aidLocal: AidIndex;
  timeline: TimelineIndex;
  /** First and last day of any record; null for a dataset with no records. */
  extent: [number, number] | null;
  /** Country codes in the dataset's order. */
  countryOrder: string[];
  countryNames: ReadonlyMap<string, string>;
  /** The partner countries (every country when none is marked as a partner). */
  partners: string[];
  sources: ReadonlyMap<string, Source>;
  indicators: Readonly<Record<string, Indicator | undefined>>;
}

/** Builds the model the views read: the dataset's indexes (the query's `select`, once per loaded dataset). */
export function buildModel(dataset: Dataset): DatasetModel {
  const started = performance.now();
  const marked = dataset.countries.filter((c) => c.role === 'partner').map((c) => c.code);
  const partners = marked.length ? marked : dataset.countries.map((c) => c.code);
  const timeline = buildTimelineIndex(dataset, partners);
  const aidFrom = dataset.meta.aidFrom ? startDay(dataset.meta.aidFrom.date) : undefined;
  const aid = buildAidIndex(dataset.aid, { reading: 'usd', aidFrom });
  const model: DatasetModel = {
    dataset,
    aid,
    aidLocal: dataset.exchangeRates ? buildAidIndex(dataset.aid, { reading: 'local', rates: dataset.exchangeRates, aidFrom }) : aid,
    timeline,
    extent: datasetExtent(dataset, timeline),
    countryOrder: dataset.countries.map((c) => c.code),
    countryNames: new Map(dataset.countries.map((c) => [c.code, c.name])),
    partners,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    indicators: dataset.indicators?.countries ?? {},
  };
  performance.measure('dataset:model', { start: started });
  return model;
}

/** The filters as the views apply them: known countries in dataset order, a concrete window. */
export interface ResolvedFilters {
  countries: string[];
  types: AidType[];
  window: DayWindow;
  /** The effective From and To as ISO days (the data's extent where the filter is open). */
  fromIso: string | null;
  toIso: string | null;
  measure: Measure;
}

/** The chosen countries (the partners when none are chosen) that the dataset has, in its order. */
export function resolveCountries(model: DatasetModel, chosen: readonly string[] | null): string[] {
  const wanted = chosen ?? model.partners;
  return model.countryOrder.filter((c) => wanted.includes(c));
}

/** From and To as ISO days: the data's first and last day where the filter is open. */
export function effectiveRange(model: DatasetModel, from: string | null, to: string | null): { fromIso: string | null; toIso: string | null } {
  return {
    fromIso: from ?? (model.extent ? dayToIso(model.extent[0]) : null),
    toIso: to ?? (model.extent ? dayToIso(model.extent[1]) : null),
  };
}

/** Resolves the stored filters against a dataset; the aid types keep the order they are given in (the store keeps the format's order). */
export function resolveFilters(
  model: DatasetModel,
  state: { countries: readonly string[] | null; types: readonly AidType[]; from: string | null; to: string | null; measure: Measure },
): ResolvedFilters {
  return {
    countries: resolveCountries(model, state.countries),
    types: [...state.types],
    window: windowFromIso(state.from, state.to),
    ...effectiveRange(model, state.from, state.to),
    measure: state.measure,
  };
}

/** Joins names as prose: "Japan", "Japan and Australia", "Japan, Australia and Singapore". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
