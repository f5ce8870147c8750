import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { spawnBrowserMode, waitForAddress } from './server';
import { articlePane, claimRows, lostConnection, startWorkbench, stop } from './connection-workbench';

/**
 * Browser mode's server stops (killed, or started again with a new token)
 * while the page is open: the page says so once, in a message that stays,
 * with Retry; nothing waits forever on "Opening the article…".
 */

test('the server killed while the page is open: opening an article shows one lasting lost-connection message with Retry, and no eternal "Opening the article…"', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-e2e-connection-'));
  let child: ChildProcess | null = null;
  try {
    ({ child } = await startWorkbench(page, dir));
    await expect(lostConnection(page)).toHaveCount(0);

    await stop(child, 'SIGKILL');
    // A claim of the other article: its text, its detail and the counts are asked for, and nobody answers.
    await claimRows(page).filter({ hasText: '42 villages' }).click();

    await expect(lostConnection(page)).toBeVisible();
    await expect(lostConnection(page)).toContainText('Lost connection to Claimdesk. Nothing you saved is lost. Start Claimdesk again (npm run web) and open the address it prints.');
    await expect(articlePane(page)).not.toContainText('Opening the article…');
    await expect(articlePane(page)).toContainText('The article could not be opened.');
    // One message, not one per failed call.
    await expect(page.getByRole('alert').filter({ hasText: /reach|connection/i })).toHaveCount(1);
    await page.screenshot({ path: '/tmp/conn-killed.png' });

    // Retry with nobody there: the message stays and says so; later clicks add no errors of their own.
    await lostConnection(page).getByRole('button', { name: 'Retry' }).click();
    await expect(lostConnection(page)).toContainText('Still no answer at this address.');
    await claimRows(page).filter({ hasText: 'over 800,000 Afghans' }).click();
    await expect(lostConnection(page)).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: /reach|connection/i })).toHaveCount(1);
    // The article list opened now says it could not load them, instead of loading for ever.
    await page.getByRole('button', { name: /^Show claims from/ }).click();
    await expect(page.getByRole('dialog', { name: 'Articles' })).toContainText('The articles could not be loaded.');
    await page.keyboard.press('Escape');
    await expect(lostConnection(page)).toBeVisible();
  } finally {
    if (child) await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the server started again on the same port (a new token): Retry says the page is refused and to open the new address', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-e2e-connection-'));
  let child: ChildProcess | null = null;
  try {
    const started = await startWorkbench(page, dir);
    child = started.child;
    await stop(child);
    child = spawnBrowserMode(path.join(dir, 'claimdesk.sqlite'), Number(started.url.port));
    const restarted = new URL(await waitForAddress(child));
    expect(restarted.port).toBe(started.url.port);
    expect(restarted.searchParams.get('token')).not.toBe(started.url.searchParams.get('token'));

    await claimRows(page).filter({ hasText: '42 villages' }).click();
    await expect(lostConnection(page)).toContainText('Claimdesk was started again with a new token: open the address it printed (npm run web).');
    await expect(articlePane(page)).toContainText('The article could not be opened.');
    // Not the token screen: the work on screen stays in view behind the message.
    await expect(claimRows(page).first()).toBeVisible();
    await lostConnection(page).getByRole('button', { name: 'Retry' }).click();
    await expect(lostConnection(page)).toContainText('It still refuses this page.');
    await page.screenshot({ path: '/tmp/conn-refused.png' });

    // The new address works, with everything saved before.
    await page.goto(restarted.href);
    await expect(claimRows(page).filter({ hasText: '42 villages' })).toBeVisible();
    await expect(lostConnection(page)).toHaveCount(0);
  } finally {
    if (child) await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('Retry clears the message once the server answers again at this address, and the page reloads what it shows; a refused input stays an ordinary error', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-e2e-connection-'));
  let child: ChildProcess | null = null;
  try {
    ({ child } = await startWorkbench(page, dir));
    // A named refusal from the backend is an ordinary error, not a lost connection.
    await claimRows(page).filter({ hasText: '42 villages' }).click();
    await expect(articlePane(page)).toContainText('42 villages received no relief money');
    await page.getByRole('button', { name: 'Rename article' }).click();
    await page.getByLabel('Article title').fill('   ');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Title must not be empty' })).toBeVisible();
    await expect(lostConnection(page)).toHaveCount(0);
    await page.getByLabel('Article title').press('Escape');

    // The network refuses every API call for a while (the server unreachable), then lets them through again.
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await claimRows(page).filter({ hasText: 'over 800,000 Afghans' }).click();
    await expect(lostConnection(page)).toBeVisible();
    await expect(articlePane(page)).toContainText('The article could not be opened.');

    await page.unroute('**/api/**');
    await lostConnection(page).getByRole('button', { name: 'Retry' }).click();
    await expect(lostConnection(page)).toHaveCount(0);
    await expect(articlePane(page)).toContainText('over 800,000 Afghans');
    await expect(articlePane(page)).not.toContainText('could not be opened');
  } finally {
    if (child) await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
