import { expect, test, type Page } from '@playwright/test';

const trend = (page: Page) => page.getByRole('figure', { name: 'Stated aid over time' });
const aid = (page: Page) => page.getByRole('figure', { name: /Aid to Ukraine/ });

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught in the page: ${error.message}`);
  });
});

test('stands next to the aid chart, follows the filters, and draws each statement with its date', async ({ page }) => {
  await page.goto('/');
  await expect(trend(page).getByRole('group', { name: /statements/ })).toBeVisible();
  // Right after the aid chart, before the oil chart.
  const order = await page.locator('main figure').evaluateAll((figures) => figures.map((f) => f.querySelector('h2')?.textContent));
  expect(order.slice(0, 2)).toEqual(['Aid to Ukraine by country and type', 'Stated aid over time']);
  await expect(trend(page).getByRole('img', { name: 'Australia, Selected types added up, 17 Apr 2022: $141.9 million†; then US$190M†, as of 17 Apr 2022' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Australia' }).uncheck();
  await expect(trend(page).getByRole('img', { name: /^Australia/ })).toHaveCount(0);
  await expect(trend(page).getByRole('img', { name: /^Japan/ }).first()).toBeVisible();
});

test('its table gives Australia’s military statements with their dates, and after the last one the line is drawn apart', async ({ page }) => {
  await page.goto('/?countries=AU&types=military');
  await trend(page).getByRole('button', { name: 'Show table' }).click();
  const rows = await trend(page).getByRole('table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 6).map((c) => c.textContent)));
  expect(rows).toEqual([
    ['Australia', 'Military', '17 Apr 2022', '17 Apr 2022, running total as of: $141.9 million†', 'US$141.9M†, as of 17 Apr 2022', 'stated'],
    ['Australia', 'Military', 'Jul 2024', 'Jul 2024, announced: almost AU$250 million (US$167 million)', 'at least ~US$309M†, as of Jul 2024', 'at least (aid the sources do not report may come on top)'],
  ]);
  // After the last statement the line goes on dashed, as a lower bound.
  const dashed = await trend(page).locator('svg path[stroke-dasharray]').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '').filter(Boolean).length);
  expect(dashed).toBeGreaterThan(0);
});

test('hovering a statement highlights its country in the aid chart', async ({ page }) => {
  await page.goto('/');
  await trend(page).getByRole('img', { name: /^New Zealand, Selected types added up, 21 Mar 2022/ }).hover();
  await expect(page.getByRole('tooltip')).toContainText('New Zealand · Selected types added up · 21 Mar 2022');
  const dimmed = () => aid(page).locator('svg [opacity]').evaluateAll((nodes) => nodes.filter((n) => Number(n.getAttribute('opacity')) < 1).length);
  await expect.poll(dimmed).toBeGreaterThanOrEqual(3);
});

test('fits a 375 px phone, light and dark, every word inside its frame', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    await expect(trend(page).getByRole('group', { name: /statements/ })).toBeVisible();
    const outside = await trend(page).evaluate((frame) => {
      const edge = frame.getBoundingClientRect();
      return [...frame.querySelectorAll('svg text')].filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < edge.left - 0.5 || r.right > edge.right + 0.5);
      }).map((t) => t.textContent);
    });
    expect(outside).toEqual([]);
  }
});

test('says why when nothing can be drawn', async ({ page }) => {
  await page.goto('/?countries=JP&types=military');
  await expect(trend(page)).toContainText('The sources state no aid of these types with a money value for Japan');
});

test('keeps its lines and scale in the link, so a shared link and its embed draw the same', async ({ page }) => {
  await page.goto('/?countries=AU,NZ');
  await trend(page).getByRole('radio', { name: 'By type' }).check();
  await trend(page).getByRole('radio', { name: 'One for all' }).check();
  await expect(page).toHaveURL(/\?countries=AU,NZ&lines=by-type&scale=shared$/);
  // One line per type: Australia's military statements are named as such.
  await expect(trend(page).getByRole('img', { name: /^Australia, Military, 17 Apr 2022/ })).toBeVisible();
  await page.goto('/embed.html?view=aid-over-time&countries=AU,NZ&lines=by-type&scale=shared');
  const embedded = page.getByRole('figure', { name: 'Stated aid over time' });
  await expect(embedded.getByRole('img', { name: /^Australia, Military, 17 Apr 2022/ })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  // A wrong value is named, and the default kept.
  await page.goto('/?lines=stacked');
  await expect(page.getByText('Ignored “stacked” in “lines”: the lines are total or by-type.')).toBeVisible();
  await expect(trend(page).getByRole('radio', { name: 'Types added up' })).toBeChecked();
});
