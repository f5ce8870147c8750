import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { articlePicker, dataTransferOf, listedArticleTitles, pickAllArticles, expect, test, type DropFile } from './fixtures';

const SHOTS = process.env.CLAIMDESK_SHOTS;

// The page functions below run in Chromium, but e2e/ is typechecked without the DOM library:
// the few browser names they use are declared here, in this module only.
declare const DataTransfer: new () => { items: { add(file: File): unknown }; setData(format: string, data: string): void };
declare const DragEvent: new (type: string, init: { bubbles: boolean; cancelable: boolean; dataTransfer: unknown }) => { defaultPrevented: boolean };
declare const document: { body: { dispatchEvent(event: unknown): boolean } };
declare const requestAnimationFrame: (callback: () => void) => number;

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const claimRows = (page: Page) => claims(page).locator('tbody tr[data-claim-id]');
const row = (page: Page, text: string | RegExp) => claimRows(page).filter({ hasText: text });
const articleTitle = (page: Page) => page.getByRole('heading', { level: 2 }).and(page.locator('#article-title'));
const overlay = (page: Page) => page.getByText('Drop articles to import');

const SAMPLE_TITLE = /^The federal and the Khyber Pakhtunkhaw governments are in conflict/;
const NEW_TITLE = 'Pakistan–Afghanistan talks dispute';

async function loadSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, 'over 800,000 Afghans')).toBeVisible();
}

/** Optional screenshots for a person to look at: CLAIMDESK_SHOTS=/tmp npx playwright test e2e/articles.spec.ts */
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `shots-${name}.png`) });
}

test('rename an article: saved, shown everywhere, kept after a reload; an empty title is refused', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLE);
  await shot(page, 'rename-button');

  await page.getByRole('button', { name: 'Rename article' }).click();
  const input = page.getByLabel('Article title');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue(SAMPLE_TITLE);
  await input.fill(NEW_TITLE);
  await shot(page, 'rename-input');
  await input.press('Enter');

  await expect(input).toHaveCount(0);
  await expect(articleTitle(page)).toHaveText(NEW_TITLE);
  await expect(page.getByRole('region', { name: NEW_TITLE })).toContainText('Islamabad also urged');
  await expect(page.getByRole('button', { name: 'Rename article' })).toBeFocused();
  await expect.poll(() => listedArticleTitles(page)).toContain(NEW_TITLE);

  await page.reload();
  await expect(articleTitle(page)).toHaveText(NEW_TITLE);
  expect(await listedArticleTitles(page)).toEqual(['All articles', NEW_TITLE]);

  // An empty title: the backend refuses it, the alert says why, the field stays open with what was typed.
  await page.getByRole('button', { name: 'Rename article' }).click();
  await page.getByLabel('Article title').fill('   ');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Title must not be empty');
  await expect(page.getByLabel('Article title')).toBeVisible();
  await page.reload();
  await expect(articleTitle(page)).toHaveText(NEW_TITLE);

  // Over 500 characters: refused the same way.
  await page.getByRole('button', { name: 'Rename article' }).click();
  await page.getByLabel('Article title').fill('x'.repeat(501));
  await page.getByLabel('Article title').press('Enter');
  await expect(page.getByRole('alert')).toContainText('longer than 500 characters');
  await page.getByLabel('Article title').press('Escape');
  await expect(articleTitle(page)).toHaveText(NEW_TITLE);
});

test('renaming: shortcuts stay quiet while typing, Escape cancels, the table’s article column follows', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  // A second article, so "All articles" shows an article column.
  await page.getByRole('button', { name: 'Paste text…' }).click();
  await page.getByLabel('Paste article text').fill('KABUL - Flights resumed on Tuesday, the airline said.');
  await page.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(row(page, 'Flights resumed on Tuesday')).toBeVisible();
  await pickAllArticles(page);
  await expect(articlePicker(page)).toContainText('All articles — 19 claims');
  await row(page, 'over 800,000 Afghans').click();
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLE);
  await expect(row(page, 'over 800,000 Afghans')).toContainText('The federal and the Khyber');

  // Letters typed into the title are letters, not j/k/v/d/u shortcuts; Escape puts everything back.
  await page.getByRole('button', { name: 'Rename article' }).click();
  const input = page.getByLabel('Article title');
  await input.fill('');
  await page.keyboard.type('jvdu k?');
  await expect(input).toHaveValue('jvdu k?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row(page, 'over 800,000 Afghans')).toHaveAttribute('aria-current', 'true');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Not reviewed');
  await input.press('Escape');
  await expect(input).toHaveCount(0);
  await expect(articleTitle(page)).toHaveText(SAMPLE_TITLE);
  await expect(page.getByRole('button', { name: 'Rename article' })).toBeFocused();

  // Saved with the Save button: the table's article column, the detail panel and the picker follow at once.
  await page.getByRole('button', { name: 'Rename article' }).click();
  await page.getByLabel('Article title').fill(`  ${NEW_TITLE}  `);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(articleTitle(page)).toHaveText(NEW_TITLE);
  await expect(row(page, 'over 800,000 Afghans')).toContainText(NEW_TITLE);
  await expect(page.getByRole('complementary')).toContainText(NEW_TITLE);
  await expect(row(page, 'Flights resumed on Tuesday')).not.toContainText(NEW_TITLE);
  await expect.poll(() => listedArticleTitles(page)).toContain(NEW_TITLE);
});

