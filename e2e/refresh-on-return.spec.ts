import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { api, articlePicker, expect, pickArticle, test } from './fixtures';
import { saveScreenshot } from './screenshots';

// Run in the page; e2e/ is typechecked without the DOM library.
declare const window: { dispatchEvent(event: unknown): boolean };
declare const document: { querySelector(selector: string): { scrollTop: number } | null };
declare const Event: new (type: string) => unknown;

const ROOT = path.join(__dirname, '..');
const claimRows = (page: Page) => page.getByRole('table', { name: 'Claims' }).locator('tbody tr[data-claim-id]');
const allCounts = (page: Page) => page.getByRole('region', { name: 'All articles counts' });

/** The window comes back to the front (from another window, another tab, a terminal). */
const comeBack = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

interface Stats {
  overall: { total: number };
  articleCount: number;
}

test('a CLI import into the open workspace shows when the window comes back: counts and list fresh, selection kept, one request when nothing changed', async ({ page, claimdesk, request }) => {
  await api(request, claimdesk, 'importArticle', { text: fs.readFileSync(path.join(ROOT, 'eval/articles/02_feature.txt'), 'utf8'), title: 'Saltmere' });
  await page.goto(claimdesk.url);
  await expect(claimRows(page).nth(2)).toBeVisible();
  await claimRows(page).nth(2).click();
  const selectedId = await claimRows(page).nth(2).getAttribute('data-claim-id');
  await expect(claimRows(page).nth(2)).toHaveAttribute('aria-current', 'true');
  // Scrolled down in the table and in the article: coming back keeps both where they are.
  const scrolled = () => page.evaluate(() => [document.querySelector('.claims__scroll')!.scrollTop, document.querySelector('.article__scroll')!.scrollTop]);
  await page.evaluate(() => {
    document.querySelector('.claims__scroll')!.scrollTop = 120;
    document.querySelector('.article__scroll')!.scrollTop = 200;
  });
  const where = await scrolled();
  expect(where[0]).toBeGreaterThan(0);
  expect(where[1]).toBeGreaterThan(0);
  const before = await api<Stats>(request, claimdesk, 'getStats', {});
  await expect(allCounts(page)).toHaveAttribute('title', `All articles: 0 of ${before.overall.total} reviewed`);

  // Another process (the CLI) imports into the same file.
  execFileSync(process.execPath, [path.join(ROOT, 'bin/claimdesk.js'), '--db', claimdesk.dbPath, '--reviewer', 'CLI', 'import', path.join(ROOT, 'eval/articles/01_wire.txt')], { stdio: 'pipe' });
  const after = await api<Stats>(request, claimdesk, 'getStats', {});
  expect(after.articleCount).toBe(2);
  expect(after.overall.total).toBeGreaterThan(before.overall.total);

  // Something changed: the table and the article are asked for again (in place, after the counts).
  const reloaded = Promise.all(['listClaims', 'getArticle'].map((op) => page.waitForResponse((r) => r.url().endsWith(`/api/${op}`))));
  await comeBack(page);
  await expect(allCounts(page)).toHaveAttribute('title', `All articles: 0 of ${after.overall.total} reviewed`);
  await reloaded;
  // The picked article and the selected claim are as they were.
  await expect(page.locator(`tbody tr[data-claim-id="${selectedId}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(articlePicker(page)).toContainText('Saltmere');
  expect(await scrolled()).toEqual(where);
  await saveScreenshot(page, 'refresh-on-return.png');

  // Nothing changed since: coming back costs one request, the counts.
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) asked.push(new URL(r.url()).pathname);
  });
  await comeBack(page);
  await expect.poll(() => asked.length).toBe(1);
  // Settled: give a wrongly sent second request the time to show.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  expect(asked).toEqual(['/api/getStats']);
});

declare const requestAnimationFrame: (callback: () => void) => number;

test('an article deleted in another tab: this tab says so when it comes back and shows the article list', async ({ page, context, claimdesk, request }) => {
  for (const [file, title] of [
    ['01_wire.txt', 'Cartel fines'],
    ['02_feature.txt', 'Saltmere'],
  ] as const) {
    await api(request, claimdesk, 'importArticle', { text: fs.readFileSync(path.join(ROOT, 'eval/articles', file), 'utf8'), title });
  }
  await page.goto(claimdesk.url);
  await pickArticle(page, 'Saltmere');
  await claimRows(page).first().click();

  const other = await context.newPage();
  await other.goto(claimdesk.url);
  await pickArticle(other, 'Saltmere');
  await other.getByRole('button', { name: 'Delete article' }).click();
  await other.getByRole('dialog', { name: 'Delete this article?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(other.getByText(/Deleted “Saltmere”/)).toBeVisible();
  await other.close();

  await page.bringToFront();
  await comeBack(page);
  await expect(page.getByText('“Saltmere” is no longer in this workspace: it was deleted, perhaps in another window. Showing all articles.')).toBeVisible();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list).toBeVisible();
  await expect(list.locator('.article-option__title')).toHaveText(['All articles', 'Cartel fines']);
  await expect(articlePicker(page)).toContainText('All articles');
  await expect(page.getByRole('heading', { level: 2, name: 'Saltmere' })).toHaveCount(0);
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await saveScreenshot(page, `refresh-article-gone-${size.width}.png`);
  }
});
