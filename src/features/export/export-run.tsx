// Loaded on the first export only, so the page's first load does not carry it (nor DOMPurify).
import type { ExportSpec } from '../../components/export-spec';
import type { ChartTheme } from '../../components/theme';
import { addressLine, citeView, filterItems } from './citation';
import { toCsv } from './csv';
import { downloadBlob } from './download';
import { exportFileName } from './file-name';
import { embeddedFontCss, fontsReady } from './font-embed';
import { BOX_LAYOUTS, FRAME_PADDING, frameExport } from './ExportFrame';
import type { PngSize } from './png-sizes';
import { addPngText } from './png-text';
import { rasterizeSvg, svgFontsReady } from './rasterize';
import { renderSvgString, svgFile, withFontCss, type SvgProvenance } from './svg-string';
import { wrapItems, wrapWords } from './wrap-lines';

/** How an export is made: the theme chosen for it (light unless the reader picks dark), and what its citation says. */
export interface ExportContext {
  theme: ChartTheme;
  dashboardName: string;
  /** The dataset's version, from its meta. */
  version: string;
  /** The address that reproduces the view. */
  link: string;
  /** Today, as the dashboard writes dates ("1 Dec 2026"). */
  exportedOn: string;
}

/** Width (CSS px) a chart is laid out at for a 1920 px wide image; drawn at 2 px per CSS px. */
export const SLIDE_LAYOUT_WIDTH = 960;
/** Device pixels per CSS px in exported PNGs. */
export const PNG_DENSITY = 2;

/** The view's citation, as the export's footer and the Cite action give it. */
export function citationOf(spec: ExportSpec, context: ExportContext): string {
  return citeView({ dashboardName: context.dashboardName, version: context.version, title: spec.title, filters: spec.filters, link: context.link, accessed: context.exportedOn });
}

/** The chart in words: the view's own description, or its title and filters where it gives none. */
export function descriptionOf(spec: ExportSpec): string {
  if (spec.empty) return `${spec.title}: ${spec.empty}`;
  return spec.description ?? `${spec.title}. ${filterItems(spec.filters).join('; ')}.`;
}

function provenanceOf(spec: ExportSpec, context: ExportContext): SvgProvenance {
  return {
    title: spec.title,
    description: descriptionOf(spec),
    sources: spec.sources.join(' '),
    link: context.link,
    citation: citationOf(spec, context),
    publisher: context.dashboardName,
    date: new Date().toISOString().slice(0, 10),
  };
}

/** The view framed as SVG markup, with its title, description and metadata, at the size asked for. */
export function buildSvg(spec: ExportSpec, box: { width: number }, size: PngSize, context: ExportContext) {
  const citation = citationOf(spec, context);
  const framed =
    size === 'slide' || size === 'square'
      ? frameExport(spec, { width: BOX_LAYOUTS[size].box.width, theme: context.theme, citation, layout: BOX_LAYOUTS[size], address: addressLine(context) })
      : frameExport(spec, { width: size === 'wide' ? SLIDE_LAYOUT_WIDTH : Math.round(box.width), theme: context.theme, citation });
  return { markup: renderSvgString(framed.element, provenanceOf(spec, context)), width: framed.width, height: framed.height };
}

/** The PNG's text chunks: title, description, sources, the view's link, the citation. */
function pngText(spec: ExportSpec, context: ExportContext): [string, string][] {
  const provenance = provenanceOf(spec, context);
  return [
    ['Title', provenance.title],
    ['Description', provenance.description],
    ['Source', provenance.sources],
    ['URL', provenance.link],
    ['Citation', provenance.citation],
    ['Software', context.dashboardName],
    ['Creation Time', provenance.date],
  ];
}

