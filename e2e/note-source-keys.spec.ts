import type { Page } from '@playwright/test';
import { api, pickArticle, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const selectedRow = (page: Page) => claims(page).locator('tbody tr[aria-current="true"]');
const detail = (page: Page) => page.getByRole('complementary', { name: 'Selected claim' });
const notice = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

interface Detail {
  notes: Array<{ id: number; body: string }>;
  sources: Array<{ id: number; url: string }>;
}

test('notes and sources from the keyboard: each save says so and hands the keys back to the table; editing a note saves with Ctrl+Enter and cancels with Esc', async ({ page, claimdesk, request }) => {
  const imported = await api<{ article: { id: number; title: string } }>(request, claimdesk, 'importArticle', {
    text: 'Ministry Report\n\nThe ministry said 4,200 families were moved in March.\n\nThe governor said the dam will open in 2027.',
    filename: 'ministry.txt',
  });
  const [first] = (await api<{ rows: Array<{ id: number }> }>(request, claimdesk, 'listClaims', { filter: { articleId: imported.article.id } })).rows;
  const claimDetail = () => api<Detail>(request, claimdesk, 'getClaim', { claimId: first!.id });

  await page.goto(claimdesk.url);
  await pickArticle(page, imported.article.title);
  await claims(page).focus();
  await page.keyboard.press('j');
  await expect(selectedRow(page)).toHaveAttribute('data-claim-id', String(first!.id));

  // A new note: Ctrl+Enter saves it, says so, and the next key is a shortcut again (s: a source, not a letter in a new note).
  await page.keyboard.press('n');
  await page.keyboard.type('Called the ministry press office.');
  await page.keyboard.press('Control+Enter');
  await expect(notice(page, 'Note added to claim 1.')).toBeVisible();
  await expect(claims(page)).toBeFocused();
  await page.keyboard.press('s');
  await expect(page.getByRole('textbox', { name: 'Source URL' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue('');
  await page.keyboard.type('https://example.org/ministry-release');
  await page.keyboard.press('Enter');
  await expect(notice(page, 'Source added to claim 1.')).toBeVisible();
  await expect(claims(page)).toBeFocused();
  expect((await claimDetail()).sources.map((s) => s.url)).toEqual(['https://example.org/ministry-release']);

  // Editing the note: Ctrl+Enter saves...
  const edit = detail(page).locator('.note').getByRole('button', { name: 'Edit' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('textbox', { name: 'Edit this note' });
  await expect(box).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' They confirmed the figure.');
  await page.keyboard.press('Control+Enter');
  await expect(notice(page, 'Note on claim 1 saved.')).toBeVisible();
  await expect(box).toHaveCount(0);
  await expect(claims(page)).toBeFocused();
  expect((await claimDetail()).notes.map((n) => n.body)).toEqual(['Called the ministry press office. They confirmed the figure.']);

  // ...and Esc cancels: the box closes, the note is as it was, and the keys are the table's.
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  await page.keyboard.type(' NOT SAVED');
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(detail(page).locator('.note__body')).toHaveText('Called the ministry press office. They confirmed the figure.');
  await expect(claims(page)).toBeFocused();
  expect((await claimDetail()).notes.map((n) => n.body)).toEqual(['Called the ministry press office. They confirmed the figure.']);
  await saveScreenshot(page, 'note-source-keys.png');

  // Unlinking the source and deleting the note say so too, and hand the keys back.
  await detail(page).locator('.source').getByRole('button', { name: /Unlink/ }).focus();
  await page.keyboard.press('Enter');
  await expect(notice(page, 'Source unlinked from claim 1.')).toBeVisible();
  await expect(claims(page)).toBeFocused();
  await detail(page).locator('.note').getByRole('button', { name: 'Delete…' }).focus();
  await page.keyboard.press('Enter');
  await detail(page).locator('.note').getByRole('button', { name: 'Delete', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(notice(page, 'Note on claim 1 deleted.')).toBeVisible();
  await expect(claims(page)).toBeFocused();
  const after = await claimDetail();
  expect(after.notes).toEqual([]);
  expect(after.sources).toEqual([]);

  // The next key works from there.
  await page.keyboard.press('v');
  await expect(selectedRow(page)).toContainText('Verified');
});
