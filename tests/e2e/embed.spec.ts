import { expect, test } from '@playwright/test';

// A page the test serves has no address, so Chromium takes it for a public site framing this
// machine and blocks the frame; that check is about local networks, not about the embed.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
    ],
  },
});

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught in the page: ${error.message}`);
  });
});

test('Embed gives an <iframe> whose page shows exactly that one figure with the link’s filters', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?countries=JP,KR&from=2022-01-01&to=2022-12-31');
  const figure = page.getByRole('figure', { name: /Oil/ });
  await figure.getByRole('button', { name: 'Embed' }).click();
  const snippet = await figure.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+" title="Oil released from emergency stocks — NATO’s Indo-Pacific partners and Ukraine" width="100%" height="\d+"[^>]*><\/iframe>\n<script>[^<]+<\/script>$/);
  const src = snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  expect(new URL(src).pathname).toBe('/embed.html');
  expect(new URL(src).search).toBe('?view=oil&countries=JP,KR&from=2022-01-01&to=2022-12-31');

  // The snippet as another site's page would hold it, in a column 480 px wide: "localhost" is
  // another origin than the dashboard's 127.0.0.1 (and, like it, on this machine).
  const dashboardOrigin = new URL(src).origin;
  const newsletter = `http://localhost:${new URL(src).port}/newsletter`;
  await page.route(newsletter, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><main style="width:480px">${snippet}</main>` }));
  await page.goto(newsletter);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('figure')).toHaveCount(1);
  const embedded = frame.getByRole('figure', { name: /Oil/ });
  await expect(embedded.getByRole('img', { name: /^Japan/ })).toBeVisible();
  await expect(embedded.getByRole('img', { name: /^South Korea/ })).toBeVisible();
  await expect(embedded.getByRole('img', { name: /^Australia/ })).toHaveCount(0);
  // It fits the frame's width: nothing wider than the column.
  expect((await embedded.boundingBox())!.width).toBeLessThanOrEqual(480);
  await expect(frame.getByText(/^Source: Lynch, East-West Center \(APB Series\) — undated; events to 5 May 2022\.$/)).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Open in the dashboard' })).toHaveAttribute('href', `${dashboardOrigin}/?countries=JP,KR&from=2022-01-01&to=2022-12-31`);
  await expect(frame.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);
  // The snippet's script sizes the frame to the embedded page's content: the whole figure shows, with no scrolling inside.
  const embedFrame = page.frames().find((f) => f.url().includes('/embed.html'))!;
  await expect
    .poll(async () => {
      const inner = await embedFrame.evaluate(() => document.body.getBoundingClientRect().height);
      const outer = await page.locator('iframe').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
      return Math.abs(outer - inner) <= 24 && outer > 300;
    })
    .toBe(true);
});

test('the embed page follows the reader’s colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/embed.html?view=aid&countries=KR&types=humanitarian&from=2022-01-01&to=2022-12-31');
  const figure = page.getByRole('figure', { name: /Aid/ });
  await expect(figure.getByRole('img', { name: /South Korea, Humanitarian/ })).toBeVisible();
  // The dark theme's page colour (#0f1215) and its humanitarian blue (#56B4E9) for the bar.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(15, 18, 21)');
  await expect(figure.locator('[fill="#56B4E9"]').first()).toBeAttached();
});

// What each embed's footer names: the documents behind what it draws.
const EMBEDS = [
  { view: 'aid', figure: /Aid/, sources: /^Sources: Lynch, East-West Center \(APB Series\) — undated; events to 5 May 2022; Goto, Wilson Center/ },
  { view: 'aid-over-time', figure: /Stated aid over time/, sources: /^Sources: Lynch, East-West Center \(APB Series\) — undated; events to 5 May 2022; Goto, Wilson Center/ },
  { view: 'oil', figure: /Oil/, sources: /^Source: Lynch, East-West Center \(APB Series\) — undated; events to 5 May 2022\.$/ },
  { view: 'milestones', figure: /Milestones/i, sources: /^Sources: .*Lynch, East-West Center \(APB Series\).*“Relations with partners in the Indo-Pacific region” \(NATO topic page\)/ },
] as const;

for (const embed of EMBEDS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the ${embed.view} embed at 420 px (${scheme}) is the chart, its title and a footer naming its sources, with one menu and one link`, async ({ page }) => {
      await page.setViewportSize({ width: 420, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/embed.html?view=${embed.view}`);
      const figure = page.getByRole('figure', { name: embed.figure });
      await expect(figure).toBeVisible();
      await expect(page.getByText(embed.sources)).toBeVisible();
      await expect(page.getByText('Every figure is quoted from its source.')).toHaveCount(0);
      // No switches, no table toggle, no second menu or row of buttons.
      await expect(page.getByRole('radio')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Show table|Zoom in|Copy image|Cite|Embed/ })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Download', exact: true })).toHaveCount(1);
      await expect(page.getByRole('link')).toHaveCount(1);
      await expect(page.getByRole('link')).toHaveText('Open in the dashboard');
      // No lines of notes beside the legend, nor notes about the page's controls; at most one "Note:" line, in the footer.
      await expect(figure.getByText(/^Solid: the stated total|Not affected by the aid-type filter|Choose “Donor’s own dollar”/).filter({ visible: true })).toHaveCount(0);
      expect(await figure.getByRole('paragraph').filter({ hasText: /^Note:/, visible: true }).count()).toBeLessThanOrEqual(1);
      // The one menu still saves the figure.
      await page.getByRole('button', { name: 'Download', exact: true }).click();
      await expect(page.getByRole('menuitem', { name: 'Download PNG' })).toBeVisible();
    });
  }
}

test('the aid embed carries the caveats the dashboard gives: how a bare “$” was read, the AUD/NZD difference, “~” and the broken bar', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto('/embed.html?view=aid');
  const note = page.getByRole('figure', { name: /Aid/ }).getByRole('paragraph').filter({ hasText: /^Note:/ });
  await expect(note).toBeVisible();
  await expect(note).toContainText('Printed with a bare “$”; read as US dollars.');
  // 2022 average rates in the reference file: 1.44 A$ and 1.57 NZ$ per US$, so 30.6% and 36.3% less in US$.
  await expect(note).toContainText('Australia and New Zealand’s figures may be in their own dollars');
  await expect(note).toContainText('AUD 30.6% less');
  await expect(note).toContainText('~ nearly or about, as the source words it.');
  await expect(note).toContainText('Japan’s financial bar runs past the axis, drawn broken');
});
