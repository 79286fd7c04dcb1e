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

/**
 * Turns mapped rows into a dataset of one kind of record, then checks it with the dataset schema.
 * Nothing is guessed: a number, date, currency or country that cannot be read is a problem, and
 * an amount in another currency needs its US$ value from the file.
 */
export function tableToDataset(table: Table, choices: MappingChoices, file: FileFacts): MappedResult {
  const { kind, mapping } = choices;
  const problems: DatasetProblem[] = [];
  let total = 0;
  const columnName = (field: FieldName) => {
    const index = mapping[field];
    const header = index === undefined ? undefined : table.headers[index];
    return header || FIELDS[kind].find((f) => f.name === field)?.label || field;
  };
  const report = (row: number, field: FieldName | null, message: string) => {
    total++;
    if (problems.length < MAX_PROBLEMS_SHOWN) problems.push({ path: field ? `row ${row}, column ${columnName(field)}` : `row ${row}`, message });
  };
  for (const p of table.problems) report(p.row, null, p.message);
  for (const f of missingFields(mapping, kind)) {
    total++;
    if (problems.length < MAX_PROBLEMS_SHOWN) problems.push({ path: `column ${f.label}`, message: `no column is chosen; ${RECORD_NOUN[kind]} need one` });
  }
  if (table.rows.length === 0) {
    total++;
    problems.push({ path: '', message: 'has no rows under its header' });
  }
  if (total > 0) return { ok: false, problems, total };

  const resolve = countryResolver(file.known);
  const countries = new Map<string, ResolvedCountry>();
  const sources = new Map<string, { id: string; label: string }>();
  const sourceFor = (label: string) => {
    let s = sources.get(label);
    if (!s) {
      s = { id: `source-${sources.size + 1}`, label };
      sources.set(label, s);
    }
    return s.id;
  };
  let unquotedSources = 0;
  const rowsOf: number[] = [];
  const records: Record<string, unknown>[] = [];

  for (const { row, cells } of table.rows) {
    const cell = (field: FieldName) => {
      const index = mapping[field];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const has = (field: FieldName) => cell(field) !== '';
    const take = <T>(field: FieldName, read: Read<T>): T | undefined => {
      if (read.ok) return read.value;
      report(row, field, read.message);
      return undefined;
    };
    const required = (field: FieldName, what: string) => {
      if (has(field)) return cell(field);
      report(row, field, `is empty; ${what}`);
      return undefined;
    };

    const place = (code: ResolvedCountry) => {
      if (!countries.has(code.code)) countries.set(code.code, code);
      return code.code;
    };
    let country: string | undefined;
    let milestoneCountries: string[] | undefined;
    if (kind === 'milestones') {
      const parts = cell('country').split(/[;|]/).map((p) => p.trim()).filter((p) => p !== '');
      if (parts.length === 0) report(row, 'country', 'is empty; every row needs a country');
      else milestoneCountries = parts.map((p) => take('country', resolve(p))).filter((c): c is ResolvedCountry => c !== undefined).map(place);
    } else {
      const c = take('country', resolve(cell('country')));
      if (c) country = place(c);
    }

    const dateCell = required('date', 'every row needs a date');
    const date = dateCell === undefined ? undefined : take('date', readDate(dateCell, isPartialIsoDate));
    const quote = cell('quote');
    const source = cell('source');
    if (!quote && source) unquotedSources++;
    const citations = quote ? [{ source: sourceFor(source || file.name), quote }] : [];
    const id = cell('id') || `${kind}-row-${row}`;
    const note = has('note') ? { note: cell('note') } : {};
    const dated = date === undefined ? {} : { date, precision: formPrecision(date) };

    if (kind === 'aid') {
      const type = has('type') ? take('type', readChoice(cell('type'), AID_TYPES, TYPE_SYNONYMS, 'an aid type')) : (report(row, 'type', 'is empty; every aid row needs a type'), undefined);
      const basis = has('basis') ? take('basis', readChoice(cell('basis'), ['increment', 'total'] as const, BASIS_SYNONYMS, 'a way of counting')) : choices.basis;
      const amountField: FieldName = mapping.amount !== undefined ? 'amount' : 'usd';
      const amountCell = cell(amountField);
      let money: Record<string, unknown> | undefined;
      if (amountCell === '') report(row, amountField, 'is empty; every aid row needs an amount');
      else {
        const amount = take(amountField, readNumber(amountCell, table.decimalComma));
        const currency = amountField === 'usd' ? { currency: 'USD', reading: 'stated' as const } : take('currency', readCurrency(cell('currency')));
        let usd: number | undefined;
        if (currency && currency.currency !== 'USD') {
          if (has('usd')) usd = take('usd', readNumber(cell('usd'), table.decimalComma));
          else report(row, 'usd', `is empty; an amount in ${currency.currency} needs its US$ value`);
        } else usd = amount;
        const printed = cell('printed') || [cell('currency'), amountCell].filter((s) => s !== '').join(' ');
        const approximate = has('approximate') ? take('approximate', readYesNo(cell('approximate'))) : soundsApproximate(printed);
        if (amount !== undefined && currency && usd !== undefined && approximate !== undefined) {
          money = {
            printed,
            amount,
            currency: currency.currency,
            currencyReading: currency.reading,
            usd,
            usdBasis: currency.currency === 'USD' ? 'same-currency' : 'source-conversion',
            approximate,
          };
        }
      }
      const dateBasis = has('dateBasis')
        ? take('dateBasis', readChoice(cell('dateBasis'), DATE_BASES, DATE_BASIS_SYNONYMS, 'what a date can mean'))
        : basis === 'total'
          ? 'as-of'
          : 'announced';
      const typeLabel = type ? `${type[0]!.toUpperCase()}${type.slice(1)} aid` : 'Aid';
      records.push({
        id,
        country,
        type,
        ...(has('subtype') ? { subtype: cell('subtype') } : {}),
        basis,
        ...dated,
        dateBasis,
        summary: cell('summary') || (money ? `${typeLabel}: ${String(money.printed)}` : typeLabel),
        money: money ?? null,
        items: [],
        ...note,
        citations,
      });
    } else if (kind === 'oil') {
      const barrelsCell = required('barrels', 'every row needs a number of barrels');
      const barrels = barrelsCell === undefined ? undefined : take('barrels', readNumber(barrelsCell, table.decimalComma));
      const dateBasis = has('dateBasis') ? take('dateBasis', readChoice(cell('dateBasis'), DATE_BASES, DATE_BASIS_SYNONYMS, 'what a date can mean')) : 'as-of';
      records.push({ id, country, barrels, ...dated, dateBasis, citations });
    } else {
      const title = required('title', 'every milestone needs a title');
      const category = has('category')
        ? take('category', readChoice(cell('category'), MILESTONE_CATEGORIES, {}, 'a milestone category'))
        : (report(row, 'category', 'is empty; every milestone needs a category'), undefined);
      const endCell = cell('endDate');
      const endDate = endCell ? take('endDate', readDate(endCell, isPartialIsoDate)) : undefined;
      const dateBasis = has('dateBasis') ? take('dateBasis', readChoice(cell('dateBasis'), DATE_BASES, DATE_BASIS_SYNONYMS, 'what a date can mean')) : 'occurred';
      records.push({ id, countries: milestoneCountries, category, title, ...dated, dateBasis, ...(endDate ? { endDate } : {}), ...note, citations });
    }
    rowsOf.push(row);
  }
  if (total > 0) return { ok: false, problems, total };

  if (sources.size === 0) sourceFor(file.name);
  const dataset = {
    meta: { title: choices.title.trim() || file.name, version: file.modified },
    countries: [...countries.values()].map((c) => ({ code: c.code, name: c.name, role: 'partner' })),
    sources: [...sources.values()].map((s) => ({ id: s.id, file: s.label === file.name ? file.name : null, label: s.label, title: null, publisher: null, author: null, published: null })),
    aid: kind === 'aid' ? records : [],
    oil: kind === 'oil' ? records : [],
    milestones: kind === 'milestones' ? records : [],
  };
  const checked = parseDataset(dataset);
  if (!checked.ok) {
    return {
      ok: false,
      total: checked.total,
      problems: checked.problems.map((p) => {
        const m = /^(?:aid|oil|milestones)\[(\d+)\]\.?([A-Za-z]*)(?:\[\d+\])?\.?([A-Za-z]*)/.exec(p.path);
        const row = m ? rowsOf[Number(m[1])] : undefined;
        if (!m || row === undefined) return p;
        let field = SCHEMA_FIELDS[m[3] || m[2] || ''] ?? SCHEMA_FIELDS[m[2] ?? ''];
        // A US$ value or printed text not in the file was made from the amount.
        if (field && mapping[field] === undefined && (field === 'usd' || field === 'printed')) field = mapping.amount !== undefined ? 'amount' : 'usd';
        return { path: field ? `row ${row}, column ${columnName(field)}` : `row ${row}`, message: p.message };
      }),
    };
  }
  const notes = unquotedSources
    ? [`${unquotedSources === 1 ? '1 row names a source but gives' : `${unquotedSources} rows name a source but give`} no quote; a source is kept only with a quote.`]
    : [];
  return { ok: true, dataset: checked.data, text: JSON.stringify(checked.data), records: records.length, notes };
}

const RECORD_NOUN: Record<RecordKind, string> = { aid: 'aid records', oil: 'oil releases', milestones: 'milestones' };
