import type { Page } from '@playwright/test';
import { listedArticleTitles, pickArticle, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
/** The row whose claim text has `text` (not a row whose article title, shown under claims in "All articles", has it). */
const row = (page: Page, text: string | RegExp) => claims(page).getByRole('row').filter({ has: page.locator('.claims__text', { hasText: text }) });
const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
const redoButton = (page: Page) => page.getByRole('button', { name: 'Redo', exact: true });
const verdictButton = (page: Page, name: 'Verified' | 'Disputed' | 'Unverified' | 'Clear verdict') => page.getByRole('button', { name, exact: true });

async function loadSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, 'over 800,000 Afghans')).toBeVisible();
}

test('a verdict undone and redone from the keyboard and the buttons; the history says so', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  // Nothing done yet: nothing to undo (importing is not an undo step).
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();

  await row(page, 'over 800,000 Afghans').click();
  await page.keyboard.press('d');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed');
  await expect(undoButton(page)).toBeEnabled();
  await expect(undoButton(page)).toHaveAttribute('title', 'Undo verdict (Ctrl+Z)');

  await page.keyboard.press('Control+z');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Not reviewed');
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status').filter({ hasText: 'Undone: verdict.' })).toBeVisible();
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeEnabled();

  await page.keyboard.press('Control+Shift+z');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed');
  await page.keyboard.press('Control+z');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Not reviewed');
  await redoButton(page).click();
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed');
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'true');

  const history = page.getByRole('complementary').locator('.history');
  await expect(history.locator('.history__entry').first()).toContainText('Redone: Status');
  await expect(history).toContainText('Undone: Status');
  await saveScreenshot(page, 'undo-history.png');

  // In a text field Ctrl+Z is the field's own: the verdict stays.
  const note = page.getByPlaceholder('What you checked, who you called, what is still open');
  await note.click();
  await page.keyboard.type('typed');
  await page.keyboard.press('Control+z');
  await expect(note).not.toHaveValue('typed'); // the field's own undo took back some typing
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed');
  await expect(redoButton(page)).toBeDisabled();
});

test('clear verdict with c or the button, back to not reviewed, and undone', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await row(page, 'The Taliban government denies').click();
  await expect(verdictButton(page, 'Clear verdict')).toBeDisabled();
  await page.keyboard.press('v');
  await expect(row(page, 'The Taliban government denies')).toContainText('Verified');
  await expect(verdictButton(page, 'Clear verdict')).toBeEnabled();

  await page.keyboard.press('c');
  await expect(row(page, 'The Taliban government denies')).toContainText('Not reviewed');
  await expect(page.getByRole('complementary')).toContainText('Not reviewed yet');
  await expect(verdictButton(page, 'Clear verdict')).toBeDisabled();
  await expect(undoButton(page)).toHaveAttribute('title', 'Undo clear verdict (Ctrl+Z)');

  await undoButton(page).click();
  await expect(row(page, 'The Taliban government denies')).toContainText('Verified');
  await page.keyboard.press('d');
  await verdictButton(page, 'Clear verdict').click();
  await expect(row(page, 'The Taliban government denies')).toContainText('Not reviewed');
});

test('the undo list survives a reload; undoing a split brings the one claim back', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await row(page, 'over 800,000 Afghans').click();
  await page.getByLabel('Note', { exact: true }).fill('Compare with the UNHCR figures.');
  await page.getByRole('button', { name: 'Add note' }).click();
  // The saved note (the note box's own text holds the draft until the save is answered).
  await expect(page.getByRole('complementary').locator('.note__body')).toContainText('Compare with the UNHCR figures.');

  await page.reload();
  await expect(undoButton(page)).toHaveAttribute('title', 'Undo add note (Ctrl+Z)');
  await row(page, 'over 800,000 Afghans').click();
  await undoButton(page).click();
  await expect(page.getByRole('complementary').locator('.notes')).toHaveCount(0);
  await expect(page.getByRole('complementary').locator('.history')).toContainText('Undone: Note added');

  const before = await claims(page).locator('tbody tr[data-claim-id]').count();
  await row(page, 'over 800,000 Afghans').click();
  await page.keyboard.press('e');
  const editor = page.getByLabel('Claim text');
  await editor.press('Home');
  for (let i = 0; i < 10; i++) await editor.press('ArrowRight');
  await page.getByRole('button', { name: 'Split at cursor' }).click();
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(before + 1);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(before);
  await expect(row(page, 'over 800,000 Afghans')).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(before + 1);
});

test('delete an article after confirming, and undo it — also from the start screen when it was the last one', async ({ page, claimdesk, request }) => {
  await loadSample(page, claimdesk.url);
  const imported = await request.post(`${claimdesk.origin}/api/importArticle`, {
    headers: { 'x-claimdesk-token': claimdesk.token },
    data: { text: 'LONDON - Officials said 1,200 families were moved in March.\n\nThe river rose 3 metres overnight, the agency said.', filename: 'flood.txt' },
  });
  expect((await imported.json()).ok).toBe(true);
  await page.reload();
  await pickArticle(page, 'The federal');
  await expect(row(page, 'over 800,000 Afghans')).toBeVisible();

  // Cancel changes nothing.
  await page.getByRole('button', { name: 'Delete article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this article?' });
  await expect(dialog).toContainText('18 claims');
  await saveScreenshot(page, 'delete-article.png');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'over 800,000 Afghans')).toBeVisible();

  await page.getByRole('button', { name: 'Delete article' }).click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Deleted “The federal.*” and its 18 claims/ })).toBeVisible();
  await expect(row(page, 'over 800,000 Afghans')).toHaveCount(0);
  await expect(row(page, '1,200 families')).toBeVisible();
  // (The article list is reloaded beside the table, and may come a moment after it: looked at until it has.)
  await expect.poll(async () => (await listedArticleTitles(page)).filter((t) => t.startsWith('The federal'))).toHaveLength(0);

  await undoButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: delete article.' })).toBeVisible();
  await expect.poll(async () => (await listedArticleTitles(page)).filter((t) => t.startsWith('The federal'))).toHaveLength(1);

  // The last article deleted: the start screen offers the undo.
  for (const title of ['The federal', 'Officials said']) {
    await pickArticle(page, title);
    await page.getByRole('button', { name: 'Delete article' }).click();
    await page.getByRole('dialog', { name: 'Delete this article?' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  await page.reload();
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo delete article' }).click();
  await expect(row(page, '1,200 families')).toBeVisible();
});
