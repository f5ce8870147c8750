import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const claimRow = (page: Page, text: string) => claims(page).getByRole('row').filter({ hasText: text });
const detail = (page: Page) => page.getByRole('complementary', { name: 'Selected claim' });

test('a filter that matches nothing selects nothing: v/d/u change no hidden claim and say why', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await claimRow(page, 'over 800,000 Afghans').click();
  await expect(detail(page)).toContainText('over 800,000 Afghans');

  // No claim is Unverified yet: the table is empty, and so is the detail panel.
  await page.getByLabel('Status filter').selectOption({ label: 'Unverified' });
  await expect(page.getByText('No claims match this filter.')).toBeVisible();
  await expect(detail(page)).not.toContainText('over 800,000 Afghans');
  await expect(detail(page)).toContainText('Select a claim');

  for (const key of ['v', 'd', 'u', 'c']) {
    await claims(page).focus();
    await page.keyboard.press(key);
    await expect(page.getByRole('status').filter({ hasText: 'No claim selected: no claims match this filter' }).first()).toBeVisible();
  }
  await saveScreenshot(page, 'empty-filter-verdict-key.png');

  // The claim selected before is untouched.
  await page.getByLabel('Status filter').selectOption({ label: 'All' });
  await expect(claimRow(page, 'over 800,000 Afghans')).toContainText('Not reviewed');
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled();
});
