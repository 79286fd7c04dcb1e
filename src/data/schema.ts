import * as z from 'zod';
import { endsBefore, isPartialIsoDate } from './calendar';
import { AID_TYPES, DATE_BASES, MILESTONE_CATEGORIES, PRECISIONS } from './constants';

const DATE_FORMS: Record<(typeof PRECISIONS)[number], RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  decade: /^\d{3}0$/,
};

const LIMITS = { id: 120, short: 300, text: 2000, quote: 4000 } as const;

// JSON text can spell a number too large for a double (1e309): it is read as Infinity, which JSON
// itself would write as null.
const quoted = (input: unknown) => (typeof input === 'number' && !Number.isFinite(input) ? String(input) : (JSON.stringify(input)?.slice(0, 80) ?? String(input)));

// No trimming or other transforms: a file that passes is used exactly as it was parsed.
/** What a value of the wrong type is told: that it is missing, or what it is not. */
const notA = (what: string) => (iss: { input?: unknown }) => (iss.input === undefined ? 'is missing' : `${quoted(iss.input)} is not ${what}`);

const KINDS: Record<string, string> = { array: 'a list', object: 'an object', boolean: 'true or false', string: 'text', number: 'a number' };

/**
 * The wording of the problems zod words itself: a missing field, a value that is not one of a list,
 * a field the format does not have. Anything else keeps zod's own words.
 */
