import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { api, articlePicker, expect, openArticleList, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const search = (page: Page) => page.getByRole('combobox', { name: 'Search articles' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
const titles = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).locator('.article-option__title');

const ARTICLES = [
  { title: 'Flood relief reaches Sindh', text: 'KARACHI - Aid reached 40 villages on Monday, officials said.\n\nThe army flew 12 sorties, a spokesman said.\n\nRoads to Dadu remain closed, police said.', reviewed: 0 },
  { title: 'Torkham border crossing reopens', text: 'PESHAWAR - The crossing reopened on Tuesday, customs officials said.\n\nAbout 900 trucks crossed by noon, traders said.', reviewed: 2 },
  { title: 'Wheat prices rise in Punjab', text: 'LAHORE - Flour rose 15% in a week, the bureau of statistics said.\n\nMills blamed the fuel price, an association said.\n\nThe province released 10,000 tonnes of stock, a minister said.\n\nBakers plan a strike on Friday, their union said.', reviewed: 1 },
];

test('the article list: every article with its date and progress, found by typing, sorted by progress, picked from the keyboard', async ({ page, claimdesk, request }) => {
  for (const a of ARTICLES) {
    const { article } = await api<{ article: { id: number } }>(request, claimdesk, 'importArticle', { text: a.text, title: a.title });
    const { rows } = await api<{ rows: Array<{ id: number }> }>(request, claimdesk, 'listClaims', { filter: { articleId: article.id } });
    for (const row of rows.slice(0, a.reviewed)) await api(request, claimdesk, 'setStatus', { claimId: row.id, status: 'verified' });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(claimdesk.url);
  await expect(claims(page)).toBeVisible();

  // Newest import first, each with its progress; All articles on top.
  await openArticleList(page);
  await expect(search(page)).toBeFocused();
  await expect(titles(page)).toHaveText(['All articles', 'Wheat prices rise in Punjab', 'Torkham border crossing reopens', 'Flood relief reaches Sindh']);
  await expect(options(page).nth(0)).toContainText('3 articles · reviewed 3 of 9');
  await expect(options(page).filter({ hasText: 'Wheat prices' })).toContainText('reviewed 1 of 4');
  await expect(options(page).filter({ hasText: 'Torkham' })).toContainText('reviewed 2 of 2');
  await expect(options(page).filter({ hasText: 'Flood relief' })).toContainText(/imported .* · reviewed 0 of 3/);
  await saveScreenshot(page, 'article-list-1440.png');
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).slice(0, 3) }))).toEqual([]);

  // Sorted by progress: the least reviewed first, or the most.
  await page.getByLabel('Sort articles').selectOption({ label: 'Least reviewed first' });
  await expect(titles(page)).toHaveText(['All articles', 'Flood relief reaches Sindh', 'Wheat prices rise in Punjab', 'Torkham border crossing reopens']);
  await page.getByLabel('Sort articles').selectOption({ label: 'Most reviewed first' });
  await expect(titles(page)).toHaveText(['All articles', 'Torkham border crossing reopens', 'Wheat prices rise in Punjab', 'Flood relief reaches Sindh']);

  // Typing filters (any order of words, any case); nothing found says so.
  await search(page).fill('PUNJAB wheat');
  await expect(titles(page)).toHaveText(['Wheat prices rise in Punjab']);
  await expect(page.getByRole('dialog', { name: 'Articles' })).toContainText('1 of 3 articles match');
  await search(page).fill('quetta');
  await expect(options(page)).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Articles' })).toContainText('No article’s title, file name or date has “quetta”');

  // Esc closes and gives the keyboard back to the button; nothing was picked.
  await search(page).press('Escape');
  await expect(page.getByRole('dialog', { name: 'Articles' })).toHaveCount(0);
  await expect(articlePicker(page)).toBeFocused();
  await expect(articlePicker(page)).toContainText('All articles — 9 claims');

  // ↓ opens it on the current choice, in the order last chosen (most reviewed first); ↓ Enter picks the first article, and the table has the keyboard.
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(search(page)).toHaveAttribute('aria-activedescendant', (await options(page).nth(0).getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(search(page)).toHaveAttribute('aria-activedescendant', (await options(page).nth(1).getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(articlePicker(page)).toContainText(/Torkham border crossing reopens\u2069? — 2\/2 reviewed/);
  await expect(claims(page)).toBeFocused();
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(2);

  // The sort chosen stays for the next opening; the list is fresh (a verdict given since shows).
  await page.keyboard.press('c'); // clear the first claim's verdict
  await expect(claims(page).locator('tbody tr[aria-current="true"]')).toContainText('Not reviewed');
  await openArticleList(page);
  await expect(page.getByLabel('Sort articles')).toHaveValue('most-reviewed');
  await expect(options(page).filter({ hasText: 'Torkham' })).toContainText('reviewed 1 of 2');
  await expect(options(page).filter({ hasText: 'Torkham' })).toHaveAttribute('aria-selected', 'true');

  // A click elsewhere closes it.
  await page.getByRole('table', { name: 'Claims' }).click({ position: { x: 5, y: 5 } });
  await expect(page.getByRole('dialog', { name: 'Articles' })).toHaveCount(0);

  // o opens it from the table (and is not typed into its search box); Enter shows the article found.
  await claims(page).focus();
  await page.keyboard.press('o');
  await expect(search(page)).toBeFocused();
  await expect(search(page)).toHaveValue('');
  await page.keyboard.type('wheat');
  await page.keyboard.press('Enter');
  await expect(articlePicker(page)).toContainText('Wheat prices rise in Punjab');
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(4);

  // Typing "all" keeps All articles in the list (after any article that matches), so Enter picks it.
  await claims(page).focus();
  await page.keyboard.press('o');
  await page.keyboard.type('all');
  await expect(titles(page)).toHaveText(['All articles']);
  await expect(page.getByRole('dialog', { name: 'Articles' })).toContainText('0 of 3 articles match');
  await saveScreenshot(page, 'article-list-typed-all.png');
  await page.keyboard.press('Enter');
  await expect(articlePicker(page)).toContainText('All articles — 9 claims');
  await expect(claims(page)).toBeFocused();
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(9);
  await page.keyboard.press('o');
  await page.keyboard.type('ALL art');
  await expect(titles(page)).toHaveText(['All articles']);
  await page.keyboard.type('x');
  await expect(options(page)).toHaveCount(0);
  await search(page).press('Escape');

  // At 1024 × 768 the list fits on screen beside the bar.
  await page.setViewportSize({ width: 1024, height: 768 });
  await openArticleList(page);
  const box = (await page.getByRole('dialog', { name: 'Articles' }).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  await saveScreenshot(page, 'article-list-1024.png');
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} two articles with the same title are told apart: import time, file name, claims`, async ({ page, claimdesk, request }) => {
    const twin = (file: string, text: string) =>
      api(request, claimdesk, 'importArticle', { bytesBase64: Buffer.from(text).toString('base64'), filename: file, title: 'Flood relief reaches Sindh' });
    await twin('sindh-monday.txt', ARTICLES[0]!.text);
    await twin('sindh-tuesday.txt', ARTICLES[2]!.text);
    await api(request, claimdesk, 'importArticle', { text: ARTICLES[1]!.text, title: ARTICLES[1]!.title });
    await page.setViewportSize(size);
    await page.goto(claimdesk.url);
    await expect(claims(page)).toBeVisible();
    await openArticleList(page);
    const twins = options(page).filter({ hasText: 'Flood relief reaches Sindh' });
    await expect(twins).toHaveCount(2);
    const facts = twins.locator('.article-option__facts');
    await expect(facts.nth(0)).toHaveText(/^imported \d{4}-\d\d-\d\d \d\d:\d\d:\d\d · sindh-tuesday\.txt$/);
    await expect(twins.nth(0)).toContainText('sindh-tuesday.txt · reviewed 0 of 4');
    await expect(facts.nth(1)).toHaveText(/^imported \d{4}-\d\d-\d\d \d\d:\d\d:\d\d · sindh-monday\.txt$/);
    await expect(twins.nth(1)).toContainText('sindh-monday.txt · reviewed 0 of 3');
    await saveScreenshot(page, `article-list-twins-${size.width}.png`);
    // The line is not cut: it fits its row.
    for (const i of [0, 1]) expect(await facts.nth(i).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expect(twins.nth(0).locator('.article-option__meta')).toHaveAttribute('title', /File: sindh-tuesday\.txt\n4 claims, 0 reviewed$/);
    // A title no other article has keeps its short line.
    await expect(options(page).filter({ hasText: 'Torkham' }).locator('.article-option__facts')).toHaveText(/^imported [^:·]+$/);
  });
}
