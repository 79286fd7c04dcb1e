import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectNoCspViolations, recordCspViolations } from './csp-watch';

const fixture = (name: string) => readFile(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
const aid = (page: Page) => page.getByRole('figure', { name: /Aid/ });

// Every page here records Content-Security-Policy violations and script that should never run.
test.beforeEach(({ page }) => recordCspViolations(page));

test.afterEach(async ({ page }) => {
  await expectNoCspViolations(page);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a broken ?data= file gets a message, and the bundled data is shown instead', async ({ page }) => {
  await page.route((url) => url.pathname === '/uploads/broken.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"title": "x"}, "aid": "nope"}' }));
  await page.goto('/?data=/uploads/broken.json&countries=KR');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('/uploads/broken.json was not loaded');
  await expect(alert).toContainText('meta.version');
  await expect(aid(page).getByRole('img', { name: 'South Korea, Humanitarian: at least US$10M†, as of 28 Feb 2022' })).toBeVisible();
  await expect(page).toHaveURL(/\?countries=KR$/);
});

test('a ?data= file that is missing gets a message saying so', async ({ page }) => {
  await page.route((url) => url.pathname === '/gone.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/?data=/gone.json');
  await expect(page.getByRole('alert')).toContainText('/gone.json was not loaded; the dashboard still shows the bundled dataset.could not be fetched (HTTP 404 Not Found)');
  await expect(aid(page)).toBeVisible();
  // A server that answers every path with the app's own page is not sending a dataset either.
  await page.goto('/?data=/nowhere.json');
  await expect(page.getByRole('alert')).toContainText('the server sent a web page, not a JSON dataset');
  await expect(aid(page)).toBeVisible();
});

test('a good ?data= file is loaded through the same path as the bundled one', async ({ page }) => {
  const body = await fixture('minimal-dataset.json');
  await page.route((url) => url.pathname === '/uploads/nz.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto('/?data=/uploads/nz.json');
  await expect(page.getByRole('region', { name: 'Dataset' })).toContainText('Data: /uploads/nz.json');
  await expect(aid(page).getByRole('img', { name: 'New Zealand, Military: at least US$11M†, as of 21 Mar 2022' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to bundled data' }).click();
  await expect(aid(page).getByRole('img', { name: 'Australia, Military: at least ~US$309M†, as of Jul 2024' })).toBeVisible();
  await expect(page).not.toHaveURL(/data=/);
});

test('a wrongly shaped file from the picker is refused with its problems; the filters and data stay', async ({ page }) => {
  await page.goto('/?countries=JP,NZ&types=military');
  await expect(aid(page).getByRole('img', { name: 'New Zealand, Military: at least US$18.5M†, as of 11 Apr 2022' })).toBeVisible();
  const broken = JSON.parse(await readFile(fileURLToPath(new URL('../../data/dataset.json', import.meta.url)), 'utf8'));
  broken.aid[12].date = '2022-13-01';
  broken.oil[1].barrels = -5;
  await page.getByLabel('Dataset file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('mine.json was not loaded; the dashboard still shows the bundled dataset.');
  await expect(alert).toContainText('aid[12].date: "2022-13-01" is not a date');
  await expect(alert).toContainText('oil[1].barrels: -5 is negative');
  await expect(aid(page).getByRole('img', { name: 'New Zealand, Military: at least US$18.5M†, as of 11 Apr 2022' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Australia' })).not.toBeChecked();
  await expect(page).toHaveURL(/countries=JP,NZ&types=military/);

  await page.getByLabel('Dataset file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(alert).toContainText('notes.json was not loaded');
  await expect(alert).toContainText('is not JSON');
});

test('a file can be dropped on the page', async ({ page }) => {
  await page.goto('/');
  await expect(aid(page)).toBeVisible();
  // The dataset panel, which takes the drop, loads with the views (its code on demand).
  await expect(page.getByRole('region', { name: 'Dataset' })).toBeAttached();
  const body = await fixture('minimal-dataset.json');
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, body);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a JSON dataset or a CSV or TSV file to load it')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('region', { name: 'Dataset' })).toContainText('Data: dropped.json');
});

test('hostile strings in a dataset and a link stay text, on the page and in the exported SVG', async ({ page }) => {
  await page.goto(`/?types=${encodeURIComponent('<img src=x onerror="window.__pwned=5">')}&measure=${encodeURIComponent('javascript:window.__pwned=6')}`);
  await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toContainText('<img src=x onerror="window.__pwned=5">');
  await page.getByLabel('Dataset file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(await fixture('hostile-dataset.json')) });
  await expect(page.getByRole('region', { name: 'Dataset' })).toContainText('Data: hostile.json');
  await expect(page.getByRole('checkbox', { name: '<img src=x onerror="window.__pwned=1"> New Zealand' })).toBeChecked();
  await expect(page.locator('script:not([src]), img, iframe, object, embed')).toHaveCount(0);
  await page.getByRole('figure', { name: /Milestones/i }).getByRole('button', { name: /Sanctions|script/ }).first().click();
  await expect(page.getByRole('region', { name: 'Selected event' })).toContainText('javascript:window.__pwned=3 <script>window.__pwned=2</script>');

  await aid(page).getByRole('button', { name: 'Download', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), aid(page).getByRole('menuitem', { name: 'Download SVG' }).click()]);
  const file = await readFile((await download.path())!, 'utf8');
  // The file's one stylesheet is the embedded font, and nothing else; it is taken out before the
  // file is parsed in the page, whose policy reports any <style> a parser meets.
  const styles = [...file.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!);
  expect(styles).toHaveLength(1);
  expect(styles[0]!.replace(/@font-face\{font-family:'Noto Sans';font-style:normal;font-weight:\d+;src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\('woff2'\);unicode-range:[U+0-9a-f,-]+\}\n?/g, '')).toBe('');
  const svg = file.replace(/<style>[^<]*<\/style>/, '');
  const found = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const active = doc.querySelectorAll('script, img, image, foreignObject, use, a, iframe').length;
    const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => /^on|href$/i.test(n));
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    return { active, attributes, texts };
  }, svg);
  expect(found.active).toBe(0);
  expect(found.attributes).toEqual([]);
  expect(found.texts).toContain('<img src=x onerror="window.__pwned=1"> New Zealand');
});

test('the built page sets a Content-Security-Policy that forbids inline scripts and other origins', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  // An inline script added to the page is refused (and reported as a violation, cleared here).
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 7';
    document.body.append(s);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length)).toBe(1);
  await page.evaluate(() => ((window as unknown as { __violations: string[] }).__violations.length = 0));
  // The app works under it: charts, the worker that validates data, and exports.
  await expect(aid(page).getByRole('img', { name: 'Australia, Military: at least ~US$309M†, as of Jul 2024' })).toBeVisible();
  await aid(page).getByRole('button', { name: 'Download', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), aid(page).getByRole('menuitem', { name: 'Download PNG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
});
