// npm run bench:compare -- REF: filter-change times of this checkout against another commit, A/B.
// On a shared machine the same build's medians drift by a third between runs, so a before-and-after
// is only worth quoting when both builds are measured in turns in one sitting. This builds REF in a
// temporary git worktree (with this checkout's node_modules), serves both builds, and measures
// them alternately for several rounds. Options: --sizes 10000,100000, --rounds N, --runs N.
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCases, benchPort, launchChromium, measureFilter, measureMainThread, median, ms, printTable, provideBenchData, startPreview } from './lib.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    rounds: { type: 'string', default: '4' },
    runs: { type: 'string', default: '40' },
  },
});
const ref = positionals[0];
if (!ref) {
  console.error('Usage: npm run bench:compare -- <git ref> [--sizes 10000,100000] [--rounds 4] [--runs 40]');
  process.exit(2);
}
const SIZES = values.sizes.split(',').map(Number).filter(Boolean);
const ROUNDS = Number(values.rounds);
const RUNS = Number(values.runs);
const commit = execFileSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8' }).trim();

const other = join(mkdtempSync(join(tmpdir(), 'bench-compare-')), 'tree');
execFileSync('git', ['worktree', 'add', '--detach', other, commit], { stdio: 'ignore' });
const servers = [];
let browser;
try {
  symlinkSync(resolve('node_modules'), join(other, 'node_modules'), 'dir');
  console.log(`Building this checkout and ${commit}…`);
  execSync('npx vite build', { stdio: 'ignore' });
  execSync('npx vite build', { stdio: 'ignore', cwd: other });
  provideBenchData(SIZES, 'dist');
  provideBenchData(SIZES, join(other, 'dist'));

  const variants = [
    { name: commit, server: await startPreview(benchPort(1), other) },
    { name: 'this checkout', server: await startPreview(benchPort()) },
  ];
  servers.push(...variants.map((v) => v.server));
  browser = await launchChromium();

  const rows = [];
  const json = [];
  for (const c of benchCases('', SIZES)) {
    const times = Object.fromEntries(variants.map((v) => [v.name, { country: [], type: [], main: [] }]));
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which build goes first, so a drift in the machine's speed falls on both.
      for (const v of round % 2 ? [...variants].reverse() : variants) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${v.server.url.replace(/\/$/, '')}/${c.url}`);
        await page.getByRole('figure', { name: /Milestones/i }).getByRole('group', { name: /events shown/ }).waitFor({ timeout: 60_000 });
        times[v.name].country.push(median(await measureFilter(page, c.country, RUNS)));
        times[v.name].type.push(median(await measureFilter(page, 'Financial', RUNS)));
        times[v.name].main.push(await measureMainThread(page, c.country, 20));
        await context.close();
      }
    }
    for (const [key, label] of [['country', `country (${c.country})`], ['type', 'aid type (Financial)'], ['main', 'main thread per country change']]) {
      const [before, after] = variants.map((v) => times[v.name][key]);
      const change = median(after) / median(before) - 1;
      rows.push({
        dataset: c.name,
        checkbox: label,
        // Named so: an all-digit commit as a key would be listed before the others.
        [`before (${commit})`]: before.map(ms).join(' '),
        'after (this checkout)': after.map(ms).join(' '),
        change: `${change >= 0 ? '+' : ''}${(change * 100).toFixed(0)}%`,
      });
      json.push({ dataset: c.name, checkbox: key, before, after });
    }
  }
  console.log(`\nFilter change, median of ${RUNS} per round, ${ROUNDS} rounds in turns (ms); main thread: all work of 20 changes, per change; change: median of the round medians`);
  printTable(rows);
  writeFileSync(new URL('./results-compare.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), ref: commit, runs: RUNS, rounds: ROUNDS, results: json }, null, 2)}\n`);
} finally {
  await browser?.close();
  for (const s of servers) s.stop();
  execFileSync('git', ['worktree', 'remove', '--force', other], { stdio: 'ignore' });
  rmSync(resolve(other, '..'), { recursive: true, force: true });
}
