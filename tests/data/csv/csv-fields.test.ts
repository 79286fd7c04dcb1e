import { describe, expect, it } from 'vitest';
import { guessKind, matchHeaders, missingFields, normalizeHeader } from '../../../src/data/csv/csv-fields';

describe('normalizeHeader', () => {
  it('keeps letters and digits, lower case, without accents', () => {
    expect(normalizeHeader(' Amount (US$) ')).toBe('amountus');
    expect(normalizeHeader('Date_announced')).toBe('dateannounced');
    expect(normalizeHeader('Pays / País')).toBe('payspais');
  });
});

describe('matchHeaders', () => {
  it('matches the common names of an aid table, whatever their case and punctuation', () => {
    const headers = ['Country', 'Date', 'Aid type', 'Amount', 'Currency', 'Source', 'Quote'];
    expect(matchHeaders(headers, 'aid')).toEqual({ country: 0, date: 1, type: 2, amount: 3, currency: 4, source: 5, quote: 6 });
  });

  it('matches a header that begins with a field name, and leaves unknown columns out', () => {
    const headers = ['Donor', 'Date announced', 'Category', 'Value', 'Value (US$)', 'Comments', 'Internal code 7'];
    expect(matchHeaders(headers, 'aid')).toEqual({ country: 0, date: 1, type: 2, amount: 3, usd: 4, note: 5 });
  });

  it('gives each column to one field only, the first that asks for it', () => {
    // "summary" and "title" both match the column "Description" for milestones; the title, listed first, takes it.
    expect(matchHeaders(['country', 'date', 'description', 'type'], 'milestones')).toEqual({ country: 0, date: 1, title: 2, category: 3 });
  });

  it('matches oil releases by barrels', () => {
    expect(matchHeaders(['ISO2', 'Year', 'Barrels released'], 'oil')).toEqual({ country: 0, date: 1, barrels: 2 });
  });
});

describe('guessKind', () => {
  it('tells aid, oil releases and milestones apart by the columns only they have', () => {
    expect(guessKind(['country', 'date', 'type', 'amount'])).toBe('aid');
    expect(guessKind(['country', 'date', 'barrels'])).toBe('oil');
    expect(guessKind(['countries', 'date', 'title', 'category'])).toBe('milestones');
  });
});

describe('missingFields', () => {
  it('lists the needed fields without a column; a US$ column stands in for the amount', () => {
    expect(missingFields({ country: 0, date: 1 }, 'aid').map((f) => f.label)).toEqual(['Aid type', 'Amount']);
    expect(missingFields({ country: 0, date: 1, type: 2, usd: 3 }, 'aid')).toEqual([]);
  });
});
