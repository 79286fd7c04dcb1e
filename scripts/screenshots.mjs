// Writes the docs' screenshots, with the app served (`npm run build && npm run preview`):
//   node scripts/screenshots.mjs [base URL] [--port N] [--only readme|review] [--filter TEXT]
// The base URL defaults to http://127.0.0.1:<port>/ (port: --port, else SHOTS_PORT, else 4173, `vite preview`'s).
// Two sets:
//   readme  the images the README shows (docs/*.png);
//   review  every view and state at 1440, 768 and 375 px, light and dark, each embed page, and each
//           export size of the aid chart (docs/review/*.png), looked at in docs/review.md.
// PNGs are reduced to a 256-colour palette with pngquant when it is installed (`apt-get install pngquant`;
// screenshots are flat colour, and it keeps the set to a few MB), and left as Playwright wrote them otherwise.
// An exported PNG's text chunks (title, description, sources, citation) are printed before that, as
// pngquant leaves them out.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string' }, only: { type: 'string' }, filter: { type: 'string' } },
});
const port = options.port ?? process.env.SHOTS_PORT ?? '4173';
const base = positionals[0] ?? process.env.SHOTS_BASE ?? `http://127.0.0.1:${port}/`;

const WIDTHS = [1440, 768, 375];
const SCHEMES = ['light', 'dark'];
const FIGURES = {
  aid: 'Aid to Ukraine by country and type',
  overTime: 'Stated aid over time',
  oil: 'Oil released from emergency stocks',
  milestones: 'Partnership milestones',
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const hasPngquant = spawnSync('pngquant', ['--version']).status === 0;
if (!hasPngquant) console.warn('pngquant is not installed: the PNGs are written uncompressed');
/** Re-encodes a PNG in place as a palette image, if pngquant is there (status 99: already small enough). */
function compress(file) {
  if (!hasPngquant) return;
  const result = spawnSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--speed', '3', '--quality', '65-90', '--output', file, file]);
  if (result.status !== 0 && result.status !== 98 && result.status !== 99) console.warn(`not compressed: ${file} (${result.stderr})`);
}
/** A PNG's text chunks (iTXt, tEXt), as `keyword: text`. */
function pngText(file) {
  const bytes = readFileSync(file);
  const lines = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt' || type === 'tEXt') {
      const body = bytes.subarray(at + 8, at + 8 + length);
      const keyword = body.subarray(0, body.indexOf(0)).toString('latin1');
      // iTXt: keyword, 0, compression flag, method, language, 0, translated keyword, 0, text.
      let text = body.subarray(keyword.length + 1);
      if (type === 'iTXt') {
        text = text.subarray(2);
        text = text.subarray(text.indexOf(0) + 1);
        text = text.subarray(text.indexOf(0) + 1);
      }
      lines.push(`${keyword}: ${text.toString(type === 'iTXt' ? 'utf8' : 'latin1')}`);
    }
    at += 12 + length;
  }
  return lines;
}
function wrote(file) {
  compress(file);
  console.log(`wrote ${file} (${Math.round(statSync(file).size / 1024)} kB)`);
}

/** A page at a width and scheme, with the dashboard's four figures drawn and the fonts in. */
async function open({ width, scheme, search = '', path = '', height = 900, scale = 1, wait = Object.values(FIGURES) }) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: scale, acceptDownloads: true });
  await page.goto(new URL(path + search, base).href);
  for (const name of wait) await page.getByRole('figure', { name }).waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  return page;
}

const figure = (page, key) => page.getByRole('figure', { name: FIGURES[key] });

/** Opens a figure's Download menu. */
async function openDownloadMenu(page, key) {
  await figure(page, key).getByRole('button', { name: /^Download/ }).click();
  return page.getByRole('menu', { name: 'Download' });
}

/** Zooms the timeline in, as a reader would with its button (not offered on a phone, where it is a list). */
async function zoomTimeline(page, times) {
  const zoomIn = figure(page, 'milestones').getByRole('button', { name: 'Zoom in' });
  if (!(await zoomIn.count())) return false;
  for (let i = 0; i < times; i++) await zoomIn.click();
  await page.waitForTimeout(400);
  return true;
}

const readme = [
  { file: 'docs/dashboard-1440.png', width: 1440, scheme: 'light', search: '' },
  { file: 'docs/dashboard-1440-dark.png', width: 1440, scheme: 'dark', search: '?from=2020-01-01' },
  { file: 'docs/dashboard-768.png', width: 768, scheme: 'light', search: '?question=within&from=2022-01-01&to=2022-12-31' },
  { file: 'docs/dashboard-768-dark.png', width: 768, scheme: 'dark', search: '?dollar=local' },
  { file: 'docs/dashboard-375.png', width: 375, scheme: 'light', search: '?countries=JP,KR,AU,NZ&from=2022-01-01&to=2022-12-31' },
  { file: 'docs/dashboard-375-dark.png', width: 375, scheme: 'dark', search: '?types=military&to=2022-06-30' },
].map((shot) => ({
  ...shot,
  async take() {
    const page = await open(shot);
    await page.screenshot({ path: shot.file, fullPage: true });
    await page.close();
  },
}));

