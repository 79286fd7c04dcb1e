// npm run bench:load: what blocks and what moves while the page loads, with the CPU slowed down
// four times (CDP `Emulation.setCPUThrottlingRate`, as Lighthouse's mobile preset assumes) on a
// phone-sized viewport. For the bundled dataset and synthetic ones it prints, per load:
// - the long animation frames (over 50 ms; Chromium's Long Animation Frames API) with the scripts
//   that ran in them (what invoked them, the function, the file) and the blocking time they add up
//   to, next to the page's own marks (dataset parsed, model built, views shown, timeline shown);
// - every layout shift with the boxes that moved (their element, where they were and went).
// Options: --no-build, --sizes 10000,100000, --viewport 412x823, --rate 4, --trace DIR (also saves
// a Chromium trace of each load there, to open in DevTools' Performance panel). Port: BENCH_PORT + 2.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchCases, benchPort, endTrace, launchChromium, printTable, provideBenchData, startPreview } from './lib.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10000,100000' },
    viewport: { type: 'string', default: '412x823' },
    rate: { type: 'string', default: '4' },
    trace: { type: 'string' },
  },
});
const SIZES = values.sizes.split(',').map(Number).filter(Boolean);
const [width, height] = values.viewport.split('x').map(Number);
const RATE = Number(values.rate);

if (!values['no-build']) execSync('npx vite build', { stdio: 'ignore' });
provideBenchData(SIZES, 'dist');
const server = await startPreview(benchPort(2));
const browser = await launchChromium();

/** Observers installed before the app's code runs: long animation frames and layout shifts. */
function observe() {
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? `#text "${node.textContent.slice(0, 30)}"` : '(removed)';
    const cls = [...node.classList].slice(0, 2).map((c) => `.${c}`).join('');
    const label = node.getAttribute('aria-label') ?? node.querySelector?.('h2')?.textContent ?? '';
    return `${node.localName}${node.id ? `#${node.id}` : ''}${cls}${label ? ` "${label.slice(0, 40)}"` : ''}`;
  };
  const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  window.__frames = [];
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const f of list.getEntries()) {
      window.__frames.push({
        start: f.startTime,
        duration: f.duration,
        blocking: f.blockingDuration,
        render: f.renderStart ? f.startTime + f.duration - f.renderStart : 0,
        layout: f.styleAndLayoutStart ? f.startTime + f.duration - f.styleAndLayoutStart : 0,
        scripts: f.scripts.map((s) => ({ invoker: s.invoker, fn: s.sourceFunctionName, file: s.sourceURL.split('/').pop(), duration: s.duration, forcedLayout: s.forcedStyleAndLayoutDuration })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({ start: e.startTime, value: e.value, recentInput: e.hadRecentInput, sources: e.sources.map((s) => ({ node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute,toplevel,loading', transferMode: 'ReturnAsStream' });
  return async (file) => {
    writeFileSync(file, await endTrace(cdp));
    await cdp.detach();
  };
}

const ms = (v) => (Number.isFinite(v) ? String(Math.round(v)) : '–');
try {
  for (const c of benchCases(server.url, SIZES)) {
    const context = await browser.newContext({ viewport: { width, height }, isMobile: width < 760, hasTouch: width < 760 });
    await context.addInitScript(observe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    const stopTrace = values.trace ? await startTrace(page) : null;
    await page.goto(c.url);
    await page.getByRole('figure', { name: /Milestones/i }).getByRole('group', { name: /events shown/ }).waitFor({ timeout: 120_000 });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
    if (stopTrace) {
      mkdirSync(values.trace, { recursive: true });
      await stopTrace(`${values.trace}/load-${c.name}.json`);
    }
    const { frames, shifts, marks } = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name).at(-1);
      const paint = (name) => performance.getEntriesByType('paint').find((p) => p.name === name)?.startTime;
      const lcp = performance.getEntriesByType('largest-contentful-paint').at(-1);
      return {
        frames: window.__frames,
        shifts: window.__shifts,
        marks: {
          fcp: paint('first-contentful-paint'),
          loadStart: at('dataset:load-start')?.startTime,
          parsed: at('dataset:parsed')?.startTime,
          validated: at('dataset:validated')?.startTime,
          model: at('dataset:model')?.duration,
          shown: at('dataset:shown')?.startTime,
          lcp: lcp?.startTime,
        },
      };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await context.close();

    const blocking = frames.reduce((sum, f) => sum + f.blocking, 0);
    console.log(`\n${c.name} at ${width}×${height}, CPU ${RATE}× slower: first contentful paint ${ms(marks.fcp)} ms, dataset requested ${ms(marks.loadStart)}, parsed ${ms(marks.parsed)}, validated ${ms(marks.validated)}, model built in ${ms(marks.model)}, views shown ${ms(marks.shown)} ms`);
    console.log(`long animation frames: ${frames.length}, blocking ${ms(blocking)} ms in all; layout shift ${shifts.filter((s) => !s.recentInput).reduce((sum, s) => sum + s.value, 0).toFixed(4)}`);
    printTable(
      frames.map((f) => ({
        'at ms': ms(f.start),
        'frame ms': ms(f.duration),
        blocking: ms(f.blocking),
        'style+layout+paint': ms(f.layout),
        scripts: f.scripts
          .filter((s) => s.duration >= 5)
          .map((s) => `${s.invoker}${s.fn ? ` ${s.fn}` : ''} (${s.file}) ${ms(s.duration)}${s.forcedLayout > 5 ? ` [forced layout ${ms(s.forcedLayout)}]` : ''}`)
          .join('; '),
      })),
    );
    for (const s of shifts) console.log(`shift ${s.value.toFixed(4)} at ${ms(s.start)} ms${s.recentInput ? ' (after input)' : ''}: ${s.sources.map((x) => `${x.node} ${x.from} → ${x.to}`).join('; ')}`);
  }
} finally {
  await browser.close();
  server.stop();
}
