// npm run lighthouse: builds, serves the page and runs Lighthouse 12 in Debian's Chromium, three
// times with the desktop preset and three times with Lighthouse's default mobile settings (a
// slower CPU and network, simulated). Prints each run and the medians of the performance score,
// Total Blocking Time, Cumulative Layout Shift and Largest Contentful Paint (and accessibility and
// best practices), with the longest main-thread tasks and the elements that shifted in the median
// mobile run; writes everything to bench/lighthouse.json. Not a CI gate: the scores vary with the
// machine's load; the numbers in the README come from this script.
// Options: --no-build, --runs N, --preset mobile|desktop (both when not given). Port: BENCH_PORT + 1.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { benchPort, CHROMIUM_ARGS, median, startPreview } from './lib.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    preset: { type: 'string' },
    path: { type: 'string', default: '' },
  },
});
const RUNS = Number(values.runs);
// Lighthouse's default configuration is the mobile one (Moto G Power, 4× CPU slowdown, slow 4G).
const PRESETS = [
  { name: 'desktop', config: desktopConfig },
  { name: 'mobile', config: undefined },
].filter((p) => !values.preset || p.name === values.preset);

if (!values['no-build']) execSync('npx vite build', { stdio: 'ignore' });
const server = await startPreview(benchPort(1));
const url = new URL(values.path, server.url).href;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const audit = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

/** What to read in a run: the scores and timings, and what blocked and what moved. */
function summarise(lhr) {
  const c = lhr.categories;
  return {
    performance: c.performance.score,
    accessibility: c.accessibility.score,
    bestPractices: c['best-practices'].score,
    tbtMs: Math.round(audit(lhr, 'total-blocking-time')),
    cls: Number(audit(lhr, 'cumulative-layout-shift').toFixed(3)),
    lcpMs: Math.round(audit(lhr, 'largest-contentful-paint')),
    fcpMs: Math.round(audit(lhr, 'first-contentful-paint')),
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? null,
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 8).map((t) => ({ url: t.url, startMs: Math.round(t.startTime), durationMs: Math.round(t.duration) })),
    shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((s) => ({ score: Number(s.score.toFixed(4)), node: s.node?.selector ?? s.node?.snippet ?? null })),
  };
}

const results = { date: new Date().toISOString(), url, presets: {} };
try {
  for (const preset of PRESETS) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, preset.config);
      runs.push(summarise(result.lhr));
    }
    const mid = (k) => median(runs.map((r) => r[k]));
    const byScore = [...runs].sort((a, b) => a.performance - b.performance);
    results.presets[preset.name] = {
      median: { performance: mid('performance'), tbtMs: mid('tbtMs'), cls: mid('cls'), lcpMs: mid('lcpMs'), fcpMs: mid('fcpMs'), accessibility: mid('accessibility'), bestPractices: mid('bestPractices') },
      runs,
      medianRun: byScore[Math.floor((byScore.length - 1) / 2)],
    };
  }
} finally {
  await chrome.kill();
  server.stop();
}

for (const [name, p] of Object.entries(results.presets)) {
  console.log(`\n${name}: ${RUNS} runs`);
  console.table(p.runs.map(({ performance, tbtMs, cls, lcpMs, fcpMs, accessibility, bestPractices, lcpElement }) => ({ performance, tbtMs, cls, lcpMs, fcpMs, accessibility, bestPractices, lcpElement })));
  console.log(`${name} median`, p.median);
  console.log(`${name} long tasks (median run)`, p.medianRun.longTasks);
  console.log(`${name} layout shifts (median run)`, p.medianRun.shifts);
}
writeFileSync(new URL('./lighthouse.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
