import { memo, useDeferredValue, useRef, useState, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartSvg } from '../../components/ChartSvg';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { Legend } from '../../components/Legend';
import { useElementWidth } from '../../components/use-element-width';
import type { ResolvedFilters } from '../../model/dataset-model';
import { formatInteger } from '../../model/format';
import { useResolvedFilters } from '../../stores/use-resolved-filters';
import { ClusterList } from './ClusterList';
import { MILESTONES_TITLE } from './describe-timeline';
import { EventDetails } from './EventDetails';
import { TimelineList } from './TimelineList';
import { TimelineMarks } from './TimelineMarks';
import { TimelineStrip } from './TimelineStrip';
import { TimelineTable } from './TimelineTable';
import { TimelineTooltip } from './TimelineTooltip';
import { useTimeline } from './use-timeline';

export { MILESTONES_TITLE } from './describe-timeline';

type Props = { renderActions?: ((getSpec: () => ExportSpec) => ReactNode) | undefined };

/** The partnerships' milestones and aid announcements: lanes per country on a zoomable axis, or a list by year on a phone. */
export function Timeline({ renderActions }: Props) {
  // The timeline is the costliest view to draw: it follows a filter change in a render of its own,
  // after the checkbox and the bar charts have been painted, and the click's own render stops here
  // (TimelineView is memoised on the deferred filters). (INP of a country click at 4× CPU, 10k
  // records, slowest of 20: see the README's performance section.)
  const filters = useDeferredValue(useResolvedFilters());
  return <TimelineView renderActions={renderActions} filters={filters} />;
}

const TimelineView = memo(function TimelineView({ renderActions, filters }: Props & { filters: ResolvedFilters }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(areaRef);
  const zoomRef = useRef<SVGGElement>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const t = useTimeline(filters, width, zoomRef, tableOpen);
  useRegisterExport('milestones', t.getSpec);
  const { layout, theme, interaction } = t;

  const controls = t.list ? null : (
    <div className="chart-controls zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={t.zoomIn}>
        Zoom in
      </button>
      <button type="button" onClick={t.zoomOut} disabled={!t.zoomed}>
        Zoom out
      </button>
      <button type="button" onClick={t.resetZoom} disabled={!t.zoomed}>
        Reset zoom
      </button>
      <span className="hint hint--pointer">Ctrl + scroll to zoom, drag to pan</span>
      <span className="hint hint--touch">Pinch to zoom, drag with two fingers to pan</span>
    </div>
  );

  return (
    <ChartFrame
      title={MILESTONES_TITLE}
      caption={t.caption}
      legend={<Legend items={t.legend} theme={theme} idPrefix="timeline" label="Event categories" />}
      controls={controls}
      actions={renderActions?.(t.getSpec)}
      table={tableOpen ? <TimelineTable rows={t.tableRows} caption={t.tableCaption} /> : null}
      onTableToggle={setTableOpen}
      empty={t.empty}
      bodyRef={areaRef}
      footer={t.selected && !t.list ? <EventDetails event={t.selected} countryNames={t.model.countryNames} sources={t.model.sources} onClose={t.clearSelection} /> : null}
    >
      <p className="visually-hidden">{t.description}</p>
      {t.list ? (
        <TimelineList
          groups={t.groups}
          theme={theme}
          selectedId={interaction.selectedId}
          onSelect={t.toggle}
          onHover={t.hoverListEvent}
          details={(event, close) => <EventDetails event={event} countryNames={t.model.countryNames} sources={t.model.sources} onClose={close} inList />}
        />
      ) : (
        <div className="chart-area">
          <ChartSvg
            width={layout.width}
            height={layout.height}
            role="group"
            aria-label={`${MILESTONES_TITLE}: ${formatInteger(t.eventCount)} events shown; arrow keys move between them, Enter shows details`}
            aria-describedby={t.hovered || t.activeBar ? t.tooltipId : undefined}
          >
            <g ref={zoomRef} className={t.zoomed ? 'zoom-area zoomed' : 'zoom-area'}>
              <rect x={t.plotX} y={0} width={t.plotWidth} height={layout.height} fill="transparent" />
              <TimelineMarks layout={layout} theme={theme} highlighted={t.highlighted} interaction={interaction} activeBar={t.activeBar} />
            </g>
          </ChartSvg>
          {!t.openCluster && <TimelineTooltip id={t.tooltipId} stop={t.hovered} bar={t.activeBar} barY={t.activeBarY} countryNames={t.model.countryNames} boxWidth={width} />}
          {t.openCluster && (
            <ClusterList
              label={t.openCluster.ariaLabel.replace(/: open the list$/, '').replace(/^\d+ more /, `${formatInteger(t.openCluster.count)} `)}
              events={t.openCluster.events}
              x={t.openCluster.x}
              y={(layout.lanes.find((l) => l.key === t.openCluster!.lane)?.y ?? 0) + t.openCluster.y}
              boxWidth={width}
              theme={theme}
              selectedId={interaction.selectedId}
              onSelect={t.selectFromList}
              onClose={t.closeCluster}
              onDismiss={t.dismissCluster}
            />
          )}
        </div>
      )}
      {t.strip && (
        <TimelineStrip
          scale={t.strip.scale}
          extent={t.strip.extent}
          from={t.fromDay}
          to={t.toDay}
          selection={t.stripSelection}
          density={t.strip.density}
          ticks={t.strip.ticks}
          plotX={t.plotX}
          plotWidth={t.plotWidth}
          width={width}
          theme={theme}
          onRange={t.setRange}
          onStepKey={t.onStepKey}
        />
      )}
    </ChartFrame>
  );
});