/** Drags the files over the page (the overlay shows), then drops them. */
async function dropFiles(page: Page, files: DropFile[], target = 'body') {
  const dataTransfer = await dataTransferOf(page, files);
  await page.dispatchEvent(target, 'dragenter', { dataTransfer });
  await page.dispatchEvent(target, 'dragover', { dataTransfer });
  await expect(overlay(page)).toBeVisible();
  await page.dispatchEvent(target, 'drop', { dataTransfer });
  await expect(overlay(page)).toHaveCount(0);
}

/** Whether the app called preventDefault on a dragover carrying files, or only text. */
async function dragoverPrevented(page: Page, kind: 'file' | 'text'): Promise<boolean> {
  return page.evaluate((what) => {
    const dataTransfer = new DataTransfer();
    if (what === 'file') dataTransfer.items.add(new File(['x'], 'x.txt', { type: 'text/plain' }));
    else dataTransfer.setData('text/plain', 'a selected sentence');
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer });
    document.body.dispatchEvent(over);
    // And off the page again, as the pointer would.
    document.body.dispatchEvent(new DragEvent('dragleave', { bubbles: true, cancelable: true, dataTransfer }));
    return over.defaultPrevented;
  }, kind);
}

test('drag and drop: files dropped on the start screen and the main screen are imported, or refused by name', async ({ page, claimdesk }) => {
  const storyPath = path.join(claimdesk.dataDir, 'wire-story.md');
  fs.writeFileSync(storyPath, '# Port reopens\n\nLONDON (Reuters) - The port reopened on Monday, officials said. Traffic rose 3.5% in a week.\n');
  const story: DropFile = { name: 'wire-story.md', type: 'text/markdown', bytes: fs.readFileSync(storyPath) };
  const binary: DropFile = { name: 'scan.txt', type: 'text/plain', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) };

  await page.goto(claimdesk.url);
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();

  // Files: the page takes the drop (the browser must not open the file instead). Text: left to the fields.
  expect(await dragoverPrevented(page, 'file')).toBe(true);
  expect(await dragoverPrevented(page, 'text')).toBe(false);
  const text = await page.evaluateHandle(() => {
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('text/plain', 'a selected sentence');
    return dataTransfer;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: text });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: text });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(overlay(page)).toHaveCount(0);

  if (SHOTS) {
    const dataTransfer = await dataTransferOf(page, [story]);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(overlay(page)).toBeVisible();
    await shot(page, 'drop-overlay-start');
    await page.dispatchEvent('body', 'dragleave', { dataTransfer });
    await expect(overlay(page)).toHaveCount(0);
  }

  // A binary file on the start screen: a named error, nothing imported.
  await dropFiles(page, [binary]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('scan.txt');
  await expect(alert).toContainText(/binary/i);
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();

  // The article: the main screen opens on its claims.
  await dropFiles(page, [story]);
  await expect(row(page, 'The port reopened on Monday')).toContainText('officials');
  await expect(row(page, 'Traffic rose 3.5% in a week')).toBeVisible();
  await expect(claimRows(page)).toHaveCount(2);
  expect(await listedArticleTitles(page)).toHaveLength(2);

  // On the main screen: the binary file again, then the same story, then a new one.
  if (SHOTS) {
    const dataTransfer = await dataTransferOf(page, [story]);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await expect(overlay(page)).toBeVisible();
    await shot(page, 'drop-overlay-main');
    await page.dispatchEvent('main', 'dragleave', { dataTransfer });
    await expect(overlay(page)).toHaveCount(0);
  }
  await dropFiles(page, [binary], 'main');
  await expect(page.getByRole('alert')).toContainText(/scan\.txt: .*binary/i);
  expect(await listedArticleTitles(page)).toHaveLength(2);

  const second: DropFile = { name: 'flights.txt', type: 'text/plain', bytes: Buffer.from('KABUL - Flights resumed on Tuesday, the airline said.\n') };
  await dropFiles(page, [story, second], 'main');
  await expect(row(page, 'Flights resumed on Tuesday')).toContainText('the airline');
  await expect(page.getByRole('status')).toContainText('wire-story.md: already imported');
  await expect.poll(() => listedArticleTitles(page)).toHaveLength(3);

  await page.reload();
  await pickAllArticles(page);
  await expect(articlePicker(page)).toContainText('All articles — 3 claims');
  await expect(row(page, 'The port reopened on Monday')).toBeVisible();
  await expect(row(page, 'Flights resumed on Tuesday')).toBeVisible();
});

