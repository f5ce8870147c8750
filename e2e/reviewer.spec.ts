import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const row = (page: Page, text: string) => claims(page).getByRole('row').filter({ hasText: text });

test.describe('a fresh workspace with no reviewer name', () => {
  test.use({ reviewerName: null });

  test('the first change asks for the name, stamps nothing until it has one, then goes ahead', async ({ page, claimdesk }) => {
    await page.goto(claimdesk.url);
    // Loading an article needs no name.
    await page.getByRole('button', { name: 'Load sample article' }).click();
    await expect(row(page, 'over 800,000 Afghans')).toBeVisible();
    await expect(page.locator('.reviewer')).toContainText('not set');

    await row(page, 'over 800,000 Afghans').click();
    await page.keyboard.press('d');
    const prompt = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await expect(prompt).toBeVisible();
    await expect(page.getByLabel('Your name')).toBeFocused();
    await saveScreenshot(page, 'reviewer-prompt.png');

    // Cancel: no verdict, nothing stamped.
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await expect(prompt).toBeHidden();
    await expect(row(page, 'over 800,000 Afghans')).toContainText('Not reviewed');

    await page.keyboard.press('d');
    await expect(prompt).toBeVisible();
    await expect(prompt.getByRole('button', { name: 'Save' })).toBeDisabled();
    await page.getByLabel('Your name').fill('Farah Khan');
    await prompt.getByRole('button', { name: 'Save' }).click();
    await expect(prompt).toBeHidden();
    await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed');
    await expect(row(page, 'over 800,000 Afghans')).toContainText('Farah Khan');
    await expect(page.locator('.reviewer')).toContainText('Farah Khan');

    // Asked once: the next change goes straight through.
    await page.keyboard.press('j');
    await page.keyboard.press('v');
    await expect(prompt).toBeHidden();
    await expect(claims(page).locator('tbody tr[aria-current="true"]')).toContainText('Verified');
  });
});
