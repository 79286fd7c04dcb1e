import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';

// Any uncaught error in the page fails the test that caused it.
test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught in the page: ${error.message}`);
  });
});

const FILTERS = '?countries=JP,KR,AU&types=military,humanitarian&from=2022-01-01&to=2022-12-31';
const TODAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date());

const menuButton = (figure: Locator) => figure.getByRole('button', { name: 'Download', exact: true });

async function download(page: Page, figure: Locator, item: 'Download PNG' | 'Download SVG' | 'Download CSV', size?: RegExp) {
  await menuButton(figure).click();
  if (size) await figure.getByRole('menuitemradio', { name: size }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('menuitem', { name: item }).click()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

/** The text entries (tEXt, iTXt) of a PNG, read chunk by chunk. */
function pngText(png: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const zero = data.indexOf(0);
    if (type === 'tEXt') out[data.toString('latin1', 0, zero)] = data.toString('latin1', zero + 1);
    if (type === 'iTXt') {
      const language = data.indexOf(0, zero + 3);
      const translated = data.indexOf(0, language + 1);
      out[data.toString('latin1', 0, zero)] = data.toString('utf8', translated + 1);
    }
    at += 12 + length;
  }
  return out;
}

/** A PNG's size from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('the Download menu opens from the keyboard, moves with the arrow keys and closes with Escape', async ({ page }) => {
  await page.goto(`/${FILTERS}`);
  const figure = page.getByRole('figure', { name: /Oil/ });
  const button = menuButton(figure);
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(figure.getByRole('menuitem', { name: 'Download PNG' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(figure.getByRole('menuitem', { name: 'Download SVG' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  // From the first item Up wraps to the last: dark images.
  await expect(figure.getByRole('menuitemradio', { name: 'Dark' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(figure.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('the open menu and the citation pass the accessibility checks', async ({ page }) => {
  await page.goto('/?countries=SG');
  const figure = page.getByRole('figure', { name: /Aid to Ukraine/ });
  await figure.getByRole('button', { name: 'Cite' }).click();
  await menuButton(figure).click();
  await expect(figure.getByRole('menu')).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.export-actions').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('Copy image puts a PNG on the clipboard and offers the chart’s description as alt text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/${FILTERS}`);
  const figure = page.getByRole('figure', { name: /Oil/ });
  await figure.getByRole('button', { name: 'Copy image' }).click();
  await expect(figure.getByRole('status').filter({ hasText: 'Image copied' })).toBeVisible();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item!.getType('image/png');
    return { types: item!.types, head: [...new Uint8Array(await blob.slice(0, 8).arrayBuffer())], size: blob.size };
  });
  expect(copied.types).toContain('image/png');
  expect(copied.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(copied.size).toBeGreaterThan(10_000);
  await expect(figure.getByRole('textbox', { name: 'Alt text' })).toHaveValue(/^Japan released the most oil, 22,500,000 barrels, 58\.7% of the four’s 38,317,000 barrels/);
});

test('where the browser cannot copy images, Copy image says so and offers the download', async ({ page }) => {
  // A browser without ClipboardItem (as some still are).
  await page.addInitScript(() => Reflect.deleteProperty(window, 'ClipboardItem'));
  await page.goto(`/${FILTERS}`);
  const figure = page.getByRole('figure', { name: /Oil/ });
  await figure.getByRole('button', { name: 'Copy image' }).click();
  await expect(figure.getByRole('status').filter({ hasText: 'The image could not be copied (this browser cannot put images on the clipboard).' })).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download PNG instead' }).click()]);
  expect(file.suggestedFilename()).toBe('oil-releases_JP-KR-AU_2022-01-01_2022-12-31.png');
});

