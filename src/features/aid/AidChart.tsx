import { useId, useMemo, useRef, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartSvg } from '../../components/ChartSvg';
import { RadioGroup } from '../../components/RadioGroup';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { Legend } from '../../components/Legend';
import { Tooltip } from '../../components/Tooltip';
import { useChartTheme } from '../../components/theme';
import { useChartWidth } from '../../components/use-element-width';
import { useStableCallback } from '../../components/use-latest';
import { useMarkNavigation } from '../../components/use-mark-navigation';
import { AID_QUESTIONS } from '../../model/aid';
import { LAYOUTS, MEASURES, MEASURE_LABELS } from '../../model/measures';
import { DOLLAR_READINGS } from '../../model/money-reading';
import { useFiltersStore } from '../../stores/filters-store';
import { useHighlightedCountries } from '../../stores/use-resolved-filters';
import { buildAidExport } from './aid-export';
import { aidLegendItems } from '../../components/aid-style';
import { AidMarks } from './AidMarks';
import { AidTable } from './AidTable';
import { AidTooltip } from './AidTooltip';
import type { PlacedAidBar } from './compute-aid';
import { AID_TITLE, QUESTION_NAMES, READING_NAMES, aidTooltip } from './describe-aid';
import { InKindList } from './InKindList';
import { useAid } from './use-aid';
import './aid.css';

export { AID_TITLE };

const MEASURE_NAMES = Object.fromEntries(MEASURES.map((m) => [m, MEASURE_LABELS[m].name])) as Record<(typeof MEASURES)[number], string>;
const LAYOUT_NAMES = { grouped: 'Grouped', stacked: 'Stacked' } as const;

/** The aid chart: military, humanitarian and financial aid per country, grouped or stacked, with each value's standing and date. */
export function AidChart({ renderActions }: { renderActions?: (getSpec: () => ExportSpec) => ReactNode }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const { width, measured } = useChartWidth(areaRef);
  const theme = useChartTheme();
  const tooltipId = useId();
  const name = useId();
  const aid = useAid(width);
  const { model, filters, question, reading, layoutName, layout, inKind, description } = aid;
  const getSpec = useStableCallback(() => buildAidExport({ model, filters, question, reading, layout: layoutName, ...aid.selection }));
  useRegisterExport('aid', getSpec);
  const actions = useMemo(() => renderActions?.(getSpec), [renderActions, getSpec]);
  const highlighted = useHighlightedCountries();
  const setMeasure = useFiltersStore((s) => s.setMeasure);
  const setLayout = useFiltersStore((s) => s.setLayout);
  const setQuestion = useFiltersStore((s) => s.setQuestion);
  const setDollar = useFiltersStore((s) => s.setDollar);
  const setHovered = useFiltersStore((s) => s.setHoveredCountry);
  const { activeMark: active, navigation, onAreaLeave } = useMarkNavigation(layout.bars, tooltipId, (bar) => setHovered(bar?.country ?? null));

  const controls = (
    <div className="chart-controls">
      <RadioGroup legend="Question" name={`${name}-question`} options={AID_QUESTIONS} value={question} labels={QUESTION_NAMES} onChange={setQuestion} />
      <RadioGroup legend="Measure" name={`${name}-measure`} options={MEASURES} value={filters.measure} labels={MEASURE_NAMES} onChange={setMeasure} />
      {/* The rarer switches, behind one disclosure: the chart comes first. */}
      <details className="chart-settings">
        <summary>Settings</summary>
        <div className="chart-settings__body">
          <RadioGroup legend="Layout" name={`${name}-layout`} options={LAYOUTS} value={layoutName} labels={LAYOUT_NAMES} onChange={setLayout} />
          {model.dataset.exchangeRates && (
            <RadioGroup legend="A bare “$” is read as" name={`${name}-dollar`} options={DOLLAR_READINGS} value={reading} labels={READING_NAMES} onChange={setDollar} />
          )}
        </div>
      </details>
    </div>
  );
  const empty = description.empty;
  return (
    <ChartFrame
      title={description.title}
      caption={description.subtitle}
      description={description.inWords}
      legend={empty ? null : <Legend items={aidLegendItems(filters.types, description.standings, theme)} theme={theme} idPrefix="aid" label="How to read the bars" />}
      controls={controls}
      actions={actions}
      bodyRef={areaRef}
      table={<AidTable input={aid.describeInput} />}
      empty={empty}
      footer={
        <>
          {!empty && description.notes.length + layout.notes.length > 0 && (
            <ul className="chart-notes" aria-label="Notes">
              {[...layout.notes, ...description.notes].map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <InKindList records={inKind} countryNames={model.countryNames} sources={model.sources} />
          {!empty && description.sources.length > 0 && <p className="chart-sources">{description.sources.join(' ')}</p>}
        </>
      }
    >
      <div className="chart-area" onPointerLeave={onAreaLeave}>
        {measured && (
          <ChartSvg width={layout.width} height={layout.height} role="group" aria-label={`${AID_TITLE}: bars`}>
            <AidMarks layout={layout} theme={theme} idPrefix="aid-screen" highlighted={highlighted} navigation={navigation} />
          </ChartSvg>
        )}
        {active && (
          <Tooltip id={tooltipId} x={active.x + active.width} y={active.y} boxWidth={layout.width}>
            <AidTooltip text={aidTooltip((active as PlacedAidBar).cell, aid.describeInput)} pinned={navigation.pinned} />
          </Tooltip>
        )}
      </div>
    </ChartFrame>
  );
}
