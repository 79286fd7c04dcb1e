// Shared helpers of the benchmarks: a preview server, Chromium, statistics and a table.
import { execSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The port a benchmark serves on: `BENCH_PORT` (plus `offset`, for a second server), so that two
 * checkouts on one machine can measure at once; 4317 when it is not set.
 */
export function benchPort(offset = 0) {
  return Number(process.env.BENCH_PORT ?? 4317) + offset;
}

/** Starts `vite preview` on a port (serving `cwd`'s build) and resolves once it answers. */
export async function startPreview(port, cwd = process.cwd()) {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true, cwd });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid) };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  process.kill(-child.pid);
  throw new Error(`vite preview did not start on port ${port}`);
}

/** Writes the synthetic datasets if they are missing and copies them into a build (`dist`). */
export function provideBenchData(sizes, dist) {
  mkdirSync(`${dist}/bench-data`, { recursive: true });
  for (const size of sizes) {
    const file = `bench/data/synthetic-${size}.json`;
    if (!existsSync(file)) execSync(`node scripts/gen-data.mjs --records ${size} --milestones ${size / 10} --countries 40 --out ${file}`, { stdio: 'ignore' });
    copyFileSync(file, `${dist}/bench-data/synthetic-${size}.json`);
  }
}

/** The benchmark's datasets: the bundled one and synthetic ones, each with a country checkbox to toggle. */
export function benchCases(baseUrl, sizes) {
  return [{ name: 'bundled', url: baseUrl, country: 'Japan' }, ...sizes.map((size) => ({ name: `${size / 1000}k`, url: `${baseUrl}?data=/bench-data/synthetic-${size}.json`, country: 'Synthetic 02' }))];
}

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'] });
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);

/** Prints rows of objects as an aligned text table. */
export function printTable(rows) {
  if (!rows.length) return;
  const keys = Object.keys(rows[0]);
  const cells = [keys, ...rows.map((r) => keys.map((k) => String(r[k])))];
  const widths = keys.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(cells[0]));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const c of cells.slice(1)) console.log(line(c));
}

export const ms = (v) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : '–');

/** Click to laid-out DOM, in the page: click, let React commit (a microtask), force layout. */
export async function measureFilter(page, label, runs) {
  return page.evaluate(
    async ({ label, runs }) => {
      const box = [...document.querySelectorAll('input[type=checkbox]')].find((i) => i.closest('label')?.textContent?.trim() === label);
      if (!box) throw new Error(`no checkbox ${label}`);
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const times = [];
      // The first changes run while the engine still compiles the code: measured, but not counted.
      const WARM_UP = 20;
      for (let i = 0; i < runs + WARM_UP; i++) {
        await frame();
        const start = performance.now();
        box.click();
        await new Promise((r) => queueMicrotask(r));
        await Promise.resolve();
        document.body.getBoundingClientRect();
        document.querySelector('main')?.getBoundingClientRect().height;
        const elapsed = performance.now() - start;
        if (i >= WARM_UP) times.push(elapsed);
      }
      return times;
    },
    { label, runs },
  );
}

/**
 * The browser's share of a filter change: the DOM changes that one click on `label` makes,
 * recorded, then applied again by hand, undone and redone in turns, each timed like
 * `measureFilter` (from the first DOM call to the forced layout). No script of the dashboard runs,
 * so what is left is what these DOM changes cost to apply and lay out: the floor under the filter
 * change for this DOM. Leaves the page as the click left it, then clicks again to restore it.
 */
