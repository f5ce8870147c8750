import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { spawnBrowserMode, waitForAddress } from './server';

/** What the lost-connection specs share: browser mode started as a user starts it, on a workspace with articles in it. */

export const lostConnection = (page: Page) => page.getByRole('alert', { name: 'Lost connection' });
export const claimRows = (page: Page) => page.getByRole('table', { name: 'Claims' }).locator('tbody tr[data-claim-id]');
export const articlePane = (page: Page) => page.locator('.pane--article');

export interface ArticleInput {
  title: string;
  text: string;
}

export const SECOND_ARTICLE: ArticleInput = {
  title: 'Flood relief audit',
  text: 'The audit office said 42 villages received no relief money in 2025.\n\nThe finance minister said the fund paid out 3.2 billion rupees before the monsoon.',
};

export async function api(origin: string, token: string, op: string, input: unknown): Promise<void> {
  const response = await fetch(`${origin}/api/${op}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-claimdesk-token': token }, body: JSON.stringify(input) });
  const result = (await response.json()) as { ok: boolean; error?: { message: string } };
  if (!result.ok) throw new Error(`${op}: ${result.error?.message}`);
}

/**
 * A server on a fresh workspace with the sample, SECOND_ARTICLE (and any
 * `articles` given) and a reviewer name; the page shows all their claims and
 * the sample's text.
 */
export async function startWorkbench(page: Page, dir: string, { port = 0, articles = [] }: { port?: number; articles?: readonly ArticleInput[] } = {}): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawnBrowserMode(path.join(dir, 'claimdesk.sqlite'), port);
  const url = new URL(await waitForAddress(child));
  const token = url.searchParams.get('token') ?? '';
  await api(url.origin, token, 'setPreferences', { reviewerName: 'Ana Reviewer' });
  await api(url.origin, token, 'loadSample', {});
  await api(url.origin, token, 'importArticle', SECOND_ARTICLE);
  for (const article of articles) await api(url.origin, token, 'importArticle', article);
  await page.goto(url.href);
  await expect(claimRows(page).first()).toBeVisible();
  await expect(articlePane(page)).toContainText('over 800,000 Afghans');
  return { child, url };
}

/** Stops the server; one paused with SIGSTOP is let go first, or it would never see the signal. */
export async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGCONT');
  child.kill(signal);
  await exited;
}
