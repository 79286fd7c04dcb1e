import { useId, useMemo, useRef, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartSvg } from '../../components/ChartSvg';
import { DataTable } from '../../components/DataTable';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { useChartTheme } from '../../components/theme';
import { Tooltip } from '../../components/Tooltip';
import { useElementWidth } from '../../components/use-element-width';
import { useStableCallback } from '../../components/use-latest';
import { OIL_TITLE } from './describe-oil';
import { buildOilExport } from './oil-export';
import { OilMarks } from './OilMarks';
import { OilTooltip } from './OilTooltip';
import { useOil } from './use-oil';
import { useOilTooltip } from './use-oil-tooltip';

/** Emergency oil stock releases per country, largest first, with each one's share of the total. */
export function OilChart({ renderActions }: { renderActions?: (getSpec: () => ExportSpec) => ReactNode }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(areaRef);
  const theme = useChartTheme();
  const tooltipId = useId();
  const descriptionId = useId();
  const { filters, description, input, layout, highlighted } = useOil(width);
  const { activeBar, interaction, onAreaLeave } = useOilTooltip(layout.bars, tooltipId);

  const getSpec = useStableCallback(() =>
    buildOilExport({ description, layout, layoutInput: input, fileParts: { countries: filters.countries, from: filters.fromIso, to: filters.toIso } }),
  );
  useRegisterExport('oil', getSpec);
  const actions = useMemo(() => renderActions?.(getSpec), [renderActions, getSpec]);
  const tooltip = activeBar ? description.tooltips.get(activeBar.key) : undefined;

  return (
    <ChartFrame
      title={OIL_TITLE}
      caption={description.caption}
      actions={actions}
      table={<DataTable caption={description.table.caption} columns={description.table.columns} rows={description.table.rows} />}
      empty={description.empty}
      bodyRef={areaRef}
      footer={description.notes.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
    >
      <div className="chart-area" onPointerLeave={onAreaLeave}>
        <ChartSvg width={layout.width} height={layout.height} role="group" aria-label={`${OIL_TITLE}: bars`} aria-describedby={descriptionId}>
          <OilMarks layout={layout} theme={theme} highlighted={highlighted} interaction={interaction} />
        </ChartSvg>
        <p id={descriptionId} className="visually-hidden">
          {description.inWords}
        </p>
        {activeBar && tooltip && (
          <Tooltip id={tooltipId} x={activeBar.x + activeBar.width} y={activeBar.y} boxWidth={layout.width}>
            <OilTooltip text={tooltip} />
          </Tooltip>
        )}
      </div>
    </ChartFrame>
  );
}
