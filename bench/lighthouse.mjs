// npm run lighthouse: builds, serves the page and runs Lighthouse (desktop preset) in Debian's
// Chromium. Prints the category scores and writes bench/lighthouse.json. Not a CI gate: scores vary
// with the machine's load; the numbers in the README come from this script.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, startPreview } from './lib.mjs';

if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
const server = await startPreview(4318);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const runs = [];
try {
  for (let i = 0; i < 3; i++) {
    const result = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error' }, desktopConfig);
    const c = result.lhr.categories;
    runs.push({ performance: c.performance.score, accessibility: c.accessibility.score, bestPractices: c['best-practices'].score, seo: c.seo?.score });
  }
} finally {
  await chrome.kill();
  server.stop();
}
const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1];
const summary = { runs, median: { performance: median('performance'), accessibility: median('accessibility'), bestPractices: median('bestPractices') } };
console.table(runs);
console.log('median', summary.median);
writeFileSync(new URL('./lighthouse.json', import.meta.url), `${JSON.stringify(summary, null, 2)}\n`);
