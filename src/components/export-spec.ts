import { createContext, createElement, useContext, useEffect, type ReactElement } from 'react';
import type { Source } from '../data/schema';
import type { Column, TableRow } from './DataTable';
import type { LegendItem } from './Legend';
import type { ChartTheme } from './theme';

/** A CSV cell: text (escaped and guarded on export) or a number. */
export type CsvCell = string | number | null;

/**
 * A note under a chart, with what it is for, so that each place that shows notes picks by kind
 * rather than by reading the words: `reading` says how to read the marks and `gap` what is not
 * drawn and why (both everywhere); `detail` is a long list (the 2× screen and 1920 px images keep
 * it, the slide and the square leave it out); `page` speaks of the page's own controls (the screen
 * only: an image has none).
 */
export interface ViewNote {
  text: string;
  kind: 'reading' | 'gap' | 'detail' | 'page';
}

/** A document a view cites, as its footer names it. */
export interface ViewSource {
  id: string;
  label: string;
  /** When the document is dated, as the footer says it: "undated; events to 5 May 2022". */
  date: string;
}

/**
 * Every sentence a view says under the filters, as structured items (the shape `describeOil()`
 * returns). The screen, its table, the CSV, the citation and every export read it; nothing parses
 * its words back.
 */
export interface ViewDescription {
  /** File-name stem: "oil-releases". */
  stem: string;
  title: string;
  /** One sentence in words: what the chart shows under the filters, the figure's subtitle and the image's. */
  subtitle: string;
  /** The sentence shown instead of the chart when the filters leave nothing to draw; null when there is a chart. */
  empty: string | null;
  /** The legend, in the theme's colours; none for a chart of one colour. */
  legend: (theme: ChartTheme) => LegendItem[];
  /** The notes under the chart, in the order they are shown. */
  notes: ViewNote[];
  table: { caption: string; columns: readonly Column[]; rows: readonly TableRow[] };
  csv: { columns: string[]; rows: CsvCell[][] };
  /** The documents behind what is drawn (none when nothing is). */
  sources: ViewSource[];
  /** The view's filters in words, as items ("Countries: Japan", "Dates: …"): what its citation names. */
  citation: string[];
  /** The chart in words, sentence by sentence: the figure's accessible description, the image's alt text. */
  words: string[];
  /** The country codes and dates the file name carries. */
  fileParts: { countries: readonly string[]; from: string | null; to: string | null };
}

/** A chart laid out at a given size, ready to be framed for export. */
export interface ExportChart {
  width: number;
  height: number;
  /** The chart's own marks (the same component the screen draws), at 0,0. */
  marks: ReactElement;
  /** Notes that hold only for this layout, after the spec's own. */
  notes?: string[];
}

/**
 * Lays a view's chart out at a width, in a theme; `height`, when given, is the room a fixed-size
 * image leaves it, which a chart that can stretch fills (a chart that cannot ignores it and is
 * scaled to fit).
 */
export type ExportChartLayout = (width: number, theme: ChartTheme, height?: number) => ExportChart;

/** Everything an exported image, SVG or CSV of one view needs. */
export interface ExportSpec {
  /** File-name stem: "aid-by-country". */
  stem: string;
  title: string;
  /** The chart in words under the current filters (the view's describe file): the SVG's <desc>, the PNG's Description, the alt text. */
  description?: string;
  /** The empty-state sentence when the filters leave nothing to draw: exported in place of an empty axis. */
  empty?: string | null;
  /** The active filters in words (items joined by " · "): what the citation names. */
  filters: string[];
  /** One sentence in words of what the chart answers: the image's subtitle, in place of the filters. */
  subtitle?: string;
  /** The legend, in the theme's colours. */
  legend: (theme: ChartTheme) => LegendItem[];
  chart: ExportChartLayout;
  /** Notes on reading the chart (cut bars, compressed years, what is not drawn): every image gives them. */
  notes: string[];
  /** Long lists (contributions without a value): the 2× screen and 1920 px images give them, the slide and the square leave them out. */
  details?: string[];
  /** The documents behind what is drawn, with their dates, as lines ("Sources: …"). */
  sources: string[];
  /** The same documents as items, where the view gives them: the dashboard's image names each once. */
  documents?: ViewSource[];
  csv: { columns: string[]; rows: CsvCell[][] };
  /** The country codes and dates the file name carries. */
  fileParts: { countries: readonly string[]; from: string | null; to: string | null };
}

/** The documents of the given ids, in order, once each, with their dates. */
export function viewSources(ids: readonly string[], sources: ReadonlyMap<string, Source>): ViewSource[] {
  return [...new Set(ids)].map((id) => {
    const source = sources.get(id);
    return { id, label: source?.label ?? id, date: source?.published?.shownAs ?? source?.dated ?? 'undated' };
  });
}

/** "Source: Lynch, East-West Center (APB Series) — undated; events to 5 May 2022.", or "Sources: …; …." for several; null for none. */
export function sourcesSentence(sources: readonly ViewSource[]): string | null {
  if (!sources.length) return null;
  // Semicolons between documents: their names and dates have commas of their own.
  return `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources.map((s) => `${s.label} — ${s.date}`).join('; ')}.`;
}

/**
 * A view's export, made from its description and the layout of its chart: the same sentences the
 * screen shows, and the marks the screen draws. Notes about the page's own controls stay on the page.
 */
export function buildExportSpec(description: ViewDescription, chart: ExportChartLayout): ExportSpec {
  const sources = sourcesSentence(description.sources);
  const empty = description.empty;
  return {
    stem: description.stem,
    title: description.title,
    subtitle: description.subtitle,
    description: empty ?? description.words.join(' '),
    empty,
    filters: description.citation,
    legend: empty ? () => [] : description.legend,
    // With nothing to draw, an axis alone would read as values of zero: the empty sentence says why instead.
    chart: empty ? (width) => ({ width, height: 0, marks: createElement('g') }) : chart,
    notes: empty ? [] : description.notes.filter((n) => n.kind === 'reading' || n.kind === 'gap').map((n) => n.text),
    details: empty ? [] : description.notes.filter((n) => n.kind === 'detail').map((n) => n.text),
    sources: sources ? [sources] : [],
    documents: description.sources,
    csv: description.csv,
    fileParts: description.fileParts,
  };
}

/** Where views register how to export themselves, so the header can export them all at once. */
export type ExportRegistry = Map<string, () => ExportSpec>;

export const ExportRegistryContext = createContext<ExportRegistry | null>(null);

/** Registers a view's export while it is mounted (the latest getter wins). */
export function useRegisterExport(id: string, getSpec: () => ExportSpec): void {
  const registry = useContext(ExportRegistryContext);
  useEffect(() => {
    if (!registry) return;
    registry.set(id, getSpec);
    return () => {
      if (registry.get(id) === getSpec) registry.delete(id);
    };
  }, [registry, id, getSpec]);
}
