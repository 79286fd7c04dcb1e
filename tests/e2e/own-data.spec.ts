import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectNoCspViolations, recordCspViolations } from './csp-watch';

const template = () => readFile(fileURLToPath(new URL('../../data/aid-template.csv', import.meta.url)));
const aid = (page: Page) => page.getByRole('figure', { name: /Aid/ });
const dataLine = (page: Page) => page.getByRole('region', { name: 'Dataset' });

// The spreadsheet reader runs in a worker under the page's Content-Security-Policy; nothing may be refused.
test.beforeEach(({ page }) => recordCspViolations(page));

test.afterEach(async ({ page }) => {
  await expectNoCspViolations(page);
});

async function openCsv(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Dataset file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  return page.getByRole('dialog', { name: `Map the columns of ${name}` });
}

test('the template CSV loads after mapping and shows its numbers', async ({ page }) => {
  await page.goto('/');
  await expect(aid(page)).toBeVisible();
  await aid(page).getByRole('button', { name: 'Download', exact: true }).click();
  await Promise.all([page.waitForEvent('download'), aid(page).getByRole('menuitem', { name: 'Download PNG' }).click()]);
  await expect(aid(page).getByText(/^Saved .*\.png$/)).toBeVisible();
  const dialog = await openCsv(page, 'aid-template.csv', await template());
  await expect(dialog.getByRole('combobox', { name: 'The file holds' })).toHaveValue('aid');
  await expect(dialog.getByRole('combobox', { name: 'US$ value' })).toHaveValue('6');
  await expect(dialog.getByRole('table')).toContainText('almost AU$250 million (US$167 million)');
  await dialog.getByRole('button', { name: 'Load the file' }).click();
  await expect(dataLine(page)).toContainText('Data: aid-template.csv (kept in this browser) — aid-template');
  await expect(dataLine(page)).toContainText('(4 aid records, no oil releases and no milestones)');
  // A notice about the bundled data's image does not stay with the new data.
  await expect(page.getByText(/^Saved .*\.png$/)).toHaveCount(0);
  // As of the file's last record, July 2024: South Korea's $10M and $30M of unstated purpose and New
  // Zealand's total of $11M date from 2022, over a year before, so they are lower bounds;
  // Australia: almost AU$250M, the source's US$167M.
  await expect(aid(page).getByRole('img', { name: 'South Korea, Humanitarian: at least US$10M†, as of 28 Feb 2022' })).toBeVisible();
  await expect(aid(page).getByRole('img', { name: 'South Korea, Purpose not stated: at least US$30M†, as of 7 Apr 2022' })).toBeVisible();
  await expect(aid(page).getByRole('img', { name: 'New Zealand, Military: at least US$11M†, as of 21 Mar 2022' })).toBeVisible();
  await expect(aid(page).getByRole('img', { name: 'Australia, Military: at least ~US$167M, as of Jul 2024' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('aid-template');
  await expect(page.getByRole('contentinfo')).toHaveText('Sources: Lynch, East-West Center (APB Series); Washington summit report.');

  const [download] = await Promise.all([page.waitForEvent('download'), dataLine(page).getByRole('button', { name: 'Download as JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('aid-template.json');
  const json = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(json.aid.map((r: { money: { usd: number } }) => r.money.usd)).toEqual([10_000_000, 30_000_000, 11_000_000, 167_000_000]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the mapping step has no serious or critical accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(aid(page)).toBeVisible();
    const dialog = await openCsv(page, 'bad.csv', Buffer.from('country,date,type,amount\nKR,2023-13-45,humanitarian,1\n'));
    await dialog.getByRole('button', { name: 'Load the file' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('a bad CSV names the row and the column, and the data it had stays', async ({ page }) => {
  await page.goto('/?countries=KR');
  await expect(aid(page).getByRole('img', { name: 'South Korea, Humanitarian: at least US$10M†, as of 28 Feb 2022' })).toBeVisible();
  const dialog = await openCsv(page, 'bad.csv', Buffer.from('country;date;type;amount\r\nKR;2022-02-28;humanitarian;10000000\r\nKR;2023-13-45;humanitarian;30000000\r\n'));
  await dialog.getByRole('button', { name: 'Load the file' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('bad.csv was not loaded; the dashboard still shows the data it had.');
  await expect(alert).toContainText('row 3, column date: "2023-13-45" is not a date');
  await expect(dataLine(page)).toContainText('Data: the bundled dataset');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(aid(page).getByRole('img', { name: 'South Korea, Humanitarian: at least US$10M†, as of 28 Feb 2022' })).toBeVisible();
  await expect(page).toHaveURL(/\?countries=KR$/);
});

test('a load keeps the view, and Back restores the filters of before', async ({ page }) => {
  await page.goto('/?countries=JP,KR&types=humanitarian,financial');
  await expect(aid(page)).toBeVisible();
  await (await openCsv(page, 'aid-template.csv', await template())).getByRole('button', { name: 'Load the file' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Japan is not in this dataset, so it was taken out of the selection.' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'South Korea' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Australia' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Military' })).not.toBeChecked();
  await expect(page).toHaveURL(/\?countries=KR&types=humanitarian,financial$/);

  await page.getByRole('button', { name: 'Back to bundled data' }).click();
  await expect(page.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'South Korea' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'New Zealand' })).not.toBeChecked();
  await expect(page).toHaveURL(/\?countries=JP,KR&types=humanitarian,financial$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('NATO’s Indo-Pacific partners and Ukraine');
});

test('a reload keeps the loaded dataset, and Forget removes it', async ({ page }) => {
  await page.goto('/');
  await expect(aid(page)).toBeVisible();
  await (await openCsv(page, 'aid-template.csv', await template())).getByRole('button', { name: 'Load the file' }).click();
  await expect(dataLine(page)).toContainText('Data: aid-template.csv (kept in this browser)');

  await page.reload();
  await expect(dataLine(page)).toContainText('Data: aid-template.csv (kept in this browser)');
  await expect(aid(page).getByRole('img', { name: 'Australia, Military: at least ~US$167M, as of Jul 2024' })).toBeVisible();

  await page.getByRole('button', { name: 'Forget this dataset' }).click();
  await expect(dataLine(page)).toContainText('Data: the bundled dataset');
  await expect(aid(page).getByRole('img', { name: 'Australia, Military: at least ~US$309M†, as of Jul 2024' })).toBeVisible();
  await page.reload();
  await expect(aid(page).getByRole('img', { name: 'Australia, Military: at least ~US$309M†, as of Jul 2024' })).toBeVisible();
  await expect(dataLine(page)).toContainText('Data: the bundled dataset');
  await expect(page.getByRole('button', { name: /again|Forget/ })).toHaveCount(0);
});

test('a 100,000-row CSV is read off the page, and its check can be cancelled', async ({ page }) => {
  await page.goto('/');
  await expect(aid(page)).toBeVisible();
  // Invented rows: only their number matters here, and they are never shown.
  const lines = ['country,date,type,amount'];
  for (let i = 0; i < 100_000; i++) lines.push(`${i % 2 ? 'Japan' : 'KR'},2022-${String((i % 12) + 1).padStart(2, '0')},military,${i + 1}`);
  const dialog = await openCsv(page, 'big.csv', Buffer.from(lines.join('\n')));
  await expect(dialog).toContainText('100,000 rows under a header of 4 columns, separated by commas.');
  await dialog.getByRole('button', { name: 'Load the file' }).click();
  await expect(dialog.getByRole('status')).toContainText('Checking 100,000 rows…');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(dataLine(page)).toContainText('Data: the bundled dataset');
  await expect(aid(page).getByRole('img', { name: 'Australia, Military: at least ~US$309M†, as of Jul 2024' })).toBeVisible();
});