export async function measureDomFloor(page, label, runs) {
  return page.evaluate(
    async ({ label, runs }) => {
      const box = [...document.querySelectorAll('input[type=checkbox]')].find((i) => i.closest('label')?.textContent?.trim() === label);
      if (!box) throw new Error(`no checkbox ${label}`);
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await frame();
      const records = [];
      const observer = new MutationObserver((list) => records.push(...list));
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true, characterDataOldValue: true });
      box.click();
      await new Promise((r) => queueMicrotask(r));
      await Promise.resolve();
      records.push(...observer.takeRecords());
      observer.disconnect();
      await frame();
      // Each attribute and text: its value before the click and after it; node moves in order.
      const attributes = new Map();
      const texts = new Map();
      for (const m of records) {
        if (m.type === 'attributes') {
          const names = attributes.get(m.target) ?? new Map();
          attributes.set(m.target, names);
          if (!names.has(m.attributeName)) names.set(m.attributeName, m.oldValue);
        } else if (m.type === 'characterData' && !texts.has(m.target)) texts.set(m.target, m.oldValue);
      }
      const attrs = [...attributes].flatMap(([node, names]) => [...names].map(([name, before]) => ({ node, name, before, after: node.getAttribute(name) })));
      const textList = [...texts].map(([node, before]) => ({ node, before, after: node.data }));
      const moves = records.filter((m) => m.type === 'childList');
      const put = (parent, nodes, next) => {
        for (const n of nodes) parent.insertBefore(n, next && next.parentNode === parent ? next : null);
      };
      const set = (node, name, value) => (value === null ? node.removeAttribute(name) : node.setAttribute(name, value));
      const redo = () => {
        for (const m of moves) {
          for (const n of m.removedNodes) n.remove();
          put(m.target, m.addedNodes, m.nextSibling);
        }
        for (const a of attrs) set(a.node, a.name, a.after);
        for (const t of textList) t.node.data = t.after;
      };
      const undo = () => {
        for (const m of [...moves].reverse()) {
          for (const n of m.addedNodes) n.remove();
          put(m.target, m.removedNodes, m.nextSibling);
        }
        for (const a of attrs) set(a.node, a.name, a.before);
        for (const t of textList) t.node.data = t.before;
      };
      const WARM_UP = 20;
      const times = [];
      // An even number of steps, starting with an undo: the page ends as the click left it.
      for (let i = 0; i < runs + WARM_UP; i++) {
        await frame();
        const start = performance.now();
        (i % 2 ? redo : undo)();
        document.body.getBoundingClientRect();
        document.querySelector('main')?.getBoundingClientRect().height;
        const elapsed = performance.now() - start;
        if (i >= WARM_UP) times.push(elapsed);
      }
      box.click();
      await frame();
      return times;
    },
    { label, runs: runs + (runs % 2) },
  );
}

/**
 * Main-thread time per filter change, all in: the processing `measureFilter` times plus what
 * follows it (paint, the URL write, anything the browser does for them), from a trace of `runs`
 * changes 120 ms apart. Only top-level tasks are added up, so nested ones are not counted twice.
 */
/** Ends a trace started with `Tracing.start` (`transferMode: 'ReturnAsStream'`) and reads it whole, as JSON text. */
export async function endTrace(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let text = '';
  for (;;) {
    const { data, eof } = await cdp.send('IO.read', { handle: stream });
    text += data;
    if (eof) break;
  }
  return text;
}

export async function measureMainThread(page, label, runs) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReturnAsStream' });
  await page.evaluate(
    async ({ label, runs }) => {
      const box = [...document.querySelectorAll('input[type=checkbox]')].find((i) => i.closest('label')?.textContent?.trim() === label);
      if (!box) throw new Error(`no checkbox ${label}`);
      const settle = () => new Promise((r) => setTimeout(r, 120));
      await settle();
      performance.mark('bench:busy-start');
      for (let i = 0; i < runs; i++) {
        box.click();
        await settle();
      }
      performance.mark('bench:busy-end');
    },
    { label, runs },
  );
  const text = await endTrace(cdp);
  await cdp.detach();
  const events = JSON.parse(text).traceEvents;
  const start = events.find((e) => e.name === 'bench:busy-start');
  const end = events.find((e) => e.name === 'bench:busy-end');
  const tasks = events
    .filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.cat.split(',').includes('toplevel') && e.ts >= start.ts && e.ts + e.dur <= end.ts)
    .sort((a, b) => a.ts - b.ts);
  let busy = 0;
  let until = -Infinity;
  for (const t of tasks) {
    if (t.ts < until) continue; // inside a task already counted
    busy += t.dur;
    until = t.ts + t.dur;
  }
  return busy / 1000 / runs;
}
