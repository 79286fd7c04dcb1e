import type { ExportSpec } from '../../components/export-spec';
import type { DatasetModel, ResolvedFilters } from '../../model/dataset-model';
import { describeFilters } from '../../model/describe-filters';
import { AidOverTimeMarks } from './AidOverTimeMarks';
import { computeTrend, TREND } from './compute-aid-over-time';
import { MODE_NAMES, TREND_CSV_COLUMNS, describeTrend, trendLegend, trendMarkLabel, trendTable, type TrendDescribeInput } from './describe-aid-over-time';

/** How to export the view under the current filters: the same lines, layout and sentences as the screen. */
export function buildTrendExport(input: { model: DatasetModel; filters: ResolvedFilters; describeInput: TrendDescribeInput }): ExportSpec {
  const { model, filters, describeInput } = input;
  // An image has no controls: its notes name no switch.
  const description = describeTrend(describeInput, false);
  const countries = filters.countries.map((code) => ({ code, name: model.countryNames.get(code) ?? code }));
  const filterLine = `${describeFilters(model, filters, { types: true, measure: true }).join(' · ')} · ${MODE_NAMES[describeInput.mode]}`;
  return {
    stem: 'aid-over-time',
    title: description.title,
    subtitle: description.subtitle,
    filters: [filterLine],
    legend: (theme) => trendLegend(describeInput, theme),
    chart: (width, theme, height) => {
      const selection = describeInput.selection;
      if (!selection) return { width, height: 0, marks: <g /> };
      const lay = (panelHeight?: number) => computeTrend({ selection, countries, measure: filters.measure, indicators: model.indicators, scale: describeInput.scale, width, daggerOnce: description.daggerOnce, panelHeight });
      let layout = lay();
      // In a fixed box (a slide, a square) the panels share the room's height, so the chart is drawn
      // at a size its labels can be read at rather than shrunk whole to fit.
      const panel = layout.panels[0];
      if (height !== undefined && panel) layout = lay(Math.max(TREND.minPanelHeight, Math.min(TREND.maxPanelHeight, panel.plot.height + (height - layout.height) / layout.panels.length)));
      return { width, height: layout.height, marks: <AidOverTimeMarks layout={layout} theme={theme} highlighted={[]} markLabel={(m) => trendMarkLabel(m, describeInput)} /> };
    },
    notes: description.notes,
    sources: description.sources,
    description: description.inWords,
    empty: description.empty,
    csv: { columns: [...TREND_CSV_COLUMNS], rows: trendTable(describeInput).csv },
    fileParts: { countries: filters.countries, from: filters.fromIso, to: filters.toIso },
  };
}
