// npm run bench: builds the app, serves it, and measures it in Chromium. Prints a table and writes bench/results.json.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { launchChromium, median, ms, printTable, quantile, startPreview } from './lib.mjs';

const args = new Set(process.argv.slice(2));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PORT = 4317;

if (!args.has('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
const server = await startPreview(PORT);
const browser = await launchChromium();
const results = { date: new Date().toISOString(), runs: RUNS, node: process.version, browser: browser.version(), export: [] };

try {
  // PNG export of each view: from the click on "Download PNG" to the file handed to the browser.
  // The page's download link is intercepted, so Chromium's download limiter and disk play no part.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(() => {
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function click() {
      if (!this.download) return original.call(this);
      window.__benchDownloads = [...(window.__benchDownloads ?? []), { name: this.download, at: performance.now() }];
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('figure', { name: /Milestones/i }).waitFor();
  for (const [view, name] of [['aid', /Aid/], ['oil', /Oil/], ['milestones', /Milestones/i]]) {
    const button = page.getByRole('figure', { name }).getByRole('button', { name: 'Download PNG' });
    await button.scrollIntoViewIfNeeded();
    const times = [];
    for (let i = 0; i < RUNS + 2; i++) {
      const count = await page.evaluate(() => (window.__benchDownloads ?? []).length);
      const box = await button.boundingBox();
      const start = await page.evaluate(() => performance.now());
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction((n) => (window.__benchDownloads ?? []).length > n, count);
      const end = await page.evaluate(() => window.__benchDownloads.at(-1).at);
      if (i >= 2) times.push(end - start); // the first runs load the export code
    }
    results.export.push({ view, median: median(times), p95: quantile(times, 0.95) });
  }
  await context.close();
} finally {
  await browser.close();
  server.stop();
}

console.log(`\nPNG export, click to file, bundled data, 1440 px (${RUNS} runs)`);
printTable(results.export.map((r) => ({ view: r.view, 'median ms': ms(r.median), 'p95 ms': ms(r.p95), 'target ms': '300' })));
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
