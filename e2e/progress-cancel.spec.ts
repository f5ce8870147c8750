import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { api, dataTransferOf, expect, listedArticleTitles, pickAllArticles, test } from './fixtures';
import { seedCopies } from './seed';
import { saveScreenshot } from './screenshots';

/** What listArticles gives, as far as these tests read it. */
interface Listed {
  id: number;
  title: string;
  filename: string | null;
  counts: { total: number };
}

const EVAL_ARTICLES = path.join(__dirname, '..', 'eval', 'articles');
const FILES = 40;

/** Forty distinct articles: the eval articles in turn (not the copy of the sample, which the page loads itself), each copy with a line of its own (so none is a duplicate). */
function manyArticles(): Array<{ name: string; mimeType: string; buffer: Buffer }> {
  const bases = fs.readdirSync(EVAL_ARTICLES).filter((name) => /\.(txt|md)$/.test(name) && !name.includes('sample')).sort();
  return Array.from({ length: FILES }, (_, i) => {
    const base = bases[i % bases.length]!;
    const text = fs.readFileSync(path.join(EVAL_ARTICLES, base), 'utf8');
    const name = `${String(i + 1).padStart(2, '0')}-${base}`;
    return { name, mimeType: 'text/plain', buffer: Buffer.from(`${text.trimEnd()}\n\nFiled as copy ${i + 1} of the desk's archive.\n`) };
  });
}

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const row = (page: Page, text: string) => claims(page).getByRole('row').filter({ hasText: text });
const importProgress = (page: Page) => page.getByRole('region', { name: 'Import progress' });
const exportProgress = (page: Page) => page.getByRole('region', { name: 'Export progress' });
const notice = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ }).last();

async function loadSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, 'over 800,000 Afghans')).toBeVisible();
}

test('importing 40 files shows a progress bar with counts; Cancel stops after the file in flight, and every article that went in is whole', async ({ page, browser, claimdesk, request }) => {
  test.setTimeout(180_000);
  await loadSample(page, claimdesk.url);
  const files = manyArticles();

  await page.getByLabel('Import article').setInputFiles(files);
  const progress = importProgress(page);
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(/Importing \d+ of 40 files — \d\d-/);
  const bar = progress.getByRole('progressbar', { name: 'Import progress' });
  await expect(bar).toHaveAttribute('max', '40');
  // Under way: a few files in.
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);

  // While it runs, this page and another client both read and set verdicts.
  await row(page, 'over 800,000 Afghans').click();
  await page.keyboard.press('d');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed');
  const other = await browser.newPage();
  await other.goto(claimdesk.url);
  await other.getByLabel('Search claims').fill('Islamabad also urged');
  await expect(row(other, 'Islamabad also urged')).toBeVisible();
  await row(other, 'Islamabad also urged').click();
  await other.keyboard.press('v');
  await expect(row(other, 'Islamabad also urged')).toContainText('Verified');
  await other.close();
  // Both answered before the import was over.
  await expect(progress).toBeVisible();
  await saveScreenshot(page, 'import-progress.png');

  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0, { timeout: 60_000 });
  const said = notice(page);
  await expect(said).toContainText(/Imported \d+ of 40 files; cancelled — the other \d+ were not imported\./);
  const [, imported, untried] = (await said.textContent())!.match(/Imported (\d+) of 40 files; cancelled — the other (\d+)/)!.map(Number);
  expect(imported).toBeGreaterThanOrEqual(2);
  expect(imported! + untried!).toBe(FILES);
  await saveScreenshot(page, 'import-cancelled.png');

  // Exactly the first N files went in, in order, and nothing more is started afterwards.
  const listed = async () => (await api<Listed[]>(request, claimdesk, 'listArticles', {})).filter((a) => a.filename !== 'Claimdesk sample article.txt');
  const articles = await listed();
  expect(articles.map((a) => a.filename).sort()).toEqual(files.slice(0, imported).map((f) => f.name));
  // Whole: every copy of the same eval article has the same claims as its first copy.
  const byBase = new Map<string, number>();
  for (const article of articles) {
    const base = article.filename!.slice(3);
    expect(article.counts.total).toBeGreaterThan(0);
    if (!byBase.has(base)) byBase.set(base, article.counts.total);
    expect(article.counts.total, article.filename!).toBe(byBase.get(base));
  }
  // Both verdicts given during the import are kept.
  const disputed = await api<{ rows: Array<{ text: string }> }>(request, claimdesk, 'listClaims', { filter: { status: 'disputed' } });
  expect(disputed.rows.map((c) => c.text).join(' ')).toContain('over 800,000 Afghans');
  const verified = await api<{ rows: Array<{ text: string }> }>(request, claimdesk, 'listClaims', { filter: { status: 'verified' } });
  expect(verified.rows.map((c) => c.text).join(' ')).toContain('Islamabad also urged');
  // A later look finds the same articles: no file was started after Cancel.
  await page.reload();
  await expect(claims(page).locator('tbody tr[data-claim-id]').first()).toBeVisible();
  expect((await listed()).length).toBe(imported);
});

