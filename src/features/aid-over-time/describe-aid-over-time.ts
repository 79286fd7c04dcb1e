import { EMPTY_WORDS } from '../../model/empty-words';
import type { Column } from '../../components/DataTable';
import type { CsvCell } from '../../components/export-spec';
import type { LegendItem } from '../../components/Legend';
import type { ChartTheme } from '../../components/theme';
import type { AidType, ExchangeRates, Source } from '../../data/schema';
import type { AidPoint } from '../../model/aid-over-time';
import { STANDING_NAMES, entryDate, entryWords, everyValueBare, rangeWords, signNotes, valueWords } from '../../model/aid-words';
import { listInWords } from '../../model/dataset-model';
import { sourcesLine } from '../../model/describe-filters';
import { formatDay } from '../../model/format';
import { AID_TYPE_LABELS } from '../../model/labels';
import type { Indicator, Measure } from '../../model/measures';
import type { DollarReading } from '../../model/money-reading';
import { asValue, measuredPoint, type LineKind, type PlacedStatement, type TrendMode, type TrendScale, type TrendSelection, type TrendStatement } from './compute-aid-over-time';

// Every sentence the view of aid stated over time says, on screen and in its exports, is written here once.

/** Title of the figure (its accessible name). */
export const TREND_TITLE = 'Stated aid over time';

export const MODE_NAMES: Record<TrendMode, string> = { total: 'Types added up', 'by-type': 'By type' };
export const SCALE_NAMES: Record<TrendScale, string> = { own: 'Each country its own', shared: 'One for all' };

/** What the view's sentences are written from. */
export interface TrendDescribeInput {
  selection: TrendSelection | null;
  countries: readonly string[];
  types: readonly AidType[];
  names: ReadonlyMap<string, string>;
  sourceById: ReadonlyMap<string, Source>;
  indicators: Readonly<Record<string, Indicator | undefined>>;
  rates: ExchangeRates | undefined;
  measure: Measure;
  reading: DollarReading;
  mode: TrendMode;
  scale: TrendScale;
}

const UNIT_WORDS: Record<Measure, string> = { usd: 'in US dollars', 'per-capita': 'in US dollars per person of 2022 population', 'gdp-share': 'as a share of 2022 GDP' };

const lineName = (kind: LineKind, types: readonly AidType[]) =>
  kind === 'total' ? (types.length === 1 ? AID_TYPE_LABELS[types[0]!] : 'Selected types added up') : AID_TYPE_LABELS[kind];

/** The subtitle: one sentence of what the lines show. */
export function trendSubtitle(input: Pick<TrendDescribeInput, 'selection' | 'measure' | 'mode' | 'types'>): string {
  const span = input.selection ? `${formatDay(input.selection.domain[0])} to ${input.selection.latest ? 'each latest statement' : formatDay(input.selection.domain[1])}` : '';
  const what = input.mode === 'by-type' ? 'by type of aid' : input.types.length === 1 ? `${AID_TYPE_LABELS[input.types[0]!].toLowerCase()} aid` : 'the selected types of aid added up';
  return `How the aid each country’s sources state built up, ${span ? `from ${span}, ` : ''}${what}, ${UNIT_WORDS[input.measure]}.`;
}

/** What the view shows when there is nothing to draw, or null. */
export function trendEmpty(input: Pick<TrendDescribeInput, 'selection' | 'countries' | 'types' | 'names'>): string | null {
  if (!input.countries.length) return EMPTY_WORDS.noCountry;
  if (!input.types.length) return EMPTY_WORDS.noType;
  if (!input.selection) return EMPTY_WORDS.emptyRange;
  if (!input.selection.lines.length) {
    const who = listInWords(input.countries.map((c) => input.names.get(c) ?? c));
    return `The sources state no aid of these types with a money value for ${who} ${rangeWords({ from: input.selection.domain[0], to: input.selection.domain[1] })}.`;
  }
  return null;
}

