import type { LegendItem } from '../../components/Legend';
import type { ChartTheme } from '../../components/theme';
import type { AidType } from '../../data/schema';
import { AID_TYPE_LABELS } from '../../model/labels';
import { AID_TYPE_PATTERNS } from './aid-constants';
import { STANDING_KEY } from './describe-aid';

/** The aid legend: a swatch per type shown, then an example bar of each standing drawn, each explained once. */
export function aidLegendItems(types: readonly AidType[], standings: readonly (keyof typeof STANDING_KEY)[], theme: ChartTheme): LegendItem[] {
  return [
    ...types.map((t): LegendItem => ({ key: t, label: AID_TYPE_LABELS[t], color: theme.aid[t], fill: AID_TYPE_PATTERNS[t] })),
    ...standings.map((s): LegendItem => ({ key: `standing-${s}`, label: STANDING_KEY[s], color: theme.text, standing: s })),
  ];
}
