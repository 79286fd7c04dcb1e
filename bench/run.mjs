// npm run bench: builds the app, serves it with synthetic datasets, and measures it in Chromium.
// Prints a table and writes bench/results.json. Options: --no-build, --sizes 1000,10000,100000, --runs N.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchCases, benchPort, launchChromium, measureDomFloor, measureFilter, measureMainThread, median, ms, printTable, provideBenchData, quantile, startPreview } from './lib.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '40' },
    // Only the load and the INP at 4× CPU slowdown, for sizes of 10k records and more.
    'throttled-only': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes.split(',').map(Number).filter(Boolean);
const PORT = benchPort();

if (!values['no-build']) execSync('npx vite build', { stdio: 'ignore' });
provideBenchData(SIZES, 'dist');

const server = await startPreview(PORT);
const browser = await launchChromium();

/** Records Event Timing entries and intercepts download links, before the app loads. */
async function instrument(context) {
  await context.addInitScript(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__events.push({ name: e.name, duration: e.duration, id: e.interactionId });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function click() {
      if (!this.download) return original.call(this);
      window.__downloads = [...(window.__downloads ?? []), performance.now()];
    };
  });
}

async function measureLoad(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('dataset:shown').length > 0, null, { timeout: 60_000 });
  await page.getByRole('figure', { name: /Milestones/i }).getByRole('group', { name: /events shown/ }).waitFor({ timeout: 60_000 });
  return page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    const model = performance.getEntriesByName('dataset:model').at(-1)?.duration ?? NaN;
    return { load: at('dataset:shown') - at('dataset:load-start'), validate: at('dataset:validated') - at('dataset:load-start'), parse: at('dataset:parsed') - at('dataset:load-start'), model };
  });
}

/**
 * Interaction to Next Paint of real clicks (CDP input, so the browser times them), `pause` ms
 * apart. Reports the slowest (INP, with fewer than 50 interactions) and the median; clicks under
 * 16 ms are not reported by the browser and count as 16.
 */
async function measureInp(page, label, runs, pause = 60) {
  const box = page.getByRole('checkbox', { name: label });
  await box.scrollIntoViewIfNeeded();
  await page.evaluate(() => (window.__events = []));
  for (let i = 0; i < runs; i++) {
    await box.click();
    await page.waitForTimeout(pause);
  }
  await page.waitForTimeout(300 + pause);
  const entries = await page.evaluate(() => window.__events.filter((e) => e.id > 0));
  const byInteraction = new Map();
  for (const e of entries) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  const durations = [...byInteraction.values()];
  const all = [...durations, ...Array(Math.max(0, runs - durations.length)).fill(16)];
  return { inp: Math.max(...all), median: median(all), interactions: runs, slow: durations.length, durations };
}

/**
 * The same clicks with the CPU slowed down four times (CDP `Emulation.setCPUThrottlingRate`, as
 * Lighthouse's mobile preset does): what a mid-range phone makes of a country change. The clicks
 * are 400 ms apart so that one is finished before the next.
 */
async function measureThrottledInp(page, label, runs) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    return await measureInp(page, label, runs, 400);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

async function measureExport(page, runs) {
  const out = {};
  for (const [view, name] of [['aid', /Aid/], ['oil', /Oil/], ['milestones', /Milestones/i]]) {
    const figure = page.getByRole('figure', { name });
    const menu = figure.getByRole('button', { name: 'Download', exact: true });
    const button = figure.getByRole('menuitem', { name: 'Download PNG' });
    await menu.scrollIntoViewIfNeeded();
    const times = [];
    for (let i = 0; i < runs + 2; i++) {
      const count = await page.evaluate(() => (window.__downloads ?? []).length);
      // The PNG is in the Download menu: opened before the clock starts.
      await menu.click();
      const box = await button.boundingBox();
      const start = await page.evaluate(() => performance.now());
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction((n) => (window.__downloads ?? []).length > n, count, { timeout: 30_000 });
      const end = await page.evaluate(() => window.__downloads.at(-1));
      if (i >= 2) times.push(end - start);
    }
    out[view] = median(times);
  }
  return out;
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1024 / 1024;
}

