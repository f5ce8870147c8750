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
  // Set by hand: it says so, and nothing the machine guessed about it.
  await expect(detail(page).locator('.speaker-field')).toContainText('Ana Ruiz (set by hand)');
  await expect(detail(page).locator('.speaker-field__how')).toHaveText('(set by hand)');
  await expect(detail(page).locator('.speaker-field')).not.toContainText('guessed');
  await expect(detail(page).locator('.speaker-field')).not.toContainText('a person');

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

test('the Speaker row stays one tidy row at 1,024, 1,280 and 1,440 px: a long name is cut with … (whole in its tooltip), the label beside it, Edit speaker beside the name', async ({ page, claimdesk }) => {
  const long = 'The spokesperson of the Ministry of Foreign Affairs of the Islamic Republic of Pakistan, Mumtaz Zahra Baloch';
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await row(page, 'over 800,000 Afghans').click();
  await detail(page).getByRole('button', { name: 'Edit speaker' }).click();
  await detail(page).getByLabel('Speaker', { exact: true }).fill(long);
  await page.keyboard.press('Enter');
  await expect(detail(page).locator('.speaker-field__how')).toHaveText('(set by hand)');

  for (const width of [1024, 1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    const fact = detail(page).locator('.detail__fact--speaker');
    const label = fact.locator('dt');
    const name = fact.locator('.speaker-field__name');
    const edit = fact.getByRole('button', { name: 'Edit speaker' });
    await expect(name).toHaveAttribute('title', long);
    const box = async (x: typeof fact) => (await x.boundingBox())!;
    const [l, n, e, f] = [await box(label), await box(name), await box(edit), await box(fact)];
    // One line for the name, level with the label and the button, each beside the one before.
    expect(n.height, `${width}: the name on one line`).toBeLessThan(24);
    expect(Math.abs(n.y - l.y), `${width}: the name level with the label`).toBeLessThan(6);
    expect(Math.abs(e.y + e.height / 2 - (n.y + n.height / 2)), `${width}: Edit speaker level with the name`).toBeLessThan(6);
    expect(n.x, `${width}: the name right of the label`).toBeGreaterThanOrEqual(l.x + l.width);
    expect(e.x, `${width}: Edit speaker right of the name`).toBeGreaterThanOrEqual(n.x + n.width);
    expect(e.x + e.width, `${width}: Edit speaker inside the row`).toBeLessThanOrEqual(f.x + f.width + 1);
    // Cut, not wrapped: the text is wider than the room it has.
    expect(await name.evaluate((el) => el.scrollWidth > el.clientWidth), `${width}: the name is cut with …`).toBe(true);
    await saveScreenshot(page, `speaker-row-long-${width}.png`);
  }

  // A speaker the analysis read: its kind, said to be a guess, under the name.
  await page.setViewportSize({ width: 1440, height: 900 });
  await row(page, 'The Foreign Office spokesperson').click();
  await expect(detail(page).locator('.speaker-field__how')).toHaveText(/^\s*(a person|an organisation) \(guessed\)$/);
  await expect(detail(page).locator('.speaker-field')).not.toContainText('set by hand');
  await saveScreenshot(page, 'speaker-row-read.png');
});
