import type { AidType, Source } from '../data/schema';
import type { DatasetModel, ResolvedFilters } from './dataset-model';
import { listInWords } from './dataset-model';
import { formatIsoRange } from './format';
import { AID_TYPE_LABELS } from './labels';
import { MEASURE_LABELS } from './measures';

/** The active filters in words, one line each, for exported images; only the filters a view applies. */
export function describeFilters(model: DatasetModel, filters: ResolvedFilters, applies: { types: boolean; measure: boolean }): string[] {
  const names = filters.countries.map((c) => model.countryNames.get(c) ?? c);
  const lines = [`Countries: ${names.length ? listInWords(names) : 'none'}`];
  if (applies.types) lines.push(`Aid types: ${filters.types.length ? listInWords(filters.types.map((t: AidType) => AID_TYPE_LABELS[t])) : 'none'}`);
  lines.push(`Dates: ${formatIsoRange(filters.fromIso, filters.toIso)}`);
  if (applies.measure) lines.push(`Measure: ${MEASURE_LABELS[filters.measure].name}`);
  return [lines.join(' · ')];
}

/** "Lynch, East-West Center (APB Series) — undated; events to 5 May 2022": a document and its date. */
export function sourceWithDate(source: Source): string {
  return `${source.label} — ${source.published ? source.published.shownAs : (source.dated ?? 'undated')}`;
}

/** The source line of an export: every document cited, with its date. */
export function sourcesLine(ids: readonly string[], sources: ReadonlyMap<string, Source>): string[] {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  return [`Sources: ${unique.map((id) => { const s = sources.get(id); return s ? sourceWithDate(s) : id; }).join('; ')}.`];
}
