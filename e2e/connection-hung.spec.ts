import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { articlePane, claimRows, lostConnection, startWorkbench, stop } from './connection-workbench';
import { saveScreenshot } from './screenshots';

/**
 * A server that takes the connection and never answers — here the real one,
 * paused with SIGSTOP — is found after the answer timeout (15 s; one second
 * here, through the page's test hook), with the lost-connection message; a
 * server that answers slowly, and a long job, are waited for.
 */

const ANSWER_TIMEOUT_MS = 1000;
const NOT_ANSWERING = 'The server is not answering';

async function withTimeoutHook(page: Page): Promise<void> {
  await page.addInitScript((ms) => {
    (globalThis as unknown as { __claimdeskAnswerTimeoutMs: number }).__claimdeskAnswerTimeoutMs = ms;
  }, ANSWER_TIMEOUT_MS);
}

/** A workbench with the short answer timeout, in a fresh workspace; the server is stopped (even if paused) and the workspace removed after `body`. */
async function withWorkbench(page: Page, body: (child: ChildProcess) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-e2e-connection-hung-'));
  let child: ChildProcess | null = null;
  try {
    await withTimeoutHook(page);
    ({ child } = await startWorkbench(page, dir));
    await body(child);
  } finally {
    if (child) await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a server paused mid-session: opening a claim ends in the lost-connection message saying it is not answering, not an eternal "Opening the article…"; Retry works once it runs again', async ({ page }) => {
  await withWorkbench(page, async (child) => {
    child.kill('SIGSTOP');

    await claimRows(page).filter({ hasText: '42 villages' }).click();
    // The timeout, then a probe of as long (two seconds here): within this expect's wait, which a page waiting for ever never meets.
    await expect(lostConnection(page)).toBeVisible();
    await expect(lostConnection(page)).toContainText(`Lost connection to Claimdesk. Nothing you saved is lost. ${NOT_ANSWERING}`);
    await expect(articlePane(page)).toContainText('The article could not be opened.');
    await expect(articlePane(page)).not.toContainText('Opening the article…');
    await expect(page.getByRole('alert').filter({ hasText: /reach|connection|answer/i })).toHaveCount(1);

    // Retry while it is still paused: the message stays and says so.
    await lostConnection(page).getByRole('button', { name: 'Retry' }).click();
    await expect(lostConnection(page)).toContainText('Still no answer at this address.');
    await saveScreenshot(page, 'connection-not-answering.png');

    // It runs again: Retry clears the message and the page loads what it shows.
    child.kill('SIGCONT');
    await lostConnection(page).getByRole('button', { name: 'Retry' }).click();
    await expect(lostConnection(page)).toHaveCount(0);
    await expect(articlePane(page)).toContainText('42 villages received no relief money');
  });
});

test('an import running while the server is paused is not cut off: the message shows, and when the server runs again the file goes in and the message clears', async ({ page }) => {
  await withWorkbench(page, async (child) => {
    child.kill('SIGSTOP');

    await page.locator('input[type="file"]').first().setInputFiles({
      name: 'paused-import.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Harbour works\n\nThe port authority said 17 cranes were idle for 40 days in March.'),
  });
  await expect(lostConnection(page)).toContainText(NOT_ANSWERING);
  // Several answer timeouts later the import is still waiting, not given up.
  await page.waitForTimeout(4 * ANSWER_TIMEOUT_MS);
  await expect(page.getByText('paused-import.txt', { exact: false }).first()).toBeVisible();
  await expect(page.getByText(/could not be reached|could not be imported/)).toHaveCount(0);

  child.kill('SIGCONT');
  await expect(lostConnection(page)).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('paused-import.txt: imported');
  await expect(claimRows(page).filter({ hasText: '17 cranes' })).toHaveCount(1);
  });
});

test('a server that answers slowly but is still there (a verdict queued behind a long job) is waited for: no lost-connection message, the verdict lands', async ({ page }) => {
  await withWorkbench(page, async (child) => {
    await page.route('**/api/setStatus', async (route) => {
      const response = await route.fetch();
      await new Promise((done) => setTimeout(done, 3 * ANSWER_TIMEOUT_MS));
      await route.fulfill({ response });
  });
  await claimRows(page).filter({ hasText: '42 villages' }).click();
  await expect(articlePane(page)).toContainText('42 villages received no relief money');
  await page.getByRole('button', { name: 'Verified', exact: true }).click();
  await expect(claimRows(page).filter({ hasText: '42 villages' })).toContainText('Verified', { timeout: 15_000 });
  await expect(lostConnection(page)).toHaveCount(0);
  });
});
