import type { ReactElement } from 'react';
import type { ExportChart, ExportSpec } from '../../components/export-spec';
import { svgLegend } from '../../components/Legend';
import { wrapText } from '../../components/text-width';
import type { ChartTheme } from '../../components/theme';
import { filterItems } from './citation';
import { wrapItems } from './wrap-lines';

const LINE = 1.35;

/** Padding of an exported image that flows to its content; matches the figure's padding on screen so the chart keeps its width. */
export const FRAME_PADDING = 17;

/**
 * How an image is laid out. `flow`: as tall as what it shows (the 2× screen and 1920 px images),
 * with the long lists and the citation. A fixed box (the 16:9 slide, the square) is a publication
 * graphic: larger type, the chart filling the room between the title and the footer, and a footer
 * of sources, notes and a short address; the long lists and the citation stay in the file's
 * metadata and in Cite.
 */
export interface FrameLayout {
  /** A fixed box's size (CSS px, before density), or null for an image as tall as what it shows. */
  box: { width: number; height: number } | null;
  pad: number;
  font: { title: number; subtitle: number; legend: number; empty: number; footer: number };
  /** The scale the chart's own marks and text are drawn at, before they are fitted into the room. */
  chartScale: number;
  /** Whether the long lists (details) and the citation are given. */
  full: boolean;
}

export const FLOW_LAYOUT: FrameLayout = { box: null, pad: FRAME_PADDING, font: { title: 20, subtitle: 14, legend: 12, empty: 15, footer: 11 }, chartScale: 1, full: true };

/** The fixed boxes: a 16:9 slide (1920 × 1080 at 2 px per CSS px) and a square (1080 × 1080). */
export const BOX_LAYOUTS = {
  slide: { box: { width: 960, height: 540 }, pad: 30, font: { title: 28, subtitle: 17, legend: 13, empty: 19, footer: 11.5 }, chartScale: 1.3, full: false },
  square: { box: { width: 540, height: 540 }, pad: 22, font: { title: 23, subtitle: 14.5, legend: 12, empty: 16, footer: 10.5 }, chartScale: 1.05, full: false },
} as const satisfies Record<string, FrameLayout>;

/** The most a chart is scaled up, over its layout's own scale, to fill a box it leaves room in. */
const MAX_GROWTH = 1.25;

interface TextBlock {
  lines: string[];
  fontSize: number;
  weight?: number;
  muted?: boolean;
  italic?: boolean;
  /** A bold lead the first line starts with ("Note:"). */
  lead?: string;
}

const blockHeight = (block: TextBlock) => block.lines.length * block.fontSize * LINE;

/** A text block of words wrapped to a width; a lead goes in front of the first line. */
function words(text: string, width: number, fontSize: number, style: Omit<TextBlock, 'lines' | 'fontSize'> = {}): TextBlock {
  const full = style.lead ? `${style.lead} ${text}` : text;
  return { lines: text ? wrapText(full, width, fontSize, style.weight) : [], fontSize, ...style };
}

/** A laid-out export: the complete <svg> and its size in CSS px. */
export interface FramedExport {
  width: number;
  height: number;
  element: ReactElement;
}

/** How a view is framed: its width (or box), theme, and what its footer says. */
export interface FrameOptions {
  /** The image's width (CSS px); a fixed box's layout gives its own. */
  width: number;
  theme: ChartTheme;
  /** The citation that closes the footer of a flowing image; null leaves out the footer (sources and citation), as the dashboard's image gives them once. */
  citation: string | null;
  /** A fixed box's layout; none for an image as tall as what it shows. */
  layout?: FrameLayout;
  /** The short address a fixed box's footer ends with ("example.org/dashboard · …"). */
  address?: string;
}

/** A chart placed in the image: its marks, drawn at a scale, and the notes of that layout. */
interface PlacedChart {
  chart: ExportChart | null;
  scale: number;
}

/** The smallest scale a chart is drawn at in a fixed box, however tall it is. */
const MIN_SCALE = 0.4;

/**
 * The chart fitted into a room of a fixed box: drawn at the largest scale (up to a little over its
 * layout's own) at which it, laid out to fill the room's width at that scale and given the room's
 * height (a chart that can stretch fills it), is no taller than the room. A wider layout is no
 * taller, so the largest such scale is found by halving the interval.
 */
