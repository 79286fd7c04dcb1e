import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const aid = (page: Page) => page.getByRole('figure', { name: /Aid/ });
const oil = (page: Page) => page.getByRole('figure', { name: /Oil/ });
const milestones = (page: Page) => page.getByRole('figure', { name: /Milestones/i });

// Any uncaught error in the page fails the test that caused it.
test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught in the page: ${error.message}`);
  });
});

async function open(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(aid(page)).toBeVisible();
  // The timeline's code loads separately; wait for its chart (or, on a phone, its list) too.
  await expect(milestones(page).getByRole('group', { name: /events shown|Milestones by year/ })).toBeVisible();
}

test('a country filter reaches all three views and the URL', async ({ page }) => {
  await open(page);
  await expect(aid(page).getByRole('img', { name: 'Japan, Financial: nearly US$12B†, as of Jul 2024 or later (bar cut short)' })).toBeVisible();
  await expect(oil(page).getByRole('img', { name: /^Japan: 22,500,000 barrels/ })).toBeVisible();
  await expect(milestones(page).getByText('Japan', { exact: true })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Japan' }).uncheck();

  await expect(aid(page).getByRole('img', { name: /^Japan/ })).toHaveCount(0);
  await expect(oil(page).getByRole('img', { name: /^Japan/ })).toHaveCount(0);
  await expect(milestones(page).getByText('Japan', { exact: true })).toHaveCount(0);
  await expect(page).toHaveURL(/\?countries=KR,AU,NZ$/);
  // The four partners again are the default view, whose link names no countries.
  await page.getByRole('checkbox', { name: 'Japan' }).check();
  await expect(aid(page).getByRole('img', { name: 'Japan, Financial: nearly US$12B†, as of Jul 2024 or later (bar cut short)' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test('a country the mouse rests on in the filters is highlighted in the charts, and not after it leaves', async ({ page }) => {
  await open(page);
  const dimmed = (figure: ReturnType<typeof aid>) => figure.locator('svg [opacity]').evaluateAll((nodes) => nodes.filter((n) => Number(n.getAttribute('opacity')) < 1).length);
  await page.getByRole('checkbox', { name: 'Japan' }).hover();
  // South Korea, Australia and New Zealand dim in both bar charts.
  await expect.poll(() => dimmed(aid(page))).toBeGreaterThanOrEqual(3);
  await expect.poll(() => dimmed(oil(page))).toBeGreaterThanOrEqual(3);
  await page.mouse.move(5, 5);
  await expect.poll(() => dimmed(aid(page))).toBe(0);
  await expect.poll(() => dimmed(oil(page))).toBe(0);
});

test('a chart is as tall as what it draws: a lane taken away leaves no gap, and coming back cuts nothing off', async ({ page }) => {
  await open(page);
  const lanes = milestones(page).locator('.chart-svg');
  const before = (await lanes.boundingBox())!;

  await page.getByRole('checkbox', { name: 'Japan' }).uncheck();
  await expect(milestones(page).getByText('Japan', { exact: true })).toHaveCount(0);
  const without = (await lanes.boundingBox())!;
  expect(without.height).toBeLessThan(before.height);
  // The axis under the lanes is still inside the box, not cut off with the freed space.
  const lastTick = milestones(page).locator('.chart-svg text').last();
  const tick = (await lastTick.boundingBox())!;
  expect(tick.y + tick.height).toBeLessThanOrEqual(without.y + without.height + 1);

  await page.getByRole('checkbox', { name: 'Japan' }).check();
  await expect(milestones(page).getByText('Japan', { exact: true })).toBeVisible();
  expect((await lanes.boundingBox())!.height).toBe(before.height);
});

test('a link reproduces the view, and back and forward move through the changes', async ({ page }) => {
  await open(page, '?countries=JP,KR&types=military,humanitarian&from=2022-01-01&to=2022-12-31');
  await expect(page.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Australia' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Financial' })).not.toBeChecked();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2022-01-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2022-12-31');
  // By 31 Dec 2022: the $10M package of 28 February, a lower bound (the $30M package of 7 April names no type).
  await expect(aid(page).getByRole('img', { name: 'South Korea, Humanitarian: at least US$10M†, as of 28 Feb 2022' })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Australia' }).check();
  await expect(page).toHaveURL(/countries=JP,KR,AU&/);
  await aid(page).getByText('Settings', { exact: true }).click();
  await page.getByRole('radio', { name: 'Stacked' }).check();
  await expect(page).toHaveURL(/layout=stacked/);

  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Grouped' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Australia' })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: 'Australia' })).not.toBeChecked();
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: 'Australia' })).toBeChecked();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Australia' })).toBeChecked();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2022-01-01');
});

test('a mangled link shows a notice and the dashboard still works', async ({ page }) => {
  await open(page, '?countries=JP,ZZ&types=military,<b>x</b>&from=2022-02-30&measure=yen');
  const notices = page.getByRole('status').filter({ hasText: 'Ignored' });
  await expect(notices).toContainText('“<b>x</b>” in “types”');
  await expect(notices).toContainText('“2022-02-30” in “from”');
  await expect(notices).toContainText('“yen” in “measure”');
  await expect(notices).toContainText('“ZZ” in “countries”');
  await expect(page.locator('b', { hasText: 'x' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the timeline zooms with its buttons and with Ctrl + wheel, and brushing sets the dates', async ({ page }) => {
  await open(page);
  const figure = milestones(page);
  const plot = figure.getByRole('group', { name: /events shown/ });
  const ticks = async () => plot.locator('text').filter({ hasText: /^(\d{4}|[A-Z][a-z]{2}( \d{4})?|\d{1,2} [A-Z][a-z]{2})$/ }).allTextContents();
  const before = await ticks();
  expect(before).toContain('2022');
  await figure.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await figure.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(figure.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
  await expect.poll(ticks).not.toEqual(before);
  await figure.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(figure.getByRole('button', { name: 'Reset zoom' })).toBeDisabled();

  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -600);
  await page.keyboard.up('Control');
  await expect(figure.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();

  // Brush across the right end of the strip: the last years.
  const strip = figure.getByRole('group', { name: /Date range/ });
  await strip.scrollIntoViewIfNeeded();
  const sbox = (await strip.boundingBox())!;
  await page.mouse.move(sbox.x + sbox.width * 0.9, sbox.y + 10);
  await page.mouse.down();
  await page.mouse.move(sbox.x + sbox.width * 0.995, sbox.y + 10, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByLabel('From', { exact: true })).not.toHaveValue('1990-01-01');
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  expect(from >= '2020-01-01').toBe(true);
  await expect(page).toHaveURL(new RegExp(`from=${from}`));
  // The aid chart answers for the dates it was asked about: with the question "committed From–To", its subtitle names the new From.
  await aid(page).getByRole('radio', { name: 'Committed From–To' }).check();
  await expect(aid(page)).toContainText(`committed to Ukraine between ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(from))}`);
});

test('a crowded lane shows bars of counts: hovered, chosen from the keyboard, zoomed into, and accessible', async ({ page }) => {
  const dataset = JSON.parse(await readFile(fileURLToPath(new URL('../../data/dataset.json', import.meta.url)), 'utf8'));
  const template = dataset.milestones.find((m: { countries: string[] }) => m.countries.length === 1 && m.countries[0] === 'JP');
  const crowd = (n: number, date: string) => Array.from({ length: n }, (_, i) => ({ ...template, id: `crowd-${date}-${i}`, date, precision: 'day', endDate: undefined }));
  dataset.milestones.push(...crowd(300, '2019-07-10'), ...crowd(200, '2016-03-15'));
  await page.route((url) => url.pathname === '/uploads/crowded.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
  await open(page, '?data=/uploads/crowded.json');
  const slider = milestones(page).getByRole('slider', { name: /^Crowded stretches of Japan/ });
  await expect(slider).toHaveAttribute('aria-valuetext', '200 events in Japan, 15 Mar 2016 to 15 Mar 2016');

  // The pointer over the start of the lane's bars: the first bar, its count in a pill.
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + 3, box.y + box.height - 4);
  await expect(milestones(page).getByText('200 events', { exact: true })).toBeVisible();
  await page.mouse.move(box.x - 40, box.y - 40);
  await expect(milestones(page).getByText('200 events', { exact: true })).toHaveCount(0);

  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '300 events in Japan, 10 Jul 2019 to 10 Jul 2019');
  await expect(milestones(page).getByText('300 events', { exact: true })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('figure[aria-labelledby] .chart-area').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(milestones(page).getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
  // Zoomed in to one day, the 300 events are markers again or fewer bars: the lane is still drawn.
  await expect(milestones(page).getByText('Japan', { exact: true })).toBeVisible();
});

test('the dashboard can be used with the keyboard alone', async ({ page }) => {
  await open(page);
  // The first stop skips to the charts; the header's actions and then the filters follow.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the charts' })).toBeFocused();
  // Tab to the first country and switch it off with the space bar.
  const japan = page.getByRole('checkbox', { name: 'Japan' });
  for (let i = 0; i < 10 && !(await japan.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(japan).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Japan' })).not.toBeChecked();
  await page.keyboard.press('Space');

  // Reach the aid chart, one Tab stop; the arrow keys move to Australia's military bar, whose tooltip shows.
  const first = aid(page).getByRole('img', { name: 'Japan, Financial: nearly US$12B†, as of Jul 2024 or later (bar cut short)' });
  for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  // Past South Korea's two bars, humanitarian and of unstated purpose.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  const bar = aid(page).getByRole('img', { name: 'Australia, Military: at least ~US$309M†, as of Jul 2024' });
  await expect(bar).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('As of April 17, Australia’s military aid to Ukraine totals $141.9 million');

  // Reach the timeline's markers, move with the arrows, open one with Enter.
  const marker = milestones(page).locator('[role="button"][tabindex="0"][aria-pressed]').first();
  for (let i = 0; i < 80 && !(await marker.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(marker).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Selected event' })).toBeVisible();
  await page.getByRole('region', { name: 'Selected event' }).getByRole('button', { name: 'Close' }).press('Enter');
  await expect(page.getByRole('region', { name: 'Selected event' })).toHaveCount(0);

  // "Show table" works from the keyboard too.
  await oil(page).getByRole('button', { name: 'Show table' }).focus();
  await page.keyboard.press('Enter');
  await expect(oil(page).getByRole('table')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page);
    await oil(page).getByRole('button', { name: 'Show table' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('fits a 375 px screen without sideways scrolling, every word of the charts inside its frame', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Japan's financial aid is drawn broken, and a note under the chart says so.
  await expect(aid(page)).toContainText('Japan’s financial bar runs past the axis, drawn broken so the others stay readable');
  for (const figure of [aid(page), oil(page), milestones(page)]) {
    const box = (await figure.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    const outside = await figure.evaluate((frame) => {
      const edge = frame.getBoundingClientRect();
      return [...frame.querySelectorAll('svg text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.width > 0 && (r.left < edge.left || r.right > edge.right);
        })
        .map((t) => t.textContent);
    });
    expect(outside).toEqual([]);
  }
});

test('a tooltip near the bottom of the window opens above its bar, inside the window', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 700 });
  await page.goto('/');
  const bar = aid(page).getByRole('img', { name: 'New Zealand, Purpose not stated: at least US$5.5M†, as of 11 Apr 2022' });
  // Scrolled so the bar sits near the window's bottom edge, where a tooltip below it would not fit.
  await bar.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await bar.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('New Zealand · Purpose not stated');
  await expect.poll(async () => {
    const box = await tooltip.boundingBox();
    return box ? Math.round(box.y + box.height) <= 700 && box.y >= 0 : false;
  }).toBe(true);
});

test('the aid chart’s first bar comes near the top: within 240 px of its card at 1440 px, within 900 px of the page on a phone', async ({ page }) => {
  await open(page);
  const firstBar = () => aid(page).getByRole('img', { name: /^Japan, Financial/ });
  const card = (await aid(page).boundingBox())!;
  const bar = (await firstBar().boundingBox())!;
  expect(bar.y - card.y).toBeLessThanOrEqual(240);

  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByRole('form', { name: 'Filters' }).getByText('The four partners')).toBeVisible();
  const top = await firstBar().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThanOrEqual(900);
  // The folded filters open to change them, and their chips follow.
  await page.getByRole('form', { name: 'Filters' }).getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Japan' }).uncheck();
  await expect(page.getByRole('form', { name: 'Filters' }).getByText('South Korea, Australia and New Zealand')).toBeVisible();
  await expect(firstBar()).toHaveCount(0);
});
