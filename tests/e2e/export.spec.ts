import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';

const VIEWS = [
  { name: /Aid/, stem: 'aid-by-country', title: 'Aid to Ukraine by country and type' },
  { name: /Oil/, stem: 'oil-releases', title: 'Oil released from emergency stocks' },
  { name: /Milestones/i, stem: 'partnership-milestones', title: 'Partnership milestones' },
  { name: /Stated aid over time/, stem: 'aid-over-time', title: 'Stated aid over time' },
] as const;

/** The sentence an image's subtitle says in place of the filters, for the views that have one. */
const SUBTITLES: Record<string, string> = {
  'aid-by-country': 'What the sources state each country had committed to Ukraine by 31 Dec 2022',
  'aid-over-time': 'How the aid each country’s sources state built up, from 1 Jan 2022 to 31 Dec 2022',
};

// Any uncaught error in the page fails the test that caused it.
test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught in the page: ${error.message}`);
  });
});

/** Opens a figure's Download menu and saves one of its files. */
async function saveFrom(figure: Locator, item: 'Download PNG' | 'Download SVG' | 'Download CSV'): Promise<{ download: Download; body: Buffer }> {
  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  return save(figure.page(), figure.getByRole('menu', { name: 'Download' }).getByRole('menuitem', { name: item }));
}

/** Chooses the PNG's size in a figure's Download menu (the menu stays open) and closes it. */
async function chooseSize(figure: Locator, size: RegExp) {
  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  await figure.getByRole('menuitemradio', { name: size }).click();
  await expect(figure.getByRole('menuitemradio', { name: size })).toHaveAttribute('aria-checked', 'true');
  await figure.page().keyboard.press('Escape');
}

async function save(page: Page, button: Locator): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { download, body: await readFile(path!) };
}

/**
 * Width, height and the number of distinct colours of a PNG, decoded by the browser, and the
 * tallest band of rows that hold nothing but the background (the top-left pixel's colour).
 */
async function inspectPng(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    // Decoded without fetch(): the page's Content-Security-Policy allows no data: connections.
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    let transparent = 0;
    for (let i = 3; i < data.length; i += 4 * 101) if (data[i]! < 255) transparent++;
    const background = (data[0]! << 16) | (data[1]! << 8) | data[2]!;
    let blankBand = 0;
    let run = 0;
    for (let y = 0; y < bitmap.height; y++) {
      let blank = true;
      for (let x = 0, i = y * bitmap.width * 4; x < bitmap.width && blank; x++, i += 4) blank = ((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!) === background;
      run = blank ? run + 1 : 0;
      blankBand = Math.max(blankBand, run);
    }
    return { width: bitmap.width, height: bitmap.height, colours: colours.size, transparent, blankBand };
  }, png.toString('base64'));
}

const FILTERS = '?countries=JP,KR,AU&types=military,humanitarian&from=2022-01-01&to=2022-12-31';

for (const view of VIEWS) {
  test(`${view.stem}: PNG, SVG and CSV downloads`, async ({ page }) => {
    await page.goto(`/${FILTERS}`);
    const figure = page.getByRole('figure', { name: view.name });
    await expect(figure).toBeVisible();
    const box = (await figure.boundingBox())!;

    const png = await saveFrom(figure, 'Download PNG');
    expect(png.download.suggestedFilename()).toBe(`${view.stem}_JP-KR-AU_2022-01-01_2022-12-31.png`);
    expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const image = await inspectPng(page, png.body);
    // Twice the figure's width; as tall as what it shows, with no blank band taller than a few
    // lines of text (the figure's box on screen also holds its buttons and the long list).
    expect(image.width).toBe(Math.round(box.width) * 2);
    expect(image.height).toBeGreaterThan(200);
    expect(image.blankBand).toBeLessThanOrEqual(2 * 40);
    expect(image.colours).toBeGreaterThan(20);
    expect(image.transparent).toBe(0);

    await chooseSize(figure, /1920 px wide/);
    const slide = await saveFrom(figure, 'Download PNG');
    expect(slide.download.suggestedFilename()).toBe(`${view.stem}_JP-KR-AU_2022-01-01_2022-12-31_1920px.png`);
    expect((await inspectPng(page, slide.body)).width).toBe(1920);

    const svg = await saveFrom(figure, 'Download SVG');
    expect(svg.download.suggestedFilename()).toBe(`${view.stem}_JP-KR-AU_2022-01-01_2022-12-31.svg`);
    const markup = svg.body.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      };
    }, markup);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.text).toContain(view.title);
    // The aid chart's subtitle is a sentence of what it answers (totals by To, by default); the others still list their filters.
    expect(parsed.text).toContain(SUBTITLES[view.stem] ?? 'Countries: Japan, South Korea and Australia');
    expect(parsed.text).toContain('NATO’s Indo-Pacific partners and Ukraine');
    expect(parsed.text).toMatch(/Sources: /);
    expect(markup).not.toMatch(/<script|\son\w+=|javascript:|href="http|class="/i);

    // The CSV holds the rows of the table the figure shows (the aid table folds the types with no
    // value into one row per country; its CSV keeps a row for each: see the next test).
    await figure.getByRole('button', { name: 'Show table' }).click();
    const tableRows = await figure.getByRole('table').locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
    const csv = await saveFrom(figure, 'Download CSV');
    expect(csv.download.suggestedFilename()).toBe(`${view.stem}_JP-KR-AU_2022-01-01_2022-12-31.csv`);
    const lines = csv.body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    if (view.stem !== 'aid-by-country') expect(lines.length - 1).toBe(tableRows.length);
    expect(tableRows.length).toBeGreaterThan(0);
  });
}

test('the aid CSV has units and currency, a row for every country and type, and the table’s values', async ({ page }) => {
  await page.goto(`/${FILTERS}`);
  const figure = page.getByRole('figure', { name: /Aid/ });
  await figure.getByRole('button', { name: 'Show table' }).click();
  const table = await figure.getByRole('table').locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent ?? '')),
  );
  const csv = await saveFrom(figure, 'Download CSV');
  const [header, ...rows] = csv.body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(header).toContain('Unit');
  expect(header).toContain('Standing');
  // Three countries × two types, each a row; the table holds the values, then one row per country for the rest.
  expect(rows).toHaveLength(6);
  const valued = table.filter((r) => r[2] !== 'not stated');
  for (const [country, type, shown] of valued) expect(rows.find((r) => r.startsWith(`${country},`) && r.includes(`,${type},`))).toContain(`"${shown}"`);
  expect(rows.filter((r) => r.includes(',not stated,'))).toHaveLength(6 - valued.length);
  // South Korea's humanitarian aid by the end of 2022: the $10M package of 28 February, printed with a bare “$”: at least, with its date.
  expect(rows.find((r) => r.startsWith('South Korea,KR,Humanitarian'))).toContain(',Total as of To,,2022-12-31,at least (aid the sources do not report may come on top),2022-02-28,exact,10000000,,US$,"at least US$10M†, as of 28 Feb 2022",bare “$” (not stated),US dollars,');
  // What the sources do not state is left empty, and says so.
  expect(rows.find((r) => r.startsWith('South Korea,KR,Military'))).toContain(',not stated,,,,,US$,not stated,');
});

test('Copy link puts the URL that reproduces the view on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/${FILTERS}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe(FILTERS);
});

test('Export dashboard makes one PNG with every view', async ({ page }) => {
  await page.goto(`/${FILTERS}`);
  await expect(page.getByRole('figure', { name: /Milestones/i })).toBeVisible();
  const png = await save(page, page.getByRole('button', { name: 'Export dashboard' }));
  expect(png.download.suggestedFilename()).toBe('dashboard_JP-KR-AU_2022-01-01_2022-12-31.png');
  const image = await inspectPng(page, png.body);
  expect(image.width).toBe(2400);
  expect(image.height).toBeGreaterThan(2000);
  expect(image.colours).toBeGreaterThan(20);
});
