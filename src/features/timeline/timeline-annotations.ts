import type { ScaleTime } from 'd3-scale';
import { textWidth } from '../../components/text-width';
import { dayToDate } from '../../model/dates';
import type { DensityAxis } from './timeline-axis';
import type { PlacedMarker } from './timeline-lanes';

/** Sizes of the key events' labels, in px. */
export const LABEL = {
  fontSize: 11,
  lineHeight: 13,
  /** Rows of labels above the lanes. */
  tiers: 2,
  /** Labels labelled on the chart at most. */
  most: 6,
  /** Free space between two labels of a row, and around a leader line passing another row's label. */
  gap: 8,
} as const;

/** How wide and how many lines a label may be on a plot of this width: narrower and taller on a narrower plot, so as many fit. */
export function labelShape(plotWidth: number): { maxWidth: number; lines: number } {
  const maxWidth = Math.round(Math.max(110, Math.min(210, plotWidth / 5)));
  return { maxWidth, lines: maxWidth < 150 ? 3 : 2 };
}

/** The height of one row of labels of so many lines, with the space under them. */
export const tierHeight = (lines: number): number => lines * LABEL.lineHeight + 6;

/** A key event's label, placed: its lines, its row (0 nearest the lanes), and where its leader line runs down to the marker. */
export interface KeyLabel {
  key: string;
  lines: string[];
  tier: number;
  /** The leader's x (the marker's), and the label's extent along its row. */
  x: number;
  x0: number;
  x1: number;
  anchor: 'start' | 'end';
  /** The marker's centre, in the timeline's coordinates (the lanes moved down under the labels). */
  markerY: number;
}

/** A title in at most `most` lines of `maxWidth` px, cut with "…" where it runs on. */
export function wrapLabel(title: string, maxWidth: number, most: number): string[] {
  const width = (s: string) => textWidth(s, LABEL.fontSize);
  const lines: string[] = [];
  let line = '';
  const words = title.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (width(next) <= maxWidth || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === most - 1) {
      // The last line takes the rest of the title, cut to fit.
      const rest = words.slice(i);
      if (width(rest.join(' ')) <= maxWidth) return [...lines, rest.join(' ')];
      // Cut at a word, the comma or colon before it dropped: "… for the…", not "… for the thir…".
      while (rest.length > 1 && width(`${rest.join(' ')}…`) > maxWidth) rest.pop();
      return [...lines, `${rest.join(' ').replace(/[,:;]$/, '')}…`];
    }
  }
  return [...lines, line].filter(Boolean);
}

/**
 * A title in `most` lines, widened by up to half as much again where that keeps it whole: a key
 * event's name cut short ("… for the…") says less than a slightly wider label.
 */
function fittedLabel(title: string, maxWidth: number, most: number): string[] {
  for (let width = maxWidth; width <= maxWidth * 1.5; width += 10) {
    const lines = wrapLabel(title, width, most);
    if (!lines[lines.length - 1]?.endsWith('…')) return lines;
  }
  return wrapLabel(title, maxWidth, most);
}

interface Candidate {
  marker: PlacedMarker;
  markerY: number;
  lines: string[];
  width: number;
  weight: number;
}

/** Whether two placed labels can stand together: apart in a row, and no leader through a label of a lower row. */
function compatible(a: KeyLabel, b: KeyLabel): boolean {
  if (a.tier === b.tier) return a.x1 + LABEL.gap <= b.x0 || b.x1 + LABEL.gap <= a.x0;
  const [high, low] = a.tier > b.tier ? [a, b] : [b, a];
  return high.x < low.x0 - LABEL.gap / 2 || high.x > low.x1 + LABEL.gap / 2;
}

/** The ways a label may stand: in each row, running right or left of its leader, within [left, right]. */
function options(c: Candidate, left: number, right: number): KeyLabel[] {
  const out: KeyLabel[] = [];
  for (let tier = 0; tier < LABEL.tiers; tier++) {
    for (const anchor of ['start', 'end'] as const) {
      const x0 = anchor === 'start' ? c.marker.x : c.marker.x - c.width - 3;
      const x1 = anchor === 'start' ? c.marker.x + c.width + 3 : c.marker.x;
      if (x0 >= left && x1 <= right) out.push({ key: c.marker.key, lines: c.lines, tier, x: c.marker.x, x0, x1, anchor, markerY: c.markerY });
    }
  }
  return out;
}

/**
 * Labels for key events above the lanes: as many as fit, the weightiest first (summits before
 * meetings of ministers), in up to two rows, each label to the right or left of a leader line
 * down to its marker, no two overlapping and no leader through another label. Every arrangement
 * of the few candidates is tried (at most five ways each for six labels), so a label that fits is
 * never left out because an earlier one took its place.
 */
export function placeKeyLabels(markers: readonly { marker: PlacedMarker; markerY: number; weight: number }[], bounds: { left: number; right: number; maxWidth: number; lines: number }): KeyLabel[] {
  const candidates: Candidate[] = [...markers]
    .sort((a, b) => b.weight - a.weight || a.marker.event.start - b.marker.event.start)
    .slice(0, LABEL.most)
    .map((m) => {
      const lines = fittedLabel(m.marker.event.title, bounds.maxWidth, bounds.lines);
      return { ...m, lines, width: Math.max(...lines.map((l) => textWidth(l, LABEL.fontSize))) };
    });
  const ways = candidates.map((c) => options(c, bounds.left, bounds.right));
  let best: { score: number; labels: KeyLabel[] } = { score: 0, labels: [] };
  const search = (i: number, chosen: KeyLabel[], score: number) => {
    if (i === candidates.length) {
      if (score > best.score) best = { score, labels: [...chosen] };
      return;
    }
    // What is left cannot beat the best: stop here.
    if (score + candidates.slice(i).reduce((n, c) => n + c.weight, 0) <= best.score) return;
    for (const way of ways[i]!) {
      if (!chosen.every((c) => compatible(c, way))) continue;
      chosen.push(way);
      // A label in the row nearest the lanes is worth a little more: fewer rows, shorter leaders.
      search(i + 1, chosen, score + candidates[i]!.weight - way.tier * 0.01);
      chosen.pop();
    }
    search(i + 1, chosen, score);
  };
  search(0, [], 0);
  return best.labels.sort((a, b) => a.x - b.x);
}

/** A stretch of the axis where time runs much faster than on an even axis: compressed, to be marked. */
export interface AxisBreak {
  /** In px, within the plot. */
  x0: number;
  x1: number;
  /** First and last day. */
  from: number;
  to: number;
}

/**
 * The compressed stretches of an axis: runs of at least three months in which time runs at less
 * than a quarter of the pace of an even axis (months without events), where they show in the plot.
 */
export function compressedStretches(axis: DensityAxis, scale: ScaleTime<number, number>, plot: { x: number; width: number }): AxisBreak[] {
  const { days, fractions } = axis;
  const total = days[days.length - 1]! - days[0]!;
  const out: AxisBreak[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && days[end]! - days[start]! >= 89) {
      const x0 = Math.max(plot.x, scale(dayToDate(days[start]!)));
      const x1 = Math.min(plot.x + plot.width, scale(dayToDate(days[end]!)));
      if (x1 > x0) out.push({ x0, x1, from: days[start]!, to: days[end]! - 1 });
    }
    start = -1;
  };
  for (let i = 0; i < days.length - 1; i++) {
    const pace = ((fractions[i + 1]! - fractions[i]!) / (days[i + 1]! - days[i]!)) * total;
    if (pace < 0.25) {
      if (start < 0) start = i;
    } else close(i);
  }
  close(days.length - 1);
  return out;
}