async function withText(blob: Blob, entries: readonly (readonly [string, string])[]): Promise<Blob> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return new Blob([addPngText(bytes, entries) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

/** Renders the view as PNG (without saving it), in the page's font, with its provenance inside. */
export async function renderPng(spec: ExportSpec, box: { width: number }, size: PngSize, context: ExportContext) {
  await fontsReady();
  const svg = buildSvg(spec, box, size, context);
  const css = await embeddedFontCss(svg.markup).catch(() => '');
  await svgFontsReady(css);
  const raw = await rasterizeSvg(withFontCss(svg.markup, css), svg.width, svg.height, PNG_DENSITY);
  const blob = await withText(raw, pngText(spec, context));
  return { blob, width: Math.round(svg.width * PNG_DENSITY), height: Math.round(svg.height * PNG_DENSITY) };
}

const SIZE_SUFFIX: Record<PngSize, string> = { screen: '', wide: '1920px', slide: '1920x1080', square: '1080x1080' };

export async function downloadPng(spec: ExportSpec, box: { width: number }, size: PngSize, context: ExportContext): Promise<string> {
  const { blob } = await renderPng(spec, box, size, context);
  const name = exportFileName(spec.stem, spec.fileParts, 'png', SIZE_SUFFIX[size]);
  downloadBlob(blob, name);
  return name;
}

/** The SVG file at a size, with Noto Sans embedded (the characters' subsets, as data URLs). */
export async function buildSvgFile(spec: ExportSpec, box: { width: number }, size: PngSize, context: ExportContext): Promise<string> {
  await fontsReady();
  const svg = buildSvg(spec, box, size, context);
  return svgFile(withFontCss(svg.markup, await embeddedFontCss(svg.markup)));
}

export async function downloadSvg(spec: ExportSpec, box: { width: number }, size: PngSize, context: ExportContext): Promise<string> {
  const name = exportFileName(spec.stem, spec.fileParts, 'svg', SIZE_SUFFIX[size]);
  downloadBlob(new Blob([await buildSvgFile(spec, box, size, context)], { type: 'image/svg+xml' }), name);
  return name;
}

export function downloadCsv(spec: ExportSpec): string {
  const name = exportFileName(spec.stem, spec.fileParts, 'csv');
  downloadBlob(new Blob([toCsv(spec.csv.columns, spec.csv.rows)], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}

/** Width (CSS px) of the whole-dashboard image before density. */
export const DASHBOARD_WIDTH = 1200;

/** Every document the views cite, once, in the order they first appear. */
function sourcesOnce(specs: readonly ExportSpec[]): string | null {
  // A view that gives its documents as items is read by them; the others' lines are split where they join documents.
  const documents = specs.flatMap((s) =>
    s.documents ? s.documents.map((d) => `${d.label} — ${d.date}`) : s.sources.flatMap((line) => line.replace(/^Sources?: /, '').replace(/\.$/, '').split('; ')),
  );
  const unique = [...new Set(documents.filter(Boolean))];
  return unique.length ? `Sources: ${unique.join('; ')}.` : null;
}

/**
 * One image of all views under a heading with the dashboard's name and the filters; the sources of
 * every view and the citation stand once, at the bottom.
 */
export async function downloadDashboard(specs: readonly ExportSpec[], summary: string[], fileParts: ExportSpec['fileParts'], context: ExportContext): Promise<string> {
  await fontsReady();
  const { theme } = context;
  const pad = FRAME_PADDING;
  const inner = DASHBOARD_WIDTH - pad * 2;
  const heading = wrapWords(context.dashboardName, inner, 26);
  const lines = wrapItems(filterItems(summary), inner, 14);
  let y = pad + heading.length * 34 + lines.length * 20 + 12;
  const framed = specs.map((spec) => {
    const frame = frameExport(spec, { width: DASHBOARD_WIDTH, theme, citation: null });
    const at = y;
    y += frame.height;
    return { frame, at, key: spec.stem };
  });
  const citation = citeView({ dashboardName: context.dashboardName, version: context.version, filters: summary, link: context.link, accessed: context.exportedOn });
  const sources = sourcesOnce(specs);
  const footer = [...(sources ? wrapWords(sources, inner, 11) : []), ...wrapWords(`Cite as: ${citation}`, inner, 11)];
  y += 6;
  const footerY = y;
  y += footer.length * 11 * 1.35;
  const height = Math.ceil(y + pad);
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
      <line x1={pad} x2={DASHBOARD_WIDTH - pad} y1={footerY - 4} y2={footerY - 4} stroke={theme.grid} />
      {footer.map((line, i) => (
        <text key={`f${i}`} x={pad} y={footerY + (i + 1) * 11 * 1.35 - 11 * 0.35} fontSize={11} fill={theme.textMuted}>
          {line}
        </text>
      ))}
    </svg>
  );
  const description = `${context.dashboardName}: ${specs.map((s) => descriptionOf(s)).join(' ')}`;
  const provenance: SvgProvenance = {
    title: context.dashboardName,
    description,
    sources: sources ?? '',
    link: context.link,
    citation,
    publisher: context.dashboardName,
    date: new Date().toISOString().slice(0, 10),
  };
  const markup = renderSvgString(element, provenance);
  const css = await embeddedFontCss(markup).catch(() => '');
  await svgFontsReady(css);
  const raw = await rasterizeSvg(withFontCss(markup, css), DASHBOARD_WIDTH, height, PNG_DENSITY);
  const blob = await withText(raw, [
    ['Title', provenance.title],
    ['Description', description],
    ['Source', provenance.sources],
    ['URL', provenance.link],
    ['Citation', citation],
    ['Software', context.dashboardName],
  ]);
  const name = exportFileName('dashboard', fileParts, 'png');
  downloadBlob(blob, name);
  return name;
}
