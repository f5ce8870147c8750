import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const claimRows = (page: Page) => claims(page).locator('tbody tr[data-claim-id]');
const range = (page: Page) => page.locator('.claims__range');
const toolbar = (page: Page) => page.getByRole('region', { name: 'Selected claims' });

async function importNumbered(page: Page, url: string) {
  // 230 claims in paragraphs of ten: two pages of the table (200 a page).
  const sentences = Array.from({ length: 230 }, (_, i) => `Claim number ${i + 1} is here.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(' '));
  await page.goto(url);
  await page.getByLabel('Import article').setInputFiles({ name: 'numbered-claims.txt', mimeType: 'text/plain', buffer: Buffer.from(paragraphs.join('\n\n'), 'utf8') });
  await expect(range(page)).toHaveText('1–200 of 230');
}

test('a bulk verdict over every claim a filter matches, across two pages, is one undo step', async ({ page, claimdesk }) => {
  await importNumbered(page, claimdesk.url);
  await page.getByLabel('Status filter').selectOption({ label: 'Not reviewed' });
  await expect(range(page)).toHaveText('1–200 of 230');
  await expect(toolbar(page)).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Select all shown claims' }).check();
  await expect(toolbar(page)).toContainText('All 230 claims matching the filter selected');
  await expect(page.getByRole('checkbox', { name: 'Select claim 5', exact: true })).toBeChecked();
  await saveScreenshot(page, 'bulk-toolbar.png');
  await toolbar(page).getByRole('button', { name: 'Disputed', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '230 of 230 selected claims marked Disputed' })).toBeVisible();
  await expect(toolbar(page)).toHaveCount(0);
  // The filter now matches nothing; all 230 are Disputed, on both pages.
  await expect(range(page)).toHaveText('0–0 of 0');
  await page.getByLabel('Status filter').selectOption({ label: 'Disputed' });
  await expect(range(page)).toHaveText('1–200 of 230');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(range(page)).toHaveText('201–230 of 230');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(range(page)).toHaveText('0–0 of 0');
  await page.getByLabel('Status filter').selectOption({ label: 'Not reviewed' });
  await expect(range(page)).toHaveText('1–200 of 230');
});

test('ticking rows: click, Shift+click for a range, Space for the current row, Esc to clear; then one verdict for them', async ({ page, claimdesk }) => {
  await importNumbered(page, claimdesk.url);
  await page.getByRole('checkbox', { name: 'Select claim 3', exact: true }).click();
  await expect(toolbar(page)).toContainText('1 claim selected');
  await page.getByRole('checkbox', { name: 'Select claim 6', exact: true }).click({ modifiers: ['Shift'] });
  await expect(toolbar(page)).toContainText('4 claims selected');
  for (const n of [3, 4, 5, 6]) await expect(page.getByRole('checkbox', { name: `Select claim ${n}`, exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Select claim 7', exact: true })).not.toBeChecked();

  // Space ticks the selected row (ticking never moved the selection).
  await claimRows(page).nth(9).click();
  await page.keyboard.press('Space');
  await expect(toolbar(page)).toContainText('5 claims selected');
  await page.keyboard.press('Escape');
  await expect(toolbar(page)).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Select claim 1', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Select claim 2', exact: true }).click();
  await toolbar(page).getByRole('button', { name: 'Verified', exact: true }).click();
  await expect(claimRows(page).nth(0)).toContainText('Verified');
  await expect(claimRows(page).nth(1)).toContainText('Verified');
  await expect(claimRows(page).nth(2)).toContainText('Not reviewed');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', 'Undo Verified for the selected claims (Ctrl+Z)');
});
