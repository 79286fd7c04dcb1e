import type { AidType } from '../data/schema';
import { STANDING_KEY } from '../model/aid-words';
import { AID_TYPE_LABELS } from '../model/labels';
import type { LegendItem } from './Legend';
import type { ChartTheme } from './theme';

/** Fill patterns of the aid types, a second cue beside colour: solid, diagonal hatching, dots. */
export const AID_TYPE_PATTERNS: Record<AidType, 'solid' | 'hatch' | 'dots'> = {
  military: 'solid',
  humanitarian: 'hatch',
  financial: 'dots',
  unspecified: 'solid',
};

/** An aid legend: a swatch per type shown, then an example bar of each standing drawn, each explained once. */
export function aidLegendItems(types: readonly AidType[], standings: readonly (keyof typeof STANDING_KEY)[], theme: ChartTheme): LegendItem[] {
  return [
    ...types.map((t): LegendItem => ({ key: t, label: AID_TYPE_LABELS[t], color: theme.aid[t], fill: AID_TYPE_PATTERNS[t] })),
    ...standings.map((s): LegendItem => ({ key: `standing-${s}`, label: STANDING_KEY[s], color: theme.text, standing: s })),
  ];
}
