// Writes the README's screenshots: node scripts/screenshots.mjs [base URL] (needs `npm run preview` running).
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = [
  { file: 'docs/dashboard-1440.png', width: 1440, scheme: 'light', search: '' },
  { file: 'docs/dashboard-1440-dark.png', width: 1440, scheme: 'dark', search: '?from=2020-01-01' },
  { file: 'docs/dashboard-768.png', width: 768, scheme: 'light', search: '?question=within&from=2022-01-01&to=2022-12-31' },
  { file: 'docs/dashboard-768-dark.png', width: 768, scheme: 'dark', search: '?dollar=local' },
  { file: 'docs/dashboard-375.png', width: 375, scheme: 'light', search: '?countries=JP,KR,AU,NZ&from=2022-01-01&to=2022-12-31' },
  { file: 'docs/dashboard-375-dark.png', width: 375, scheme: 'dark', search: '?types=military&to=2022-06-30' },
];
for (const shot of shots) {
  const page = await browser.newPage({ viewport: { width: shot.width, height: 900 }, colorScheme: shot.scheme, deviceScaleFactor: 1 });
  await page.goto(new URL(shot.search, base).href);
  await page.getByRole('figure', { name: /Aid/ }).waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: shot.file, fullPage: true });
  await page.close();
  console.log(`wrote ${shot.file}`);
}
await browser.close();
