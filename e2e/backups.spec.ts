import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const row = (page: Page, text: string | RegExp) => claims(page).getByRole('row').filter({ hasText: text });
const backupsDialog = (page: Page) => page.getByRole('dialog', { name: 'Backups' });

test('back up, change more, restore the backup from the Backups dialog: the earlier state is back, and the restore can be undone', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, 'over 800,000 Afghans')).toBeVisible();
  await row(page, 'over 800,000 Afghans').click();
  await page.keyboard.press('d');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed');

  // Reached from the keyboard: the top bar's Backups button takes focus and Enter.
  await page.getByRole('button', { name: 'Backups' }).focus();
  await page.keyboard.press('Enter');
  const dialog = backupsDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('No backups yet.');
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Backed up and verified.');
  const handMade = dialog.getByRole('row').filter({ hasText: 'Made by hand' });
  await expect(handMade).toHaveCount(1);
  await expect(handMade).toContainText('KB');
  await expect(handMade.getByRole('cell').nth(3)).toHaveText('18');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // More work after the backup.
  await row(page, 'over 800,000 Afghans').click();
  await page.keyboard.press('v');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Verified');
  await row(page, /^.*Pakistan/).first().click();
  await page.keyboard.press('u');

  await page.getByRole('button', { name: 'Backups' }).click();
  await dialog.getByRole('row').filter({ hasText: 'Made by hand' }).getByRole('button', { name: /^Restore the backup of/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('A backup of the workspace as it is now is made first: restore that one to undo this.');
  await expect(confirm).toContainText('18 claims in 1 article');
  await saveScreenshot(page, 'backups-restore-confirm.png');
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();

  // The workbench reloads on the restored workspace.
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^Restored the backup of .*18 claims in 1 article\. .*restore that one \(Backups\) to undo this\./ })).toBeVisible();
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed');
  await expect(claims(page).getByRole('row').filter({ hasText: 'Unverified' })).toHaveCount(0);

  // The restore made a backup first, listed as such; restoring it undoes the restore.
  await page.getByRole('button', { name: 'Backups' }).click();
  const beforeRestore = dialog.getByRole('row').filter({ hasText: 'Before a restore' });
  await expect(beforeRestore).toHaveCount(1);
  await saveScreenshot(page, 'backups-dialog.png');
  await beforeRestore.getByRole('button', { name: /^Restore the backup of/ }).click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Verified');
  await expect(claims(page).getByRole('row').filter({ hasText: 'Unverified' })).toHaveCount(1);
});

test('merge a colleague’s workspace from the Backups dialog: their verdict and note arrive, the counts are reported, and a backup was made first', async ({ page, claimdesk, request }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Not reviewed');

  // The colleague's copy: this workspace backed up, then reviewed elsewhere.
  const made = await api<{ name: string }>(request, claimdesk, 'makeBackup', {});
  const colleague = path.join(claimdesk.dataDir, 'farah.sqlite');
  fs.copyFileSync(path.join(claimdesk.dataDir, 'backups', made.name), colleague);
  const theirs = new Database(colleague);
  const claim = theirs.prepare("SELECT id FROM claims WHERE text LIKE '%over 800,000 Afghans%'").get() as { id: number };
  theirs.prepare("UPDATE claims SET status = 'disputed', reviewed_by = 'Farah', reviewed_at = '2026-03-01T10:00:00.000Z' WHERE id = ?").run(claim.id);
  theirs.prepare("INSERT INTO notes (claim_id, body, author, created_at) VALUES (?, 'UNHCR counts fewer returns.', 'Farah', '2026-03-01T10:01:00.000Z')").run(claim.id);
  theirs.close();

  await page.getByRole('button', { name: 'Backups' }).click();
  await backupsDialog(page).getByLabel('Workspace file to merge').setInputFiles(colleague);
  await expect(page.getByRole('status').filter({ hasText: /^Merged farah: 0 articles added, 1 verdict taken, 0 conflicts .* 1 note, 0 sources and 0 tags added, 0 speakers set by hand taken\. To undo, restore the newest “Before a merge” backup\./ })).toBeVisible();
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed');
  await expect(row(page, 'over 800,000 Afghans')).toContainText('Farah');
  await row(page, 'over 800,000 Afghans').click();
  await expect(page.getByRole('complementary')).toContainText('UNHCR counts fewer returns.');
  await saveScreenshot(page, 'backups-merged.png');

  await page.getByRole('button', { name: 'Backups' }).click();
  await expect(backupsDialog(page).getByRole('row').filter({ hasText: 'Before a merge' })).toHaveCount(1);
});
