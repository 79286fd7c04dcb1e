import { createContext, useContext, useEffect, type ReactElement } from 'react';
import type { LegendItem } from './Legend';
import type { ChartTheme } from './theme';

/** A CSV cell: text (escaped and guarded on export) or a number. */
export type CsvCell = string | number | null;

/** A chart laid out at a given width, ready to be framed for export. */
export interface ExportChart {
  width: number;
  height: number;
  /** The chart's own marks (the same component the screen draws), at 0,0. */
  marks: ReactElement;
  /** Notes that hold only for this layout, after the spec's own. */
  notes?: string[];
}

/** Everything an exported image, SVG or CSV of one view needs; each view builds its own. */
export interface ExportSpec {
  /** File-name stem: "aid-by-country". */
  stem: string;
  title: string;
  /** The chart in words under the current filters (the view's describe file): the SVG's <desc>, the PNG's Description, the alt text. */
  description?: string;
  /** The empty-state sentence when the filters leave nothing to draw: exported in place of an empty axis. */
  empty?: string | null;
  /** The active filters in words, one line each: what a citation names. */
  filters: string[];
  /** One sentence in words of what the chart answers: the image's subtitle, in place of the filters. */
  subtitle?: string;
  /** The legend, in the theme's colours. */
  legend: (theme: ChartTheme) => LegendItem[];
  /** Lays the chart out at a width, with the given theme. */
  chart: (width: number, theme: ChartTheme) => ExportChart;
  /** Lines under the chart: notes on reading it (cut bars, compressed years, in-kind items). */
  notes: string[];
  /** The documents behind what is drawn, with their dates. */
  sources: string[];
  csv: { columns: string[]; rows: CsvCell[][] };
  /** The country codes and dates the file name carries. */
  fileParts: { countries: readonly string[]; from: string | null; to: string | null };
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