const results = { date: new Date().toISOString(), runs: RUNS, browser: browser.version(), node: process.version, datasets: [] };
const cases = benchCases(server.url, SIZES);

try {
  for (const c of cases) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await instrument(context);
    const page = await context.newPage();
    const loads = [];
    for (let i = 0; i < 3; i++) loads.push(await measureLoad(page, c.url));
    const size = SIZES[cases.indexOf(c) - 1] ?? 0;
    let inp4x = null;
    if (size >= 10_000) {
      // In a page loaded once, as a reader's is: after the three timed loads above, collecting
      // their garbage (three 100k datasets) landed on one of the throttled clicks in two runs of ten.
      const fresh = await context.newPage();
      await measureLoad(fresh, c.url);
      inp4x = await measureThrottledInp(fresh, c.country, 20);
      await fresh.close();
    }
    if (values['throttled-only']) {
      results.datasets.push({ name: c.name, loadMs: median(loads.map((l) => l.load)), inp4x });
      await context.close();
      continue;
    }
    const country = await measureFilter(page, c.country, RUNS);
    const type = await measureFilter(page, 'Financial', RUNS);
    const floorCountry = await measureDomFloor(page, c.country, RUNS);
    const floorType = await measureDomFloor(page, 'Financial', RUNS);
    const mainThread = [];
    for (let i = 0; i < 3; i++) mainThread.push(await measureMainThread(page, c.country, 20));
    const inp = await measureInp(page, c.country, 20);
    const exports = await measureExport(page, Math.max(5, Math.round(RUNS / 4)));
    const heap = await heapMb(page);
    results.datasets.push({
      name: c.name,
      loadMs: median(loads.map((l) => l.load)),
      validateMs: median(loads.map((l) => l.validate)),
      parseMs: median(loads.map((l) => l.parse)),
      modelMs: median(loads.map((l) => l.model)),
      filterCountry: { median: median(country), p95: quantile(country, 0.95) },
      filterType: { median: median(type), p95: quantile(type, 0.95) },
      domFloor: { country: median(floorCountry), type: median(floorType) },
      mainThreadMs: median(mainThread),
      inp,
      inp4x,
      exportMs: exports,
      heapMb: heap,
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}

const throttled = (d) => (d.inp4x ? `${ms(d.inp4x.inp)} / ${ms(d.inp4x.median)}` : '–');
console.log(`\nChromium ${results.browser}, 1440 px, ${RUNS} filter changes per checkbox (median / p95, ms)`);
if (values['throttled-only']) {
  printTable(results.datasets.map((d) => ({ dataset: d.name, 'load+validate': ms(d.loadMs), 'INP at 4× CPU slowdown (slowest / median of 20)': throttled(d) })));
  writeFileSync(new URL('./results-throttled.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  process.exit(0);
}
printTable(
  results.datasets.map((d) => ({
    dataset: d.name,
    'load+validate': ms(d.loadMs),
    'fetch+parse / +valid / model': `${ms(d.parseMs)} / ${ms(d.validateMs)} / ${ms(d.modelMs)}`,
    'filter: country': `${ms(d.filterCountry.median)} / ${ms(d.filterCountry.p95)}`,
    'filter: aid type': `${ms(d.filterType.median)} / ${ms(d.filterType.p95)}`,
    'DOM floor: country / type': `${ms(d.domFloor.country)} / ${ms(d.domFloor.type)}`,
    'main thread / change': ms(d.mainThreadMs),
    INP: ms(d.inp.inp),
    'INP 4× CPU (slowest / median)': throttled(d),
    'PNG aid/oil/timeline': `${ms(d.exportMs.aid)} / ${ms(d.exportMs.oil)} / ${ms(d.exportMs.milestones)}`,
    'JS heap MB': d.heapMb.toFixed(0),
  })),
);
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