test('a file over the 10 MiB limit is refused before it is read or sent, with the backend’s message', async ({ page, claimdesk }) => {
  const big = path.join(claimdesk.dataDir, 'huge-transcript.txt');
  fs.writeFileSync(big, 'a'.repeat(11 * 1024 * 1024));
  const imports: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/importArticle')) imports.push(request.url());
  });

  await page.goto(claimdesk.url);
  await page.getByLabel('Import article').setInputFiles(big);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('huge-transcript.txt: The file is 11.0 MiB; Claimdesk imports articles up to 10 MiB.');
  await expect(alert).not.toContainText('13 MiB');
  // Nothing imported, nothing sent: still the start screen.
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();
  expect(imports).toEqual([]);
  const articles = await page.request.post(`${claimdesk.origin}/api/listArticles`, { data: {}, headers: { 'X-Claimdesk-Token': claimdesk.token } });
  expect(await articles.json()).toEqual({ ok: true, value: [] });
});

test('an article with no paragraph breaks at all is laid out in blocks: a claim deep in it is shown, selected, in view', async ({ page, claimdesk }) => {
  // About 1,200 sentences in one paragraph (no blank line anywhere).
  const sentences = Array.from({ length: 1200 }, (_, i) => `Officials said ${i + 1} villages were flooded.`);
  await page.goto(claimdesk.url);
  await page.getByLabel('Import article').setInputFiles({ name: 'wall.txt', mimeType: 'text/plain', buffer: Buffer.from(sentences.join(' '), 'utf8') });
  await expect(claimRows(page).first()).toBeVisible();
  const blocks = page.locator('.article__body .article__para');
  // The article arrives after the table: wait for its blocks.
  await expect.poll(() => blocks.count()).toBeGreaterThan(5);
  // Turn to a later page of the table and pick a claim there: the article scrolls to it.
  // Four quick clicks turn four pages, even while the pages are still on their way (each takes a while here).
  await page.route('**/api/listClaims', async (route) => {
    await new Promise((done) => setTimeout(done, 300));
    await route.continue();
  });
  for (let turn = 0; turn < 4; turn++) await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.locator('.claims__range')).toHaveText('801–1,000 of 1,200');
  await page.unroute('**/api/listClaims');
  const target = row(page, 'Officials said 801 villages were flooded.');
  await target.click();
  const mark = page.locator('.article__body mark.hl--selected');
  await expect(mark).toHaveText('Officials said 801 villages were flooded.');
  await expect(mark).toBeInViewport();
  // The words of every block are the article's, in order: nothing lost or repeated at a block edge.
  const shown = (await page.locator('.article__body').textContent()) ?? '';
  expect(shown).toBe(sentences.join(' '));
});

test('a long right-to-left paragraph keeps one direction across its blocks, even where an English sentence starts one', async ({ page, claimdesk }) => {
  const urdu = 'حکام نے کہا کہ سیلاب سے 45 افراد ہلاک ہوئے۔';
  const sentences = Array.from({ length: 260 }, (_, i) => (i === 121 ? 'The army said 200 soldiers were sent.' : urdu));
  await page.goto(claimdesk.url);
  await page.getByLabel('Import article').setInputFiles({ name: 'urdu-wall.txt', mimeType: 'text/plain', buffer: Buffer.from(sentences.join(' '), 'utf8') });
  await expect(claimRows(page).first()).toBeVisible();
  const blocks = page.locator('.article__body .article__para');
  await expect.poll(() => blocks.count()).toBeGreaterThan(1);
  // Run in the page: the browser's getComputedStyle (this programme is compiled without the DOM library).
  const directions = await blocks.evaluateAll((els) =>
    els.map((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(el).direction),
  );
  expect(new Set(directions)).toEqual(new Set(['rtl']));
});
