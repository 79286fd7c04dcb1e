import type { OilRelease } from '../data/schema';
import { periodDays } from './dates';
import type { DayWindow } from './window';

/** One country's emergency oil stock releases within a window and its share of all countries' releases there. */
export interface OilRow {
  country: string;
  barrels: number;
  /** Share (0–1) of the barrels released by every country in the dataset within the window. */
  share: number;
  records: OilRelease[];
}

/** A dated record overlaps the window when any day of its date's period lies within it. */
export function overlaps(record: Parameters<typeof periodDays>[0], window: DayWindow): boolean {
  const [start, end] = periodDays(record);
  return start <= window.to && end >= window.from;
}

/** Oil releases per selected country within the window, largest first; countries with none are left out. */
export function oilRows(oil: readonly OilRelease[], countries: readonly string[], window: DayWindow): { rows: OilRow[]; total: number } {
  const selected = new Set(countries);
  const byCountry = new Map<string, OilRelease[]>();
  let total = 0;
  for (const record of oil) {
    if (!overlaps(record, window)) continue;
    total += record.barrels;
    if (!selected.has(record.country)) continue;
    const list = byCountry.get(record.country);
    if (list) list.push(record);
    else byCountry.set(record.country, [record]);
  }
  const rows: OilRow[] = [];
  for (const [country, records] of byCountry) {
    const barrels = records.reduce((sum, r) => sum + r.barrels, 0);
    rows.push({ country, barrels, share: total > 0 ? barrels / total : 0, records });
  }
  rows.sort((a, b) => b.barrels - a.barrels || (a.country < b.country ? -1 : 1));
  return { rows, total };
}
