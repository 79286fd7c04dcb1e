import { useId, useMemo, useRef, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartSvg } from '../../components/ChartSvg';
import { RadioGroup } from '../../components/RadioGroup';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { Legend, type LegendItem } from '../../components/Legend';
import { Tooltip } from '../../components/Tooltip';
import { useChartTheme } from '../../components/theme';
import { useChartWidth } from '../../components/use-element-width';
import { useStableCallback } from '../../components/use-latest';
import { useMarkNavigation } from '../../components/use-mark-navigation';
import { AID_QUESTIONS } from '../../model/aid';
import { LAYOUTS, MEASURES, MEASURE_LABELS } from '../../model/measures';
import { DOLLAR_READINGS } from '../../model/money-reading';
import { AID_TYPE_LABELS } from '../../model/labels';
import { useFiltersStore } from '../../stores/filters-store';
import { useHighlightedCountries } from '../../stores/use-resolved-filters';
import { AID_TYPE_PATTERNS } from './aid-constants';
import { buildAidExport } from './aid-export';
import { AidMarks } from './AidMarks';
import { AidTable } from './AidTable';
import { AidTooltip } from './AidTooltip';
import type { PlacedAidBar } from './compute-aid';
import { AID_TITLE, QUESTION_NAMES, READING_NAMES, bareDollarNote, readingNotes } from './describe-aid';
import { InKindList } from './InKindList';
import { useAid } from './use-aid';

export { AID_TITLE };

const MEASURE_NAMES = Object.fromEntries(MEASURES.map((m) => [m, MEASURE_LABELS[m].name])) as Record<(typeof MEASURES)[number], string>;
const LAYOUT_NAMES = { grouped: 'Grouped', stacked: 'Stacked' } as const;

/** The aid chart: military, humanitarian and financial aid per country, grouped or stacked, with each value's standing. */
export function AidChart({ renderActions }: { renderActions?: (getSpec: () => ExportSpec) => ReactNode }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const { width, measured } = useChartWidth(areaRef);
  const theme = useChartTheme();
  const tooltipId = useId();
  const name = useId();
  const aid = useAid(width);
  const { model, filters, question, reading, layoutName, layout, inKind, caption, empty, bareDollar } = aid;
  const getSpec = useStableCallback(() => ({ ...buildAidExport({ model, filters, question, reading, layout: layoutName, cells: aid.cells, inKind, sources: aid.sources }), empty }));
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
      <RadioGroup legend="Layout" name={`${name}-layout`} options={LAYOUTS} value={layoutName} labels={LAYOUT_NAMES} onChange={setLayout} />
      {model.dataset.exchangeRates && (
        <RadioGroup legend="A bare “$” is read as" name={`${name}-dollar`} options={DOLLAR_READINGS} value={reading} labels={READING_NAMES} onChange={setDollar} />
      )}
    </div>
  );
  const legendItems: LegendItem[] = filters.types.map((t) => ({ key: t, label: AID_TYPE_LABELS[t], color: theme.aid[t], fill: AID_TYPE_PATTERNS[t] }));
  const notes = [...readingNotes({ question, converted: aid.converted, fromIso: filters.fromIso, toIso: filters.toIso, onScreen: true }), ...(bareDollar ? [bareDollarNote(reading, model.dataset.exchangeRates, aid.cells, model.countryNames)] : [])];

  return (
    <ChartFrame
      title={AID_TITLE}
      caption={caption}
      description={aid.description}
      legend={
        <>
          <Legend items={legendItems} theme={theme} idPrefix="aid" label="Aid types" />
          <ul className="chart-notes" aria-label="How to read the bars">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      }
      controls={controls}
      actions={actions}
      bodyRef={areaRef}
      table={<AidTable cells={aid.cells} measure={filters.measure} indicators={model.indicators} names={model.countryNames} caption={`${AID_TITLE}: ${caption}`} />}
      empty={empty}
      footer={<InKindList records={inKind} countryNames={model.countryNames} sources={model.sources} />}
    >
      <div className="chart-area" onPointerLeave={onAreaLeave}>
        {measured && (
          <ChartSvg width={layout.width} height={layout.height} role="group" aria-label={`${AID_TITLE}: bars`}>
            <AidMarks layout={layout} theme={theme} idPrefix="aid-screen" highlighted={highlighted} navigation={navigation} />
          </ChartSvg>
        )}
        {active && (
          <Tooltip id={tooltipId} x={active.x + active.width} y={active.y} boxWidth={layout.width}>
            <AidTooltip bar={active as PlacedAidBar} measure={filters.measure} question={question} fromIso={filters.fromIso} toIso={filters.toIso} sources={model.sources} pinned={navigation.pinned} />
          </Tooltip>
        )}
      </div>
    </ChartFrame>
  );
}
