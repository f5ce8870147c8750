import type { Page } from '@playwright/test';
import { openArticleList, pickAllArticles, expect, test } from './fixtures';
import { seedCopies } from './seed';

const COPIES = 5_600; // × 18 visible claims of the sample ≈ 100,000 claims

const range = (page: Page) => page.locator('.claims__range');
const renderedRows = (page: Page) => page.getByRole('table', { name: 'Claims' }).locator('tbody tr[data-claim-id]');

test('100,000 claims: the table pages and filters in the backend and renders only what is on screen', async ({ page, claimdesk }) => {
  test.setTimeout(120_000);
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(renderedRows(page)).toHaveCount(18);
  const total = seedCopies(claimdesk.dbPath, COPIES, {
    status: "CASE a.id % 3 WHEN 0 THEN 'verified' WHEN 1 THEN 'disputed' ELSE 'unverified' END",
    reviewedBy: "CASE WHEN a.id % 2 = 0 THEN 'seed' END",
    reviewedAt: "CASE WHEN a.id % 2 = 0 THEN '2026-01-01T00:00:00.000Z' END",
  });
  expect(total).toBeGreaterThanOrEqual(100_000);

  await pickAllArticles(page);
  await expect(range(page)).toHaveText(`1–200 of ${total.toLocaleString('en-US')}`);
  // Virtualised: far fewer rows in the DOM than the page holds.
  expect(await renderedRows(page).count()).toBeLessThan(60);

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(range(page)).toHaveText(`201–400 of ${total.toLocaleString('en-US')}`);

  // The keyboard walks across the page boundary.
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(range(page)).toHaveText(`1–200 of ${total.toLocaleString('en-US')}`);
  await renderedRows(page).first().click();
  await expect(renderedRows(page).first()).toHaveAttribute('aria-current', 'true');
  for (let i = 0; i < 199; i++) await page.keyboard.press('j');
  await expect(page.locator('tr[aria-rowindex="201"]')).toHaveAttribute('aria-current', 'true'); // row 200 of page 1
  await page.keyboard.press('j');
  await expect(range(page)).toHaveText(`201–400 of ${total.toLocaleString('en-US')}`);

  // Filters and search run in SQL over all of them.
  await page.getByLabel('Status filter').selectOption({ label: 'Disputed' });
  await expect(range(page)).toHaveText(/^1–200 of [\d,]+$/);
  const disputed = Number((await range(page).textContent())!.split(' of ')[1]!.replace(/,/g, ''));
  expect(disputed).toBeGreaterThan(10_000);
  expect(disputed).toBeLessThan(total);
  await page.getByLabel('Search claims').fill('deportation');
  await expect(range(page)).not.toHaveText(`1–200 of ${disputed.toLocaleString('en-US')}`);
  await expect(renderedRows(page).first()).toContainText('deportation');
  for (const text of await renderedRows(page).allInnerTexts()) expect(text.toLowerCase()).toContain('deportation');
  await expect(renderedRows(page).first()).toContainText('Disputed');

  // The article list: 5,601 articles, only the entries in view in the page, found by typing.
  const list = await openArticleList(page);
  await expect(page.getByRole('dialog', { name: 'Articles' })).toContainText(`${(COPIES + 1).toLocaleString('en-US')} articles`);
  expect(await list.getByRole('option').count()).toBeLessThan(40);
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(COPIES + 2)); // and All articles
  await page.getByRole('combobox', { name: 'Search articles' }).fill('copy 4321)');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toContainText(/reviewed (0|18) of 18/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Show claims from/ })).toContainText('(copy 4321)');
  await page.getByLabel('Search claims').fill('');
  await page.getByLabel('Status filter').selectOption({ label: 'All' });
  await expect(range(page)).toHaveText('1–18 of 18');
});
