import { expect, type Page } from '@playwright/test';

type Watched = Window & { __violations?: string[] };

/** Records every Content-Security-Policy violation of a page from its first script on. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as Watched;
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** Fails when the page recorded a Content-Security-Policy violation. */
export async function expectNoCspViolations(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as Watched).__violations ?? [])).toEqual([]);
}
