// The columns a spreadsheet of records may have, and how their headers are recognised.

/** The kinds of record a spreadsheet can hold, one kind per file. */
export const RECORD_KINDS = ['aid', 'oil', 'milestones'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** How each kind is named to the reader. */
export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  aid: 'Aid to Ukraine',
  oil: 'Oil releases',
  milestones: 'Milestones',
};

/** A field of a record that a column can fill. */
export type FieldName =
  | 'id'
  | 'country'
  | 'date'
  | 'dateBasis'
  | 'type'
  | 'subtype'
  | 'basis'
  | 'amount'
  | 'currency'
  | 'usd'
  | 'printed'
  | 'approximate'
  | 'summary'
  | 'barrels'
  | 'title'
  | 'category'
  | 'endDate'
  | 'note'
  | 'source'
  | 'quote';

/** One field as the mapping step shows it. */
export interface FieldSpec {
  name: FieldName;
  label: string;
  /** What the column holds, in a few words. */
  hint: string;
  required: boolean;
  /** Header names it is recognised by, compared after `normalizeHeader`. */
  aliases: readonly string[];
}

const common = {
  id: { name: 'id', label: 'Id', hint: 'a unique id per row (made up from the row number if not given)', required: false, aliases: ['id', 'recordid', 'key', 'ref'] },
  country: { name: 'country', label: 'Country', hint: 'name or two-letter code', required: true, aliases: ['country', 'countries', 'countrycode', 'countryname', 'nation', 'donor', 'iso', 'iso2', 'code'] },
  date: { name: 'date', label: 'Date', hint: 'YYYY-MM-DD, YYYY-MM or YYYY', required: true, aliases: ['date', 'day', 'when', 'dateannounced', 'announced', 'announcementdate', 'startdate', 'start', 'month', 'year', 'period'] },
  dateBasis: { name: 'dateBasis', label: 'Date means', hint: 'announced, as-of or occurred', required: false, aliases: ['datebasis', 'datemeans', 'datetype', 'datekind'] },
  note: { name: 'note', label: 'Note', hint: 'any remark', required: false, aliases: ['note', 'notes', 'comment', 'comments', 'remark', 'remarks'] },
  source: { name: 'source', label: 'Source', hint: 'the document the quote is from', required: false, aliases: ['source', 'sources', 'sourcename', 'document', 'publication', 'reference', 'citation'] },
  quote: { name: 'quote', label: 'Quote', hint: 'the words of the source (optional)', required: false, aliases: ['quote', 'quotation', 'excerpt', 'evidence', 'sourcequote', 'sourcetext', 'citationtext'] },
} satisfies Record<string, FieldSpec>;

