// Reading the cells of a spreadsheet: numbers, dates, currencies, countries, yes and no.
import { normalizeHeader } from './csv-fields';

/** A cell read into a value, or why it could not be. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(message: string): Read<T> => ({ ok: false, message });

/** The cell as the message quotes it. */
export const shown = (cell: string) => `"${cell.length > 60 ? `${cell.slice(0, 60)}…` : cell}"`;

/**
 * A number as spreadsheets write it: "1234567.5", "1,234,567.5", "1 234 567"; with a decimal comma
 * (semicolon-separated files) "1.234.567,5" or "1234567,5". Nothing else: "$11 million" or "1,5" in
 * a comma file is refused rather than guessed at.
 */
export function readNumber(cell: string, decimalComma: boolean): Read<number> {
  const s = cell.trim().replace(/[\s\u00a0\u202f']/g, '');
  const sign = /^[+-]/.test(s) ? s[0] : '';
  const body = sign ? s.slice(1) : s;
  let plain: string | null = null;
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(body)) plain = body;
  else if (decimalComma) {
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) plain = body.replace(/\./g, '').replace(',', '.');
    else if (/^\d+(,\d+)?$/.test(body)) plain = body.replace(',', '.');
    else if (/^\d+\.\d+$/.test(body)) plain = body;
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) plain = body.replace(/,/g, '');
  else if (/^\d+(\.\d+)?$/.test(body)) plain = body;
  if (plain === null) {
    const hint = decimalComma ? 'a number such as 1234567,5' : 'a number such as 1234567.5';
    return fail(`${shown(cell)} is not a number (write ${hint})`);
  }
  return ok(Number(sign + plain));
}

/** A date of the form YYYY-MM-DD, YYYY-MM or YYYY that exists; a midnight time some exports add is dropped. */
export function readDate(cell: string, isDate: (value: string) => boolean): Read<string> {
  const s = cell.trim();
  const value = /^\d{4}-\d{2}-\d{2}[T ]00:00(:00(\.0+)?)?Z?$/.test(s) ? s.slice(0, 10) : s;
  if (!isDate(value)) return fail(`${shown(cell)} is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)`);
  return ok(value);
}

/** How a currency cell was read: the ISO code, and whether the currency was stated or only a bare "$" (or nothing). */
export interface CurrencyReading {
  currency: string;
  reading: 'stated' | 'bare-dollar';
}

const CURRENCY_SIGNS: Record<string, string> = {
  US$: 'USD',
  U$S: 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  C$: 'CAD',
  CA$: 'CAD',
  S$: 'SGD',
  '€': 'EUR',
  '£': 'GBP',
  '₩': 'KRW',
};

/** A currency cell: an ISO code (USD), a sign with its country (US$, AU$, €); a bare "$" or an empty cell is read as US dollars. */
export function readCurrency(cell: string): Read<CurrencyReading> {
  const s = cell.trim().toUpperCase();
  if (s === '' || s === '$') return ok({ currency: 'USD', reading: 'bare-dollar' });
  if (/^[A-Z]{3}$/.test(s)) return ok({ currency: s, reading: 'stated' });
  const sign = CURRENCY_SIGNS[s];
  if (sign) return ok({ currency: sign, reading: 'stated' });
  return fail(`${shown(cell)} is not a currency (write a code such as USD or AUD, or US$, AU$, €)`);
}

/** Yes or no: yes, y, true, 1, x; no, n, false, 0 or empty. */
export function readYesNo(cell: string): Read<boolean> {
  const s = cell.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'x'].includes(s)) return ok(true);
  if (['no', 'n', 'false', '0', ''].includes(s)) return ok(false);
  return fail(`${shown(cell)} is not yes or no`);
}

/** Whether printed words make an amount approximate: "nearly", "almost", "over", "about" … */
export function soundsApproximate(printed: string): boolean {
  return /\b(nearly|almost|about|around|approximately|roughly|over|more than|some|up to|at least|close to)\b|~|≈/i.test(printed);
}

/** One of a list of words, compared without case, spaces or hyphens, with synonyms. */
export function readChoice<T extends string>(cell: string, choices: readonly T[], synonyms: Record<string, T>, what: string): Read<T> {
  const key = normalizeHeader(cell);
  const found = choices.find((c) => normalizeHeader(c) === key) ?? synonyms[key];
  if (found) return ok(found);
  const listed = `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
  return fail(`${shown(cell)} is not ${what} (${listed})`);
}

/** A country the file names, resolved to a code and a name. */
export interface ResolvedCountry {
  code: string;
  name: string;
}

const NAME_ALIASES: Record<string, string> = {
  republicofkorea: 'KR',
  korearepublicof: 'KR',
  korea: 'KR',
  rok: 'KR',
  usa: 'US',
  unitedstatesofamerica: 'US',
  uk: 'GB',
  greatbritain: 'GB',
  russianfederation: 'RU',
  turkiye: 'TR',
  czechia: 'CZ',
};

// Codes the ISO standard leaves to users: countries the file names that no code is known for get one.
const FREE_CODES = [...'ABCDEFGHIJLMNOPQRSTUVWYZ'].map((c) => `X${c}`).concat([...'MNOPRSTUVWXYZ'].map((c) => `Q${c}`));

/**
 * Resolves country cells, by two-letter code or by English name ("Japan", "south korea", "JP"),
 * against the dashboard's countries first and then every region the browser can name. A country
 * neither knows is added with its name and a code from the range ISO leaves to users (XA, XB …).
 * One resolver per file: the same name always gets the same code.
 */
export function countryResolver(known: readonly ResolvedCountry[]) {
  const names = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const c of known) {
    names.set(c.code, c.name);
    byName.set(normalizeHeader(c.name), c.code);
  }
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      if (code === 'ZZ') continue;
      let name: string | undefined;
      try {
        name = regions.of(code);
      } catch {
        name = undefined;
      }
      if (!name || name === code) continue;
      if (!names.has(code)) names.set(code, name);
      const key = normalizeHeader(name);
      if (!byName.has(key)) byName.set(key, code);
    }
  }
  for (const [alias, code] of Object.entries(NAME_ALIASES)) if (!byName.has(alias)) byName.set(alias, code);
  const added = new Map<string, ResolvedCountry>();

  return (cell: string): Read<ResolvedCountry> => {
    const s = cell.trim();
    if (s === '') return fail('is empty; every row needs a country');
    if (/^[A-Za-z]{2}$/.test(s)) {
      const code = s.toUpperCase();
      if (names.has(code)) return ok({ code, name: names.get(code)! });
    }
    const key = normalizeHeader(s);
    const code = byName.get(key);
    if (code) return ok({ code, name: names.get(code) ?? s });
    const before = added.get(key);
    if (before) return ok(before);
    const free = FREE_CODES.find((c) => !names.has(c) && ![...added.values()].some((a) => a.code === c));
    if (!free) return fail(`${shown(cell)} is not a country the dashboard knows, and there is no code left for another`);
    const country = { code: free, name: s };
    added.set(key, country);
    return ok(country);
  };
}
