import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { makeBackup } from '../db/backup';
import { buildReviewedWorkspace, closeWorkspace, countRows, overwritePages, pagesOf } from '../db/testing/damage';
import { saveScreenshot } from './screenshots';
import { spawnBrowserMode, waitForAddress } from './server';

/**
 * A workspace damaged on disk (two pages of notes and one of claims
 * overwritten): browser mode still starts, the page shows the recovery
 * screen, and salvaging from it opens the salvaged workspace.
 */
test('a damaged workspace opens on the recovery screen; salvage keeps the damaged file and opens what could be read', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-e2e-recovery-'));
  const dbPath = path.join(dir, 'claimdesk.sqlite');
  closeWorkspace(buildReviewedWorkspace(dbPath, { articles: 3 }));
  const before = countRows(dbPath);
  const notes = pagesOf(dbPath, 'notes', 'leaf');
  const claims = pagesOf(dbPath, 'claims', 'leaf');
  overwritePages(dbPath, [notes[1]!, notes[notes.length - 1]!, claims[1]!], 'random');
  const damaged = fs.readFileSync(dbPath);

  const child = spawnBrowserMode(dbPath);
  try {
    const url = await waitForAddress(child);
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'This workspace is damaged' })).toBeVisible();
    await expect(page.getByText(dbPath, { exact: true })).toBeVisible();
    await expect(page.getByText('Part of the file cannot be read.')).toBeVisible();
    await page.getByText('Technical details').click();
    await expect(page.getByText(/is damaged \(/)).toBeVisible();
    await page.getByText('Technical details').click();
    // No main screen behind it, and no error pile.
    await expect(page.getByRole('table', { name: /claims/i })).toHaveCount(0);
    await saveScreenshot(page, 'recovery-screen.png');

    await page.getByRole('button', { name: 'Salvage what can be read' }).click();
    await expect(page.getByRole('heading', { name: /^Salvaged [\d,]+ rows$/ })).toBeVisible();
    const notesRow = page.getByRole('row', { name: /^Notes/ });
    const [saved, lost] = await notesRow.getByRole('cell').allTextContents();
    expect(Number(saved!.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(Number(lost!.replace(/,/g, ''))).toBeGreaterThan(0);
    await saveScreenshot(page, 'recovery-salvaged.png');

    // The damaged file is kept byte for byte beside the salvaged one.
    const kept = fs.readdirSync(dir).filter((f) => /^claimdesk\.damaged-.*\.sqlite$/.test(f));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept[0]!)).equals(damaged)).toBe(true);
    await expect(page.getByText(kept[0]!)).toBeVisible();

    await page.getByRole('button', { name: 'Open the salvaged workspace' }).click();
    await expect(page.getByRole('heading', { name: 'This workspace is damaged' })).toHaveCount(0);
    await expect(page.getByRole('grid').or(page.getByRole('table')).first()).toBeVisible();
    await saveScreenshot(page, 'recovery-opened.png');
    // The salvaged workspace holds every article and most of the claims; browser mode writes to it.
    const after = countRows(dbPath);
    expect(after.articles).toBe(before.articles);
    expect(after.claims).toBeGreaterThan(0);
    expect(after.notes).toBeLessThan(before.notes!);
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a damaged workspace with a backup: the recovery screen offers the newest good backup and restores it', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-e2e-recovery-'));
  const dbPath = path.join(dir, 'claimdesk.sqlite');
  const ws = buildReviewedWorkspace(dbPath, { articles: 2 });
  const backup = await makeBackup(ws.db, dbPath, 'daily', { now: new Date('2026-12-05T08:30:00Z') });
  closeWorkspace(ws);
  overwritePages(dbPath, [pagesOf(dbPath, 'notes', 'leaf')[0]!], 'random');

  const child = spawnBrowserMode(dbPath);
  try {
    const url = await waitForAddress(child);
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'This workspace is damaged' })).toBeVisible();
    const card = page.getByRole('region', { name: 'Restore the newest good backup' });
    await expect(card).toContainText(`${backup.claims!.toLocaleString('en')} claims in 2 articles`);
    await saveScreenshot(page, 'recovery-with-backup.png');
    await card.getByRole('button', { name: 'Restore the newest good backup' }).click();
    await expect(page.getByRole('heading', { name: /^Restored the backup of / })).toBeVisible();
    await expect(page.locator("code").filter({ hasText: /claimdesk\.sqlite\.damaged-/ })).toBeVisible();
    await page.getByRole('button', { name: 'Open the restored workspace' }).click();
    await expect(page.getByRole('heading', { name: 'This workspace is damaged' })).toHaveCount(0);
    await expect(page.getByRole('table').first()).toBeVisible();
    expect(countRows(dbPath).notes).toBe(countRows(backup.file).notes);
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
