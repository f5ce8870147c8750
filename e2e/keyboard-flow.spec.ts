import type { Page } from '@playwright/test';
import { api, articlePicker, expect, test } from './fixtures';

// The e2e files are typed without the DOM library (Node's types only); the browser names one test uses in
// page.evaluate are declared here, in this module only.
declare const document: { querySelector(selector: string): { click(): void } | null; dispatchEvent(event: unknown): boolean };
declare const KeyboardEvent: new (type: string, init: { key: string; bubbles: boolean }) => unknown;

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const claimRows = (page: Page) => claims(page).locator('tbody tr[data-claim-id]');
/** The selected row of the claims table. */
const selectedRow = (page: Page) => claims(page).locator('tbody tr[aria-current="true"]');
const range = (page: Page) => page.locator('.claims__range');
const statusFilter = (page: Page) => page.getByLabel('Status filter');
const verdictButton = (page: Page, name: 'Verified' | 'Disputed' | 'Unverified') => page.getByRole('button', { name, exact: true });
const notice = (page: Page) => page.getByRole('status');

async function loadSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(claimRows(page)).toHaveCount(18);
}

async function pasteOnStartScreen(page: Page, url: string, text: string) {
  await page.goto(url);
  await page.getByLabel('Paste article text').fill(text);
  await page.getByRole('button', { name: 'Import pasted text' }).click();
}

test('after a choice in the status filter or the article picker, j/k and verdict keys work at once', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);

  // Chosen from the list (as with the mouse): the table gets the keyboard, nothing to click first.
  await statusFilter(page).focus();
  await statusFilter(page).selectOption({ label: 'Not reviewed' });
  await expect(claims(page)).toBeFocused();
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('j');
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '3');
  await page.keyboard.press('v');
  await expect(notice(page)).toContainText(/Claim \d+ marked Verified/);
  await expect(range(page)).toHaveText('1–17 of 17'); // it has left the "Not reviewed" list
  // ...and the claim that took its place is selected, not yet reviewed: the keys go on from there.
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '3');
  await expect(verdictButton(page, 'Verified')).toHaveAttribute('aria-pressed', 'false');

  // From the keyboard on the closed select: arrows step through the options (focus stays, so the
  // next arrow steps again and a typed letter never lands on a shortcut); Enter hands over to the table.
  await statusFilter(page).focus();
  await page.keyboard.press('ArrowUp');
  await expect(statusFilter(page)).toHaveValue('unverified');
  await expect(statusFilter(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(statusFilter(page)).toHaveValue('not_reviewed');
  await expect(statusFilter(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(claims(page)).toBeFocused();
  // (The table shows the list chosen once its page has come: a verdict key before then says the table is loading.)
  await expect(range(page)).toHaveText('1–17 of 17');
  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await expect(notice(page)).toContainText(/Claim \d+ marked Disputed/);
  await expect(range(page)).toHaveText('1–16 of 16');
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'false');

  // The article picker hands over the same way.
  await statusFilter(page).selectOption({ label: 'All' });
  await articlePicker(page).focus();
  await page.keyboard.press('Enter'); // opens the list on the article shown
  await expect(page.getByRole('combobox', { name: 'Search articles' })).toBeFocused();
  await page.keyboard.press('ArrowUp'); // All articles
  await page.keyboard.press('Enter');
  await expect(claims(page)).toBeFocused();
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '4');
});

test('a verdict given right after j is not undone when that claim’s details arrive late', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '2');
  // The details j asks for are answered at once (before the verdict) but reach the page late;
  // the verdict itself reaches the backend a little after them.
  let lateAnswers = 0;
  await page.route('**/api/getClaim', async (route) => {
    const response = await route.fetch();
    await new Promise((done) => setTimeout(done, 800));
    await route.fulfill({ response });
    lateAnswers++;
  });
  await page.route('**/api/setStatus', async (route) => {
    await new Promise((done) => setTimeout(done, 200));
    await route.continue();
  });

  await page.keyboard.press('j');
  await page.keyboard.press('d');
  await expect(notice(page)).toContainText(/Claim \d+ marked Disputed/);
  await expect.poll(() => lateAnswers).toBe(1);
  await page.waitForTimeout(300); // time for the page to apply the late answer, if it (wrongly) did
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '3');
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'true');
  await expect(selectedRow(page)).toContainText('Disputed');
});