/** The fields of each kind, in the order the mapping step lists them. */
export const FIELDS: Record<RecordKind, readonly FieldSpec[]> = {
  aid: [
    common.country,
    common.date,
    { name: 'type', label: 'Aid type', hint: 'military, humanitarian, financial or unspecified (purpose not stated)', required: true, aliases: ['type', 'aidtype', 'kind', 'category', 'aidcategory', 'typeofaid', 'sector'] },
    { name: 'amount', label: 'Amount', hint: 'a number (1234567.5)', required: true, aliases: ['amount', 'value', 'sum', 'money', 'commitment', 'committed', 'pledged', 'allocation', 'allocated'] },
    { name: 'currency', label: 'Currency', hint: 'USD, AUD, US$, € …; a bare $ or none is read as US$', required: false, aliases: ['currency', 'cur', 'ccy', 'currencycode'] },
    { name: 'usd', label: 'US$ value', hint: 'needed for an amount in another currency', required: false, aliases: ['usd', 'amountusd', 'amountus', 'amountinusd', 'usdvalue', 'usvalue', 'valueusd', 'valueus', 'valueinusd', 'inusd', 'usdequivalent', 'usamount', 'usdollars', 'us'] },
    { name: 'basis', label: 'Counted as', hint: 'increment (new aid) or total (a running total)', required: false, aliases: ['basis', 'countedas', 'amountbasis', 'incrementortotal', 'cumulative'] },
    { name: 'printed', label: 'Amount as printed', hint: '“nearly $12 billion”', required: false, aliases: ['printed', 'asprinted', 'amountasprinted', 'amounttext', 'original', 'originalamount'] },
    { name: 'approximate', label: 'Approximate', hint: 'yes or no', required: false, aliases: ['approximate', 'approx', 'estimate', 'estimated'] },
    { name: 'subtype', label: 'Subtype', hint: 'lethal, loan …', required: false, aliases: ['subtype', 'subcategory'] },
    { name: 'summary', label: 'Summary', hint: 'what the aid is', required: false, aliases: ['summary', 'description', 'details', 'what', 'item', 'title'] },
    common.dateBasis,
    common.source,
    common.quote,
    common.note,
    common.id,
  ],
  oil: [
    common.country,
    common.date,
    { name: 'barrels', label: 'Barrels', hint: 'a number', required: true, aliases: ['barrels', 'bbl', 'barrelsreleased', 'oilbarrels', 'volume', 'quantity', 'released', 'amount'] },
    common.dateBasis,
    common.source,
    common.quote,
    common.id,
  ],
  milestones: [
    common.country,
    common.date,
    { name: 'title', label: 'Title', hint: 'what happened', required: true, aliases: ['title', 'event', 'milestone', 'name', 'headline', 'what', 'description', 'summary'] },
    { name: 'category', label: 'Category', hint: 'partnership, ministerial, summit, military, ukraine, cyber, sanctions, statement or aid', required: true, aliases: ['category', 'eventtype', 'type', 'kind'] },
    { name: 'endDate', label: 'End date', hint: 'for an event of several days', required: false, aliases: ['enddate', 'end', 'until', 'to', 'dateend'] },
    common.dateBasis,
    common.source,
    common.quote,
    common.note,
    common.id,
  ],
};

/** Which column (by index) fills each field; a field left out is not read. */
export type ColumnMapping = Partial<Record<FieldName, number>>;

/** A header reduced to letters and digits, lower case, without accents: "Amount (US$)" → "amountus". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Matches a file's headers to the fields of a kind: first headers that are one of a field's names,
 * then headers that begin with one ("Date announced" is a date). Each column fills at most one
 * field and each field takes the first column that fits.
 */
export function matchHeaders(headers: readonly string[], kind: RecordKind): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const normal = headers.map(normalizeHeader);
  const assign = (fits: (header: string, alias: string) => boolean) => {
    for (const field of FIELDS[kind]) {
      if (mapping[field.name] !== undefined) continue;
      const column = normal.findIndex((h, i) => !taken.has(i) && h !== '' && field.aliases.some((a) => fits(h, a)));
      if (column >= 0) {
        mapping[field.name] = column;
        taken.add(column);
      }
    }
  };
  assign((h, a) => h === a);
  assign((h, a) => a.length >= 4 && h.startsWith(a));
  return mapping;
}

/** The kind of record a file most likely holds, judged by how many of each kind's required fields its headers fill. */
export function guessKind(headers: readonly string[]): RecordKind {
  let best: RecordKind = 'aid';
  let bestScore = -1;
  for (const kind of RECORD_KINDS) {
    const mapping = matchHeaders(headers, kind);
    const required = FIELDS[kind].filter((f) => f.required);
    // Fields only this kind has weigh more than country and date, which every kind has.
    const score = required.reduce((sum, f) => sum + (mapping[f.name] === undefined ? 0 : f.name === 'country' || f.name === 'date' ? 1 : 3), 0);
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

/** The required fields a mapping leaves without a column. */
export function missingFields(mapping: ColumnMapping, kind: RecordKind): FieldSpec[] {
  return FIELDS[kind].filter((f) => f.required && mapping[f.name] === undefined && !(f.name === 'amount' && mapping.usd !== undefined));
}
