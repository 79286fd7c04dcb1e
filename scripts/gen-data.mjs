// npm run gen:data -- --records 100000 --milestones 10000 --countries 40 [--seed 1] [--out FILE]
// Writes a synthetic dataset of the bundled dataset's schema, the same for the same arguments.
// Its figures are invented for benchmarks and say so in its title; it is never shown as real data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    milestones: { type: 'string', default: '100' },
    countries: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const records = Number(values.records);
const milestoneCount = Number(values.milestones);
const countryCount = Math.min(26 * 26, Math.max(1, Number(values.countries)));
const out = values.out ?? `bench/data/synthetic-${records}.json`;

/** mulberry32: a small seeded generator, so the same seed gives the same file. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(Number(values.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const countries = Array.from({ length: countryCount }, (_, i) => ({
  code: `${LETTERS[Math.floor(i / 26)]}${LETTERS[i % 26]}`,
  name: `Synthetic ${String(i + 1).padStart(2, '0')}`,
  role: i < 4 ? 'partner' : 'comparison',
}));
const codes = countries.map((c) => c.code);
const partners = codes.slice(0, Math.min(4, codes.length));
const TYPES = ['military', 'humanitarian', 'financial'];
const CATEGORIES = ['partnership', 'ministerial', 'summit', 'military', 'ukraine', 'cyber', 'sanctions', 'statement', 'aid'];
const START = Date.UTC(2000, 0, 1);
const DAYS = 25 * 365;

function date() {
  const d = new Date(START + between(0, DAYS) * 86_400_000).toISOString();
  const roll = random();
  if (roll < 0.85) return { date: d.slice(0, 10), precision: 'day' };
  if (roll < 0.97) return { date: d.slice(0, 7), precision: 'month' };
  return { date: d.slice(0, 4), precision: 'year' };
}

const sources = [1, 2, 3].map((n) => ({ id: `s${n}`, file: null, label: `Synthetic source ${n}`, title: null, publisher: null, author: null, published: null }));
const aid = [];
for (let i = 0; i < records; i++) {
  const total = random() < 0.1;
  const inKind = !total && random() < 0.05;
  const usd = between(1, 5000) * 100_000;
  aid.push({
    id: `a${i}`,
    country: pick(codes),
    type: pick(TYPES),
    basis: total ? 'total' : 'increment',
    ...date(),
    dateBasis: total ? 'as-of' : 'announced',
    summary: `Package ${i}`,
    money: inKind ? null : { printed: `$${usd}`, amount: usd, currency: 'USD', currencyReading: 'stated', usd, usdBasis: 'same-currency', approximate: false },
    items: inKind ? [{ what: 'supplies', quantity: between(1, 1000), unit: 'tons' }] : [],
    citations: [{ source: pick(sources).id, quote: `Synthetic record ${i}.` }],
  });
}
const milestones = [];
for (let i = 0; i < milestoneCount; i++) {
  const all = random() < 0.2;
  milestones.push({
    id: `m${i}`,
    countries: all ? partners : [pick(codes)],
    category: pick(CATEGORIES),
    title: `Milestone ${i}`,
    ...date(),
    dateBasis: 'occurred',
    citations: [{ source: pick(sources).id, quote: `Synthetic milestone ${i}.` }],
  });
}
const oil = codes.map((code, i) => ({ id: `o${i}`, country: code, barrels: between(1, 300) * 100_000, date: '2022', precision: 'year', dateBasis: 'as-of', citations: [{ source: 's1', quote: `Synthetic release ${i}.` }] }));
const indicators = {
  year: 2022,
  source: 'Synthetic',
  rounding: 'none',
  countries: Object.fromEntries(codes.map((code) => [code, { gdpUsd: between(10, 5000) * 1e9, population: between(1, 300) * 1e6 }])),
};

const dataset = {
  meta: { title: `Synthetic benchmark dataset (${records} aid records; not real figures)`, version: `seed ${values.seed}` },
  countries,
  sources,
  indicators,
  aid,
  oil,
  milestones,
};
mkdirSync(dirname(out), { recursive: true });
const text = JSON.stringify(dataset);
writeFileSync(out, text);
console.log(`wrote ${out}: ${records} aid records, ${milestoneCount} milestones, ${countryCount} countries, ${(text.length / 1024 / 1024).toFixed(1)} MB`);