export function datasetIssueWording(issue: { code?: string; input?: unknown; expected?: string; values?: readonly unknown[]; keys?: readonly string[] }): string | undefined {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'is missing' : `${quoted(issue.input)} is not ${KINDS[issue.expected ?? ''] ?? issue.expected}`;
  if (issue.code === 'invalid_value' && issue.values) return `${quoted(issue.input)} is not one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'unrecognized_keys' && issue.keys) return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the format does not know: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return undefined;
}

const text = (max: number) =>
  z
    .string({ error: notA('text') })
    .max(max, { error: `is longer than ${max} characters` })
    .regex(/\S/, { error: 'must not be empty or blank' });

const id = z
  .string({ error: notA('an id') })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
    error: (iss) => `${quoted(iss.input)} is not an id (letters, digits, . _ : - only)`,
  })
  .max(LIMITS.id, { error: `is longer than ${LIMITS.id} characters` });

const countryCode = z
  .string({ error: notA('a country code') })
  .regex(/^[A-Z]{2}$/, { error: (iss) => `${quoted(iss.input)} is not a two-letter country code` });

const partialDate = z
  .string({ error: notA('a date') })
  .refine((v) => isPartialIsoDate(v), { error: (iss) => `${quoted(iss.input)} is not a date` });

const number = () => z.number({ error: notA('a number') });

const year = () => number().int({ error: (iss) => `${quoted(iss.input)} is not a year` });

const nonNegative = (what: string) =>
  number()
    .min(0, { error: (iss) => `${quoted(iss.input)} is negative; ${what} must be zero or more` });

/** A verbatim quote from a source document; " […] " marks an omission between fragments. */
export const CitationSchema = z.strictObject({
  source: id,
  quote: text(LIMITS.quote),
});

/**
 * The quotes behind a record. A dataset of the reader's own (a spreadsheet) may give none: the record
 * then says "no quote given" wherever a quote would stand. The bundled dataset quotes every record;
 * its data tests hold it to that.
 */
const CitationsSchema = z.array(CitationSchema);

const SourceCitationSchema = z.strictObject({ quote: text(LIMITS.quote) });

/** A money amount as the source prints it, with the US-dollar value the charts use. */
export const MoneySchema = z.strictObject({
  printed: text(LIMITS.short),
  amount: nonNegative('an amount'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: (iss) => `${quoted(iss.input)} is not a three-letter currency code` }),
  currencyReading: z.enum(['stated', 'bare-dollar']),
  usd: nonNegative('a US-dollar value'),
  usdBasis: z.enum(['same-currency', 'source-conversion']),
  approximate: z.boolean(),
});

/** A contribution counted in units rather than money (tons of coal, visas, vests). */
export const ItemSchema = z.strictObject({
  what: text(LIMITS.short),
  quantity: nonNegative('a quantity').nullable(),
  unit: text(80).nullable(),
  qualifier: z.enum(['over', 'nearly', 'about']).optional(),
});

const datedFields = {
  date: partialDate,
  precision: z.enum(PRECISIONS),
  /**
   * The statement may date from any day of the date's period or after it: an undated document known
   * only to be written after that date ("after the July 2024 summit"). Its period has no last day.
   */
  orLater: z.literal(true).optional(),
  dateBasis: z.enum(DATE_BASES),
  dateNote: text(LIMITS.text).optional(),
};

/** One statement of aid to Ukraine: an increment (new money) or a running total as of its date. */
export const AidRecordSchema = z.strictObject({
  id,
  country: countryCode,
  type: z.enum(AID_TYPES),
  subtype: text(80).optional(),
  basis: z.enum(['increment', 'total']),
  ...datedFields,
  summary: text(LIMITS.short),
  money: MoneySchema.nullable(),
  previous: MoneySchema.optional(),
  /**
   * Amounts the source allots within the record. A part with a `type` counts as aid of that type;
   * the rest of the record's money keeps the record's own type.
   */
  parts: z.array(z.strictObject({ label: text(LIMITS.short), type: z.enum(AID_TYPES).optional(), money: MoneySchema })).optional(),
  items: z.array(ItemSchema),
  note: text(LIMITS.text).optional(),
  citations: CitationsSchema,
});

/** Barrels a country released from its emergency oil stocks. */
export const OilReleaseSchema = z.strictObject({
  id,
  country: countryCode,
  barrels: nonNegative('barrels'),
  ...datedFields,
  citations: CitationsSchema,
});

/** A dated event in a partnership with NATO. */
export const MilestoneSchema = z.strictObject({
  id,
  countries: z.array(countryCode).min(1, { error: 'needs at least one country' }),
  /**
   * A statement about the Indo-Pacific as a region, made in the context of the partners listed, that
   * does not name them one by one (NATO on China, Blinken's "Indo-Pacific coalitions").
   */
  regionWide: z.literal(true).optional(),
  category: z.enum(MILESTONE_CATEGORIES),
  title: text(LIMITS.short),
  ...datedFields,
  endDate: partialDate.optional(),
  note: text(LIMITS.text).optional(),
  citations: CitationsSchema,
});

export const SourceSchema = z.strictObject({
  id,
  file: text(LIMITS.short).nullable(),
  label: text(LIMITS.short),
  title: text(LIMITS.short).nullable(),
  publisher: text(LIMITS.short).nullable(),
  author: text(LIMITS.short).nullable(),
  published: z
    .strictObject({ date: partialDate, precision: z.enum(PRECISIONS), shownAs: text(LIMITS.short) })
    .nullable(),
  /** How the document is dated when it shows no date: "undated; events to 5 May 2022". */
  dated: text(LIMITS.short).optional(),
  note: text(LIMITS.text).optional(),
  citations: z.array(SourceCitationSchema).optional(),
});

export const CountrySchema = z.strictObject({
  code: countryCode,
  name: text(80),
  role: z.enum(['partner', 'comparison']),
});

/**
 * Exchange rates (local currency per US dollar) for reading a bare "$" as the donor's own dollar.
 * `currencyOf` maps a country to its currency; only dollar currencies are read this way.
 */
export const ExchangeRatesSchema = z.strictObject({
  year: year(),
  source: text(LIMITS.short),
  rounding: text(LIMITS.short),
  perUsd: z.record(
    z.string().regex(/^[A-Z]{3}$/, { error: (iss) => `${quoted(iss.input)} is not a three-letter currency code` }),
    number().positive({ error: 'must be more than zero' }),
  ),
  currencyOf: z.record(
    countryCode,
    z.string().regex(/^[A-Z]{3}$/, { error: (iss) => `${quoted(iss.input)} is not a three-letter currency code` }),
  ),
});

export const IndicatorsSchema = z.strictObject({
  year: year(),
  source: text(LIMITS.short),
  rounding: text(LIMITS.short),
  countries: z.record(
    countryCode,
    z.strictObject({ gdpUsd: nonNegative('GDP'), population: nonNegative('population') }),
  ),
});

const DatasetShape = z.strictObject({
  meta: z.strictObject({
    title: text(LIMITS.short),
    version: text(80),
    description: text(LIMITS.text).optional(),
    /**
     * The earliest date the aid in the dataset can date from, with the quotes that say so: a first
     * running total is counted from here, not from the beginning of time.
     */
    aidFrom: z
      .strictObject({ date: partialDate, precision: z.enum(PRECISIONS), citations: z.array(CitationSchema).min(1, { error: 'needs at least one citation' }) })
      .optional(),
  }),
  countries: z.array(CountrySchema).min(1, { error: 'needs at least one country' }),
  sources: z.array(SourceSchema).min(1, { error: 'needs at least one source' }),
  indicators: IndicatorsSchema.optional(),
  exchangeRates: ExchangeRatesSchema.optional(),
  aid: z.array(AidRecordSchema),
  oil: z.array(OilReleaseSchema),
  milestones: z.array(MilestoneSchema),
});

type Shape = z.infer<typeof DatasetShape>;
/** Where the cross-reference checks tell of a problem. */
export type Report = (issue: { path: (string | number)[]; message: string }) => void;

type Section = 'aid' | 'oil' | 'milestones';

function checkDateForm(report: Report, section: Section, i: number, record: { date: string; precision: (typeof PRECISIONS)[number] }) {
  // A date that is not a date at all has been reported already.
  if (isPartialIsoDate(record.date) && !DATE_FORMS[record.precision].test(record.date)) {
    report({
      path: [section, i, 'date'],
      message: `"${record.date}" does not have the form of a ${record.precision} (precision "${record.precision}")`,
    });
  }
}

/**
 * Checks that zod's per-field rules cannot: unique ids, references that resolve, date forms. It runs
 * once per record of datasets with hundreds of thousands of them, so issue paths are built only for
 * the records that have an issue.
 */
export function checkReferences(data: Shape, report: Report): void {
  const countries = new Set<string>();
  data.countries.forEach((c, i) => {
    if (countries.has(c.code)) report({ path: ['countries', i, 'code'], message: `"${c.code}" is listed twice` });
    countries.add(c.code);
  });
  const sources = new Set<string>();
  data.sources.forEach((s, i) => {
    if (sources.has(s.id)) report({ path: ['sources', i, 'id'], message: `duplicate id "${s.id}"` });
    sources.add(s.id);
    if (s.published) {
      if (!DATE_FORMS[s.published.precision].test(s.published.date)) {
        report({
          path: ['sources', i, 'published', 'date'],
          message: `"${s.published.date}" does not have the form of a ${s.published.precision}`,
        });
      }
    }
  });
  if (data.indicators) {
    for (const code of Object.keys(data.indicators.countries)) {
      if (!countries.has(code)) {
        report({ path: ['indicators', 'countries', code], message: `"${code}" is not in countries` });
      }
    }
  }
  const ids = new Set<string>();
  const checkId = (section: Section, i: number, value: string) => {
    if (ids.has(value)) report({ path: [section, i, 'id'], message: `duplicate id "${value}"` });
    ids.add(value);
  };
  const checkCountry = (code: string, path: () => (string | number)[]) => {
    // A value that is not a country code at all has been reported already.
    if (!countries.has(code) && /^[A-Z]{2}$/.test(code)) report({ path: path(), message: `"${code}" is not in countries` });
  };
  const checkCitations = (section: Section, i: number, citations: { source: string }[]) => {
    for (let j = 0; j < citations.length; j++) {
      const source = citations[j]!.source;
      if (!sources.has(source)) {
        report({ path: [section, i, 'citations', j, 'source'], message: `"${source}" is not in sources` });
      }
    }
  };
  data.aid.forEach((r, i) => {
    checkId('aid', i, r.id);
    checkCountry(r.country, () => ['aid', i, 'country']);
    checkDateForm(report, 'aid', i, r);
    checkCitations('aid', i, r.citations);
    if (r.basis === 'total' && r.money === null) {
      report({ path: ['aid', i, 'money'], message: 'a total needs a money value' });
    }
    if (r.money === null && r.items.length === 0) {
      report({ path: ['aid', i, 'items'], message: 'a record without money needs at least one item' });
    }
  });
  data.oil.forEach((r, i) => {
    checkId('oil', i, r.id);
    checkCountry(r.country, () => ['oil', i, 'country']);
    checkDateForm(report, 'oil', i, r);
    checkCitations('oil', i, r.citations);
  });
  data.milestones.forEach((r, i) => {
    checkId('milestones', i, r.id);
    r.countries.forEach((c, j) => checkCountry(c, () => ['milestones', i, 'countries', j]));
    checkDateForm(report, 'milestones', i, r);
    checkCitations('milestones', i, r.citations);
    if (
      r.endDate !== undefined &&
      isPartialIsoDate(r.endDate) &&
      isPartialIsoDate(r.date) &&
      endsBefore(r.endDate, r.date)
    ) {
      report({ path: ['milestones', i, 'endDate'], message: `"${r.endDate}" is before the date "${r.date}"` });
    }
  });
}

/** The one definition of the dataset's shape, with its cross-reference rules. */
export const DatasetSchema = DatasetShape.superRefine((data, ctx) =>
  checkReferences(data, (issue) => ctx.addIssue({ code: 'custom', ...issue })),
);

export type Dataset = z.infer<typeof DatasetSchema>;
export type AidRecord = Dataset['aid'][number];
export type OilRelease = Dataset['oil'][number];
export type Milestone = Dataset['milestones'][number];
export type Source = Dataset['sources'][number];
export type Country = Dataset['countries'][number];
export type Money = z.infer<typeof MoneySchema>;
export type ExchangeRates = z.infer<typeof ExchangeRatesSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type AidType = (typeof AID_TYPES)[number];
export type MilestoneCategory = (typeof MILESTONE_CATEGORIES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type DateBasis = (typeof DATE_BASES)[number];
