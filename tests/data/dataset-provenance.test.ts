import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadBundled } from '../helpers/bundled';

// The five source documents live beside the repository; CI must have them, elsewhere the check may skip.
const SEEDS = process.env.SEEDS_DIR ?? resolve(ROOT, '../shared/seeds');
const REFERENCE = resolve(ROOT, '../shared/reference/indicators-2022.json');
const haveSeeds = existsSync(SEEDS);
const inCi = process.env.CI === 'true';

if (!haveSeeds && !inCi) {
  console.warn(`Provenance checks skipped: no source documents at ${SEEDS} (they run, and must pass, under CI=true).`);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where each fragment of a quote (" […] " marks an omission) stands in the document, in order; -1 when one is missing. */
function locate(document: string, quote: string): number {
  let from = 0;
  for (const fragment of quote.split(' […] ')) {
    const at = document.indexOf(collapse(fragment), from);
    if (at < 0) return -1;
    from = at + fragment.length;
  }
  return from;
}

describe.runIf(haveSeeds || inCi)('provenance against the source documents', () => {
  const dataset = loadBundled();
  const documents = new Map<string, string>();
  for (const source of dataset.sources) {
    const path = resolve(SEEDS, source.file ?? '');
    if (source.file && existsSync(path)) documents.set(source.id, collapse(readFileSync(path, 'utf8')));
  }

  it('finds every source document', () => {
    expect(existsSync(SEEDS), `source documents expected at ${SEEDS}`).toBe(true);
    for (const source of dataset.sources) expect(documents.has(source.id), `${source.id}: ${source.file}`).toBe(true);
  });

  const citations = [
    ...dataset.sources.flatMap((s) => (s.citations ?? []).map((c) => ({ owner: s.id, source: s.id, quote: c.quote }))),
    ...(dataset.meta.aidFrom?.citations ?? []).map((c) => ({ owner: 'meta.aidFrom', source: c.source, quote: c.quote })),
    ...[...dataset.aid, ...dataset.oil, ...dataset.milestones].flatMap((r) =>
      r.citations.map((c) => ({ owner: r.id, source: c.source, quote: c.quote })),
    ),
  ];

  it.each(citations.map((c, i) => [i, c.owner, c] as const))('quote %i of %s appears verbatim in its document', (_i, _owner, c) => {
    const document = documents.get(c.source);
    expect(document, `document of ${c.source}`).toBeDefined();
    expect(locate(document ?? '', c.quote), `"${c.quote}" not found in ${c.source}`).toBeGreaterThan(0);
  });

  it('prints every money value as its own quote prints it', () => {
    for (const record of dataset.aid) {
      const quotes = record.citations.map((c) => collapse(c.quote)).join(' ');
      for (const money of [record.money, record.previous, ...(record.parts ?? []).map((p) => p.money)]) {
        if (!money) continue;
        expect(quotes, `${record.id}: ${money.printed}`).toContain(money.printed);
      }
    }
  });

  it('quotes every oil release with its number of barrels', () => {
    for (const release of dataset.oil) {
      const quotes = release.citations.map((c) => c.quote).join(' ');
      expect(quotes, release.id).toContain(release.barrels.toLocaleString('en-US'));
    }
  });

  it('takes the exchange rates from the reference file without change', () => {
    const reference = JSON.parse(readFileSync(REFERENCE.replace('indicators-2022.json', 'exchange-rates-2022.json'), 'utf8')) as { year: number; source: string; perUsd: Record<string, number>; currencyOf: Record<string, string> };
    expect(dataset.exchangeRates).toMatchObject({ year: reference.year, source: reference.source, perUsd: reference.perUsd, currencyOf: reference.currencyOf });
  });

  it('keeps no remainder the sources do not give a type: New Zealand’s $13M allots $7.5M to lethal aid, the rest has no stated purpose', () => {
    const nz = dataset.aid.find((r) => r.id === 'nz-2022-04-11-aid')!;
    expect(nz.type).toBe('unspecified');
    expect(nz.parts).toEqual([expect.objectContaining({ label: 'allotted to lethal aid', type: 'military' })]);
  });

  it('takes GDP and population from the reference indicators without change', () => {
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
      year: number;
      source: string;
      countries: Record<string, { gdpUsd: number; population: number }>;
    };
    expect(dataset.indicators?.year).toBe(reference.year);
    expect(dataset.indicators?.source).toBe(reference.source);
    for (const [code, values] of Object.entries(reference.countries)) {
      expect(dataset.indicators?.countries[code], code).toEqual({ gdpUsd: values.gdpUsd, population: values.population });
    }
  });
});
