import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { DataTable } from '../../components/DataTable';
import { Legend, type LegendItem } from '../../components/Legend';
import { Tooltip } from '../../components/Tooltip';
import { useChartTheme } from '../../components/theme';
import { useElementWidth } from '../../components/use-element-width';
import { listInWords } from '../../model/dataset-model';
import { formatIsoRange, formatMeasure, formatUsdFull } from '../../model/format';
import { MEASURES, MEASURE_LABELS } from '../../model/measures';
import { useFiltersStore } from '../../stores/filters-store';
import { LAYOUTS } from '../../stores/url-state';
import { AID_TYPE_LABELS, AID_TYPE_PATTERNS } from './aid-constants';
import { buildAidExport } from './aid-export';
import { AidBars } from './AidBars';
import { AidTooltip } from './AidTooltip';
import type { PlacedAidBar } from './compute-aid-bars';
import { describeAidRecord, sourceLabels } from './describe-aid';
import { InKindList } from './InKindList';
import { useAidChart } from './use-aid-chart';

/** Title of the aid figure (its accessible name). */
export const AID_TITLE = 'Aid to Ukraine by country and type';

function RadioGroup<T extends string>({ legend, name, options, value, labels, onChange }: { legend: string; name: string; options: readonly T[]; value: T; labels: Record<T, string>; onChange: (v: T) => void }) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o}>
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
          <span>{labels[o]}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The aid chart: military, humanitarian and financial aid per country, grouped or stacked. */
export function AidChart({ renderActions }: { renderActions?: (getSpec: () => ExportSpec) => ReactNode }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(areaRef);
  const theme = useChartTheme();
  const tooltipId = useId();
  const name = useId();
  const { model, filters, cells, inKind, layout, barLayout, empty } = useAidChart(width);
  const getSpec = useCallback(() => buildAidExport({ title: AID_TITLE, model, filters, cells, inKind, layout: barLayout }), [model, filters, cells, inKind, barLayout]);
  useRegisterExport('aid', getSpec);
  const highlighted = useFiltersStore((s) => s.hoveredCountry);
  const setHovered = useFiltersStore((s) => s.setHoveredCountry);
  const setMeasure = useFiltersStore((s) => s.setMeasure);
  const setLayout = useFiltersStore((s) => s.setLayout);
  const [active, setActive] = useState<PlacedAidBar | null>(null);

  const onEnter = useCallback(
    (bar: PlacedAidBar) => {
      setActive(bar);
      setHovered(bar.country);
    },
    [setHovered],
  );
  const onLeave = useCallback(() => {
    setActive(null);
    setHovered(null);
  }, [setHovered]);

  const legendItems: LegendItem[] = filters.types.map((t) => ({ key: t, label: AID_TYPE_LABELS[t], color: theme.aid[t], fill: AID_TYPE_PATTERNS[t] }));
  const drawnRecords = layout.bars.flatMap((b) => b.cell.records);
  const sources = sourceLabels(drawnRecords, model.sources);
  const range = formatIsoRange(filters.fromIso, filters.toIso);
  const caption = `${MEASURE_LABELS[filters.measure].name} committed ${range}, as the sources state it${sources.length ? ` (${listInWords(sources)})` : ''}.${layout.cutAt !== null ? ' A bar marked // runs past the axis; its full value is printed.' : ''}`;
  const measureLabels = Object.fromEntries(MEASURES.map((m) => [m, MEASURE_LABELS[m].name])) as Record<(typeof MEASURES)[number], string>;

  const table = (
    <DataTable
      caption={`${AID_TITLE}: ${MEASURE_LABELS[filters.measure].name}, ${range}`}
      columns={[
        { key: 'country', header: 'Country' },
        { key: 'type', header: 'Aid type' },
        { key: 'value', header: MEASURE_LABELS[filters.measure].name, numeric: true },
        { key: 'usd', header: 'US$ committed', numeric: true },
        { key: 'records', header: 'As printed in the sources' },
      ]}
      rows={layout.bars.map((bar) => ({
        key: bar.key,
        cells: [
          bar.countryName,
          AID_TYPE_LABELS[bar.type],
          bar.value === null ? 'no indicator' : bar.usd === 0 ? 'none stated' : formatMeasure(bar.value, filters.measure),
          formatUsdFull(bar.usd),
          bar.cell.records.length
            ? bar.cell.records
                .map((r) => {
                  const d = describeAidRecord(r);
                  return `${d.date}, ${d.basis}: ${d.money ?? r.summary}`;
                })
                .join('; ')
            : 'none stated',
        ],
      }))}
    />
  );

  return (
    <ChartFrame
      title={AID_TITLE}
      caption={caption}
      legend={<Legend items={legendItems} theme={theme} idPrefix="aid" label="Aid types" />}
      controls={
        <div className="chart-controls">
          <RadioGroup legend="Measure" name={`${name}-measure`} options={MEASURES} value={filters.measure} labels={measureLabels} onChange={setMeasure} />
          <RadioGroup legend="Layout" name={`${name}-layout`} options={LAYOUTS} value={barLayout} labels={{ grouped: 'Grouped', stacked: 'Stacked' }} onChange={setLayout} />
        </div>
      }
      actions={renderActions?.(getSpec)}
      bodyRef={areaRef}
      table={table}
      empty={empty}
      footer={<InKindList records={inKind} countryNames={model.countryNames} sources={model.sources} />}
    >
      <div className="chart-area" onPointerLeave={onLeave}>
        <svg width={layout.width} height={layout.height} role="group" aria-label={`${AID_TITLE}: bars`} aria-describedby={active ? tooltipId : undefined}>
          <AidBars layout={layout} theme={theme} idPrefix="aid-screen" highlighted={highlighted} interaction={{ activeKey: active?.key ?? null, onEnter, onLeave }} />
        </svg>
        {active && (
          <Tooltip id={tooltipId} x={active.x + active.width} y={active.y} boxWidth={layout.width}>
            <AidTooltip bar={active} measure={filters.measure} window={filters.window} sources={model.sources} />
          </Tooltip>
        )}
      </div>
    </ChartFrame>
  );
}
