// Loaded on the first export only, so the page's first load does not carry it.
import type { ExportSpec } from '../../components/export-spec';
import type { ChartTheme } from '../../components/theme';
import { toCsv } from './csv';
import { downloadBlob } from './download';
import { exportFileName } from './file-name';
import { FRAME_PADDING, frameExport } from './ExportFrame';
import { rasterizeSvg } from './rasterize';
import { renderSvgString, svgFile } from './svg-string';
import { wrapText } from '../../components/text-width';

/** How an export is made: the screen's theme, the dashboard's name, today's date. */
export interface ExportContext {
  theme: ChartTheme;
  dashboardName: string;
  exportedOn: string;
}

/** PNG sizes: twice the figure's width on screen, or 1920 px wide for slides; as tall as the content. */
export type PngSize = 'screen' | 'slides';

/** Width (CSS px) a chart is laid out at for slides; drawn at 2 px per CSS px, 1920 px wide. */
export const SLIDE_LAYOUT_WIDTH = 960;
/** Device pixels per CSS px in exported PNGs. */
export const PNG_DENSITY = 2;

/** The view framed as SVG markup at the figure's width on screen (or the slide width). */
export function buildSvg(spec: ExportSpec, box: { width: number }, size: PngSize, context: ExportContext) {
  const framed =
    size === 'slides'
      ? frameExport(spec, { width: SLIDE_LAYOUT_WIDTH, theme: context.theme, dashboardName: context.dashboardName, exportedOn: context.exportedOn })
      : frameExport(spec, { width: Math.round(box.width), theme: context.theme, dashboardName: context.dashboardName, exportedOn: context.exportedOn });
  return { markup: renderSvgString(framed.element), width: framed.width, height: framed.height };
}

/** Renders the view as PNG (without saving it): the benchmark and the download share this. */
export async function renderPng(spec: ExportSpec, box: { width: number }, size: PngSize, context: ExportContext) {
  const svg = buildSvg(spec, box, size, context);
  const blob = await rasterizeSvg(svg.markup, svg.width, svg.height, PNG_DENSITY);
  return { blob, width: Math.round(svg.width * PNG_DENSITY), height: Math.round(svg.height * PNG_DENSITY) };
}

export async function downloadPng(spec: ExportSpec, box: { width: number }, size: PngSize, context: ExportContext): Promise<string> {
  const { blob } = await renderPng(spec, box, size, context);
  const name = exportFileName(spec.stem, spec.fileParts, 'png', size === 'slides' ? '1920px' : '');
  downloadBlob(blob, name);
  return name;
}

export function downloadSvg(spec: ExportSpec, box: { width: number }, context: ExportContext): string {
  const svg = buildSvg(spec, box, 'screen', context);
  const name = exportFileName(spec.stem, spec.fileParts, 'svg');
  downloadBlob(new Blob([svgFile(svg.markup)], { type: 'image/svg+xml' }), name);
  return name;
}

export function downloadCsv(spec: ExportSpec): string {
  const name = exportFileName(spec.stem, spec.fileParts, 'csv');
  downloadBlob(new Blob([toCsv(spec.csv.columns, spec.csv.rows)], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}

/** Width (CSS px) of the whole-dashboard image before density. */
export const DASHBOARD_WIDTH = 1200;

/** One image of all views under a heading with the dashboard's name and the filters. */
export async function downloadDashboard(specs: readonly ExportSpec[], summary: string[], fileParts: ExportSpec['fileParts'], context: ExportContext): Promise<string> {
  const { theme } = context;
  const pad = FRAME_PADDING;
  const inner = DASHBOARD_WIDTH - pad * 2;
  const heading = wrapText(context.dashboardName, inner, 26);
  const lines = summary.flatMap((s) => wrapText(s, inner, 14));
  let y = pad + heading.length * 34 + lines.length * 20 + 12;
  const framed = specs.map((spec) => {
    const frame = frameExport(spec, { width: DASHBOARD_WIDTH, theme, dashboardName: context.dashboardName, exportedOn: context.exportedOn });
    const at = y;
    y += frame.height;
    return { frame, at, key: spec.stem };
  });
  const height = y + pad;
  const element = (
    <svg width={DASHBOARD_WIDTH} height={height} viewBox={`0 0 ${DASHBOARD_WIDTH} ${height}`} fontFamily={theme.fontFamily}>
      <rect width={DASHBOARD_WIDTH} height={height} fill={theme.background} />
      {heading.map((line, i) => (
        <text key={`h${i}`} x={pad} y={pad + 26 + i * 34} fontSize={26} fontWeight={700} fill={theme.text}>
          {line}
        </text>
      ))}
      {lines.map((line, i) => (
        <text key={`s${i}`} x={pad} y={pad + heading.length * 34 + 16 + i * 20} fontSize={14} fill={theme.textMuted}>
          {line}
        </text>
      ))}
      {framed.map(({ frame, at, key }) => (
        <g key={key} transform={`translate(0,${at})`}>
          <line x1={pad} x2={DASHBOARD_WIDTH - pad} y1={0} y2={0} stroke={theme.grid} />
          {frame.element}
        </g>
      ))}
    </svg>
  );
  const markup = renderSvgString(element);
  const blob = await rasterizeSvg(markup, DASHBOARD_WIDTH, height, PNG_DENSITY);
  const name = exportFileName('dashboard', fileParts, 'png');
  downloadBlob(blob, name);
  return name;
}
