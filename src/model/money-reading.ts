import type { ExchangeRates, Money } from '../data/schema';

/** How an amount printed with a bare "$" is read: as US dollars, or as the donor's own dollar. */
export const DOLLAR_READINGS = ['usd', 'local'] as const;
export type DollarReading = (typeof DOLLAR_READINGS)[number];

/** The words a source puts before an approximate amount, as the dashboard says them. */
export type Qualifier = 'exact' | 'nearly' | 'over' | 'about';

/**
 * Currencies called "dollar": only these can be what a bare "$" means. A bare "$" in a Japanese or
 * South Korean figure is the US dollar whatever the reading.
 */
const DOLLAR_CURRENCIES = new Set(['AUD', 'NZD', 'SGD', 'CAD', 'HKD', 'TWD', 'FJD', 'BND', 'USD']);

/** The source's own word for an approximate amount: "nearly $12 billion", "almost AU$250 million", "over …". */
export function qualifierOf(money: Money): Qualifier {
  if (!money.approximate) return 'exact';
  const word = money.printed.trim().toLowerCase();
  if (/^(nearly|almost|just under|close to)\b/.test(word)) return 'nearly';
  if (/^(over|more than|above|just over)\b/.test(word)) return 'over';
  return 'about';
}

/** One amount in US dollars under a reading, with what was done to get there. */
export interface ReadAmount {
  usd: number;
  /** The source printed only "$". */
  bareDollar: boolean;
  /** The amount was read as the donor's dollar and converted at an annual average rate. */
  converted: boolean;
  /** The currency the amount was read in. */
  currency: string;
  /** Donor's currency per US dollar, when converted. */
  rate: number | null;
}

/**
 * The US-dollar value of a money statement of a country. A bare "$" read as the donor's dollar is
 * converted at the dataset's annual rate, where the donor's currency is a dollar and a rate is given;
 * everything else keeps the dataset's US$ value.
 */
export function readMoney(money: Money, country: string, reading: DollarReading, rates: ExchangeRates | undefined): ReadAmount {
  const bareDollar = money.currencyReading === 'bare-dollar';
  if (bareDollar && reading === 'local' && rates) {
    const currency = rates.currencyOf[country];
    const rate = currency ? rates.perUsd[currency] : undefined;
    if (currency && currency !== 'USD' && DOLLAR_CURRENCIES.has(currency) && rate) {
      return { usd: money.amount / rate, bareDollar, converted: true, currency, rate };
    }
  }
  return { usd: money.usd, bareDollar, converted: false, currency: bareDollar ? 'USD' : money.currency, rate: null };
}

/** Whether reading a bare "$" as the donor's dollar changes any amount of a country. */
export function readingApplies(country: string, rates: ExchangeRates | undefined): boolean {
  const currency = rates?.currencyOf[country];
  return Boolean(currency && currency !== 'USD' && DOLLAR_CURRENCIES.has(currency) && rates?.perUsd[currency]);
}
