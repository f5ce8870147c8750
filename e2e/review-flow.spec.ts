import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const current = (page: Page) => claims(page).locator('tbody tr[aria-current="true"]');

test('under the "Not reviewed" filter a verdict moves the claim out and selects the next one; j goes on from there', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(18);
  await page.getByLabel('Status filter').selectOption({ label: 'Not reviewed' });
  const rows = claims(page).locator('tbody tr[data-claim-id]');
  const second = (await rows.nth(1).getAttribute('data-claim-id'))!;
  const fourth = (await rows.nth(3).getAttribute('data-claim-id'))!;
  await rows.first().click();
  await page.keyboard.press('v');
  await expect(rows).toHaveCount(17);
  await expect(current(page)).toHaveAttribute('data-claim-id', second);
  await page.keyboard.press('d');
  await expect(rows).toHaveCount(16);
  await page.keyboard.press('j');
  await expect(current(page)).toHaveAttribute('data-claim-id', fourth);
});

test('the source form reads "17 Feb 2025" and "dawn.com/…", and marks a field it cannot read at the field', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await claims(page).getByRole('row').filter({ hasText: 'over 800,000 Afghans' }).click();
  await page.getByLabel('Source URL').fill('dawn.com/news/1890231');
  await page.getByLabel('Source title').fill('Dawn report');
  await page.getByLabel('Published on').fill('02/03/2025');
  await page.getByRole('button', { name: 'Add source' }).click();
  const date = page.getByLabel('Published on');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field__error')).toContainText('is not a date Claimdesk can read');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await date.fill('17 Feb 2025');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('link', { name: 'Dawn report' })).toHaveAttribute('href', 'https://dawn.com/news/1890231');
  await expect(page.getByRole('complementary')).toContainText('2025-02-17');
});

test('Shift+E exports the table as CSV from the keyboard (e alone still edits)', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await claims(page).getByRole('row').filter({ hasText: 'over 800,000 Afghans' }).click();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Shift+E');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await page.keyboard.press('e');
  await expect(page.getByLabel('Claim text')).toBeVisible();
});
