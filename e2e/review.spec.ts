import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
/** A row of the claims table holding this text. */
const row = (page: Page, text: string | RegExp) => claims(page).getByRole('row').filter({ hasText: text });
const verdictButton = (page: Page, name: 'Verified' | 'Disputed' | 'Unverified') => page.getByRole('button', { name, exact: true });

async function loadSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, 'over 800,000 Afghans')).toBeVisible();
}

test('a fact-checker loads the sample and sees every claim beside the article', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();
  await expect(page.getByLabel('Import article')).toHaveCount(1);
  await expect(page.getByLabel('Paste article text')).toBeVisible();
  await saveScreenshot(page, 'start-screen.png');

  await page.getByRole('button', { name: 'Load sample article' }).click();
  // 18 claims; the dateline is kept but hidden.
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(18);
  await expect(row(page, 'date 2025-02-18')).toHaveCount(0);
  await expect(row(page, 'Without the federal government’s approval')).toContainText('one diplomat');
  await expect(row(page, 'The Taliban government denies these allegations')).toContainText('The Taliban government');
  await expect(page.getByRole('region', { name: /The federal and the Khyber/ })).toContainText('Islamabad also urged the interim Afghan authorities');

  // Selecting in the article selects the row, and the detail panel follows.
  await page.locator('mark', { hasText: 'Islamabad also urged' }).click();
  await expect(row(page, 'Islamabad also urged')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('complementary')).toContainText('Islamabad also urged');
});

test('triage with the mouse and the keyboard; counts follow', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);

  // Mouse: select a row, give it a verdict.
  await row(page, 'over 800,000 Afghans').click();
  await verdictButton(page, 'Disputed').click();
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'true');
  await expect(verdictButton(page, 'Verified')).toHaveAttribute('aria-pressed', 'false');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed');
  // The mouse still over it, the verdict just given keeps its fill (white text on the verdict's colour, its border's), not the hover grey.
  const pressed = await verdictButton(page, 'Disputed').evaluate((el) => {
    // The page's own getComputedStyle (the tests are typed without the DOM's globals).
    const style = (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string; borderTopColor: string; color: string } }).getComputedStyle(el);
    return { fill: style.backgroundColor, edge: style.borderTopColor, text: style.color };
  });
  expect(pressed.fill).toBe(pressed.edge);
  expect(pressed.text).toBe('rgb(255, 255, 255)');

  // Keyboard: from the top, j moves down, v/d/u give verdicts, k moves back.
  await claims(page).locator('tbody tr[data-claim-id]').first().click();
  await page.keyboard.press('v');
  await expect(claims(page).locator('tbody tr[data-claim-id]').nth(0)).toContainText('Verified');
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await expect(claims(page).locator('tbody tr[data-claim-id]').nth(1)).toContainText('Disputed');
  await page.keyboard.press('j');
  await page.keyboard.press('u');
  await expect(claims(page).locator('tbody tr[data-claim-id]').nth(2)).toContainText('Unverified');
  await page.keyboard.press('k');
  await expect(claims(page).locator('tbody tr[data-claim-id]').nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'true');

  // Status filter: done in the backend, shows exactly the matching claims.
  await page.getByLabel('Status filter').selectOption({ label: 'Disputed' });
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(2);
  await page.getByLabel('Status filter').selectOption({ label: 'Not reviewed' });
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(14);
  await page.getByLabel('Status filter').selectOption({ label: 'Verified' });
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(1);
  await page.getByLabel('Status filter').selectOption({ label: 'All' });
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(18);
  await saveScreenshot(page, 'main-screen.png');

  // Search: "/" focuses the box without typing into it.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search claims')).toBeFocused();
  await page.keyboard.type('diplomat');
  await expect(page.getByLabel('Search claims')).toHaveValue('diplomat');
  // Word-prefix search over text and speaker: diplomats, Diplomatic, diplomatic, and the two sentences "said one diplomat".
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(6);
  await expect(row(page, 'Without the federal government’s approval')).toBeVisible();
  for (const text of await claims(page).locator('tbody tr[data-claim-id]').allInnerTexts()) expect(text.toLowerCase()).toContain('diplomat');
});

test('notes and sources persist across a reload, with the history of every change', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await row(page, 'The Taliban government denies').click();

  await page.getByLabel('Note', { exact: true }).fill('Taliban spokesman statement of 2025-02-17 to be checked.');
  await page.getByRole('button', { name: 'Add note' }).click();
  // The saved note (the note box's own text holds the draft until the save is answered).
  await expect(page.getByRole('complementary').locator('.note__body')).toContainText('Taliban spokesman statement of 2025-02-17 to be checked.');

  await page.getByLabel('Source URL').fill('https://example.org/taliban-statement');
  await page.getByLabel('Source title').fill('Statement by the Islamic Emirate spokesman');
  await page.getByLabel('Stance').selectOption('contradicts');
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('link', { name: 'Statement by the Islamic Emirate spokesman' })).toHaveAttribute('href', 'https://example.org/taliban-statement');
  await verdictButton(page, 'Disputed').click();
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await row(page, 'The Taliban government denies').click();
  const detail = page.getByRole('complementary');
  await expect(detail).toContainText('Taliban spokesman statement of 2025-02-17 to be checked.');
  await expect(page.getByRole('link', { name: 'Statement by the Islamic Emirate spokesman' })).toBeVisible();
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'true');
  await expect(row(page, 'The Taliban government denies')).toContainText('1 · 1');
  // The history records the note, the source and the verdict.
  await expect(detail.getByText(/Note added/i)).toBeVisible();
  await expect(detail.getByText(/Source linked/i)).toBeVisible();
  await expect(detail.getByText(/not reviewed/i).last()).toBeVisible();
});

test('linking a saved source at an address the claim already has is refused in plain words, and the claim keeps one source', async ({ page, claimdesk, request }) => {
  await api(request, claimdesk, 'loadSample', {});
  const { rows } = await api<{ rows: Array<{ id: number; text: string }> }>(request, claimdesk, 'listClaims', { filter: {} });
  const denies = rows.find((r) => r.text.includes('The Taliban government denies'))!;
  const other = rows.find((r) => r.id !== denies.id)!;
  await api(request, claimdesk, 'addSource', { claimId: denies.id, url: 'https://example.org/taliban-statement', title: 'Spokesman statement' });
  // Another claim has the same address as a source of its own (another saved source).
  await api(request, claimdesk, 'addSource', { claimId: other.id, url: 'https://example.org/taliban-statement', title: 'Statement, saved again' });

  await page.goto(claimdesk.url);
  await row(page, 'The Taliban government denies').click();
  const detail = page.getByRole('complementary');
  await detail.getByRole('button', { name: 'Link a saved source…' }).click();
  const candidate = detail.locator('.link-saved__list li').filter({ hasText: 'Statement, saved again' });
  await candidate.getByRole('button', { name: 'Link' }).click();
  await expect(page.getByRole('alert')).toContainText(
    "This claim already has https://example.org/taliban-statement as a source, so it was not added again. Change that source's stance on the claim instead.",
  );
  await expect(detail.getByRole('link', { name: 'Spokesman statement' })).toBeVisible();
  await expect(detail.getByRole('link', { name: 'Statement, saved again' })).toHaveCount(0);
  await expect(row(page, 'The Taliban government denies')).toContainText('0 · 1');
});