/** The legend: each line's colour (by type), then how a line is drawn, each explained once. */
export function trendLegend(input: Pick<TrendDescribeInput, 'mode' | 'types'>, theme: ChartTheme): LegendItem[] {
  const ink = theme.text;
  const types: LegendItem[] = input.mode === 'by-type' ? input.types.map((t) => ({ key: t, label: AID_TYPE_LABELS[t], color: theme.aid[t], line: 'solid' })) : [];
  return [
    ...types,
    { key: 'solid', label: 'Stated total', color: ink, line: 'solid' },
    { key: 'dashed', label: 'At least: more may have come', color: ink, line: 'dashed' },
    { key: 'band', label: 'May be up to: timing not stated', color: ink, line: 'band' },
    { key: 'statement', label: 'A statement: a day, or a bar across its month or year', color: ink, line: 'statement' },
  ];
}

/** The notes under the chart: the signs on its face, and the scales. */
export function trendNotes(input: TrendDescribeInput, onScreen: boolean): string[] {
  const values = (input.selection?.lines ?? []).map((l) => ({ ...asValue(l.end), country: l.country }));
  const notes = signNotes({ values, reading: input.reading, rates: input.rates, names: input.names, measure: input.measure }, onScreen);
  if (input.selection && input.selection.lines.length && new Set(input.selection.lines.map((l) => l.country)).size > 1) {
    notes.unshift(input.scale === 'own' ? 'Each country’s panel has its own scale: compare the values, not the heights.' : 'All panels share one scale.');
  }
  return notes;
}

const valueOf = (point: AidPoint, input: TrendDescribeInput, country: string) => valueWords(asValue(point), measuredPoint(point, input.measure, input.indicators[country]), input.measure);

/** A statement's line of words, as the table, the CSV and the tooltip give it. */
function statementRow(st: TrendStatement, input: TrendDescribeInput) {
  const e = st.entry;
  return {
    country: input.names.get(st.country) ?? st.country,
    line: lineName(st.line, input.types),
    date: entryDate(e),
    statement: entryWords(e),
    after: valueOf(st.after, input, st.country),
    standing: STANDING_NAMES[st.after.standing],
    quote: e.record.citations.map((c) => `“${c.quote}” — ${input.sourceById.get(c.source)?.label ?? c.source}`).join(' '),
  };
}

export const TREND_CSV_COLUMNS = ['Country', 'Line', 'Statement date', 'Statement date (as the source gives it)', 'Statement, as printed', 'Line’s value once stated', 'Standing', 'Value', 'Value (most, for a range)', 'Unit', 'Quote'] as const;

const UNITS: Record<Measure, string> = { usd: 'US$', 'per-capita': 'US$ per person', 'gdp-share': '% of 2022 GDP' };

/** The table: one row per statement and line, with its date, the line's value once it is stated, its standing and its quote. */
export function trendTable(input: TrendDescribeInput): { caption: string; columns: Column[]; rows: { key: string; cells: string[] }[]; csv: CsvCell[][] } {
  const statements = (input.selection?.lines ?? []).flatMap((l) => l.statements);
  const rows = statements.map((st) => {
    const r = statementRow(st, input);
    return { key: st.key, cells: [r.country, r.line, r.date, r.statement, r.after, r.standing, r.quote] };
  });
  const csv = statements.map((st): CsvCell[] => {
    const r = statementRow(st, input);
    const m = measuredPoint(st.after, input.measure, input.indicators[st.country]);
    return [r.country, r.line, `${st.entry.record.date}${st.entry.record.orLater ? ' or later' : ''}`, r.date, r.statement, r.after, r.standing, m && st.after.usd > 0 ? m.value : null, st.after.standing === 'range' && m ? m.max : null, UNITS[input.measure], r.quote];
  });
  return {
    caption: `${TREND_TITLE}: ${trendSubtitle(input)}`,
    columns: [
      { key: 'country', header: 'Country' },
      { key: 'line', header: 'Line' },
      { key: 'date', header: 'Statement date' },
      { key: 'statement', header: 'Statement, as printed († a bare “$”)' },
      { key: 'after', header: 'The line’s value once stated, with its date' },
      { key: 'standing', header: 'Standing' },
      { key: 'quote', header: 'Quote' },
    ],
    rows,
    csv,
  };
}

/** A mark's tooltip, as structured text. */
export interface TrendTooltipText {
  title: string;
  value: string;
  lines: string[];
  entries: { key: string; words: string; dateNote: string | null; quotes: { quote: string; source: string }[]; note: string | null }[];
}

