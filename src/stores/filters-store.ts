import { create } from 'zustand';
import { AID_TYPES } from '../data/constants';
import type { AidType } from '../data/schema';
import type { AidQuestion } from '../model/aid';
import type { Layout, Measure } from '../model/measures';
import type { DollarReading } from '../model/money-reading';
import type { TrendMode, TrendScale } from '../model/trend-options';
import { DEFAULT_FILTERS, type UrlFilters } from './url-state';

/** The client state every view reads: the filters a link carries, the country under the pointer, and notices. */
export interface FiltersState extends UrlFilters {
  /** The country under the pointer or keyboard focus in any view; highlighted in all of them. */
  hoveredCountry: string | null;
  /**
   * Every country of what is under the pointer or focus (a timeline event may involve several);
   * `hoveredCountry` is its one country, or null when it has several.
   */
  hoveredCountries: readonly string[];
  /** Messages about ignored link values and the like, shown until dismissed. */
  notices: string[];
}

export interface FiltersActions {
  setCountries: (countries: string[] | null) => void;
  toggleType: (type: AidType, on: boolean) => void;
  setFrom: (from: string | null) => void;
  setTo: (to: string | null) => void;
  setRange: (from: string | null, to: string | null) => void;
  setMeasure: (measure: Measure) => void;
  setLayout: (layout: Layout) => void;
  setQuestion: (question: AidQuestion) => void;
  setDollar: (dollar: DollarReading) => void;
  setLines: (lines: TrendMode) => void;
  setScale: (scale: TrendScale) => void;
  setHoveredCountry: (code: string | null) => void;
  setHoveredCountries: (codes: readonly string[]) => void;
  /** Selects a timeline event by id (null: none). */
  setEvent: (id: string | null) => void;
  /** Sets the timeline's zoom as it goes in a link ("k,x"; null: unzoomed). */
  setZoom: (zoom: string | null) => void;
  /** Replaces the link-carried filters at once (from the URL, or back/forward). */
  applyUrlFilters: (filters: UrlFilters) => void;
  addNotices: (notices: string[]) => void;
  dismissNotice: (index: number) => void;
  /** Back to the defaults; notices and hover are cleared too. */
  reset: () => void;
}

export const initialFiltersState: FiltersState = {
  ...DEFAULT_FILTERS,
  types: [...DEFAULT_FILTERS.types],
  hoveredCountry: null,
  hoveredCountries: [],
  notices: [],
};

/** The shared filters store. Holds client state only; the dataset lives in the query cache. */
export const useFiltersStore = create<FiltersState & FiltersActions>()((set) => ({
  ...initialFiltersState,
  setCountries: (countries) => set({ countries }),
  // The types stay in the dataset format's order, whatever order they are switched in.
  toggleType: (type, on) => set((s) => ({ types: AID_TYPES.filter((t) => (t === type ? on : s.types.includes(t))) })),
  setFrom: (from) => set({ from }),
  setTo: (to) => set({ to }),
  setRange: (from, to) => set({ from, to }),
  setMeasure: (measure) => set({ measure }),
  setLayout: (layout) => set({ layout }),
  setQuestion: (question) => set({ question }),
  setDollar: (dollar) => set({ dollar }),
  setLines: (lines) => set({ lines }),
  setScale: (scale) => set({ scale }),
  setHoveredCountry: (hoveredCountry) => set((s) => (s.hoveredCountry === hoveredCountry && s.hoveredCountries.length === (hoveredCountry ? 1 : 0) ? s : { hoveredCountry, hoveredCountries: hoveredCountry ? [hoveredCountry] : [] })),
  setHoveredCountries: (codes) =>
    set((s) =>
      s.hoveredCountries.length === codes.length && codes.every((c, i) => s.hoveredCountries[i] === c) ? s : { hoveredCountries: [...codes], hoveredCountry: codes.length === 1 ? codes[0]! : null },
    ),
  setEvent: (event) => set({ event }),
  setZoom: (zoom) => set((s) => (s.zoom === zoom ? s : { zoom })),
  applyUrlFilters: (filters) => set({ ...filters }),
  addNotices: (notices) => set((s) => (notices.length ? { notices: [...s.notices, ...notices] } : s)),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
  reset: () => set({ ...initialFiltersState, types: [...initialFiltersState.types] }),
}));

/** The link-carried part of the state. */
export function urlFiltersOf(state: UrlFilters): UrlFilters {
  return {
    countries: state.countries,
    types: state.types,
    from: state.from,
    to: state.to,
    measure: state.measure,
    layout: state.layout,
    question: state.question,
    dollar: state.dollar,
    lines: state.lines,
    scale: state.scale,
    event: state.event,
    zoom: state.zoom,
  };
}
