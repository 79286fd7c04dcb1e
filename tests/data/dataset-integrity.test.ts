import { describe, expect, it } from 'vitest';
import { isPartialIsoDate } from '../../src/data/calendar';
import { bundledJson, loadBundled } from '../helpers/bundled';

describe('the bundled dataset', () => {
  it('passes the schema', () => {
    expect(() => loadBundled()).not.toThrow();
  });

  const dataset = loadBundled();
  const records = [...dataset.aid, ...dataset.oil, ...dataset.milestones];

  it('gives every record a unique id', () => {
    const ids = [...records.map((r) => r.id), ...dataset.sources.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('quotes at least one source for every record', () => {
    for (const r of records) expect(r.citations.length, r.id).toBeGreaterThan(0);
  });

  it('resolves every country and source reference', () => {
    const countries = new Set(dataset.countries.map((c) => c.code));
    const sources = new Set(dataset.sources.map((s) => s.id));
    for (const r of dataset.aid) expect(countries.has(r.country), r.id).toBe(true);
    for (const r of dataset.oil) expect(countries.has(r.country), r.id).toBe(true);
    for (const r of dataset.milestones) for (const c of r.countries) expect(countries.has(c), r.id).toBe(true);
    for (const r of records) for (const c of r.citations) expect(sources.has(c.source), r.id).toBe(true);
  });

  it('dates every record with a real calendar date at its stated precision', () => {
    const forms = { day: 10, month: 7, year: 4, decade: 4 } as const;
    for (const r of records) {
      expect(isPartialIsoDate(r.date), r.id).toBe(true);
      expect(r.date.length, r.id).toBe(forms[r.precision]);
    }
  });

  it('has no negative amounts', () => {
    for (const r of dataset.aid) {
      for (const m of [r.money, r.previous]) {
        if (!m) continue;
        expect(m.amount, r.id).toBeGreaterThanOrEqual(0);
        expect(m.usd, r.id).toBeGreaterThanOrEqual(0);
      }
    }
    for (const r of dataset.oil) expect(r.barrels, r.id).toBeGreaterThanOrEqual(0);
  });

  it('reads every bare "$" as US dollars and converts other currencies with the source’s own figure', () => {
    for (const r of dataset.aid) {
      const m = r.money;
      if (!m) continue;
      if (m.currencyReading === 'bare-dollar') {
        expect(m.currency, r.id).toBe('USD');
        expect(m.usd, r.id).toBe(m.amount);
      }
      if (m.currency !== 'USD') expect(m.usdBasis, r.id).toBe('source-conversion');
    }
  });

  it('names the four partners and Singapore, for comparison', () => {
    expect(dataset.countries.map((c) => [c.code, c.name, c.role])).toEqual([
      ['JP', 'Japan', 'partner'],
      ['KR', 'South Korea', 'partner'],
      ['AU', 'Australia', 'partner'],
      ['NZ', 'New Zealand', 'partner'],
      ['SG', 'Singapore', 'comparison'],
    ]);
  });

  it('keeps contributions that have no money value as items with their units', () => {
    const items = dataset.aid.flatMap((r) => r.items.map((i) => ({ ...i, country: r.country })));
    expect(items).toContainEqual({ what: 'coal', quantity: 70000, unit: 'tons', country: 'AU' });
    expect(items).toContainEqual({ what: 'humanitarian visas to Ukrainian refugees', quantity: 6000, unit: 'visas', qualifier: 'over', country: 'AU' });
    expect(items.map((i) => i.what)).toEqual(expect.arrayContaining(['bulletproof vests', 'commercial surveillance drones']));
  });

  it('is the JSON the app serves, untouched by parsing', () => {
    // Zod strips nothing and adds nothing: a round trip gives back the file's records.
    expect(JSON.parse(JSON.stringify(dataset.aid))).toEqual(bundledJson().aid);
  });
});
