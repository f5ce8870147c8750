import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const claimRows = (page: Page) => claims(page).locator('tbody tr[data-claim-id]');
const row = (page: Page, text: string | RegExp) => claimRows(page).filter({ hasText: text });
const detail = (page: Page) => page.getByRole('complementary');

async function loadSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, 'over 800,000 Afghans')).toBeVisible();
}

test('Export right after typing a search exports what the search box says', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await expect(claimRows(page)).toHaveCount(18);

  // No waiting for the table to catch up: Export at once.
  await page.getByLabel('Search claims').fill('diplomat');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = path.join(claimdesk.dataDir, 'diplomat.csv');
  await (await download).saveAs(file);
  const records = parse(fs.readFileSync(file, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
  // The same six claims the table then shows.
  await expect(claimRows(page)).toHaveCount(6);
  expect(records).toHaveLength(6);
  for (const record of records) expect(`${record['Claim']} ${record['Speaker']}`.toLowerCase()).toContain('diplomat');
});

test('a half-typed note and source stay with their claim when the selection moves away and back', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  // By role: a textarea mounted with a draft holds it as text content too, which getByLabel's exact match would count.
  const note = page.getByRole('textbox', { name: 'Note', exact: true });

  await row(page, 'The Taliban government denies').click();
  await note.fill('Call the spokesman back on Monday');
  await page.getByLabel('Source URL').fill('https://example.org/statement');
  await page.getByLabel('Source title').fill('Spokesman statement');

  // Away with the mouse: the next claim has its own, empty, fields.
  await row(page, 'over 800,000 Afghans').click();
  await expect(detail(page)).toContainText('over 800,000 Afghans');
  await expect(note).toHaveValue('');
  await expect(page.getByLabel('Source URL')).toHaveValue('');

  // Back: everything as it was left.
  await row(page, 'The Taliban government denies').click();
  await expect(note).toHaveValue('Call the spokesman back on Monday');
  await expect(page.getByLabel('Source URL')).toHaveValue('https://example.org/statement');
  await expect(page.getByLabel('Source title')).toHaveValue('Spokesman statement');

  // Away and back with j / k, too.
  await claims(page).focus();
  await page.keyboard.press('j');
  await expect(note).toHaveValue('');
  await page.keyboard.press('k');
  await expect(row(page, 'The Taliban government denies')).toHaveAttribute('aria-current', 'true');
  await expect(note).toHaveValue('Call the spokesman back on Monday');

  // Added: the draft is gone for good.
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(detail(page).locator('.note__body')).toHaveText(['Call the spokesman back on Monday']);
  await expect(note).toHaveValue('');
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('link', { name: 'Spokesman statement' })).toBeVisible();
  await expect(page.getByLabel('Source URL')).toHaveValue('');
  await row(page, 'over 800,000 Afghans').click();
  await row(page, 'The Taliban government denies').click();
  await expect(detail(page).locator('.note__body')).toHaveText(['Call the spokesman back on Monday']);
  await expect(note).toHaveValue('');
  await expect(page.getByLabel('Source URL')).toHaveValue('');
  await expect(page.getByLabel('Source title')).toHaveValue('');
});

test('a source address that is not http(s) is shown as text, never as a link', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await row(page, 'The Taliban government denies').click();
  // (The panel must show the claim before its form is filled: a form filled for the claim before is reset when it does.)
  await expect(detail(page)).toContainText('The Taliban government denies');
  await page.getByLabel('Source URL').fill('https://example.org/statement');
  await page.getByLabel('Source title').fill('Spokesman statement');
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('link', { name: 'Spokesman statement' })).toHaveAttribute('href', 'https://example.org/statement');

  // The backend refuses such addresses; should one ever arrive, the panel still does not make it clickable.
  await page.route('**/api/getClaim', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    for (const source of body.value?.sources ?? []) source.url = 'javascript:alert(document.domain)';
    await route.fulfill({ response, json: body });
  });
  await row(page, 'over 800,000 Afghans').click();
  await row(page, 'The Taliban government denies').click();
  await expect(detail(page).locator('.source__title')).toHaveText('Spokesman statement');
  await expect(page.getByRole('link', { name: 'Spokesman statement' })).toHaveCount(0);
  await expect(detail(page).locator('a[href^="javascript:"]')).toHaveCount(0);
});

test('the Notes · Sources column is not offered for sorting; the others are', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  const counts = claims(page).getByRole('columnheader', { name: /Notes/ });
  await expect(counts).toHaveCount(1);
  await expect(counts.getByRole('button')).toHaveCount(0);
  await expect(counts.locator('.claims__arrow')).toHaveCount(0);
  await expect(counts).not.toHaveCSS('cursor', 'pointer');
  for (const name of ['#', 'Claim', 'Speaker', 'Status', 'Reviewed by']) {
    await expect(claims(page).getByRole('columnheader', { name, exact: true }).getByRole('button')).toHaveCount(1);
  }
});
