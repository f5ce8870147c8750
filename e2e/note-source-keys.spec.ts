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

test('the source form saves with Ctrl+Enter (or ⌘+Enter) from any of its fields, as the note box does; Esc keeps what was typed and hands the keys back to the table', async ({ page, claimdesk, request }) => {
  const imported = await api<{ article: { id: number; title: string } }>(request, claimdesk, 'importArticle', {
    text: 'Ministry Report\n\nThe ministry said 4,200 families were moved in March.\n\nThe governor said the dam will open in 2027.',
    filename: 'ministry.txt',
  });
  const [first] = (await api<{ rows: Array<{ id: number }> }>(request, claimdesk, 'listClaims', { filter: { articleId: imported.article.id } })).rows;
  const sources = async () =>
    (await api<{ sources: Array<{ url: string; title: string | null; publisher: string | null; publishedOn: string | null; excerpt: string | null; stance: string }> }>(request, claimdesk, 'getClaim', { claimId: first!.id })).sources;

  await page.goto(claimdesk.url);
  await pickArticle(page, imported.article.title);
  await claims(page).focus();
  await page.keyboard.press('j');
  await expect(selectedRow(page)).toHaveAttribute('data-claim-id', String(first!.id));

  // The form shows the key, as the note box does; the date's placeholder is a format, not a date.
  const form = detail(page).locator('form.source-form');
  await expect(form.locator('.hint')).toHaveText('Ctrl+Enter');
  await expect(form.getByRole('button', { name: 'Add source' })).toHaveAttribute('aria-keyshortcuts', 'Control+Enter');
  await expect(form.getByRole('textbox', { name: 'Published on' })).toHaveAttribute('placeholder', 'YYYY-MM-DD');
  await form.getByRole('button', { name: 'Add source' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'source-form-empty.png');

  // Esc: nothing is added, the table has the keys (j moves), and `s` finds what was typed still there.
  await page.keyboard.press('s');
  await page.keyboard.type('https://example.org/draft');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Draft title');
  await page.keyboard.press('Escape');
  await expect(claims(page)).toBeFocused();
  expect(await sources()).toEqual([]);
  await page.keyboard.press('s');
  await expect(page.getByRole('textbox', { name: 'Source URL' })).toHaveValue('https://example.org/draft');
  await expect(page.getByRole('textbox', { name: 'Source title' })).toHaveValue('Draft title');

  // Every field filled, Ctrl+Enter in the Excerpt box: the whole source is added, said so, and the keys are the table's.
  await page.getByRole('textbox', { name: 'Source URL' }).fill('https://example.org/ministry-release');
  await page.getByRole('textbox', { name: 'Source title' }).fill('Ministry press release');
  await page.getByRole('textbox', { name: 'Publisher' }).fill('Ministry of Interior');
  await page.getByRole('textbox', { name: 'Published on' }).fill('2025-02-17');
  await form.getByRole('combobox', { name: 'Stance' }).selectOption('supports');
  await page.getByRole('textbox', { name: 'Excerpt' }).fill('4,200 families were relocated in March.');
  await saveScreenshot(page, 'source-form-ctrl-enter.png');
  await page.keyboard.press('Control+Enter');
  await expect(notice(page, 'Source added to claim 1.')).toBeVisible();
  await expect(claims(page)).toBeFocused();
  expect(await sources()).toEqual([
    expect.objectContaining({
      url: 'https://example.org/ministry-release',
      title: 'Ministry press release',
      publisher: 'Ministry of Interior',
      publishedOn: '2025-02-17',
      excerpt: '4,200 families were relocated in March.',
      stance: 'supports',
    }),
  ]);
  await expect(page.getByRole('textbox', { name: 'Excerpt' })).toHaveValue('');

  // ⌘+Enter from the Publisher field does the same.
  await page.keyboard.press('s');
  await page.keyboard.type('https://example.org/governor');
  await page.getByRole('textbox', { name: 'Publisher' }).focus();
  await page.keyboard.type('Governor’s office');
  await page.keyboard.press('Meta+Enter');
  await expect.poll(async () => (await sources()).map((s) => s.url).sort()).toEqual(['https://example.org/governor', 'https://example.org/ministry-release']);
  await expect(claims(page)).toBeFocused();

  // With no address Ctrl+Enter sends nothing (the Add source button is disabled too): no error, the field keeps the keys.
  await page.keyboard.press('s');
  const title = page.getByRole('textbox', { name: 'Source title' });
  await title.fill('Later report');
  await title.press('Control+Enter');
  await expect(title).toBeFocused();
  await page.getByRole('textbox', { name: 'Source URL' }).fill('https://example.org/later');
  await title.press('Control+Enter');
  await expect.poll(async () => (await sources()).length).toBe(3);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