function fitChart(spec: ExportSpec, theme: ChartTheme, room: { width: number; height: number }, preferred: number): PlacedChart {
  const at = (scale: number) => spec.chart(room.width / scale, theme, room.height / scale);
  const fits = (chart: ExportChart, scale: number) => chart.height * scale <= room.height + 0.5;
  const top = preferred * MAX_GROWTH;
  const largest = at(top);
  if (fits(largest, top)) return { chart: largest, scale: top };
  let low = MIN_SCALE;
  let best = at(low);
  let high = top;
  for (let round = 0; round < 8; round++) {
    const middle = (low + high) / 2;
    const chart = at(middle);
    if (fits(chart, middle)) {
      low = middle;
      best = chart;
    } else high = middle;
  }
  // Too tall even at the smallest scale: drawn smaller still, to fit.
  return { chart: best, scale: fits(best, low) ? low : room.height / best.height };
}

/**
 * A chart in a fixed box takes the room the text leaves. The notes the chart brings can make the
 * footer taller, so it is placed a second time in the room those notes leave.
 */
function placeInBox(spec: ExportSpec, theme: ChartTheme, roomAfter: (chart: ExportChart | null) => { width: number; height: number }, preferred: number) {
  let room = roomAfter(null);
  let placed = fitChart(spec, theme, room, preferred);
  const withNotes = roomAfter(placed.chart);
  if (withNotes.height !== room.height) {
    room = withNotes;
    placed = fitChart(spec, theme, room, preferred);
  }
  return { ...placed, room };
}

/** A block's lines as SVG text from its top edge, its lead word ("Note:") in bold. */
function blockText(block: TextBlock, top: number, x: number, theme: ChartTheme, key: string) {
  return block.lines.map((line, i) => {
    const baseline = top + (i + 1) * block.fontSize * LINE - block.fontSize * (LINE - 1);
    const fill = block.muted ? theme.textMuted : theme.text;
    const lead = i === 0 && block.lead && line.startsWith(block.lead) ? block.lead : null;
    return (
      <text key={`${key}-${i}`} x={x} y={baseline} fontSize={block.fontSize} fontWeight={block.weight} fontStyle={block.italic ? 'italic' : undefined} fill={fill}>
        {lead ? (
          <>
            <tspan fontWeight={700}>{lead}</tspan>
            {line.slice(lead.length)}
          </>
        ) : (
          line
        )}
      </text>
    );
  });
}

/**
 * Frames a view's chart as a stand-alone image, top-down as a publication graphic reads: the title, a
 * subtitle of one sentence, the legend, the chart itself (the same marks the screen draws), then a
 * footer with the sources and their dates, the notes, and the citation (flowing images) or a short
 * address (fixed boxes). Text and colours are attributes, so the SVG needs no stylesheet; the
 * background is opaque. A view with nothing to draw is framed with its empty-state sentence instead
 * of an empty axis.
 */