/** The tooltip of a statement mark (or of several gathered into one). */
export function trendTooltip(mark: PlacedStatement, input: TrendDescribeInput): TrendTooltipText {
  const first = mark.statements[0]!;
  const name = input.names.get(mark.country) ?? mark.country;
  const last = mark.statements[mark.statements.length - 1]!;
  const many = mark.statements.length > 1;
  return {
    title: many ? `${name} · ${lineName(mark.line, input.types)} · ${mark.statements.length} statements, ${entryDate(first.entry)} to ${entryDate(last.entry)}` : `${name} · ${lineName(mark.line, input.types)} · ${entryDate(first.entry)}`,
    value: `Once stated: ${valueOf(last.after, input, mark.country)}`,
    lines: [STANDING_NAMES[last.after.standing]],
    entries: mark.statements.slice(0, 3).map((st) => ({
      key: st.key,
      words: entryWords(st.entry),
      dateNote: st.entry.record.dateNote ?? null,
      quotes: st.entry.record.citations.map((c) => ({ quote: c.quote, source: input.sourceById.get(c.source)?.label ?? c.source })),
      note: st.entry.record.note ?? null,
    })),
  };
}

/** A mark's accessible name: "Australia, 17 Apr 2022: $141.9 million†; the line then US$141.9M†, as of 17 Apr 2022". */
export function trendMarkLabel(mark: PlacedStatement, input: TrendDescribeInput): string {
  const name = input.names.get(mark.country) ?? mark.country;
  const last = mark.statements[mark.statements.length - 1]!;
  const what = mark.statements.length > 1 ? `${mark.statements.length} statements, ${entryDate(mark.statements[0]!.entry)} to ${entryDate(last.entry)}` : `${entryDate(last.entry)}: ${last.entry.money.printed}${last.entry.bareDollar ? '†' : ''}`;
  return `${name}, ${lineName(mark.line, input.types)}, ${what}; then ${valueOf(last.after, input, mark.country)}`;
}

/** The chart in words: each country's line at its end, and how many statements it rests on. */
export function trendInWords(input: TrendDescribeInput): string {
  const lines = input.selection?.lines ?? [];
  if (!lines.length) return trendEmpty(input) ?? '';
  const span = input.selection!.latest ? 'as of each latest statement' : `by ${formatDay(input.selection!.domain[1])}`;
  const say = lines.map((l) => `${input.names.get(l.country) ?? l.country}${l.kind === 'total' ? '' : ` (${AID_TYPE_LABELS[l.kind].toLowerCase()})`}: ${valueOf(l.end, input, l.country)}, from ${l.statements.length} statement${l.statements.length === 1 ? '' : 's'}`);
  return `${TREND_TITLE}, ${span}: ${say.join('; ')}.`;
}

/** Every sentence of the view, for the screen, its table, the CSV and the export alike. */
export interface TrendDescription {
  title: string;
  subtitle: string;
  empty: string | null;
  notes: string[];
  sources: string[];
  daggerOnce: boolean;
  inWords: string;
}

/** Describes the view under its filters. `onScreen`: the notes may point at the page's controls. */
export function describeTrend(input: TrendDescribeInput, onScreen = true): TrendDescription {
  const lines = input.selection?.lines ?? [];
  // Loops, not nested flatMaps: at 100k records the arrays those built were most of this
  // function's time in a country click's profile (11 of 13 ms).
  const ids = new Set<string>();
  for (const l of lines) for (const st of l.statements) for (const c of st.entry.record.citations) ids.add(c.source);
  // The table and the CSV (a row per statement: thousands in a large dataset) are written when asked
  // for, by `trendTable`: at 10,000 records writing them took 115–280 ms of every filter change.
  return {
    title: TREND_TITLE,
    subtitle: trendSubtitle(input),
    empty: trendEmpty(input),
    notes: trendNotes(input, onScreen),
    sources: sourcesLine([...ids], input.sourceById),
    daggerOnce: everyValueBare(lines.map((l) => asValue(l.end))),
    inWords: trendInWords(input),
  };
}
