// npm run budget: fails when the JavaScript the page loads first exceeds the budget (gzip).
// "First" is the entry chunk and every chunk it imports statically; lazily loaded chunks (the
// timeline, exports, the validator) are listed but not counted. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 120;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
// The dashboard's page; the embed page (embed.html) is an entry of its own.
const entryKey = manifest['index.html']?.isEntry ? 'index.html' : Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('No entry chunk in dist/.vite/manifest.json: run `npm run build` first.');

const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const dep of manifest[key].imports ?? []) visit(dep);
};
visit(entryKey);

const size = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length / 1000;
const rows = Object.entries(manifest)
  .filter(([, chunk]) => chunk.file.endsWith('.js'))
  .map(([key, chunk]) => ({ file: chunk.file, gzipKb: size(chunk.file), initial: initial.has(key) }));
const total = rows.filter((r) => r.initial).reduce((sum, r) => sum + r.gzipKb, 0);

for (const r of rows.sort((a, b) => b.gzipKb - a.gzipKb)) console.log(`${r.initial ? 'initial' : 'lazy   '}  ${r.gzipKb.toFixed(1).padStart(6)} kB  ${r.file}`);
console.log(`\nInitial JavaScript: ${total.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB) {
  console.error(`Over budget by ${(total - BUDGET_KB).toFixed(1)} kB.`);
  process.exit(1);
}
