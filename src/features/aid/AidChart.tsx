import { useId, useMemo, useRef, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartSvg } from '../../components/ChartSvg';
import { useHoverTarget } from '../../components/use-hover-target';
import { useStableCallback } from '../../components/use-latest';
import { RadioGroup } from '../../components/RadioGroup';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { Legend, type LegendItem } from '../../components/Legend';
import { Tooltip } from '../../components/Tooltip';
import { useChartTheme } from '../../components/theme';
import { useElementWidth } from '../../components/use-element-width';
import { listInWords } from '../../model/dataset-model';
import { aidSourcesWithin } from '../../model/aid';
import { formatIsoRange } from '../../model/format';
import { MEASURES, MEASURE_LABELS } from '../../model/measures';
import { useFiltersStore } from '../../stores/filters-store';
import { useHighlightedCountry } from '../../stores/use-resolved-filters';
import { LAYOUTS } from '../../stores/url-state';
import { AID_TYPE_LABELS, AID_TYPE_PATTERNS } from './aid-constants';
import { buildAidExport } from './aid-export';
import { AidBars } from './AidBars';
import { AidTable } from './AidTable';
import { AidTooltip } from './AidTooltip';
import type { PlacedAidBar } from './compute-aid-bars';
import { InKindList } from './InKindList';
import { useAidChart } from './use-aid-chart';

/** Title of the aid figure (its accessible name). */
export const AID_TITLE = 'Aid to Ukraine by country and type';

const MEASURE_NAMES = Object.fromEntries(MEASURES.map((m) => [m, MEASURE_LABELS[m].name])) as Record<(typeof MEASURES)[number], string>;
const LAYOUT_NAMES = { grouped: 'Grouped', stacked: 'Stacked' } as const;

/** The aid chart: military, humanitarian and financial aid per country, grouped or stacked. */
export function AidChart({ renderActions }: { renderActions?: (getSpec: () => ExportSpec) => ReactNode }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(areaRef);
  const theme = useChartTheme();
  const tooltipId = useId();
  const name = useId();
  const { model, filters, cells, inKind, layout, barLayout, empty } = useAidChart(width);
  const getSpec = useStableCallback(() => ({ ...buildAidExport({ title: AID_TITLE, model, filters, cells, inKind: inKind.first(inKind.count), layout: barLayout }), empty }));
  useRegisterExport('aid', getSpec);
  const actions = useMemo(() => renderActions?.(getSpec), [renderActions, getSpec]);
  const highlighted = useHighlightedCountry();
  const setMeasure = useFiltersStore((s) => s.setMeasure);
  const setLayout = useFiltersStore((s) => s.setLayout);

  const { active, onEnter, onLeave } = useHoverTarget<PlacedAidBar>();
  // Kept while the measure and layout stay: a country or type change leaves the radios alone.
  const controls = useMemo(
    () => (
      <div className="chart-controls">
        <RadioGroup legend="Measure" name={`${name}-measure`} options={MEASURES} value={filters.measure} labels={MEASURE_NAMES} onChange={setMeasure} />
        <RadioGroup legend="Layout" name={`${name}-layout`} options={LAYOUTS} value={barLayout} labels={LAYOUT_NAMES} onChange={setLayout} />
      </div>
    ),
    [name, filters.measure, barLayout, setMeasure, setLayout],
  );

  const legendItems = useMemo<LegendItem[]>(() => filters.types.map((t) => ({ key: t, label: AID_TYPE_LABELS[t], color: theme.aid[t], fill: AID_TYPE_PATTERNS[t] })), [filters.types, theme]);
  const sources = useMemo(() => {
    const ids = aidSourcesWithin(model.aid, filters.countries, filters.types, filters.window);
    return model.dataset.sources.filter((s) => ids.has(s.id)).map((s) => s.label);
  }, [model, filters]);
  const range = formatIsoRange(filters.fromIso, filters.toIso);
  const caption = `${MEASURE_LABELS[filters.measure].name} committed ${range}, as the sources state it${sources.length ? ` (${listInWords(sources)})` : ''}.${layout.cutAt !== null ? ' A bar marked // runs past the axis; its full value is printed.' : ''}`;

  return (
    <ChartFrame
      title={AID_TITLE}
      caption={caption}
      legend={<Legend items={legendItems} theme={theme} idPrefix="aid" label="Aid types" />}
      controls={controls}
      actions={actions}
      bodyRef={areaRef}
      table={<AidTable bars={layout.bars} measure={filters.measure} caption={`${AID_TITLE}: ${MEASURE_LABELS[filters.measure].name}, ${range}`} />}
      empty={empty}
      footer={<InKindList selection={inKind} countryNames={model.countryNames} sources={model.sources} />}
    >
      <div className="chart-area" onPointerLeave={onLeave}>
        <ChartSvg width={layout.width} height={layout.height} role="group" aria-label={`${AID_TITLE}: bars`} aria-describedby={active ? tooltipId : undefined}>
          <AidBars layout={layout} theme={theme} idPrefix="aid-screen" highlighted={highlighted} interaction={{ activeKey: active?.key ?? null, onEnter, onLeave }} />
        </ChartSvg>
        {active && (
          <Tooltip id={tooltipId} x={active.x + active.width} y={active.y} boxWidth={layout.width}>
            <AidTooltip bar={active} measure={filters.measure} window={filters.window} sources={model.sources} />
          </Tooltip>
        )}
      </div>
    </ChartFrame>
  );
}
