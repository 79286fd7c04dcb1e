import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

const oil = (page: Page) => page.getByRole('figure', { name: 'Oil released from emergency stocks' });

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught in the page: ${error.message}`);
  });
});

for (const width of [1440, 768, 375]) {
  test(`at ${width} px the names and labels sit clear of every line, inside the chart`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?countries=JP,KR,AU,NZ,SG');
    await expect(oil(page).getByRole('img', { name: /^New Zealand/ })).toBeVisible();
    // The chart is laid out again once its font has loaded (text is measured in the font it is drawn in): wait for that layout.
    await page.evaluate(() => document.fonts.ready);
    const clashes = () => oil(page)
      .locator('svg')
      .first()
      .evaluate((svg: SVGSVGElement) => {
        const width = svg.width.baseVal.value;
        const found: string[] = [];
        // Names and labels are drawn in the drawing's own coordinates (no transform on their groups).
        const texts = [...svg.querySelectorAll('text')].filter((t) => /barrels ·|^[A-Z][a-z]/.test(t.textContent ?? '') && t.textContent !== 'Barrels released');
        const rules = [...svg.querySelectorAll('line')].filter((l) => l.x1.baseVal.value === l.x2.baseVal.value && Math.abs(l.y2.baseVal.value - l.y1.baseVal.value) > 4);
        for (const text of texts) {
          const box = text.getBBox();
          // A glyph such as a bold J reaches a little left of where its text starts.
          if (box.x < -2 || box.x + box.width > width + 0.5) found.push(`${text.textContent} leaves the chart`);
          for (const line of rules) {
            const x = line.x1.baseVal.value;
            const y1 = Math.min(line.y1.baseVal.value, line.y2.baseVal.value);
            const y2 = Math.max(line.y1.baseVal.value, line.y2.baseVal.value);
            if (x > box.x - 1 && x < box.x + box.width + 1 && y1 < box.y + box.height && y2 > box.y) found.push(`${text.textContent} on the line at x=${Math.round(x)}`);
          }
        }
        return found;
      });
    await expect.poll(clashes).toEqual([]);
    await expect(oil(page).getByText('No oil release is recorded for Singapore in the sources; the chart has no bar for it.', { exact: true })).toBeVisible();
  });
}

test('the bars are one Tab stop: arrow keys move between them, Escape closes the tooltip, Enter pins it', async ({ page }) => {
  await page.goto('/');
  // The timeline (loaded on demand) holds the next Tab stops: wait for it, so Tab has somewhere to go.
  await expect(page.getByRole('group', { name: /Partnership milestones: \d+ events shown/ })).toBeVisible();
  const bar = (name: RegExp) => oil(page).getByRole('img', { name });
  await bar(/^Japan/).focus();
  await expect(page.getByRole('tooltip')).toContainText('22,500,000 barrels');
  await page.keyboard.press('ArrowDown');
  await expect(bar(/^South Korea/)).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('South Korea');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tooltip')).toContainText('11,650,000 barrels');
  // Pinned: the pointer passing over another bar leaves it open.
  await bar(/^Australia/).hover();
  await expect(page.getByRole('tooltip')).toContainText('South Korea');

  // The chart is one Tab stop: the next is the figure's first button, under the chart.
  await page.keyboard.press('Tab');
  await expect(bar(/^South Korea/)).not.toBeFocused();
  await expect(oil(page).getByRole('button', { name: 'Show table' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(bar(/^South Korea/)).toBeFocused();
});

test('a tooltip that runs past its chart is drawn over the chart below, not under it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const bar = oil(page).getByRole('img', { name: /^New Zealand/ });
  await bar.scrollIntoViewIfNeeded();
  await bar.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('New Zealand');
  // The quote, its last line, reaches below the oil chart, over the milestones' card.
  const quote = tip.locator('.tooltip__quote').last();
  const box = (await quote.boundingBox())!;
  const frame = (await oil(page).boundingBox())!;
  expect(box.y + box.height).toBeGreaterThan(frame.y + frame.height);
  // The tooltip takes no pointer events; for the hit test alone, it does.
  const topmost = await page.evaluate(({ x, y }) => {
    const tooltip = document.querySelector<HTMLElement>('[role="tooltip"]')!;
    tooltip.style.pointerEvents = 'auto';
    const hit = document.elementFromPoint(x, y);
    tooltip.style.pointerEvents = '';
    return tooltip.contains(hit);
  }, { x: box.x + box.width / 2, y: box.y + box.height - 4 });
  expect(topmost).toBe(true);
});

test('with To = 1 Feb 2022 each release, dated only to 2022, is “2022, no day given” on its bar, in its tooltip, the table and the CSV', async ({ page }) => {
  await page.goto('/?to=2022-02-01');
  const figure = oil(page);
  const japan = figure.getByRole('img', { name: /^Japan/ });
  await expect(japan).toHaveAccessibleName('Japan: 22,500,000 barrels · 58.7% of the four’s 38,317,000 barrels; 2022, no day given, so it may fall outside the dates');
  await expect(figure.locator('svg text').filter({ hasText: /^2022, no day given$/ })).toHaveCount(4);
  await expect(figure.getByText('A lighter bar is a release the source dates only to 2022, with no day given: it may fall outside the dates chosen (1 Jan 1990 – 1 Feb 2022).')).toBeVisible();
  await japan.hover();
  await expect(page.getByRole('tooltip')).toContainText('2022, no day given: it may fall outside the dates chosen.');
  await figure.getByRole('button', { name: 'Show table' }).click();
  await expect(figure.getByRole('row', { name: /^Japan/ })).toContainText('2022, no day given');
  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('menuitem', { name: 'Download CSV' }).click()]);
  const [header, first] = (await readFile((await file.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(header!.split(',')).toContain('Standing');
  expect(first).toMatch(/^Japan,JP,22500000,barrels,0\.587207,38317000,2022,"?2022, no day given"?,/);
  // Once To is past 2022 they are within the dates again.
  await page.goto('/?to=2022-12-31');
  await expect(oil(page).getByRole('img', { name: /^Japan/ })).toHaveAccessibleName('Japan: 22,500,000 barrels · 58.7% of the four’s 38,317,000 barrels');
});

test('with no country chosen, the oil figure keeps only its sentence: no total cited, no table, no footer', async ({ page }) => {
  await page.goto('/?countries=');
  const figure = oil(page);
  await expect(figure.getByRole('status')).toHaveText('No country is selected. Choose one or more under Countries in the filters.');
  await expect(figure).not.toContainText('38,317,000');
  await expect(figure.getByRole('button', { name: 'Show table' })).toHaveCount(0);
  await expect(figure).not.toContainText('Source:');
});
