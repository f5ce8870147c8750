import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { makeDocx, makeOtherZip } from '../core/import/test-docx';
import { api, articlePicker, dataTransferOf, expect, pickAllArticles, test, type DropFile } from './fixtures';
import { saveScreenshot } from './screenshots';

const claimRows = (page: Page) => page.getByRole('table', { name: 'Claims' }).locator('tbody tr[data-claim-id]');
const NEWS_URL = 'https://www.dawnwire.example/news/2025/02/18/torkham-border-crossing-stays-shut';

test('a saved web page and a Word file imported through the file button: claims, the page address, and a bad .docx refused', async ({ page, claimdesk }) => {
  const dir = claimdesk.dataDir;
  const html = path.join(dir, 'torkham.html');
  fs.copyFileSync(path.join(__dirname, '..', 'core', 'import', 'fixtures', 'web', 'news-page.html'), html);
  const docx = path.join(dir, 'dam-memo.docx');
  fs.writeFileSync(
    docx,
    await makeDocx([
      { text: 'Dam inquiry finds cracks in spillway', style: 'Title' },
      'KARACHI - Engineers found 14 cracks in the Tarbela spillway during the winter inspection, the Water and Power Development Authority said on Monday.',
      'The repairs will cost Rs2.4 billion, according to the authority’s chairman, Sajjad Ghani.',
    ]),
  );
  const notWord = path.join(dir, 'figures.docx');
  fs.writeFileSync(notWord, await makeOtherZip());

  // The page's own images, stylesheets and scripts must never be fetched: only the app's own address is asked for.
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(claimdesk.origin) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });

  await page.goto(claimdesk.url);
  await expect(page.locator('input[type=file]').first()).toHaveAttribute('accept', /\.html,\.htm,\.docx/);
  await page.getByLabel('Import article').setInputFiles([html, docx]);
  await pickAllArticles(page);

  const trade = claimRows(page).filter({ hasText: 'Trade through Torkham was worth $1.6 billion' });
  await expect(trade).toContainText('the State Bank of Pakistan');
  await expect(claimRows(page).filter({ hasText: 'Engineers found 14 cracks in the Tarbela spillway' })).toBeVisible();
  // Nothing around the article became a claim.
  await expect(claimRows(page).filter({ hasText: /cookies|Advertisement|patriot_1971|Related stories/ })).toHaveCount(0);

  await trade.click();
  const article = page.getByRole('region', { name: 'Torkham border crossing stays shut as talks stall' });
  await expect(article.getByTestId('article-url')).toHaveText(NEWS_URL);
  await expect(article.getByRole('link', { name: 'Open ↗' })).toHaveAttribute('href', NEWS_URL);
  await expect(article).toContainText('Feb 18, 2025 · ISLAMABAD · torkham.html');
  await expect(article.locator('mark[data-claim-id]').filter({ hasText: 'Trade through Torkham' })).toHaveCount(1);
  await expect(article).not.toContainText('Share on Facebook');
  await saveScreenshot(page, 'import-web-page.png');

  // The Word file's article: no address to show.
  await claimRows(page).filter({ hasText: 'Engineers found 14 cracks' }).click();
  const memo = page.getByRole('region', { name: 'Dam inquiry finds cracks in spillway' });
  await expect(memo).toContainText('dam-memo.docx');
  await expect(memo.getByTestId('article-url')).toHaveCount(0);
  await saveScreenshot(page, 'import-word-file.png');

  // A zip that is not a Word document: a named error, the file named once, nothing added.
  await pickAllArticles(page);
  const before = (await articlePicker(page).textContent()) ?? '';
  expect(before).toMatch(/All articles — \d+ claims/);
  await page.getByLabel('Import article').setInputFiles([notWord]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('figures.docx: The file is a zip archive but not a Word document');
  expect((await alert.innerText()).split('figures.docx').length - 1).toBe(1);
  await saveScreenshot(page, 'import-bad-docx.png');
  await expect(articlePicker(page)).toHaveText(before);

  expect(elsewhere).toEqual([]);
});

test('web pages and Word files dropped on the window are imported like text files', async ({ page, claimdesk }) => {
  const blog: DropFile = { name: 'flood-relief.htm', type: 'text/html', bytes: fs.readFileSync(path.join(__dirname, '..', 'core', 'import', 'fixtures', 'web', 'blog-post.html')) };
  const word: DropFile = {
    name: 'field-notes.docx',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes: await makeDocx(['Flooding displaced 30,000 people in Dadu district last week, the provincial disaster authority said.']),
  };
  await page.goto(claimdesk.url);
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();
  await expect(page.locator('main')).toContainText('web pages saved from a browser (.html: the article only) or Word files (.docx)');
  await saveScreenshot(page, 'import-start-screen.png');

  const dataTransfer = await dataTransferOf(page, [blog, word]);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await pickAllArticles(page);
  await expect(claimRows(page).filter({ hasText: 'Flooding displaced 30,000 people in Dadu district' })).toBeVisible();
  await claimRows(page).filter({ hasText: 'reached 1.2 million people in August' }).click();
  const article = page.getByRole('region', { name: "Why the flood relief numbers don't add up" });
  await expect(article.getByTestId('article-url')).toHaveText('https://datadesk.example.org/2024/09/flood-relief-numbers/');
  await expect(article).not.toContainText('Leave a Reply');
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} a web page's headline shows as a heading, not as "# "; its sections too`, async ({ page, claimdesk, request }) => {
    const bytes = fs.readFileSync(path.join(__dirname, '..', 'core', 'import', 'fixtures', 'web', 'news-page.html'));
    await api(request, claimdesk, 'importArticle', { bytesBase64: bytes.toString('base64'), filename: 'torkham.html' });
    await page.setViewportSize(size);
    await page.goto(claimdesk.url);
    const text = page.locator('.article__body');
    const headline = text.getByRole('heading', { name: 'Torkham border crossing stays shut as talks stall' });
    await expect(headline).toBeVisible();
    await expect(headline).toHaveAttribute('aria-level', '3');
    // What the reader sees holds no Markdown marker; the text itself (what claims are anchored in) is unchanged.
    expect(await text.innerText()).not.toMatch(/(^|\n)#+ /);
    expect(await text.textContent()).toMatch(/^# Torkham border crossing stays shut as talks stall/);
    await page.getByRole('checkbox', { name: 'Show non-claims' }).check();
    await headline.locator('[data-claim-id]').click();
    await expect(page.locator('.detail')).toContainText('Torkham border crossing stays shut as talks stall');
    await saveScreenshot(page, `web-headline-${size.width}.png`);
  });
}
