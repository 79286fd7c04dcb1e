import type { ReactElement } from 'react';
import type { ExportSpec } from '../../components/export-spec';
import { svgLegend } from '../../components/Legend';
import type { ChartTheme } from '../../components/theme';
import { filterItems } from './citation';
import { wrapItems, wrapWords } from './wrap-lines';

const FONT = { title: 20, filters: 13, empty: 15, notes: 12, sources: 11 } as const;
const LINE = 1.35;

/** Padding of an exported image; matches the figure's padding on screen so the chart keeps its width. */
export const FRAME_PADDING = 17;

interface TextBlock {
  lines: string[];
  fontSize: number;
  weight?: number;
  muted?: boolean;
  italic?: boolean;
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

/** How a view is framed: its width and theme, and what its footer says. */
export interface FrameOptions {
  width: number;
  theme: ChartTheme;
  /** The citation that closes the footer; null leaves out the footer (sources and citation), as the dashboard's image gives them once. */
  citation: string | null;
}

/**
 * Frames a view's chart as a stand-alone image: title, active filters, legend, the chart itself (the
 * same marks the screen draws), notes, sources with their dates, and the citation. Text and colours
 * are attributes, so the SVG needs no stylesheet; the background is opaque. A view with nothing to
 * draw is framed with its empty-state sentence instead of an empty axis.
 */
export function frameExport(spec: ExportSpec, options: FrameOptions): FramedExport {
  const { width, theme } = options;
  const pad = FRAME_PADDING;
  const inner = Math.max(120, width - pad * 2);
  const empty = spec.empty ?? null;
  const chart = empty ? null : spec.chart(inner, theme);
  const title: TextBlock = { lines: wrapWords(spec.title, inner, FONT.title), fontSize: FONT.title, weight: 700 };
  // Broken between items, so no line starts with the "·" between them or the "–" of a date range.
  const filters: TextBlock = { lines: spec.subtitle ? wrapWords(spec.subtitle, inner, FONT.filters) : wrapItems(filterItems(spec.filters), inner, FONT.filters), fontSize: FONT.filters, muted: true };
  const legend = empty ? { height: 0, marks: null } : svgLegend(spec.legend(theme), theme, `${spec.stem}-export`, inner);
  const emptyBlock: TextBlock = { lines: empty ? wrapWords(empty, inner, FONT.empty) : [], fontSize: FONT.empty, muted: true, italic: true };
  const notes: TextBlock = {
    lines: empty ? [] : [...spec.notes, ...(chart?.notes ?? [])].flatMap((n) => wrapWords(n, inner, FONT.notes)),
    fontSize: FONT.notes,
    muted: true,
  };
  const sources: TextBlock = {
    lines: options.citation === null ? [] : [...spec.sources.flatMap((s) => wrapWords(s, inner, FONT.sources)), ...wrapWords(`Cite as: ${options.citation}`, inner, FONT.sources)],
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
  y += chart ? chart.height + 10 : 0;
  const emptyY = place(emptyBlock, 16);
  const notesY = place(notes, 10);
  // As tall as what it shows: the figure's box on screen also holds buttons and the long list that
  // the notes sum up, and padding to that height left a blank band above the sources.
  const sourcesY = y;
  const height = Math.ceil(sourcesY + blockHeight(sources) + (sources.lines.length ? pad : pad - 10));

  const text = (block: TextBlock, top: number, key: string) =>
    block.lines.map((line, i) => (
      <text
        key={`${key}-${i}`}
        x={pad}
        y={top + (i + 1) * block.fontSize * LINE - block.fontSize * (LINE - 1)}
        fontSize={block.fontSize}
        fontWeight={block.weight}
        fontStyle={block.italic ? 'italic' : undefined}
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
      {chart && <g transform={`translate(${pad},${chartY})`}>{chart.marks}</g>}
      {text(emptyBlock, emptyY, 'empty')}
      {text(notes, notesY, 'notes')}
      {text(sources, sourcesY, 'sources')}
    </svg>
  );
  return { width, height, element };
}
