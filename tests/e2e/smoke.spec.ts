import { expect, test } from '@playwright/test';

test('the dashboard loads the bundled dataset', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /Indo-Pacific partners/ })).toBeVisible();
  await expect(page.getByText(/aid records/)).toBeVisible();
});