/** One review shot per width and scheme: `<name>-<width>[-dark].png` in docs/review/. */
function everySize(name, search, capture, prepare) {
  return WIDTHS.flatMap((width) =>
    SCHEMES.map((scheme) => {
      const file = `docs/review/${name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
      return {
        file,
        async take() {
          const page = await open({ width, scheme, search });
          if (prepare) await prepare(page);
          await capture(page, file);
          await page.close();
        },
      };
    }),
  );
}
const fullPage = (page, file) => page.screenshot({ path: file, fullPage: true });
const ofFigure = (key) => (page, file) => figure(page, key).screenshot({ path: file });

const review = [
  ...everySize('dashboard', '', fullPage),
  ...everySize('aid', '', ofFigure('aid')),
  ...everySize('over-time', '', ofFigure('overTime')),
  ...everySize('oil', '', ofFigure('oil')),
  ...everySize('milestones', '', ofFigure('milestones')),
  // With no country chosen every view keeps only its sentence and the controls that can change it.
  ...everySize('state-no-country', '?countries=', fullPage),
  ...everySize('state-committed-2022', '?question=within&from=2022-01-01&to=2022-12-31', ofFigure('aid')),
  ...everySize('state-over-time-committed-2022', '?question=within&from=2022-01-01&to=2022-12-31', ofFigure('overTime')),
  ...everySize('state-oil-to-2022-02-01', '?to=2022-02-01', ofFigure('oil')),
  // Zoomed four times; not at 375 px, where the timeline is a list by year without zoom.
  ...everySize('state-milestones-zoomed', '', ofFigure('milestones'), (page) => zoomTimeline(page, 4)).filter((shot) => !shot.file.includes('-375')),
  // Each embed page, 420 px wide as in an article's column, at the `view=` each figure's Embed button
  // gives (a short viewport, so the page's own height is what shows).
  ...['aid', 'aid-over-time', 'oil', 'milestones'].flatMap((view) =>
    SCHEMES.map((scheme) => {
      const file = `docs/review/embed-${view}-420${scheme === 'dark' ? '-dark' : ''}.png`;
      return {
        file,
        async take() {
          const page = await open({ width: 420, height: 200, scheme, path: 'embed.html', search: `?view=${view}`, wait: [] });
          await page.getByRole('figure').first().waitFor();
          await page.waitForTimeout(500);
          await page.screenshot({ path: file, fullPage: true });
          await page.close();
        },
      };
    }),
  ),
  // The Download menu open, as a reader sees it.
  {
    file: 'docs/review/download-menu-aid-1440.png',
    async take() {
      const page = await open({ width: 1440, scheme: 'light' });
      const menu = await openDownloadMenu(page, 'aid');
      await menu.waitFor();
      const box = await figure(page, 'aid').boundingBox();
      const menuBox = await menu.boundingBox();
      const bottom = Math.max(box.y + box.height, menuBox.y + menuBox.height);
      await page.screenshot({ path: this.file, fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: bottom - box.y } });
      await page.close();
    },
  },
  // Each export size of the aid chart, light and dark, saved as the menu saves it.
  ...['2× screen', '1920 px wide', 'Slide 16:9 (1920 × 1080)', 'Square (1080 × 1080)'].flatMap((size) =>
    ['Light', 'Dark'].map((colours) => {
      const slug = { '2× screen': 'screen', '1920 px wide': 'wide', 'Slide 16:9 (1920 × 1080)': 'slide', 'Square (1080 × 1080)': 'square' }[size];
      const file = `docs/review/export-aid-${slug}${colours === 'Dark' ? '-dark' : ''}.png`;
      return {
        file,
        async take() {
          const page = await open({ width: 1440, scheme: 'light' });
          const menu = await openDownloadMenu(page, 'aid');
          await menu.getByRole('menuitemradio', { name: size }).click();
          await menu.getByRole('menuitemradio', { name: colours }).click();
          const downloaded = page.waitForEvent('download');
          await menu.getByRole('menuitem', { name: 'Download PNG' }).click();
          const download = await downloaded;
          await download.saveAs(file);
          console.log(`  ${download.suggestedFilename()}\n${pngText(file).map((line) => `    ${line}`).join('\n')}`);
          await page.close();
        },
      };
    }),
  ),
];

const sets = { readme, review };
const chosen = options.only ? sets[options.only] : [...readme, ...review];
if (!chosen) throw new Error(`--only takes ${Object.keys(sets).join(' or ')}, not "${options.only}"`);
for (const shot of chosen) {
  if (options.filter && !shot.file.includes(options.filter)) continue;
  mkdirSync(dirname(shot.file), { recursive: true });
  await shot.take();
  wrote(shot.file);
}
await browser.close();
