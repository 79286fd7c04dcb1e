import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';

const milestones = (page: Page) => page.getByRole('figure', { name: /Milestones/i });
const aid = (page: Page) => page.getByRole('figure', { name: /Aid/ });

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught in the page: ${error.message}`);
  });
});

async function open(page: Page, search = '') {
  await page.goto(`/${search}`);
  await expect(milestones(page).getByRole('group', { name: /events shown|Milestones by year/ })).toBeVisible();
}

/** The bundled dataset with more events in July and October 2024, as a file the page can load. */
async function withMoreEvents(page: Page) {
  const dataset = JSON.parse(await readFile(fileURLToPath(new URL('../../data/dataset.json', import.meta.url)), 'utf8'));
  const template = dataset.milestones.find((m: { id: string }) => m.id === 'ip4-2024-07-washington-summit');
  const more = [
    ...Array.from({ length: 5 }, (_, i) => ({ ...template, id: `extra-jul-${i}`, title: `Extra July event ${i}` })),
    ...Array.from({ length: 2 }, (_, i) => ({ ...template, id: `extra-nz-jul-${i}`, countries: ['NZ'], title: `Extra NZ July event ${i}` })),
    ...Array.from({ length: 3 }, (_, i) => ({ ...template, id: `extra-oct-${i}`, date: '2024-10', title: `Extra October event ${i}` })),
  ];
  dataset.milestones.push(...more);
  await page.route((url) => url.pathname === '/uploads/more.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
  return '?data=/uploads/more.json';
}

/** Pairs of marks (markers and "+N" badges) whose boxes on the page overlap. */
async function overlaps(marks: Locator): Promise<string[]> {
  const boxes = await marks.evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { name: n.getAttribute('aria-label') ?? '', x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    }),
  );
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) out.push(`${a.name} / ${b.name}`);
    }
  }
  return out;
}

for (const width of [1440, 1024, 768]) {
  test(`no two markers overlap at ${width} px, with more events in July and October 2024`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, await withMoreEvents(page));
    const marks = milestones(page).getByRole('group', { name: /events shown/ }).locator('.timeline-marker');
    expect(await marks.count()).toBeGreaterThan(30);
    expect(await overlaps(marks)).toEqual([]);
  });
}

test('on a 375 px phone the milestones are a list by year, with nothing overlapping and the same selection', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page, '?countries=JP,KR,AU,NZ');
  const list = milestones(page).getByRole('group', { name: 'Milestones by year' });
  await expect(list.getByRole('heading', { name: '2022' })).toBeVisible();
  await expect(list.getByRole('heading', { name: '1990s' })).toBeVisible();
  expect(await overlaps(list.getByRole('button'))).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await list.getByRole('button', { name: /Madrid: first NATO Summit/ }).click();
  // Its details open under it, where the finger is.
  await expect(list.getByRole('region', { name: 'Selected event' })).toBeInViewport();
  // The largest phones too.
  await page.setViewportSize({ width: 480, height: 800 });
  await expect(list).toBeVisible();
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByRole('region', { name: 'Selected event' })).toContainText('Jun 2022 · Summit or leaders’ meeting');
  await expect(page).toHaveURL(/event=ip4-2022-06-madrid-summit/);
});

test('a marker names its event, date and category in a tooltip, and highlights its country in the other views', async ({ page }) => {
  await open(page);
  const marker = milestones(page).getByRole('button', { name: /^announced 9 Mar 2022, New Zealand: Sanctions/ });
  await marker.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('Sanctions on Russia announced');
  await expect(tip).toContainText('9 Mar 2022');
  await expect(tip).toContainText('Sanctions · New Zealand');
  // The aid chart dims every country but New Zealand.
  const dimmed = () => aid(page).locator('svg [opacity]').evaluateAll((nodes) => nodes.filter((n) => Number(n.getAttribute('opacity')) < 1).length);
  await expect.poll(dimmed).toBeGreaterThanOrEqual(3);
  await page.mouse.move(5, 5);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect.poll(dimmed).toBe(0);
});

test('a "+N" badge opens into a list of its events, and one of them into its details', async ({ page }) => {
  await open(page);
  const badge = milestones(page).getByRole('button', { name: /more events in Australia, 17 Apr 2022: open the list/ });
  await badge.click();
  const list = milestones(page).getByRole('dialog', { name: /events in Australia, 17 Apr 2022/ });
  await expect(list).toBeVisible();
  const items = list.getByRole('listitem');
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  expect(await overlaps(list.getByRole('button', { pressed: false }))).toEqual([]);
  await items.first().getByRole('button').click();
  await expect(list).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Selected event' })).toContainText('17 Apr 2022');
});

test('the selected event is in the link: a reload reopens its details', async ({ page }) => {
  await open(page);
  await milestones(page).getByRole('button', { name: /Madrid: first NATO Summit/ }).click();
  await expect(page).toHaveURL(/event=ip4-2022-06-madrid-summit/);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Selected event' })).toContainText('Madrid: first NATO Summit with the four partners');
  await expect(milestones(page).getByRole('button', { name: /Madrid: first NATO Summit/ })).toHaveAttribute('aria-pressed', 'true');
});

test('the zoom is in the link: a reload shows the same stretch of time', async ({ page }) => {
  await open(page);
  const figure = milestones(page);
  await figure.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/zoom=2,/);
  const ticks = () => figure.getByRole('group', { name: /events shown/ }).locator('text').allTextContents();
  const zoomed = await ticks();
  await page.reload();
  await expect(figure.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
  await expect.poll(ticks).toEqual(zoomed);
});

test('a link to an event the data does not have says so', async ({ page }) => {
  await open(page, '?event=no-such-event');
  await expect(page.getByRole('status').filter({ hasText: 'Ignored “no-such-event” in “event”' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Selected event' })).toHaveCount(0);
});

test('the date strip lines up with the axis and moves From from the keyboard', async ({ page }) => {
  await open(page);
  const figure = milestones(page);
  const axisYear = figure.getByRole('group', { name: /events shown/ }).locator('text', { hasText: /^2022$/ });
  const stripYear = figure.getByRole('group', { name: /Date range/ }).locator('text', { hasText: /^2022$/ });
  const a = (await axisYear.boundingBox())!;
  const b = (await stripYear.boundingBox())!;
  expect(Math.abs(a.x - b.x)).toBeLessThan(4);
  await figure.getByRole('slider', { name: 'From date' }).focus();
  await page.keyboard.press('PageUp');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('1991-01-01');
});

test('zooming in keeps the events in view', async ({ page }) => {
  await open(page);
  const figure = milestones(page);
  const count = () => figure.getByRole('group', { name: /events shown/ }).locator('path.timeline-marker').evaluateAll((nodes) => nodes.filter((n) => {
    const r = n.getBoundingClientRect();
    const svg = n.closest('svg')!.getBoundingClientRect();
    return r.left >= svg.left + 100 && r.right <= svg.right;
  }).length);
  const before = await count();
  await figure.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(figure.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
  // Twice the scale centred on the events: at least a third of them stay in view.
  await expect.poll(count).toBeGreaterThan(before / 3);
});

/** The WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const chart = (page: Page) => milestones(page).getByRole('group', { name: /events shown/ });

for (const width of [1440, 1024, 768]) {
  test(`labels the key events on the chart at ${width} px: the summits and the first foreign ministers’ meeting with the four`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    const labels = chart(page).locator('[data-key-label]');
    const count = await labels.count();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(6);
    const texts = (await labels.evaluateAll((nodes) => nodes.map((n) => [...n.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')))).join(' | ');
    for (const start of ['Madrid: first NATO Summit', 'NATO Summit with the four partners, for the', 'Washington: NATO Summit', 'First NATO Foreign Ministers’']) expect(texts).toContain(start);
    // The 2023 summit's record names no city, and neither does the chart.
    expect(texts).not.toContain('Vilnius');
    // No two labels overlap.
    expect(await overlaps(labels.locator('text'))).toEqual([]);
  });
}

test('draws an event dated to the month, year or decade hollow, and one dated to the day filled, and says so in the legend', async ({ page }) => {
  await open(page);
  const ground = await chart(page).locator('.zoom-area > g > rect').nth(1).getAttribute('fill');
  const madrid = chart(page).getByRole('button', { name: /^Jun 2022, All four: Madrid/ });
  const sanctions = chart(page).getByRole('button', { name: /^announced 9 Mar 2022, New Zealand: Sanctions/ });
  // Hollow: filled with the chart's ground, its outline in the category's colour.
  const white = await madrid.getAttribute('fill');
  expect([ground, '#ffffff']).toContain(white);
  expect(await sanctions.getAttribute('fill')).not.toBe(white);
  expect(await sanctions.getAttribute('fill')).toBe(await milestones(page).getByRole('list', { name: 'Event categories' }).getByRole('listitem').filter({ hasText: /^Sanctions$/ }).locator('path').getAttribute('fill'));
  await expect(milestones(page).getByRole('list', { name: 'Event categories' })).toContainText('Month, year or decade only: hollow');
  // Its span shows on hover, not before.
  await expect(chart(page).locator('[data-span]')).toHaveCount(0);
  await madrid.hover();
  await expect(chart(page).locator('[data-span="ip4-2022-06-madrid-summit"]')).toHaveCount(1);
});

test('marks the compressed stretches of the axis', async ({ page }) => {
  await open(page);
  expect(await chart(page).locator('[data-break]').count()).toBeGreaterThanOrEqual(3);
  await expect(milestones(page).getByRole('list', { name: 'Event categories' })).toContainText('Stretch without events, compressed');
});

test('zoomed in 16×, keeps every mark clear of the lane names, ticks the days at one step, and outlines the window on the date strip', async ({ page }) => {
  await open(page);
  const figure = milestones(page);
  for (let i = 0; i < 4; i++) {
    await figure.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`zoom=${2 ** (i + 1)},`));
  }
  const names = await chart(page).locator('text', { hasText: /^(All four|Japan|South Korea|Australia|New Zealand)$/ }).evaluateAll((nodes) => Math.max(...nodes.map((n) => n.getBoundingClientRect().right)));
  const lefts = await chart(page).locator('.timeline-marker').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().left));
  expect(lefts.length).toBeGreaterThan(0);
  for (const left of lefts) expect(left).toBeGreaterThan(names);
  // The days' labels ("8 Apr", "15 Apr") step by one number of days.
  const days = (await chart(page).locator('text').allTextContents()).map((t) => /^(\d+) [A-Z][a-z]{2}$/.exec(t)?.[1]).filter((d): d is string => d !== undefined).map(Number);
  const steps = new Set(days.slice(1).map((d, i) => d - days[i]!).filter((s) => s > 0));
  expect(steps.size).toBeLessThanOrEqual(1);
  const window = figure.getByRole('group', { name: /Date range/ }).locator('.timeline-brush__window');
  await expect(window).toHaveCount(1);
  expect((await window.boundingBox())!.width).toBeGreaterThanOrEqual(3);
});

test('a "+N" badge lists exactly N events, and its list says "N more"', async ({ page }) => {
  await open(page);
  const badges = chart(page).getByRole('button', { name: /more events? in .*: open the list$/ });
  const count = await badges.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const badge = badges.nth(i);
    const n = Number((await badge.textContent())!.replace(/[^\d]/g, ''));
    await badge.click();
    const list = milestones(page).getByRole('dialog', { name: new RegExp(`^${n} more events? in `) });
    await expect(list.getByRole('listitem')).toHaveCount(n);
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every marker stands at least 3:1 against the lanes, ${colorScheme}`, async ({ browser }) => {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1440, height: 900 } });
    await open(page);
    const grounds = await chart(page).locator('.zoom-area > g > rect').evaluateAll((nodes) => [...new Set(nodes.map((n) => n.getAttribute('fill')!))].filter((f) => f.startsWith('#')));
    expect(grounds.length).toBe(2);
    // A filled marker's colour is its fill; a hollow one's, its outline.
    const colours = await chart(page).locator('path.timeline-marker').evaluateAll((nodes, lanes) => [...new Set(nodes.map((n) => (lanes.includes(n.getAttribute('fill')!) ? n.getAttribute('stroke')! : n.getAttribute('fill')!)))], grounds);
    // The three hues of the categories, the statements' grey and the aid events' ink.
    expect(colours.length).toBe(5);
    for (const colour of colours) for (const ground of grounds) expect(contrast(colour, ground), `${colour} on ${ground}`).toBeGreaterThanOrEqual(3);
    await page.close();
  });
}
