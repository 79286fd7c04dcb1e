import { memo } from 'react';
import type { ChartTheme } from '../../components/theme';
import { ClusterBadge } from './ClusterBadge';
import { CountBars } from './CountBars';
import type { TimelineInteraction } from './timeline-interaction';
import type { LaneLayout } from './timeline-lanes';
import { TimelineMarker } from './TimelineMarker';

export interface LaneMarksProps {
  layout: LaneLayout;
  label: string;
  barMax: number;
  /** The key of the lane's count bar under the pointer or chosen from the keyboard. */
  activeKey: string | null;
  theme: ChartTheme;
  interaction?: TimelineInteraction | undefined;
}

/**
 * One lane's count bars, markers and "+N" badges, in the lane's own coordinates. Memoised: a
 * country toggled draws its own lane again, and the others, whose layouts are kept, are left as
 * they are (the timeline's render after a country change at 10k records: see the README's
 * performance section).
 */
export const LaneMarks = memo(function LaneMarks({ layout, label, barMax, activeKey, theme, interaction }: LaneMarksProps) {
  return (
    <>
      {layout.bars && <CountBars bars={layout.clusters.filter((c) => c.column)} band={layout.bars} label={label} barMax={barMax} activeKey={activeKey} theme={theme} interaction={interaction} />}
      {layout.markers.map((m) => (
        <TimelineMarker key={m.key} marker={m} theme={theme} interaction={interaction} />
      ))}
      {layout.clusters
        .filter((c) => !c.column)
        .map((c) => (
          <ClusterBadge key={c.key} cluster={c} theme={theme} interaction={interaction} />
        ))}
    </>
  );
});