export function frameExport(spec: ExportSpec, options: FrameOptions): FramedExport {
  const { theme } = options;
  const layout = options.layout ?? FLOW_LAYOUT;
  const { pad, font } = layout;
  const width = layout.box?.width ?? options.width;
  const inner = Math.max(120, width - pad * 2);
  const empty = spec.empty ?? null;

  const title = words(spec.title, inner, font.title, { weight: 700 });
  // A view without a subtitle sentence gives its filters, broken between items, so no line starts with the "·" between them.
  const subtitle: TextBlock = spec.subtitle
    ? words(spec.subtitle, inner, font.subtitle, { muted: true })
    : { lines: wrapItems(filterItems(spec.filters), inner, font.subtitle), fontSize: font.subtitle, muted: true };
  const legend = empty ? { height: 0, marks: null } : svgLegend(spec.legend(theme), theme, `${spec.stem}-export`, inner, font.legend);
  const emptyBlock = words(empty ?? '', inner, font.empty, { muted: true, italic: true });

  const noteBlocks = (chart: ExportChart | null): TextBlock[] => {
    const notes = empty ? [] : [...spec.notes, ...(chart?.notes ?? [])];
    return notes.length ? [words(notes.join(' '), inner, font.footer, { muted: true, lead: 'Note:' })] : [];
  };
  const footer = (chart: ExportChart | null): TextBlock[] => {
    const details = layout.full && !empty ? (spec.details ?? []).map((line) => words(line, inner, font.footer, { muted: true })) : [];
    // The dashboard's image gives the sources and the citation once, under all its views.
    if (options.citation === null && !layout.box) return [...noteBlocks(chart), ...details];
    const sources = spec.sources.map((line) => words(line, inner, font.footer, { muted: true }));
    const close = layout.full
      ? options.citation
        ? [words(`Cite as: ${options.citation}`, inner, font.footer, { muted: true })]
        : []
      : options.address
        ? [words(options.address, inner, font.footer, { muted: true, weight: 600 })]
        : [];
    return [...sources, ...noteBlocks(chart), ...details, ...close];
  };
  const footerHeight = (blocks: TextBlock[]) => Math.max(0, blocks.reduce((h, b) => h + blockHeight(b) + (b.lines.length ? 3 : 0), 0) - 3);

  const headGap = font.subtitle * 0.35;
  const headHeight = blockHeight(title) + headGap + blockHeight(subtitle) + (legend.height ? font.legend + legend.height : 0);
  const chartGap = font.legend;

  // The chart: at its width for an image that flows; in a fixed box, in the room the text leaves.
  const box = layout.box;
  const roomAfter = (chart: ExportChart | null) => ({ width: inner, height: Math.max(40, (box?.height ?? 0) - pad * 2 - headHeight - chartGap * 2 - footerHeight(footer(chart))) });
  const placed: PlacedChart & { room: { width: number; height: number } } = empty
    ? { chart: null, scale: 1, room: { width: inner, height: 0 } }
    : box
      ? placeInBox(spec, theme, roomAfter, layout.chartScale)
      : { chart: spec.chart(inner, theme), scale: 1, room: { width: inner, height: 0 } };
  const { room } = placed;
  const { chart, scale } = placed;
  const footerBlocks = footer(chart);

  let y = pad;
  const titleY = y;
  y += blockHeight(title) + headGap;
  const subtitleY = y;
  y += blockHeight(subtitle);
  const legendY = y + (legend.height ? font.legend * 0.8 : 0);
  y += legend.height ? font.legend + legend.height : 0;
  y += chartGap;

  let chartX = pad;
  let chartY = y;
  if (chart && layout.box) {
    // Centred in its room: a chart that cannot stretch leaves room above and below, not at the bottom alone.
    chartX = pad + Math.max(0, (room.width - chart.width * scale) / 2);
    chartY = y + Math.max(0, (room.height - chart.height * scale) / 2);
    y += room.height + chartGap;
  } else if (chart) {
    y += chart.height * scale + (chart.height ? chartGap : 0);
  }
  const emptyY = y;
  y += emptyBlock.lines.length ? blockHeight(emptyBlock) + font.empty : 0;
  // A fixed box's footer sits at its foot; an image that flows is as tall as what it shows.
  const footerTop = layout.box ? Math.max(y, layout.box.height - pad - footerHeight(footerBlocks)) : y;
  const footerYs: number[] = [];
  let fy = footerTop;
  for (const block of footerBlocks) {
    footerYs.push(fy);
    fy += blockHeight(block) + (block.lines.length ? 3 : 0);
  }
  const height = layout.box ? layout.box.height : Math.ceil((footerBlocks.length ? fy - 3 : y - chartGap / 2) + pad);

  const text = (block: TextBlock, top: number, key: string) => blockText(block, top, pad, theme, key);

  const element = (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={theme.fontFamily}>
      <rect width={width} height={height} fill={theme.background} />
      {text(title, titleY, 'title')}
      {text(subtitle, subtitleY, 'subtitle')}
      <g transform={`translate(${pad},${legendY})`}>{legend.marks}</g>
      {chart && chart.height > 0 && <g transform={scale === 1 ? `translate(${chartX},${chartY})` : `translate(${chartX},${chartY}) scale(${round(scale)})`}>{chart.marks}</g>}
      {text(emptyBlock, emptyY, 'empty')}
      {footerBlocks.map((block, i) => text(block, footerYs[i]!, `footer-${i}`))}
    </svg>
  );
  return { width, height, element };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