test('holding j across a page boundary loses no press, nor does k on the way back', async ({ page, claimdesk }) => {
  // 230 claims in paragraphs of ten: two pages of the table (200 a page).
  const sentences = Array.from({ length: 230 }, (_, i) => `Claim number ${i + 1} is here.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(' '));
  await page.goto(claimdesk.url);
  await page.getByLabel('Import article').setInputFiles({ name: 'numbered-claims.txt', mimeType: 'text/plain', buffer: Buffer.from(paragraphs.join('\n\n'), 'utf8') });
  await expect(range(page)).toHaveText('1–200 of 230');
  await claimRows(page).first().click();
  await expect(selectedRow(page)).toContainText('Claim number 1 is here.');

  // Every page of claims now takes a while to arrive, so keys keep coming while the next page loads.
  await page.route('**/api/listClaims', async (route) => {
    await new Promise((done) => setTimeout(done, 400));
    await route.continue();
  });

  // j held down (auto-repeat): 205 presses from claim 1 end on claim 206, on the second page.
  for (let i = 0; i < 205; i++) await page.keyboard.down('j');
  await page.keyboard.up('j');
  await expect(range(page)).toHaveText('201–230 of 230');
  await expect(selectedRow(page)).toContainText('Claim number 206 is here.');
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '207');
  await expect(claims(page).locator('tbody tr[aria-current="true"]')).toHaveCount(1);

  // Ten k: back across the boundary to claim 196.
  for (let i = 0; i < 10; i++) await page.keyboard.press('k');
  await expect(range(page)).toHaveText('1–200 of 230');
  await expect(selectedRow(page)).toContainText('Claim number 196 is here.');
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '197');
});

test('an article of nothing but non-claims says why its table is empty', async ({ page, claimdesk }) => {
  await pasteOnStartScreen(page, claimdesk.url, 'Why?');
  const allHidden = page.getByText('No claims here. This article’s sentences are all non-claims (headlines, questions…): tick Show non-claims to see them.');
  const filterMiss = page.getByText('No claims match this filter.');
  await expect(allHidden).toBeVisible();
  await expect(filterMiss).toHaveCount(0);
  await expect(claimRows(page)).toHaveCount(0);

  // Show non-claims: there it is.
  await page.getByLabel('Show non-claims').check();
  await expect(claimRows(page)).toHaveCount(1);
  await expect(claimRows(page).first()).toContainText('Why?');
  await expect(allHidden).toHaveCount(0);

  // A filter that matches nothing is still called that.
  await page.getByLabel('Search claims').fill('inflation');
  await expect(filterMiss).toBeVisible();
  await expect(allHidden).toHaveCount(0);
  await page.getByLabel('Search claims').fill('');
  await page.getByLabel('Show non-claims').uncheck();
  await expect(allHidden).toBeVisible();
  await statusFilter(page).selectOption({ label: 'Verified' });
  await expect(filterMiss).toBeVisible();
  await expect(allHidden).toHaveCount(0);
});

test('Urdu paragraphs, claims and notes read right to left beside English ones', async ({ page, claimdesk }) => {
  const urdu = 'کراچی - وزیر اعلیٰ نے کہا کہ اسکول ستمبر تک کھل جائیں گے۔ اسٹیٹ بینک نے اس دعوے کی تردید کی۔';
  await pasteOnStartScreen(page, claimdesk.url, `${urdu}\n\nThe English paragraph follows the Urdu one, officials said.`);
  const paragraphs = page.locator('.article__body > p');
  await expect(paragraphs).toHaveCount(2);
  await expect(paragraphs.nth(0)).toHaveCSS('direction', 'rtl');
  await expect(paragraphs.nth(1)).toHaveCSS('direction', 'ltr');

  const urduRow = claimRows(page).filter({ hasText: 'اسٹیٹ بینک' });
  await expect(urduRow.locator('.claims__text')).toHaveCSS('direction', 'rtl');
  await expect(claimRows(page).filter({ hasText: 'The English paragraph' }).locator('.claims__text')).toHaveCSS('direction', 'ltr');

  await urduRow.click();
  const detail = page.getByRole('complementary');
  await expect(detail.locator('blockquote')).toHaveCSS('direction', 'rtl');
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill('اسٹیٹ بینک کے ترجمان سے بات کی گئی۔');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(detail.locator('.note__body')).toHaveText('اسٹیٹ بینک کے ترجمان سے بات کی گئی۔');
  await expect(detail.locator('.note__body')).toHaveCSS('direction', 'rtl');
});

test('a key pressed straight after a click acts on the claim just clicked, not the one the panel still shows', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '2');
  const first = await selectedRow(page).getAttribute('data-claim-id');
  const target = claimRows(page).nth(4);
  const targetId = await target.getAttribute('data-claim-id');
  // The key straight after the click, before the detail panel (which follows the selection one render later)
  // has caught up: it still shows the first claim when the key arrives.
  // (React applies the click's own update in a microtask; the key follows that, as a user's next keystroke would.)
  await page.evaluate(async (id) => {
    document.querySelector(`tr[data-claim-id="${id}"]`)?.click();
    await new Promise<void>((done) => queueMicrotask(done));
    await new Promise<void>((done) => queueMicrotask(done));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
  }, targetId);
  await expect(notice(page)).toContainText('Excluded');
  await expect(claimRows(page)).toHaveCount(17);
  await expect(claims(page).locator(`tbody tr[data-claim-id="${targetId}"]`)).toHaveCount(0);
  await expect(claims(page).locator(`tbody tr[data-claim-id="${first}"]`)).toHaveCount(1);
});

test('a verdict key pressed while the table is still fetching a new filter says it is loading, and changes nothing', async ({ page, claimdesk, request }) => {
  await loadSample(page, claimdesk.url);
  // "Unverified" matches nothing in the sample; "Not reviewed" is then on its way, held back.
  await statusFilter(page).selectOption({ label: 'Unverified' });
  await expect(range(page)).toHaveText('0–0 of 0');
  let release: () => void = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/api/listClaims', async (route) => {
    await held;
    await route.continue();
  });
  await statusFilter(page).selectOption({ label: 'Not reviewed' });
  await expect(claims(page)).toBeFocused();
  await page.keyboard.press('v');
  await expect(notice(page)).toContainText('The table is still loading, so no verdict was given');
  release();
  await expect(range(page)).toHaveText('1–18 of 18');
  await page.unroute('**/api/listClaims');
  // Nothing was marked.
  const verified = await api<{ total: number }>(request, claimdesk, 'listClaims', { filter: { status: 'verified' } });
  expect(verified.total).toBe(0);
});
