import type { OilRelease } from '../data/schema';
import { statementDays } from './dates';
import type { DayWindow } from './window';

/**
 * Where a release stands against the dates: wholly within them, or dated to a period (a year, a
 * month, "or later") that the window cuts, so that it may fall outside them.
 */
export type OilStanding = 'within' | 'may-fall-within';

/** One country's emergency oil stock releases within a window and its share of all countries' releases there. */
export interface OilRow {
  country: string;
  /** Barrels of every release whose period overlaps the window. */
  barrels: number;
  /** Of those, the barrels of releases dated wholly within the window: the part certain to fall in it. */
  within: number;
  /** "within" when every release lies within the dates; "may-fall-within" when any one's period runs past them. */
  standing: OilStanding;
  /** Share (0–1) of the barrels released by every country in the dataset within the window. */
  share: number;
  records: OilRelease[];
  /** The releases whose period the window cuts (none for a row within the dates). */
  cut: OilRelease[];
}

/** A record's first and last possible day: its date's period, with no last day for an "or later" date. */
const daysOf = (record: OilRelease) => statementDays(record);

/** A dated record overlaps the window when any day it may date from lies within it. */
export function overlaps(record: OilRelease, window: DayWindow): boolean {
  const [start, end] = daysOf(record);
  return start <= window.to && end >= window.from;
}

/** A record lies within the window when every day it may date from does. */
export function liesWithin(record: OilRelease, window: DayWindow): boolean {
  const [start, end] = daysOf(record);
  return start >= window.from && end <= window.to;
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
    const cut = records.filter((r) => !liesWithin(r, window));
    const within = barrels - cut.reduce((sum, r) => sum + r.barrels, 0);
    rows.push({ country, barrels, within, standing: cut.length ? 'may-fall-within' : 'within', share: total > 0 ? barrels / total : 0, records, cut });
  }
  rows.sort((a, b) => b.barrels - a.barrels || (a.country < b.country ? -1 : 1));
  return { rows, total };
}
