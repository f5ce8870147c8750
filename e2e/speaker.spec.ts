import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const row = (page: Page, text: string) => claims(page).locator('tbody tr[data-claim-id]').filter({ hasText: text });
const detail = (page: Page) => page.getByRole('complementary');

test('Edit speaker: set by hand, shown in the table, the Speaker filter and the CSV, kept after a reload; Esc cancels, empty clears, undo takes it back', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await row(page, 'over 800,000 Afghans').click();
  await expect(detail(page)).toContainText('not attributed');

  // Esc cancels: nothing changes, the button has the keyboard again.
  await detail(page).getByRole('button', { name: 'Edit speaker' }).click();
  await detail(page).getByLabel('Speaker', { exact: true }).fill('Nobody');
  await page.keyboard.press('Escape');
  await expect(detail(page).getByLabel('Speaker', { exact: true })).toHaveCount(0);
  await expect(detail(page).getByRole('button', { name: 'Edit speaker' })).toBeFocused();
  await expect(detail(page)).toContainText('not attributed');

  // Enter saves; letters typed are not shortcuts (v, d, u would give verdicts).
  await page.keyboard.press('Enter');
  const box = detail(page).getByLabel('Speaker', { exact: true });
  await box.fill('');
  await page.keyboard.type('UNHCR, the UN refugee agency');
  await saveScreenshot(page, 'edit-speaker.png');
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
  await expect(detail(page)).toContainText('UNHCR, the UN refugee agency (set by hand)');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('UNHCR, the UN refugee agency');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Not reviewed');
  await expect(detail(page).locator('.history')).toContainText('Speaker set by hand');

  // The Speaker filter offers it.
  await page.getByRole('button', { name: /^Speaker filter/ }).click();
  await page.getByRole('combobox', { name: 'Search speakers' }).fill('unhcr');
  await page.keyboard.press('Enter');
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(1);

  // The CSV has it in the Speaker column.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = path.join(claimdesk.dataDir, 'speaker.csv');
  await (await download).saveAs(file);
  const records = parse(fs.readFileSync(file, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
  expect(records).toHaveLength(1);
  expect(records[0]!['Speaker']).toBe('UNHCR, the UN refugee agency');

  // Kept after a reload.
  await page.reload();
  await row(page, 'over 800,000 Afghans').click();
  await expect(detail(page)).toContainText('UNHCR, the UN refugee agency (set by hand)');

  // Re-analysing the article keeps it, and the verdict given meanwhile; the notice says what changed.
  await detail(page).getByRole('button', { name: 'Verified', exact: true }).click();
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Verified');
  await page.getByRole('button', { name: 'Re-analyse article' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Re-analysed 18 claims: nothing changed\. .*1 speaker set by hand kept\./ })).toBeVisible();
  await expect(detail(page)).toContainText('UNHCR, the UN refugee agency (set by hand)');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Verified');

  // Empty clears it (by hand: the machine will not put one back); undo returns the name.
  await detail(page).getByRole('button', { name: 'Edit speaker' }).click();
  await detail(page).getByLabel('Speaker', { exact: true }).fill('');
  await detail(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(detail(page)).toContainText('not attributed (set by hand)');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(detail(page)).toContainText('UNHCR, the UN refugee agency (set by hand)');
});

test('Edit speaker: a person or an organisation, guessed from the name until the fact-checker says otherwise; kept after a reload', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await row(page, 'over 800,000 Afghans').click();
  await detail(page).getByRole('button', { name: 'Edit speaker' }).click();
  await detail(page).getByLabel('Speaker', { exact: true }).fill('Ana Ruiz');
  await page.keyboard.press('Enter');
  await expect(detail(page).locator('.speaker-field')).toContainText('Ana Ruiz (set by hand) · a person (guessed)');

  // Ana Ruiz is a consultancy here: said by hand, and no longer a guess.
  await detail(page).getByRole('button', { name: 'Edit speaker' }).click();
  await detail(page).getByLabel('The speaker is').selectOption('organization');
  await saveScreenshot(page, 'edit-speaker-kind.png');
  await detail(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(detail(page).locator('.speaker-field')).toContainText('Ana Ruiz (set by hand) · an organisation');
  await expect(detail(page).locator('.speaker-field')).not.toContainText('guessed');
  await expect(detail(page).locator('.history')).toContainText('Ana Ruiz (organization)');

  await page.reload();
  await row(page, 'over 800,000 Afghans').click();
  await expect(detail(page).locator('.speaker-field')).toContainText('Ana Ruiz (set by hand) · an organisation');
  // Opening the box again shows the choice made.
  await detail(page).getByRole('button', { name: 'Edit speaker' }).click();
  await expect(detail(page).getByLabel('The speaker is')).toHaveValue('organization');
});
