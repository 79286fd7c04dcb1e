import { combineQualifiers, latestOf, type AidEntry, type AidSeries, type AidValue, type LowerBoundReason } from './aid';
import type { Qualifier } from './money-reading';

/**
 * The stated total of a series as of every day in a span, as steps: what `aidWithin(series, { from:
 * -Infinity, to: day })` answers, day by day, worked out in one sweep over the statements rather
 * than once a day (a series of a large dataset has thousands of statements).
 */

/** The total as of one day: the value and standing without the lists of statements behind it. */
export type AidPoint = Omit<AidValue, 'entries' | 'openEntries'>;

/** A stretch of days over which the total as of each day is the same. */
export interface AidStep {
  /** First and last day (inclusive). */
  from: number;
  to: number;
  value: AidPoint;
}

const NOT_STATED: AidPoint = { standing: 'not-stated', usd: 0, maxUsd: 0, qualifier: 'exact', bareDollar: false, converted: false, latest: null, lowerBound: [] };

/** The days within [from, to] on which the total may change: a segment begins or becomes certain, a statement begins or ends. */
function changeDays(series: AidSeries, from: number, to: number): number[] {
  const days = new Set<number>([from]);
  const add = (day: number) => {
    if (day > from && day <= to && Number.isFinite(day)) days.add(day);
  };
  for (const s of series.segments) {
    add(s.lo);
    add(s.hi);
  }
  for (const e of series.entries) {
    add(e.start);
    add(e.end + 1);
  }
  return [...days].sort((a, b) => a - b);
}

const sameValue = (a: AidPoint, b: AidPoint) =>
  a.standing === b.standing && a.usd === b.usd && a.maxUsd === b.maxUsd && a.latest === b.latest && a.qualifier === b.qualifier && a.lowerBound.join() === b.lowerBound.join() && a.bareDollar === b.bareDollar && a.converted === b.converted;

/** Steps of the total as of each day from `from` to `to` (finite days). Equal days merge into one step. */
export function aidSteps(series: AidSeries | undefined, from: number, to: number): AidStep[] {
  if (!series || to < from) return [];
  const byLo = [...series.segments].sort((a, b) => a.lo - b.lo);
  const byHi = [...series.segments].sort((a, b) => a.hi - b.hi);
  const entries = series.entries;
  const sweep: Sweep = { begun: 0, certain: 0, usd: 0, maxUsd: 0, latest: null, lastBegun: null, lastTotal: null, qualifiers: new Set(), bareDollar: false, converted: false };
  let lo = 0;
  let next = 0;
  const steps: AidStep[] = [];
  const days = changeDays(series, from, to);
  days.forEach((day, i) => {
    for (; lo < byLo.length && byLo[lo]!.lo <= day; lo++) {
      const e = byLo[lo]!.entry;
      sweep.begun++;
      sweep.maxUsd += byLo[lo]!.usd;
      sweep.qualifiers.add(e.qualifier);
      sweep.bareDollar ||= e.bareDollar;
      sweep.converted ||= e.converted;
    }
    for (; sweep.certain < byHi.length && byHi[sweep.certain]!.hi <= day; sweep.certain++) {
      const s = byHi[sweep.certain]!;
      sweep.usd += s.usd;
      sweep.latest = latestOf(sweep.latest ? [sweep.latest, s.entry] : [s.entry]);
    }
    for (; next < entries.length && entries[next]!.start <= day; next++) {
      sweep.lastBegun = entries[next]!;
      if (sweep.lastBegun.basis === 'total') sweep.lastTotal = sweep.lastBegun;
    }
    const value = pointOf(day, sweep);
    const last = i + 1 < days.length ? days[i + 1]! - 1 : to;
    const prev = steps[steps.length - 1];
    if (prev && sameValue(prev.value, value)) prev.to = last;
    else steps.push({ from: day, to: last, value });
  });
  return steps;
}

/** What the sweep has met by a day. */
interface Sweep {
  /** Segments begun (may be within the dates) and certain (wholly within). */
  begun: number;
  certain: number;
  usd: number;
  maxUsd: number;
  latest: AidEntry | null;
  lastBegun: AidEntry | null;
  lastTotal: AidEntry | null;
  /** The words and marks of the money behind every segment begun. */
  qualifiers: Set<Qualifier>;
  bareDollar: boolean;
  converted: boolean;
}

/** The value as of a day, by the same rules as `aidWithin` from the start of the aid (so From is bounded). */
function pointOf(day: number, s: Sweep): AidPoint {
  if (!s.begun) return NOT_STATED;
  const common = { usd: s.usd, maxUsd: s.maxUsd, qualifier: combineQualifiers([...s.qualifiers]), bareDollar: s.bareDollar, converted: s.converted, latest: s.latest };
  if (s.begun > s.certain || !s.latest) return { ...common, standing: 'range', lowerBound: [] };
  const reasons: LowerBoundReason[] = [];
  if (day > s.latest.end) reasons.push('later');
  if (s.lastBegun?.basis === 'increment') reasons.push('package');
  if (s.lastTotal?.record.subtype) reasons.push('subtype');
  return { ...common, standing: reasons.length ? 'at-least' : 'stated', lowerBound: reasons };
}

/** The steps of several types of one country added up: each day's standing is the least certain of theirs. */
export function combineSteps(stepsByType: readonly AidStep[][], from: number, to: number): AidStep[] {
  const lists = stepsByType.filter((l) => l.length);
  if (!lists.length) return [];
  const days = [...new Set([from, ...lists.flatMap((l) => l.map((s) => s.from))])].filter((d) => d >= from && d <= to).sort((a, b) => a - b);
  // One pointer per type: the days rise, so each list is walked once.
  const at = lists.map(() => 0);
  const out: AidStep[] = [];
  days.forEach((day, i) => {
    const values = lists.map((list, k) => {
      while (at[k]! < list.length && list[at[k]!]!.to < day) at[k]!++;
      const step = list[at[k]!];
      return step && step.from <= day ? step.value : NOT_STATED;
    });
    const value = combinePoints(values);
    const end = i + 1 < days.length ? days[i + 1]! - 1 : to;
    const prev = out[out.length - 1];
    if (prev && sameValue(prev.value, value)) prev.to = end;
    else out.push({ from: day, to: end, value });
  });
  return out;
}

/** Several values added up, as `combineValues` does. */
export function combinePoints(values: readonly AidPoint[]): AidPoint {
  const stated = values.filter((v) => v.standing !== 'not-stated');
  if (!stated.length) return NOT_STATED;
  const standing: AidPoint['standing'] = stated.some((v) => v.standing === 'range') ? 'range' : stated.some((v) => v.standing === 'at-least') ? 'at-least' : 'stated';
  return {
    standing,
    usd: stated.reduce((sum, v) => sum + v.usd, 0),
    maxUsd: stated.reduce((sum, v) => sum + v.maxUsd, 0),
    qualifier: combineQualifiers(stated.map((v) => v.qualifier)),
    bareDollar: stated.some((v) => v.bareDollar),
    converted: stated.some((v) => v.converted),
    latest: latestOf(stated.map((v) => v.latest).filter((e): e is AidEntry => e !== null)),
    lowerBound: [...new Set(stated.flatMap((v) => v.lowerBound))],
  };
}
