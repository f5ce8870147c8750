import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const claimRows = (page: Page) => claims(page).locator('tbody tr[data-claim-id]');
const row = (page: Page, text: string) => claimRows(page).filter({ hasText: text });
const detail = (page: Page) => page.getByRole('complementary');
const toolbar = (page: Page) => page.getByRole('region', { name: 'Selected claims' });

test('tags: added on a claim and on ticked claims, filtered by, renamed into another (merged), and undone', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await row(page, 'over 800,000 Afghans').click();

  // On one claim: typed, Enter; shown as a chip; kept in the history.
  await detail(page).getByLabel('Add a tag').fill('Refugees');
  await detail(page).getByLabel('Add a tag').press('Enter');
  const chips = detail(page).getByRole('list', { name: 'Tags of this claim' });
  await expect(chips.getByRole('button', { name: 'Refugees', exact: true })).toBeVisible();
  await expect(detail(page).getByLabel('Add a tag')).toHaveValue('');
  await expect(detail(page).locator('.history')).toContainText('Tag added');
  await chips.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'tags-detail.png');

  // On two ticked claims at once, in another spelling of a new tag.
  await page.getByRole('checkbox', { name: 'Select claim 1', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Select claim 2', exact: true }).check();
  await toolbar(page).getByLabel('Tag the selected claims').fill('refugee policy');
  await toolbar(page).getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tagged 2 of 2 claims: “refugee policy”' })).toBeVisible();

  // The tag filter shows exactly the claims carrying a tag.
  await page.getByRole('button', { name: /^Tag filter/ }).click();
  await page.getByRole('combobox', { name: 'Search tags' }).fill('refugee policy');
  await page.keyboard.press('Enter');
  await expect(claimRows(page)).toHaveCount(2);

  // Renaming "Refugees" to "Refugee Policy" merges it into the other tag: three claims carry it.
  await page.getByRole('button', { name: 'Manage tags…' }).click();
  const manage = page.getByRole('dialog', { name: 'Tags' });
  await expect(manage.getByLabel('New name for Refugees')).toBeVisible();
  await manage.getByLabel('New name for Refugees').fill('Refugee Policy');
  await manage.locator('.manage-tags__row').filter({ has: page.getByLabel('New name for Refugees') }).getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged “Refugees” into “refugee policy”: 3 claims carry it.' })).toBeVisible();
  await expect(manage.locator('.manage-tags__row')).toHaveCount(1);
  await saveScreenshot(page, 'tags-manage.png');
  await manage.getByRole('button', { name: 'Close' }).click();
  await expect(claimRows(page)).toHaveCount(3);

  // One undo takes the merge back: the claim carries "Refugees" again, and the filter is back to two.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(claimRows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await row(page, 'over 800,000 Afghans').click();
  await expect(chips.getByRole('button', { name: 'Refugees', exact: true })).toBeVisible();

  // Removing it from the claim, then clicking a chip filters by it.
  await chips.getByRole('button', { name: 'Remove tag Refugees' }).click();
  await expect(chips).toHaveCount(0);
});

test('a local file as a source: attached from disk, listed with name, size and hash, downloaded back byte for byte, and refused over the limit', async ({ page, claimdesk }) => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
  const file = path.join(claimdesk.dataDir, 'ministry letter.pdf');
  fs.writeFileSync(file, pdf);
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await row(page, 'over 800,000 Afghans').click();
  await detail(page).getByLabel('Attach the file as').selectOption({ label: 'Contradicts' });
  await detail(page).getByLabel('Attach a file as a source').setInputFiles(file);
  const item = detail(page).locator('.source').filter({ hasText: 'ministry letter.pdf' });
  await expect(item).toContainText(`${pdf.length} bytes`);
  await expect(item).toContainText('sha256 ');
  await expect(item).toContainText('Contradicts');
  await item.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'source-file.png');

  const download = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Open' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('ministry letter.pdf');
  const back = path.join(claimdesk.dataDir, 'downloaded.pdf');
  await saved.saveAs(back);
  expect(fs.readFileSync(back).equals(pdf)).toBe(true);

  // Over 10 MiB: refused by name before anything is sent; the list is unchanged.
  const huge = path.join(claimdesk.dataDir, 'huge.pdf');
  fs.writeFileSync(huge, Buffer.alloc(10 * 1024 * 1024 + 1));
  await detail(page).getByLabel('Attach a file as a source').setInputFiles(huge);
  await expect(page.getByRole('alert')).toContainText('huge.pdf is 10,485,761 bytes; a source file may be at most 10,485,760 bytes');
  await expect(detail(page).locator('.source')).toHaveCount(1);
});
