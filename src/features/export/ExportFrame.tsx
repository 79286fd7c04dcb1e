import type { ReactElement } from 'react';
import type { ExportSpec } from '../../components/export-spec';
import { svgLegend } from '../../components/Legend';
import type { ChartTheme } from '../../components/theme';
import { wrapText } from '../../components/text-width';

const FONT = { title: 20, filters: 13, notes: 12, sources: 11 } as const;
const LINE = 1.35;

/** Padding of an exported image; matches the figure's padding on screen so the chart keeps its width. */
export const FRAME_PADDING = 17;

interface TextBlock {
  lines: string[];
  fontSize: number;
  weight?: number;
  muted?: boolean;
}

function blockHeight(block: TextBlock): number {
  return block.lines.length * block.fontSize * LINE;
}

/** A laid-out export: the complete <svg> and its size in CSS px. */
export interface FramedExport {
  width: number;
  height: number;
  element: ReactElement;
}

/**
 * Frames a view's chart as a stand-alone image: title, active filters, legend, the chart itself (the
 * same marks the screen draws), notes, sources with their dates, and the dashboard's name. Text and
 * colours are attributes, so the SVG needs no stylesheet; the background is opaque.
 */
export function frameExport(spec: ExportSpec, options: { width: number; theme: ChartTheme; dashboardName: string; exportedOn: string }): FramedExport {
  const { width, theme } = options;
  const pad = FRAME_PADDING;
  const inner = Math.max(120, width - pad * 2);
  const chart = spec.chart(inner, theme);
  const title: TextBlock = { lines: wrapText(spec.title, inner, FONT.title, 700), fontSize: FONT.title, weight: 700 };
  const filters: TextBlock = { lines: spec.filters.flatMap((f) => wrapText(f, inner, FONT.filters)), fontSize: FONT.filters, muted: true };
  const legend = svgLegend(spec.legend(theme), theme, `${spec.stem}-export`, inner);
  const notes: TextBlock = { lines: [...spec.notes, ...(chart.notes ?? [])].flatMap((n) => wrapText(n, inner, FONT.notes)), fontSize: FONT.notes, muted: true };
  const sources: TextBlock = {
    lines: [...spec.sources.flatMap((s) => wrapText(s, inner, FONT.sources)), ...wrapText(`${options.dashboardName} · exported ${options.exportedOn}`, inner, FONT.sources)],
    fontSize: FONT.sources,
    muted: true,
  };

  let y = pad;
  const place = (block: TextBlock, gapAfter: number) => {
    const at = y;
    y += blockHeight(block) + (block.lines.length ? gapAfter : 0);
    return at;
  };
  const titleY = place(title, 4);
  const filtersY = place(filters, 10);
  const legendY = y;
  y += legend.height + (legend.height ? 12 : 0);
  const chartY = y;
  y += chart.height + 10;
  const notesY = place(notes, 10);
  // As tall as what it shows: the figure's box on screen also holds buttons and the long list that
  // the notes sum up, and padding to that height left a blank band above the sources.
  const sourcesY = y;
  const height = Math.ceil(sourcesY + blockHeight(sources) + pad);

  const text = (block: TextBlock, top: number, key: string) =>
    block.lines.map((line, i) => (
      <text
        key={`${key}-${i}`}
        x={pad}
        y={top + (i + 1) * block.fontSize * LINE - block.fontSize * (LINE - 1)}
        fontSize={block.fontSize}
        fontWeight={block.weight}
        fill={block.muted ? theme.textMuted : theme.text}
      >
        {line}
      </text>
    ));

  const element = (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={theme.fontFamily}>
      <rect width={width} height={height} fill={theme.background} />
      {text(title, titleY, 'title')}
      {text(filters, filtersY, 'filters')}
      <g transform={`translate(${pad},${legendY})`}>{legend.marks}</g>
      <g transform={`translate(${pad},${chartY})`}>{chart.marks}</g>
      {text(notes, notesY, 'notes')}
      {text(sources, sourcesY, 'sources')}
    </svg>
  );
  return { width, height, element };
}
