// A spreadsheet of records, with its columns mapped to fields, turned into a dataset and checked
// by the same schema as a JSON file. Every problem names the spreadsheet's row and column.
import { AID_TYPES, DATE_BASES, MILESTONE_CATEGORIES } from '../constants';
import { MAX_PROBLEMS_SHOWN, type DatasetProblem } from '../errors';
import { isPartialIsoDate } from '../calendar';
import type { Dataset } from '../schema';
import { parseDataset } from '../validate';
import { FIELDS, missingFields, type ColumnMapping, type FieldName, type RecordKind } from './csv-fields';
import type { Table } from './csv-table';
import { countryResolver, readChoice, readCurrency, readDate, readNumber, readYesNo, soundsApproximate, type Read, type ResolvedCountry } from './csv-values';

/** The precision a date's form shows ("2022-04-19" a day, "2022-04" a month, "2022" a year); the data layer reads it itself. */
const formPrecision = (date: string) => (date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year') as 'day' | 'month' | 'year';

/** What the reader chose in the mapping step, besides the columns. */
export interface MappingChoices {
  kind: RecordKind;
  mapping: ColumnMapping;
  /** The dataset's title (the file's name unless changed). */
  title: string;
  /** How amounts count when no column says: new aid, or running totals. */
  basis: 'increment' | 'total';
}

/** About the file, for the dataset's meta and its one source. */
export interface FileFacts {
  name: string;
  /** The file's last change, as an ISO day: the dataset's version. */
  modified: string;
  /** Countries the dashboard already has, so their names and codes match. */
  known: readonly ResolvedCountry[];
}

/** A mapped spreadsheet: the dataset the schema gave (and as JSON text, to keep), or the problems, each naming its row and column. */
export type MappedResult =
  | { ok: true; dataset: Dataset; text: string; records: number; notes: string[] }
  | { ok: false; problems: DatasetProblem[]; total: number };

const SCHEMA_FIELDS: Record<string, FieldName> = {
  id: 'id',
  country: 'country',
  countries: 'country',
  date: 'date',
  precision: 'date',
  dateBasis: 'dateBasis',
  type: 'type',
  subtype: 'subtype',
  basis: 'basis',
  summary: 'summary',
  printed: 'printed',
  amount: 'amount',
  currency: 'currency',
  usd: 'usd',
  barrels: 'barrels',
  title: 'title',
  category: 'category',
  endDate: 'endDate',
  note: 'note',
  quote: 'quote',
  source: 'source',
};

const TYPE_SYNONYMS: Record<string, (typeof AID_TYPES)[number]> = {
  militaryaid: 'military',
  militaryassistance: 'military',
  defence: 'military',
  defense: 'military',
  humanitarianaid: 'humanitarian',
  humanitarianassistance: 'humanitarian',
  financialaid: 'financial',
  financialassistance: 'financial',
  finance: 'financial',
  budgetsupport: 'financial',
  loan: 'financial',
  loans: 'financial',
  // The dashboard's own name for it, as its CSV prints it.
  purposenotstated: 'unspecified',
};
const BASIS_SYNONYMS: Record<string, 'increment' | 'total'> = {
  new: 'increment',
  additional: 'increment',
  package: 'increment',
  runningtotal: 'total',
  cumulative: 'total',
  asof: 'total',
};
const DATE_BASIS_SYNONYMS: Record<string, (typeof DATE_BASES)[number]> = { asof: 'as-of', total: 'as-of', tookplace: 'occurred', happened: 'occurred' };

/** The problems of a mapping: the first ones kept, all counted, each named by the row and the column as the file heads it. */
function problemLog(table: Table, { kind, mapping }: MappingChoices) {
  const problems: DatasetProblem[] = [];
  let total = 0;
  const columnName = (field: FieldName) => {
    const index = mapping[field];
    const header = index === undefined ? undefined : table.headers[index];
    return header || FIELDS[kind].find((f) => f.name === field)?.label || field;
  };
  const add = (path: string, message: string) => {
    total++;
    if (problems.length < MAX_PROBLEMS_SHOWN) problems.push({ path, message });
  };
  const where = (row: number, field: FieldName | null) => (field ? `row ${row}, column ${columnName(field)}` : `row ${row}`);
  return {
    columnName,
    where,
    add,
    report: (row: number, field: FieldName | null, message: string) => add(where(row, field), message),
    get failed() {
      return total > 0;
    },
    result: (): MappedResult => ({ ok: false, problems, total }),
  };
}
type ProblemLog = ReturnType<typeof problemLog>;

/** What is wrong before any row is read: the file's own problems, fields without a column, no rows. */
function checkTable(table: Table, { kind, mapping }: MappingChoices, log: ProblemLog) {
  for (const p of table.problems) log.report(p.row, null, p.message);
  for (const f of missingFields(mapping, kind)) log.add(`column ${f.label}`, `no column is chosen; ${RECORD_NOUN[kind]} need one`);
  if (table.rows.length === 0) log.add('', 'has no rows under its header');
}

/** One row's cells by field, and the ways to read them; a cell that cannot be read is reported. */
function rowReader(row: number, cells: readonly string[], mapping: ColumnMapping, log: ProblemLog) {
  const cell = (field: FieldName) => {
    const index = mapping[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const has = (field: FieldName) => cell(field) !== '';
  const take = <T>(field: FieldName, read: Read<T>): T | undefined => {
    if (read.ok) return read.value;
    log.report(row, field, read.message);
    return undefined;
  };
  return {
    row,
    cell,
    has,
    take,
    /** The cell, or a problem saying why the row needs it. */
    required: (field: FieldName, what: string) => {
      if (has(field)) return cell(field);
      log.report(row, field, `is empty; ${what}`);
      return undefined;
    },
    /** What the date means: the column's word for it, or `otherwise`. */
    dateBasis: (otherwise: (typeof DATE_BASES)[number]) =>
      has('dateBasis') ? take('dateBasis', readChoice(cell('dateBasis'), DATE_BASES, DATE_BASIS_SYNONYMS, 'what a date can mean')) : otherwise,
    /** A problem of the row that is not one cell's. */
    report: (field: FieldName, message: string) => log.report(row, field, message),
  };
}
type Row = ReturnType<typeof rowReader>;

/** The countries and sources the rows name, each listed once, in the order they first appear. */
function namedThings(file: FileFacts) {
  const resolve = countryResolver(file.known);
  const countries = new Map<string, ResolvedCountry>();
  const sources = new Map<string, { id: string; label: string }>();
  return {
    countries,
    sources,
    country: (r: Row, name: string) => {
      const c = r.take('country', resolve(name));
      if (c && !countries.has(c.code)) countries.set(c.code, c);
      return c?.code;
    },
    sourceFor: (label: string) => {
      let s = sources.get(label);
      if (!s) {
        s = { id: `source-${sources.size + 1}`, label };
        sources.set(label, s);
      }
      return s.id;
    },
  };
}
type Named = ReturnType<typeof namedThings>;

/** The fields every kind of record has: id, date, note and the quote. */
function commonFields(r: Row, kind: RecordKind, file: FileFacts, named: Named) {
  const dateCell = r.required('date', 'every row needs a date');
  const date = dateCell === undefined ? undefined : r.take('date', readDate(dateCell, isPartialIsoDate));
  const quote = r.cell('quote');
  const source = r.cell('source');
  return {
    id: r.cell('id') || `${kind}-row-${r.row}`,
    dated: date === undefined ? {} : { date, precision: formPrecision(date) },
    note: r.has('note') ? { note: r.cell('note') } : {},
    citations: quote ? [{ source: named.sourceFor(source || file.name), quote }] : [],
    /** A source named without a quote, which is not kept. */
    unquotedSource: !quote && source !== '',
  };
}
type Common = ReturnType<typeof commonFields>;

/** An aid row's money: the amount as the file gives it, its currency and its US$ value. */
function aidMoney(r: Row, mapping: ColumnMapping, decimalComma: boolean): Record<string, unknown> | undefined {
  const amountField: FieldName = mapping.amount !== undefined ? 'amount' : 'usd';
  const amountCell = r.cell(amountField);
  if (amountCell === '') {
    r.report(amountField, 'is empty; every aid row needs an amount');
    return undefined;
  }
  const amount = r.take(amountField, readNumber(amountCell, decimalComma));
  const currency = amountField === 'usd' ? { currency: 'USD', reading: 'stated' as const } : r.take('currency', readCurrency(r.cell('currency')));
  let usd: number | undefined;
  if (currency && currency.currency !== 'USD') {
    if (r.has('usd')) usd = r.take('usd', readNumber(r.cell('usd'), decimalComma));
    else r.report('usd', `is empty; an amount in ${currency.currency} needs its US$ value`);
  } else usd = amount;
  const printed = r.cell('printed') || [r.cell('currency'), amountCell].filter((s) => s !== '').join(' ');
  const approximate = r.has('approximate') ? r.take('approximate', readYesNo(r.cell('approximate'))) : soundsApproximate(printed);
  if (amount === undefined || !currency || usd === undefined || approximate === undefined) return undefined;
  return { printed, amount, currency: currency.currency, currencyReading: currency.reading, usd, usdBasis: currency.currency === 'USD' ? 'same-currency' : 'source-conversion', approximate };
}

function aidRecord(r: Row, common: Common, country: string | undefined, choices: MappingChoices, decimalComma: boolean) {
  const type = r.has('type') ? r.take('type', readChoice(r.cell('type'), AID_TYPES, TYPE_SYNONYMS, 'an aid type')) : (r.report('type', 'is empty; every aid row needs a type'), undefined);
  const basis = r.has('basis') ? r.take('basis', readChoice(r.cell('basis'), ['increment', 'total'] as const, BASIS_SYNONYMS, 'a way of counting')) : choices.basis;
  const money = aidMoney(r, choices.mapping, decimalComma);
  const typeLabel = type ? `${type[0]!.toUpperCase()}${type.slice(1)} aid` : 'Aid';
  return {
    id: common.id,
    country,
    type,
    ...(r.has('subtype') ? { subtype: r.cell('subtype') } : {}),
    basis,
    ...common.dated,
    dateBasis: r.dateBasis(basis === 'total' ? 'as-of' : 'announced'),
    summary: r.cell('summary') || (money ? `${typeLabel}: ${String(money.printed)}` : typeLabel),
    money: money ?? null,
    items: [],
    ...common.note,
    citations: common.citations,
  };
}

function oilRecord(r: Row, common: Common, country: string | undefined, decimalComma: boolean) {
  const barrelsCell = r.required('barrels', 'every row needs a number of barrels');
  const barrels = barrelsCell === undefined ? undefined : r.take('barrels', readNumber(barrelsCell, decimalComma));
  return { id: common.id, country, barrels, ...common.dated, dateBasis: r.dateBasis('as-of'), citations: common.citations };
}

/** A milestone's countries, several separated by ";" or "|". */
function milestoneCountries(r: Row, named: Named): string[] | undefined {
  const names = r.cell('country').split(/[;|]/).map((p) => p.trim()).filter((p) => p !== '');
  if (names.length === 0) {
    r.report('country', 'is empty; every row needs a country');
    return undefined;
  }
  return names.map((name) => named.country(r, name)).filter((c): c is string => c !== undefined);
}

function milestoneRecord(r: Row, common: Common, countries: string[] | undefined) {
  const title = r.required('title', 'every milestone needs a title');
  const category = r.has('category')
    ? r.take('category', readChoice(r.cell('category'), MILESTONE_CATEGORIES, {}, 'a milestone category'))
    : (r.report('category', 'is empty; every milestone needs a category'), undefined);
  const endCell = r.cell('endDate');
  const endDate = endCell ? r.take('endDate', readDate(endCell, isPartialIsoDate)) : undefined;
  return {
    id: common.id,
    countries,
    category,
    title,
    ...common.dated,
    dateBasis: r.dateBasis('occurred'),
    ...(endDate ? { endDate } : {}),
    ...common.note,
    citations: common.citations,
  };
}

/** Every row as a record of the chosen kind, the spreadsheet row each came from, and what the file's quotes left out. */
function readRecords(table: Table, choices: MappingChoices, file: FileFacts, named: Named, log: ProblemLog) {
  const records: Record<string, unknown>[] = [];
  const rowsOf: number[] = [];
  let unquotedSources = 0;
  const common = (r: Row) => {
    const fields = commonFields(r, choices.kind, file, named);
    if (fields.unquotedSource) unquotedSources++;
    return fields;
  };
  for (const { row, cells } of table.rows) {
    const r = rowReader(row, cells, choices.mapping, log);
    // The country first, as the columns run: problems are listed in the order they are found.
    if (choices.kind === 'milestones') {
      const countries = milestoneCountries(r, named);
      records.push(milestoneRecord(r, common(r), countries));
    } else {
      const country = named.country(r, r.cell('country'));
      records.push(choices.kind === 'aid' ? aidRecord(r, common(r), country, choices, table.decimalComma) : oilRecord(r, common(r), country, table.decimalComma));
    }
    rowsOf.push(row);
  }
  return { records, rowsOf, unquotedSources };
}

/** A problem the schema found in a record, named by the spreadsheet's row and column instead. */
function inRowAndColumn(problem: DatasetProblem, rowsOf: readonly number[], mapping: ColumnMapping, log: ProblemLog): DatasetProblem {
  const m = /^(?:aid|oil|milestones)\[(\d+)\]\.?([A-Za-z]*)(?:\[\d+\])?\.?([A-Za-z]*)/.exec(problem.path);
  const row = m ? rowsOf[Number(m[1])] : undefined;
  if (!m || row === undefined) return problem;
  let field = SCHEMA_FIELDS[m[3] || m[2] || ''] ?? SCHEMA_FIELDS[m[2] ?? ''];
  // A US$ value or printed text not in the file was made from the amount.
  if (field && mapping[field] === undefined && (field === 'usd' || field === 'printed')) field = mapping.amount !== undefined ? 'amount' : 'usd';
  return { path: log.where(row, field ?? null), message: problem.message };
}

/**
 * Turns mapped rows into a dataset of one kind of record, then checks it with the dataset schema.
 * Nothing is guessed: a number, date, currency or country that cannot be read is a problem, and
 * an amount in another currency needs its US$ value from the file.
 */
export function tableToDataset(table: Table, choices: MappingChoices, file: FileFacts): MappedResult {
  const log = problemLog(table, choices);
  checkTable(table, choices, log);
  if (log.failed) return log.result();
  const named = namedThings(file);
  const { records, rowsOf, unquotedSources } = readRecords(table, choices, file, named, log);
  if (log.failed) return log.result();

  if (named.sources.size === 0) named.sourceFor(file.name);
  const checked = parseDataset({
    meta: { title: choices.title.trim() || file.name, version: file.modified },
    countries: [...named.countries.values()].map((c) => ({ code: c.code, name: c.name, role: 'partner' })),
    sources: [...named.sources.values()].map((s) => ({ id: s.id, file: s.label === file.name ? file.name : null, label: s.label, title: null, publisher: null, author: null, published: null })),
    aid: choices.kind === 'aid' ? records : [],
    oil: choices.kind === 'oil' ? records : [],
    milestones: choices.kind === 'milestones' ? records : [],
  });
  if (!checked.ok) return { ok: false, total: checked.total, problems: checked.problems.map((p) => inRowAndColumn(p, rowsOf, choices.mapping, log)) };
  const notes = unquotedSources
    ? [`${unquotedSources === 1 ? '1 row names a source but gives' : `${unquotedSources} rows name a source but give`} no quote; a source is kept only with a quote.`]
    : [];
  return { ok: true, dataset: checked.data, text: JSON.stringify(checked.data), records: records.length, notes };
}

const RECORD_NOUN: Record<RecordKind, string> = { aid: 'aid records', oil: 'oil releases', milestones: 'milestones' };
