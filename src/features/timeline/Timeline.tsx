import { memo, useDeferredValue, useRef, useState, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { Legend } from '../../components/Legend';
import { useElementWidth } from '../../components/use-element-width';
import type { ResolvedFilters } from '../../model/dataset-model';
import { useResolvedFilters } from '../../stores/use-resolved-filters';
import { MILESTONES_TITLE } from './describe-timeline';
import { EventDetails } from './EventDetails';
import { TimelineList } from './TimelineList';
import { TimelineChart } from './TimelineChart';
import { TimelineStrip } from './TimelineStrip';
import { TimelineTable } from './TimelineTable';
import { useTimeline } from './use-timeline';
import { ZoomControls } from './ZoomControls';

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
  const { layout, theme, handlers: h, resolved, description: d, plot } = t;

  const controls = t.list ? null : <ZoomControls zoomed={t.zoomed} empty={!!d.empty} onZoomIn={h.zoomIn} onZoomOut={h.zoomOut} onReset={h.resetZoom} />;

  return (
    <ChartFrame
      title={MILESTONES_TITLE}
      subtitle={d.subtitle}
      sources={d.sources.join(' ')}
      notes={d.notes}
      legend={<Legend items={d.legend} theme={theme} idPrefix="timeline" label="Event categories" />}
      controls={controls}
      actions={renderActions?.(t.getSpec)}
      table={tableOpen ? <TimelineTable rows={d.table.rows} caption={d.table.caption} /> : null}
      onTableToggle={setTableOpen}
      empty={d.empty}
      bodyRef={areaRef}
      footer={t.selected && !t.list ? <EventDetails event={t.selected} countryNames={t.model.countryNames} sources={t.model.sources} onClose={h.clearSelection} /> : null}
    >
      <p className="visually-hidden">{d.inWords}</p>
      {t.list ? (
        <TimelineList
          groups={t.groups}
          theme={theme}
          selectedId={h.interaction.selectedId}
          onSelect={h.toggle}
          onHover={h.hoverListEvent}
          details={(event, close) => <EventDetails event={event} countryNames={t.model.countryNames} sources={t.model.sources} onClose={close} inList />}
        />
      ) : (
        <TimelineChart
          layout={layout}
          theme={theme}
          plot={plot}
          width={width}
          zoomRef={zoomRef}
          zoomed={t.zoomed}
          highlighted={t.highlighted}
          resolved={resolved}
          handlers={h}
          countryNames={t.model.countryNames}
        />
      )}
      {t.strip && (
        <TimelineStrip strip={t.strip} plotX={plot.plotX} plotWidth={plot.plotWidth} width={width} theme={theme} onBrush={(px) => h.onBrush(t.strip!, px)} onStepKey={h.onStepKey} />
      )}
    </ChartFrame>
  );
});
