import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';

// Each view's subtitle under the link's filters, one sentence in words (not the filters again).
const VIEWS = [
  { name: /Aid/, stem: 'aid-by-country', title: 'Aid to Ukraine by country and type', subtitle: 'What the sources state each country had committed to Ukraine by 31 Dec 2022, by type of aid, in US dollars.', citeDates: 'Stated totals by 31 Dec 2022' },
  { name: /Oil/, stem: 'oil-releases', title: 'Oil released from emergency stocks', subtitle: "Barrels each country released from its emergency stocks in the International Energy Agency members' response to the Ukraine war in 2022, and its share of the four’s 38,317,000 barrels.", citeDates: 'Dates: 1 Jan 2022 – 31 Dec 2022' },
  { name: /Milestones/i, stem: 'partnership-milestones', title: 'Partnership milestones', subtitle: 'Milestones of the partnerships of Japan, South Korea and Australia with NATO, and their aid to Ukraine, 1 Jan 2022 – 31 Dec 2022, as the sources date them.', citeDates: 'Dates: 1 Jan 2022 – 31 Dec 2022' },
  { name: /Stated aid over time/, stem: 'aid-over-time', title: 'Stated aid over time', subtitle: 'How the aid each country’s sources state built up, from 1 Jan 2022 to 31 Dec 2022', citeDates: 'Dates: 1 Jan 2022 – 31 Dec 2022' },
] as const;


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

/** Chooses the image's size (or colours) in a figure's Download menu (the menu stays open) and closes it. */
async function chooseSize(figure: Locator, size: RegExp | string) {
  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  await figure.getByRole('menuitemradio', { name: size }).click();
  await expect(figure.getByRole('menuitemradio', { name: size })).toHaveAttribute('aria-checked', 'true');
  await figure.page().keyboard.press('Escape');
}

/** The texts of an SVG file, in order. */
async function svgTexts(page: Page, markup: string): Promise<string[]> {
  return page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent ?? ''), markup.replace(/<style>[^<]*<\/style>/, ''));
}

/** The colour of a PNG's top-left pixel (its background), as "r,g,b". */
async function backgroundOf(page: Page, png: Buffer): Promise<string> {
  return page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const context = new OffscreenCanvas(1, 1).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',');
  }, png.toString('base64'));
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

    // The SVG follows the size chosen, as the PNG does.
    const svg = await saveFrom(figure, 'Download SVG');
    expect(svg.download.suggestedFilename()).toBe(`${view.stem}_JP-KR-AU_2022-01-01_2022-12-31_1920px.svg`);
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
    // Under the title a sentence in words, not the filters; they are in the citation at the foot.
    expect(parsed.text.replace(/\s+/g, ' ')).toContain(view.subtitle);
    const texts = await svgTexts(page, markup);
    expect(texts[1]).not.toMatch(/^Countries:/);
    expect(parsed.text).toContain('Cite as: “');
    expect(parsed.text).toContain('Countries: Japan, South Korea and Australia');
    // The aid chart answers "totals as of To" by default, so its citation names that date alone.
    expect(parsed.text).toContain(view.citeDates);
    expect(parsed.text).toContain('NATO’s Indo-Pacific partners and Ukraine');
    expect(parsed.text).toMatch(view.stem === 'oil-releases' ? /Source: Lynch/ : /Sources: /);
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

for (const view of VIEWS) {
  test(`${view.stem}: the slide and the square are publication graphics — title, subtitle, the chart filling the frame, Source, Note and a short address, no list or “Cite as”`, async ({ page }) => {
    await page.goto(`/${FILTERS}`);
    const figure = page.getByRole('figure', { name: view.name });
    await expect(figure).toBeVisible();
    for (const [size, box] of [[/Slide 16:9/, { width: 1920, height: 1080 }], [/Square/, { width: 1080, height: 1080 }]] as const) {
      await chooseSize(figure, size);
      const png = await saveFrom(figure, 'Download PNG');
      const image = await inspectPng(page, png.body);
      expect({ width: image.width, height: image.height }).toEqual(box);
      // No letterbox: no band of background taller than a tenth of the frame (the oil slide had a third of it).
      expect(image.blankBand).toBeLessThan(box.height / 10);
      const texts = await svgTexts(page, (await saveFrom(figure, 'Download SVG')).body.toString('utf8'));
      expect(texts[0]).toBe(view.title);
      expect(texts.join(' ')).toContain(view.subtitle.split(' ').slice(0, 4).join(' '));
      expect(texts.join(' ')).not.toContain('Cite as');
      expect(texts.join(' ')).not.toContain('Also given, without a stated value');
      expect(texts.some((t) => /^Sources?: /.test(t))).toBe(true);
      expect(texts.at(-1)).toBe(`127.0.0.1:${new URL(page.url()).port} · NATO’s Indo-Pacific partners and Ukraine · dataset version 2026-12-01`);
    }
  });
}

test('the aid image’s list of contributions without a value is in the 1920 px image, not the slide', async ({ page }) => {
  await page.goto(`/${FILTERS}`);
  const figure = page.getByRole('figure', { name: /Aid/ });
  await chooseSize(figure, /1920 px wide/);
  expect((await svgTexts(page, (await saveFrom(figure, 'Download SVG')).body.toString('utf8'))).join(' ')).toContain('Also given, without a stated value');
});

test('the Download menu offers light or dark images, light by default even on a dark screen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/${FILTERS}`);
  const figure = page.getByRole('figure', { name: /Oil/ });
  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  const colours = figure.getByRole('group', { name: 'Image colours' });
  await expect(colours.getByRole('menuitemradio')).toHaveCount(2);
  await expect(colours.getByRole('menuitemradio', { name: 'Light' })).toHaveAttribute('aria-checked', 'true');
  await expect(colours.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Escape');
  // The palette's backgrounds: light #ffffff, dark #16191d.
  expect(await backgroundOf(page, (await saveFrom(figure, 'Download PNG')).body)).toBe('255,255,255');
  await chooseSize(figure, 'Dark');
  expect(await backgroundOf(page, (await saveFrom(figure, 'Download PNG')).body)).toBe('22,25,29');
  expect((await saveFrom(figure, 'Download SVG')).body.toString('utf8')).toMatch(/<rect width="[\d.]+" height="[\d.]+" fill="#16191d"\/>/);
});
