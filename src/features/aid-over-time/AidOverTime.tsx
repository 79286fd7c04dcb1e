import { memo, useDeferredValue, useId, useMemo, useRef, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartSvg } from '../../components/ChartSvg';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { Legend } from '../../components/Legend';
import { RadioGroup } from '../../components/RadioGroup';
import { useChartTheme } from '../../components/theme';
import { Tooltip } from '../../components/Tooltip';
import { useChartWidth } from '../../components/use-element-width';
import { useStableCallback } from '../../components/use-latest';
import { useMarkNavigation } from '../../components/use-mark-navigation';
import type { ResolvedFilters } from '../../model/dataset-model';
import type { DollarReading } from '../../model/money-reading';
import { useFiltersStore } from '../../stores/filters-store';
import { useResolvedFilters } from '../../stores/use-resolved-filters';
import { buildTrendExport } from './aid-over-time-export';
import { AidOverTimeMarks } from './AidOverTimeMarks';
import { TREND_MODES, TREND_SCALES, type PlacedStatement } from './compute-aid-over-time';
import { MODE_NAMES, SCALE_NAMES, TREND_TITLE, trendLegend, trendMarkLabel, trendTooltip } from './describe-aid-over-time';
import { AidOverTimeTooltip } from './AidOverTimeTooltip';
import { TrendTable } from './TrendTable';
import { useAidOverTime } from './use-aid-over-time';


type Props = { renderActions?: ((getSpec: () => ExportSpec) => ReactNode) | undefined };

/** How each country's stated aid built up over time: a step line per country, honest about what is not known. */
export function AidOverTime({ renderActions }: Props) {
  // Like the timeline, it follows a filter change in a render of its own, after the checkbox and the
  // bar charts are painted: the click's own render stops here (the view is memoised on the deferred filters).
  const filters = useDeferredValue(useResolvedFilters());
  const reading = useDeferredValue(useFiltersStore((s) => s.dollar));
  return <AidOverTimeView renderActions={renderActions} filters={filters} reading={reading} />;
}

const AidOverTimeView = memo(function AidOverTimeView({ renderActions, filters, reading }: Props & { filters: ResolvedFilters; reading: DollarReading }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const { width, measured } = useChartWidth(areaRef);
  const theme = useChartTheme();
  const tooltipId = useId();
  const name = useId();
  // Kept in the link, as the aid chart's layout is: a shared or embedded view draws the same lines.
  const mode = useFiltersStore((s) => s.lines);
  const scale = useFiltersStore((s) => s.scale);
  const setMode = useFiltersStore((s) => s.setLines);
  const setScale = useFiltersStore((s) => s.setScale);
  const view = useAidOverTime(filters, reading, width, mode, scale);
  const { model, description, layout, describeInput, highlighted } = view;
  const setHovered = useFiltersStore((s) => s.setHoveredCountry);
  const marks = useMemo(() => layout?.marks ?? [], [layout]);
  const { activeMark, navigation, onAreaLeave } = useMarkNavigation(marks, tooltipId, (mark) => setHovered(mark?.country ?? null));
  const getSpec = useStableCallback(() => buildTrendExport({ model, filters, describeInput }));
  useRegisterExport('aid-over-time', getSpec);
  const actions = useMemo(() => renderActions?.(getSpec), [renderActions, getSpec]);
  const markLabel = (mark: PlacedStatement) => trendMarkLabel(mark, describeInput);
  const tip = activeMark ? trendTooltip(activeMark as PlacedStatement, describeInput) : null;
  const empty = description.empty;

  const controls = (
    <div className="chart-controls">
      <RadioGroup legend="Lines" name={`${name}-mode`} options={TREND_MODES} value={mode} labels={MODE_NAMES} onChange={setMode} />
      <RadioGroup legend="Scale" name={`${name}-scale`} options={TREND_SCALES} value={scale} labels={SCALE_NAMES} onChange={setScale} />
    </div>
  );
  return (
    <ChartFrame
      title={TREND_TITLE}
      caption={description.subtitle}
      description={description.inWords}
      legend={empty ? null : <Legend items={trendLegend(describeInput, theme)} theme={theme} idPrefix="trend" label="How to read the lines" />}
      controls={controls}
      actions={actions}
      bodyRef={areaRef}
      table={<TrendTable input={describeInput} />}
      empty={empty}
      footer={
        !empty && (
          <>
            <ul className="chart-notes" aria-label="Notes">
              {description.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
            {description.sources.length > 0 && <p className="chart-sources">{description.sources.join(' ')}</p>}
          </>
        )
      }
    >
      <div className="chart-area" onPointerLeave={onAreaLeave}>
        {measured && layout && (
          <ChartSvg width={layout.width} height={layout.height} role="group" aria-label={`${TREND_TITLE}: statements`}>
            <AidOverTimeMarks layout={layout} theme={theme} highlighted={highlighted} markLabel={markLabel} navigation={navigation} />
          </ChartSvg>
        )}
        {activeMark && tip && (
          <Tooltip id={tooltipId} x={activeMark.x + activeMark.width} y={activeMark.y} boxWidth={layout?.width ?? width}>
            <AidOverTimeTooltip text={tip} pinned={navigation.pinned} />
          </Tooltip>
        )}
      </div>
    </ChartFrame>
  );
});
