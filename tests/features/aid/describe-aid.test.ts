import { describe, expect, it } from 'vitest';
import { selectAid } from '../../../src/features/aid/compute-aid';
import { STANDING_NAMES, readingNotes, aidCaption, aidEmpty, aidFilterItems, bareDollarNote, countingWords, describeAidInWords, entryWords, measured, valueLabel, valueWords } from '../../../src/features/aid/describe-aid';
import type { AidValue } from '../../../src/model/aid';
import { buildModel } from '../../../src/model/dataset-model';
import { windowFromIso } from '../../../src/model/window';
import { loadBundled } from '../../helpers/bundled';

const model = buildModel(loadBundled());
const PARTNERS = ['JP', 'KR', 'AU', 'NZ'];
const value = (v: Partial<AidValue>): AidValue => ({ standing: 'stated', usd: 0, maxUsd: 0, qualifier: 'exact', bareDollar: false, converted: false, entries: [], openEntries: [], statedOn: null, lowerBound: [], ...v });
const words = (v: AidValue) => valueWords(v, measured(v, 'usd', undefined), 'usd');
const label = (v: AidValue) => valueLabel(v, measured(v, 'usd', undefined), 'usd');

describe('the aid chart’s wording', () => {
  it('says each standing once, short on the bar and in words elsewhere', () => {
    expect([label(value({ usd: 141.9e6, maxUsd: 141.9e6, bareDollar: true })), words(value({ usd: 141.9e6, maxUsd: 141.9e6 }))]).toEqual(['US$141.9M†', 'US$141.9M']);
    expect([label(value({ usd: 12e9, maxUsd: 12e9, qualifier: 'nearly' })), words(value({ usd: 12e9, maxUsd: 12e9, qualifier: 'nearly' }))]).toEqual(['≈US$12B', 'nearly US$12B']);
    expect(words(value({ usd: 6e6, maxUsd: 6e6, qualifier: 'over' }))).toBe('over US$6M');
    expect([label(value({ standing: 'at-least', usd: 308.9e6, maxUsd: 308.9e6 })), words(value({ standing: 'at-least', usd: 308.9e6, maxUsd: 308.9e6 }))]).toEqual(['≥ US$308.9M', 'at least US$308.9M']);
    // Converted at a rate of three significant figures: no more in the amount.
    expect(words(value({ standing: 'at-least', usd: 265.54e6, maxUsd: 265.54e6, converted: true }))).toBe('at least ≈US$266M');
    expect(words(value({ standing: 'stated', usd: 3.503e6, maxUsd: 3.503e6, converted: true }))).toBe('about US$3.5M');
    expect(words(value({ usd: 98.5e6, maxUsd: 98.5e6, converted: true }))).toBe('about US$98.5M');
    const range = value({ standing: 'range', usd: 0, maxUsd: 11.7e9, qualifier: 'nearly' });
    // Nothing certain within the dates: "up to", never a 0 that reads as stated.
    expect([label(range), words(range)]).toEqual(['up to ≈US$11.7B', 'up to nearly US$11.7B (timing not stated)']);
    const part = value({ standing: 'range', usd: 300e6, maxUsd: 12e9, qualifier: 'nearly' });
    expect([label(part), words(part)]).toEqual(['US$300M–≈US$12B', 'US$300M to nearly US$12B (timing not stated)']);
    // Not stated is never a number.
    expect(words(value({ standing: 'not-stated' }))).toBe('not stated');
  });

  it('says how a bare “$” was read, for whose figures it matters, and by how much at the 2022 rates', () => {
    const { cells } = selectAid(model, { countries: PARTNERS, types: ['military'], window: windowFromIso(null, null) }, 'as-of', 'usd');
    // 1 − 1/1.44 = 30.6% for the Australian dollar; 1 − 1/1.57 = 36.3% for the New Zealand dollar.
    expect(bareDollarNote('usd', model.dataset.exchangeRates, cells, model.countryNames)).toBe(
      '† Printed with a bare “$”; read as US dollars. Australia and New Zealand’s figures may be in their own dollars: at 2022 average rates that is AUD 30.6% less and NZD 36.3% less in US$. Choose “Donor’s own dollar” to see them so.',
    );
    const local = selectAid(model, { countries: PARTNERS, types: ['military', 'financial'], window: windowFromIso(null, null) }, 'as-of', 'local').cells;
    expect(bareDollarNote('local', model.dataset.exchangeRates, local, model.countryNames)).toMatch(
      /^† Printed with a bare “\$”; Australia and New Zealand’s figures are read as their own dollars and converted at 2022 average rates \(1\.44 AUD, 1\.57 NZD per US\$; World Bank.*\), an approximation for an amount announced on one day\. Japan’s “\$” is read as US dollars\.$/,
    );
    // South Korea's and Japan's "$" are US dollars whatever the reading.
    const korea = selectAid(model, { countries: ['KR'], types: ['humanitarian'], window: windowFromIso(null, null) }, 'as-of', 'usd').cells;
    expect(bareDollarNote('usd', model.dataset.exchangeRates, korea, model.countryNames)).toBe('† Printed with a bare “$”; read as US dollars.');
  });

  it('shows what the dataset knows of each statement: the amount before a rise, the subtype, a part', () => {
    const japan = selectAid(model, { countries: ['JP'], types: ['financial'], window: windowFromIso(null, '2023-12-31') }, 'as-of', 'usd').cells[0]!;
    expect(japan.entries.map(entryWords)).toEqual(['19 Apr 2022, announced: $300 million† (up from $100 million) · loan']);
    const nz = selectAid(model, { countries: ['NZ'], types: ['military'], window: windowFromIso(null, '2022-12-31') }, 'as-of', 'usd').cells[0]!;
    expect(nz.entries.map(entryWords)).toEqual(['21 Mar 2022, running total as of: $11 million† · non-lethal', '11 Apr 2022, announced: $7.5 million† allotted to lethal aid']);
  });

  it('keeps the word “nearly” on the part of a range whose timing is open', () => {
    const [japan] = selectAid(model, { countries: ['JP'], types: ['financial'], window: windowFromIso('2023-01-01', '2024-12-31') }, 'within', 'usd').cells;
    expect(countingWords(japan!, 'within', '2024-12-31', '2023-01-01')).toBe(
      'US$0 is certainly within the dates; up to nearly US$11.7B more may be, from a running total whose growth the sources do not date. † Printed with a bare “$”; read as US dollars.',
    );
  });

  it('says a bare “$” was read as the donor’s dollar only where a figure was converted', () => {
    // 2023–2024: Japan's "$" (US dollars under either reading) and Australia's stated AU$: nothing is converted.
    const window = windowFromIso('2023-01-01', '2024-12-31');
    const { cells } = selectAid(model, { countries: ['JP', 'AU'], types: ['military', 'financial'], window }, 'within', 'local');
    const input = { filterLines: ['Countries: Japan and Australia · Measure: US$'], question: 'within' as const, fromIso: '2023-01-01', toIso: '2024-12-31', bareDollar: true };
    expect(aidFilterItems({ ...input, converted: cells.some((c) => c.converted) })).toBe('Countries: Japan and Australia · Committed 1 Jan 2023 – 31 Dec 2024 · Measure: US$ · A bare “$” read as US dollars');
    // By mid-2022, Australia's $141.9M is read as A$.
    const early = selectAid(model, { countries: ['AU'], types: ['military'], window: windowFromIso(null, '2022-06-30') }, 'as-of', 'local').cells;
    expect(aidFilterItems({ ...input, converted: early.some((c) => c.converted) })).toContain('A bare “$” read as the donor’s own dollar where it is a dollar');
  });

  it('dates the latest statement at the precision its source gives', () => {
    const japan = selectAid(model, { countries: ['JP'], types: ['financial'], window: windowFromIso(null, null) }, 'as-of', 'usd').cells[0]!;
    expect(countingWords(japan, 'as-of', '2024-10-31', null)).toBe('The latest statement behind it dates to Jul 2024. † Printed with a bare “$”; read as US dollars.');
  });

  it('says why a total is “at least”: statements from two documents, or nothing reported for over a year', () => {
    const { cells } = selectAid(model, { countries: ['KR', 'AU'], types: ['military', 'humanitarian'], window: windowFromIso(null, '2024-10-31') }, 'as-of', 'usd');
    const cell = (country: string, type: string) => cells.find((c) => c.country === country && c.type === type)!;
    // South Korea's $10M of 28 February 2022 is its latest humanitarian figure, 32 months before To.
    expect(countingWords(cell('KR', 'humanitarian'), 'as-of', '2024-10-31', null)).toBe(
      'The latest statement behind it dates to 28 Feb 2022. No later money value is stated, and 31 Oct 2024 is over a year on: aid the sources do not report may come on top. † Printed with a bare “$”; read as US dollars.',
    );
    // Australia's $141.9M (East-West Center, April 2022) and almost AU$250M (Wilson Center, July 2024).
    expect(countingWords(cell('AU', 'military'), 'as-of', '2024-10-31', null)).toBe(
      'The latest statement behind it dates to Jul 2024. A sum of statements from different sources or with long gaps between: aid the sources do not report may come on top. † Printed with a bare “$”; read as US dollars.',
    );
    // New Zealand by mid-2022: a total of $11M in non-lethal aid (21 March) and $7.5M allotted to lethal aid (11 April).
    const [nz] = selectAid(model, { countries: ['NZ'], types: ['military'], window: windowFromIso(null, '2022-06-30') }, 'as-of', 'usd').cells;
    expect(countingWords(nz!, 'as-of', '2022-06-30', null)).toBe(
      'The latest statement behind it dates to 11 Apr 2022. The running total behind it is of non-lethal aid alone: the sources state no total of the type’s other aid. † Printed with a bare “$”; read as US dollars.',
    );
    expect(STANDING_NAMES['at-least']).toBe('at least (aid the sources do not report may come on top)');
  });

  it('explains the marks with To on screen, and with the date in an image', () => {
    const input = { question: 'as-of' as const, converted: false, fromIso: null, toIso: '2024-10-31' };
    expect(readingNotes({ ...input, onScreen: true })).toEqual([
      'Solid: the stated total as of To. An open end (▸): at least: a sum of statements with gaps between them, a total stated over a year before To, or a total of one kind alone (loans). ≈: nearly or about, as the source words it.',
    ]);
    expect(readingNotes({ ...input, onScreen: false, converted: true })).toEqual([
      'Solid: the stated total as of 31 Oct 2024. An open end (▸): at least: a sum of statements with gaps between them, a total stated over a year before that date, or a total of one kind alone (loans). ≈: nearly or about, as the source words it, or converted from the donor’s own dollar.',
    ]);
  });

  it('names the question and the dates in the caption', () => {
    // The documents follow a colon, one per item, as their own names hold brackets.
    expect(aidCaption({ measure: 'usd', question: 'as-of', fromIso: '2022-01-01', toIso: '2022-06-30', sources: ['Lynch, East-West Center (APB Series)', 'Goto, Wilson Center'], cut: false })).toBe(
      'US$ stated as of 30 Jun 2022 (From does not apply), as the sources state it: Lynch, East-West Center (APB Series); Goto, Wilson Center.',
    );
    expect(aidCaption({ measure: 'gdp-share', question: 'within', fromIso: '2022-01-01', toIso: '2022-12-31', sources: [], cut: true })).toBe(
      '% of GDP committed 1 Jan 2022 – 31 Dec 2022, the amounts the sources state over 2022 GDP. A bar marked // runs past the axis; its full value is printed.',
    );
  });

  it('says what is missing when nothing can be drawn', () => {
    const { cells } = selectAid(model, { countries: ['SG'], types: ['military'], window: windowFromIso(null, '2022-12-31') }, 'as-of', 'usd');
    expect(aidEmpty({ countries: ['SG'], countryNames: ['Singapore'], types: ['military'], windowEmpty: false, cells, question: 'as-of', fromIso: null, toIso: '2022-12-31', inKindCount: 0 })).toBe(
      'The sources state no military aid with a money value for Singapore by 31 Dec 2022.',
    );
    expect(aidEmpty({ countries: [], countryNames: [], types: ['military'], windowEmpty: false, cells: [], question: 'as-of', fromIso: null, toIso: null, inKindCount: 0 })).toBe('No country is selected. Choose one or more under Countries.');
  });

  it('describes the chart in words from the same numbers, the largest figure first', () => {
    const { cells } = selectAid(model, { countries: ['JP', 'KR'], types: ['military', 'humanitarian', 'financial'], window: windowFromIso(null, '2024-10-31') }, 'as-of', 'usd');
    expect(describeAidInWords({ cells, names: model.countryNames, measure: 'usd', indicators: model.indicators, question: 'as-of', toIso: '2024-10-31', fromIso: null })).toBe(
      'Aid to Ukraine as of 31 Oct 2024, in US$: Japan’s financial aid, nearly US$12B†, is the largest figure; then South Korea’s humanitarian aid, at least US$10M†; no money value is stated for Japan’s military aid, Japan’s humanitarian aid, South Korea’s military aid and South Korea’s financial aid.',
    );
  });
});