test('exporting shows rows as they stream; Cancel aborts the download and no file is offered', async ({ page, claimdesk }) => {
  test.setTimeout(120_000);
  await loadSample(page, claimdesk.url);
  const total = seedCopies(claimdesk.dbPath, 400);
  await pickAllArticles(page);
  await expect(page.locator('.claims__range')).toContainText(`of ${total.toLocaleString('en-US')}`);

  // A slow line (Chromium's own throttling) so the download is still going when Cancel is pressed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: 64 * 1024, uploadThroughput: -1 });
  let downloads = 0;
  page.on('download', () => downloads++);

  await page.getByRole('button', { name: 'Export CSV' }).click();
  const progress = exportProgress(page);
  await expect(progress).toContainText(new RegExp(`Exporting [\\d,]+ of ${total.toLocaleString('en-US')} rows`));
  const bar = progress.getByRole('progressbar', { name: 'Export progress' });
  await expect(bar).toHaveAttribute('max', String(total));
  await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
  await saveScreenshot(page, 'export-progress.png');
  expect(Number(await bar.getAttribute('value'))).toBeLessThan(total);

  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  await expect(notice(page)).toContainText('Export cancelled; nothing was saved.');
  expect(downloads).toBe(0);

  // The app goes on answering, and a full export afterwards gives every row.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = path.join(claimdesk.dataDir, 'all.csv');
  await (await download).saveAs(file);
  await expect(notice(page)).toContainText(`Exported ${total.toLocaleString('en-US')} claims`);
  const rows = parse(fs.readFileSync(file), { bom: true, columns: true }) as unknown[];
  expect(rows.length).toBe(total);
  expect(downloads).toBe(1);
});

test('files dropped on the start screen: the workbench opens on the first article while the rest import, and the counts follow', async ({ page, claimdesk }) => {
  test.setTimeout(120_000);
  await page.goto(claimdesk.url);
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();
  const files = manyArticles().slice(0, 10);
  const dataTransfer = await dataTransferOf(
    page,
    files.map((f) => ({ name: f.name, type: f.mimeType, bytes: f.buffer })),
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });

  // The first article is open for review while the import goes on.
  await expect(claims(page).locator('tbody tr[data-claim-id]').first()).toBeVisible();
  await expect(importProgress(page)).toBeVisible();
  await expect(page.locator('.pane--article')).toContainText(files[0]!.name);
  await saveScreenshot(page, 'import-first-open.png');

  await expect(importProgress(page)).toHaveCount(0, { timeout: 90_000 });
  await expect(notice(page)).toContainText('Imported 10 of 10 files.');
  // (The article list is read again after the notice: wait for it rather than read it once.)
  await expect.poll(async () => (await listedArticleTitles(page)).length).toBe(11); // All articles, and the ten
});

test('one big file shows its phase; Cancel while it is analysed lets it go in whole and says so', async ({ page, claimdesk, request }) => {
  test.setTimeout(120_000);
  const sentences = Array.from({ length: 3000 }, (_, i) => `Officials said ${i + 1} villages were flooded in the district.`);
  await page.goto(claimdesk.url);
  await page.getByLabel('Import article').setInputFiles({ name: 'wall.txt', mimeType: 'text/plain', buffer: Buffer.from(sentences.join('\n\n'), 'utf8') });
  const progress = importProgress(page);
  await expect(progress).toContainText('Importing wall.txt — analysing…');
  // One file: the bar moves without claiming a share.
  await expect(progress.getByRole('progressbar')).not.toHaveAttribute('value');
  await saveScreenshot(page, 'import-big-file.png');
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toContainText('Cancelling — wall.txt is finishing, no further file is started');
  await expect(progress).toHaveCount(0, { timeout: 90_000 });
  await expect(notice(page)).toContainText('Imported 1 of 1 file; Cancel came during the last file, which went in whole.');
  const articles = await api<Listed[]>(request, claimdesk, 'listArticles', {});
  expect(articles.map((a) => [a.filename, a.counts.total])).toEqual([['wall.txt', 3000]]);
});

test('a server that stops answering mid-import stops the batch: one line says so, the files after it are not tried one by one', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  const files = manyArticles().slice(0, 12);
  let calls = 0;
  // A stand-in for the server killed after the third file: the network refuses every later import.
  await page.route('**/api/importArticle', async (route) => {
    calls++;
    if (calls <= 3) await route.continue();
    else await route.abort('connectionrefused');
  });
  await page.getByLabel('Import article').setInputFiles(files);
  await expect(page.getByText('Imported 3 of 12 files; stopped — the Claimdesk server could not be reached, so the other 8 were not tried (is "npm run web" still running?).')).toBeVisible({ timeout: 60_000 });
  expect(calls).toBe(4);
  await expect(importProgress(page)).toHaveCount(0);
  await saveScreenshot(page, 'import-server-gone.png');
});
