import { useId, type RefObject } from 'react';
import { ChartSvg } from '../../components/ChartSvg';
import type { ChartTheme } from '../../components/theme';
import { formatInteger } from '../../model/format';
import { ClusterList } from './ClusterList';
import type { TimelineLayout } from './compute-timeline';
import { MILESTONES_TITLE } from './describe-timeline';
import { eventsDrawn, type PlotFrame, type ResolvedUi, type TimelineStop } from './timeline-controller';
import type { TimelineInteraction } from './timeline-interaction';
import type { TimelineEvent } from '../../model/timeline';
import { TimelineMarks } from './TimelineMarks';
import { TimelineTooltip } from './TimelineTooltip';

/** The handlers the drawn chart needs (from `useTimelineHandlers`). */
interface ChartHandlers {
  interaction: TimelineInteraction;
  selectFromList: (event: TimelineEvent) => void;
  closeCluster: () => void;
  dismissCluster: () => void;
}

/** The lanes on screen: the zoomable SVG, the tooltip of what is hovered or focused, and an open badge's list. */
export function TimelineChart({
  layout,
  theme,
  plot,
  width,
  zoomRef,
  zoomed,
  highlighted,
  resolved,
  handlers: h,
  countryNames,
}: {
  layout: TimelineLayout & { stops: readonly TimelineStop[] };
  theme: ChartTheme;
  plot: PlotFrame;
  width: number;
  zoomRef: RefObject<SVGGElement | null>;
  zoomed: boolean;
  highlighted: readonly string[];
  resolved: ResolvedUi;
  handlers: ChartHandlers;
  countryNames: ReadonlyMap<string, string>;
}) {
  const tooltipId = useId();
  const open = resolved.openCluster;
  const { selectedId } = h.interaction;
  // The spans shown: of the marker hovered or focused, and of the selected event (in each of its lanes).
  const active = layout.stops.flatMap((s) => (s.marker && (s === resolved.hovered || s.marker.event.id === selectedId) ? [s.marker] : []));
  return (
    <div className="chart-area">
      <ChartSvg
        width={layout.width}
        height={layout.height}
        role="group"
        aria-label={`${MILESTONES_TITLE}: ${formatInteger(eventsDrawn(layout.stops))} events shown; arrow keys move between them, Enter shows details`}
        aria-describedby={resolved.hovered || resolved.activeBar ? tooltipId : undefined}
      >
        <g ref={zoomRef} className={zoomed ? 'zoom-area zoomed' : 'zoom-area'}>
          <rect x={plot.plotX} y={0} width={plot.plotWidth} height={layout.height} fill="transparent" />
          <TimelineMarks layout={layout} theme={theme} highlighted={highlighted} interaction={h.interaction} activeBar={resolved.activeBar} active={active} />
        </g>
      </ChartSvg>
      {!open && <TimelineTooltip id={tooltipId} stop={resolved.hovered} bar={resolved.activeBar} barY={resolved.activeBarY} countryNames={countryNames} boxWidth={width} />}
      {open && (
        <ClusterList
          label={open.heading}
          events={open.events}
          x={open.x}
          y={(layout.lanes.find((l) => l.key === open.lane)?.y ?? 0) + open.y}
          boxWidth={width}
          theme={theme}
          selectedId={h.interaction.selectedId}
          onSelect={h.selectFromList}
          onClose={h.closeCluster}
          onDismiss={h.dismissCluster}
        />
      )}
    </div>
  );
}
