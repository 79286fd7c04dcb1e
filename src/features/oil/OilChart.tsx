import { useId, useMemo, useRef, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartSvg } from '../../components/ChartSvg';
import { DataTable } from '../../components/DataTable';
import { sourcesSentence, useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { useChartTheme } from '../../components/theme';
import { Tooltip } from '../../components/Tooltip';
import { useChartWidth } from '../../components/use-element-width';
import { useStableCallback } from '../../components/use-latest';
import { OIL_TITLE } from './describe-oil';
import { buildOilExport } from './oil-export';
import { OilMarks } from './OilMarks';
import { OilTooltip } from './OilTooltip';
import { useOil } from './use-oil';
import { useMarkNavigation } from '../../components/use-mark-navigation';
import { useFiltersStore } from '../../stores/filters-store';

/** Emergency oil stock releases per country, largest first, with each one's share of the total. */
export function OilChart({ renderActions }: { renderActions?: (getSpec: () => ExportSpec) => ReactNode }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const { width, measured } = useChartWidth(areaRef);
  const theme = useChartTheme();
  const tooltipId = useId();
  const { description, input, layout, highlighted } = useOil(width);
  const setHovered = useFiltersStore((s) => s.setHoveredCountry);
  const { activeMark: activeBar, navigation: interaction, onAreaLeave } = useMarkNavigation(layout.bars, tooltipId, (bar) => setHovered(bar?.country ?? null));

  const getSpec = useStableCallback(() => buildOilExport({ description, layout, layoutInput: input }));
  useRegisterExport('oil', getSpec);
  const actions = useMemo(() => renderActions?.(getSpec), [renderActions, getSpec]);
  const tooltip = activeBar ? description.tooltips.get(activeBar.key) : undefined;
  const words = useMemo(() => description.words.join(' '), [description]);

  return (
    <ChartFrame
      title={OIL_TITLE}
      subtitle={description.subtitle}
      description={words}
      actions={actions}
      table={<DataTable caption={description.table.caption} columns={description.table.columns} rows={description.table.rows} />}
      empty={description.empty}
      bodyRef={areaRef}
      sources={sourcesSentence(description.sources)}
      notes={description.notes.filter((n) => n.kind !== 'detail').map((n) => n.text)}
    >
      <div className="chart-area" onPointerLeave={onAreaLeave}>
        {measured && (
          <ChartSvg width={layout.width} height={layout.height} role="group" aria-label={`${OIL_TITLE}: bars`}>
            <OilMarks layout={layout} theme={theme} highlighted={highlighted} interaction={interaction} />
          </ChartSvg>
        )}
        {activeBar && tooltip && (
          <Tooltip id={tooltipId} x={activeBar.x + activeBar.width} y={activeBar.y} boxWidth={layout.width}>
            <OilTooltip text={tooltip} />
          </Tooltip>
        )}
      </div>
    </ChartFrame>
  );
}
