import { useId, useMemo, useRef, type ReactNode } from 'react';
import { ChartFrame } from '../../components/ChartFrame';
import { ChartSvg } from '../../components/ChartSvg';
import { NO_QUOTE } from '../../components/CitationList';
import { useHoverTarget } from '../../components/use-hover-target';
import { useStableCallback } from '../../components/use-latest';
import { useRegisterExport, type ExportSpec } from '../../components/export-spec';
import { DataTable } from '../../components/DataTable';
import { Tooltip } from '../../components/Tooltip';
import { useChartTheme } from '../../components/theme';
import { useElementWidth } from '../../components/use-element-width';
import { useModel } from '../../data/model-context';
import { listInWords } from '../../model/dataset-model';
import { formatInteger, formatShare } from '../../model/format';
import { oilRows } from '../../model/oil';
import { currentFilters, useHighlightedCountry, useResolvedFilter } from '../../stores/use-resolved-filters';
import { computeOilBars, type PlacedOilBar } from './compute-oil-bars';
import { OilBars } from './OilBars';
import { buildOilExport } from './oil-export';

/** Title of the oil figure (its accessible name). */
export const OIL_TITLE = 'Oil released from emergency stocks';

/** Emergency oil stock releases per country, sorted, with each one's share of the total. */
export function OilChart({ renderActions }: { renderActions?: (getSpec: () => ExportSpec) => ReactNode }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(areaRef);
  const theme = useChartTheme();
  const tooltipId = useId();
  const model = useModel();
  // Only the countries and dates: an aid-type change does not touch this chart.
  const countries = useResolvedFilter('countries');
  const window = useResolvedFilter('window');
  const highlighted = useHighlightedCountry();

  const { rows, total } = useMemo(() => oilRows(model.dataset.oil, countries, window), [model, countries, window]);
  const layout = useMemo(() => computeOilBars(rows, model.countryNames, width), [rows, model.countryNames, width]);
  const getSpec = useStableCallback(() => buildOilExport({ title: OIL_TITLE, model, filters: currentFilters(model), rows, total }));
  useRegisterExport('oil', getSpec);
  const actions = useMemo(() => renderActions?.(getSpec), [renderActions, getSpec]);
  const { active, onEnter, onLeave } = useHoverTarget<PlacedOilBar>();

  const releasing = useMemo(() => [...new Set(model.dataset.oil.map((r) => r.country))], [model]);
  const sourceIds = [...new Set(rows.flatMap((r) => r.records.flatMap((rec) => rec.citations.map((c) => c.source))))];
  const sourceNames = sourceIds.map((id) => model.sources.get(id)?.label ?? id);
  const caption = `Barrels each country released in the International Energy Agency's collective action of 2022, and its share of the ${formatInteger(total)} barrels released by ${listInWords(releasing.map((c) => model.countryNames.get(c) ?? c))}${sourceNames.length ? `. Source: ${listInWords(sourceNames)}` : ''}. Not affected by the aid-type filter.`;

  let empty: string | null = null;
  if (!countries.length) empty = 'No country is selected. Choose one or more under Countries.';
  else if (window.to < window.from) empty = 'The date range is empty: From is after To.';
  else if (!rows.length) {
    const names = listInWords(countries.map((c) => model.countryNames.get(c) ?? c));
    empty = total === 0 ? 'No oil releases are recorded within the selected dates; the releases date from 2022.' : `No oil releases are recorded for ${names}.`;
  }

  const table = (
    <DataTable
      caption={`${OIL_TITLE}, 2022`}
      columns={[
        { key: 'country', header: 'Country' },
        { key: 'barrels', header: 'Barrels', numeric: true },
        { key: 'share', header: 'Share of total', numeric: true },
        { key: 'source', header: 'Source' },
      ]}
      rows={rows.map((r) => ({
        key: r.country,
        cells: [
          model.countryNames.get(r.country) ?? r.country,
          formatInteger(r.barrels),
          formatShare(r.share),
          r.records.map((rec) => rec.citations.map((c) => model.sources.get(c.source)?.label ?? c.source).join('; ')).join('; '),
        ],
      }))}
    />
  );

  return (
    <ChartFrame title={OIL_TITLE} caption={caption} actions={actions} table={table} empty={empty} bodyRef={areaRef}>
      <div className="chart-area" onPointerLeave={onLeave}>
        <ChartSvg width={layout.width} height={layout.height} role="group" aria-label={`${OIL_TITLE}: bars`} aria-describedby={active ? tooltipId : undefined}>
          <OilBars layout={layout} theme={theme} highlighted={highlighted} interaction={{ activeKey: active?.key ?? null, onEnter, onLeave }} />
        </ChartSvg>
        {active && (
          <Tooltip id={tooltipId} x={active.x + active.width} y={active.y} boxWidth={layout.width}>
            <p className="tooltip__title">{active.name}</p>
            <p className="tooltip__value">{formatInteger(active.row.barrels)} barrels</p>
            <p className="tooltip__meta">{formatShare(active.row.share)} of all releases in the data · 2022</p>
            {active.row.records.flatMap((rec) =>
              rec.citations.length === 0 ? [<p key={rec.id} className="tooltip__quote">{NO_QUOTE}</p>] : rec.citations.map((c, i) => (
                <p key={`${rec.id}-${i}`} className="tooltip__quote">
                  “{c.quote}” <cite>— {model.sources.get(c.source)?.label ?? c.source}</cite>
                </p>
              )),
            )}
          </Tooltip>
        )}
      </div>
    </ChartFrame>
  );
}
