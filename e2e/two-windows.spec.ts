import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

// B7 (user test 2): two windows on one claim. The later save used to overwrite the other window's verdict or
// edit without a word; now it is refused, nothing changes, and the window shows the claim as it is.

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const row = (page: Page, text: string | RegExp) => claims(page).getByRole('row').filter({ hasText: text });
const alertOf = (page: Page, what: string) => page.getByRole('alert').filter({ hasText: `changed in another window, so ${what}` });

interface Detail {
  claim: { id: number; text: string; status: string; reviewedAt: string | null; reviewedBy: string | null };
}

async function openOn(page: Page, url: string, text: string) {
  await page.goto(url);
  await row(page, text).click();
  await expect(row(page, text)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('complementary')).toContainText(text);
}

test('a verdict or an edit from a window that has not seen another window’s change is refused, and the window shows that change', async ({ page, context, claimdesk, request }) => {
  const CLAIM = 'over 800,000 Afghans';
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, CLAIM)).toBeVisible();
  const id = Number(await row(page, CLAIM).getAttribute('data-claim-id'));

  const tabA = page;
  const tabB = await context.newPage();
  await openOn(tabA, claimdesk.url, CLAIM);
  await openOn(tabB, claimdesk.url, CLAIM);

  // A: Verified. B still shows it not reviewed and presses d.
  await tabA.bringToFront();
  await tabA.keyboard.press('v');
  await expect(row(tabA, CLAIM)).toContainText('Verified');
  await tabB.keyboard.press('d');
  await expect(alertOf(tabB, 'your verdict was not saved')).toBeVisible();
  let stored = await api<Detail>(request, claimdesk, 'getClaim', { claimId: id });
  expect(stored.claim).toMatchObject({ status: 'verified', reviewedBy: expect.any(String) });
  // B now shows A's verdict, so a second d is B's informed choice.
  await expect(row(tabB, CLAIM)).toContainText('Verified');
  await saveScreenshot(tabB, 'two-windows-verdict-refused.png');
  await tabB.keyboard.press('d');
  await expect(row(tabB, CLAIM)).toContainText('Disputed');
  stored = await api<Detail>(request, claimdesk, 'getClaim', { claimId: id });
  expect(stored.claim.status).toBe('disputed');

  // Claim text: both open the editor on the same text; A saves first, B's save is refused and keeps B's words.
  for (const tab of [tabA, tabB]) await tab.getByRole('group', { name: 'Edit claim' }).getByRole('button', { name: 'Edit' }).click();
  const editor = (tab: Page) => tab.getByRole('complementary').locator('textarea').first();
  await editor(tabA).press('End');
  await editor(tabA).pressSequentially(' [EDIT FROM TAB A]');
  await editor(tabA).press('Control+Enter');
  await expect(tabA.getByRole('status')).toContainText('edited');
  await editor(tabB).press('End');
  await editor(tabB).pressSequentially(' [EDIT FROM TAB B]');
  await editor(tabB).press('Control+Enter');
  await expect(alertOf(tabB, 'your edit was not saved')).toBeVisible();
  await expect(editor(tabB)).toHaveValue(/\[EDIT FROM TAB B\]$/);
  stored = await api<Detail>(request, claimdesk, 'getClaim', { claimId: id });
  expect(stored.claim.text).toMatch(/\[EDIT FROM TAB A\]$/);
  expect(stored.claim.text).not.toContain('TAB B');
  await saveScreenshot(tabB, 'two-windows-edit-refused.png');
});