test('Cite copies a citation with the view’s link and today’s date, and shows it for selection', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/${FILTERS}`);
  const figure = page.getByRole('figure', { name: /Aid/ });
  await figure.getByRole('button', { name: 'Cite' }).click();
  const field = figure.getByRole('textbox', { name: 'Citation' });
  await expect(field).toBeVisible();
  const citation = await field.inputValue();
  expect(citation).toContain(`${new URL(page.url()).origin}/${FILTERS}`);
  expect(citation).toContain(`(accessed ${TODAY})`);
  expect(citation).toContain('“Aid to Ukraine by country and type” (Countries: Japan, South Korea and Australia; Aid types: Military and Humanitarian; Stated totals by 31 Dec 2022; Measure: US$; A bare “$” read as US dollars)');
  expect(citation).toMatch(/dataset version 2026-12-01/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);

  // The header cites the whole dashboard, with the same link.
  await page.getByRole('banner').getByRole('button', { name: 'Cite' }).click();
  await expect(page.getByRole('textbox', { name: 'Citation of the dashboard' })).toHaveValue(new RegExp(`^NATO’s Indo-Pacific partners and Ukraine \\(Countries: .*\\?countries=JP,KR,AU.* \\(accessed ${TODAY}\\)\\.$`));
});

test('the slide PNG is 1920 × 1080 and the square 1080 × 1080, each with its title and sources inside', async ({ page }) => {
  await page.goto(`/${FILTERS}`);
  const figure = page.getByRole('figure', { name: /Milestones/i });
  const slide = await download(page, figure, 'Download PNG', /Slide 16:9/);
  expect(slide.name).toBe('partnership-milestones_JP-KR-AU_2022-01-01_2022-12-31_1920x1080.png');
  expect(pngSize(slide.body)).toEqual({ width: 1920, height: 1080 });
  const square = await download(page, figure, 'Download PNG', /Square/);
  expect(pngSize(square.body)).toEqual({ width: 1080, height: 1080 });

  const text = pngText(slide.body);
  expect(text.Title).toBe('Partnership milestones');
  expect(text.Source).toMatch(/^Sources: .*Lynch, East-West Center \(APB Series\)/);
  expect(text.URL).toBe(`${new URL(page.url()).origin}/${FILTERS}`);
  expect(text.Citation).toContain(`“Partnership milestones”`);
  expect(text.Citation).toContain(`(accessed ${TODAY})`);
});

test('the SVG embeds its font and says in <title>, <desc> and <metadata> what it shows', async ({ page }) => {
  await page.goto(`/${FILTERS}`);
  const figure = page.getByRole('figure', { name: /Aid/ });
  const svg = (await download(page, figure, 'Download SVG')).body.toString('utf8');
  expect(svg).toMatch(/<style>@font-face\{font-family:'Noto Sans';font-style:normal;font-weight:400;src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/);
  expect(svg).toContain('font-family="\'Noto Sans\'');
  expect(svg).toContain('<title>Aid to Ukraine by country and type</title>');
  // <desc> is the figure's accessible description where the chart gives one, else its title and filters.
  const description = await figure.evaluate((el) => {
    const id = el.getAttribute('aria-describedby');
    return id ? document.getElementById(id)?.textContent ?? null : null;
  });
  const desc = svg.match(/<desc>([^<]*)<\/desc>/)?.[1];
  expect(desc).toBe(
    (description ?? 'Aid to Ukraine by country and type. Countries: Japan, South Korea and Australia; Aid types: Military and Humanitarian; Dates: 1 Jan 2022 – 31 Dec 2022; Measure: US$.').replace(/&/g, '&amp;'),
  );
  expect(svg).toMatch(/<metadata xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/"><dc:title>Aid to Ukraine by country and type<\/dc:title>/);
  expect(svg).toContain(`<dc:identifier>${new URL(page.url()).origin}/${FILTERS.replace(/&/g, '&amp;')}</dc:identifier>`);
});

test('a view with nothing to show keeps only the sentence that says why: no table, download, copy, citation or embed', async ({ page }) => {
  await page.goto('/?countries=SG');
  const figure = page.getByRole('figure', { name: /Oil/ });
  await expect(figure.getByRole('status').filter({ hasText: /^No oil release/ })).toBeVisible();
  for (const name of ['Show table', 'Download', 'Copy image', 'Cite', 'Embed']) await expect(figure.getByRole('button', { name, exact: true })).toHaveCount(0);
  // Singapore's aid is still drawn, with its buttons.
  await expect(page.getByRole('figure', { name: /Aid to Ukraine/ }).getByRole('button', { name: 'Download', exact: true })).toBeVisible();
});

test('Export dashboard carries an empty view’s sentence, and the sources and citation once', async ({ page }) => {
  await page.goto('/?types=');
  const aid = page.getByRole('figure', { name: /Aid/ });
  // The one status with text: the chart's empty state (the export status is empty until used).
  const sentence = (await aid.getByRole('status').filter({ hasText: /./ }).textContent())!;
  expect(sentence.length).toBeGreaterThan(10);
  await expect(page.getByRole('figure', { name: /Milestones/i })).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export dashboard' }).click()]);
  const text = pngText(await readFile((await file.path())!));
  expect(text.Description).toContain(`Aid to Ukraine by country and type: ${sentence}`);
  expect(text.Citation).toMatch(/^NATO’s Indo-Pacific partners and Ukraine \(Countries: .*Aid types: none.*\(accessed /);
  // One list of sources for the three views: no document named twice.
  const documents = text.Source!.replace(/^Sources: /, '').replace(/\.$/, '').split('; ');
  expect(documents.length).toBeGreaterThan(1);
  expect(new Set(documents).size).toBe(documents.length);
});

test('the header says what the page is; the dataset’s version and counts are in the dataset panel', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('banner');
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('NATO’s Indo-Pacific partners and Ukraine');
  await expect(header).not.toContainText('version 2026');
  await expect(header).not.toContainText('aid records');
  // Figures are traced to quotes, not all quoted: sums, conversions and per-person values are worked out.
  await expect(header).not.toContainText('is quoted from its source');
  await expect(header).toContainText('Every figure traces back to a quote from its source: sums, conversions and per-person values are worked out from the quoted ones.');
  await expect(page.getByRole('region', { name: 'Dataset' })).toContainText('version 2026-12-01 (18 aid records, 4 oil releases and 46 milestones)');
  expect(await page.locator('meta[name="description"]').getAttribute('content')).not.toContain('quoted from its source');
});
