import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { spawnBrowserMode, waitForAddress } from './server';

export interface ClaimdeskServer {
  /** The address printed by `npm run web`, token included. */
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  dataDir: string;
}

/**
 * Every test gets its own browser-mode server on a fresh workspace file in
 * its own temporary folder, started exactly as a user starts it.
 */
export const test = base.extend<{ claimdesk: ClaimdeskServer; reviewerName: string | null }>({
  /** The name the reviewer has given (null: a fresh workspace that will ask for it at the first change). */
  reviewerName: ['Ana Reviewer', { option: true }],
  claimdesk: async ({ reviewerName }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-e2e-'));
    const dbPath = path.join(dataDir, 'claimdesk.sqlite');
    const child = spawnBrowserMode(dbPath);
    try {
      const url = await waitForAddress(child);
      const parsed = new URL(url);
      if (reviewerName !== null) {
        const saved = await fetch(new URL('/api/setPreferences', parsed.origin), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-claimdesk-token': parsed.searchParams.get('token') ?? '' },
          body: JSON.stringify({ reviewerName }),
        });
        if (!saved.ok || !((await saved.json()) as { ok: boolean }).ok) throw new Error('could not set the reviewer name');
      }
      await use({ url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', dbPath, dataDir });
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        const stuck = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(stuck);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Calls the browser-mode API as the page does (token header); throws with the backend's message on a refusal. */
export async function api<T>(request: APIRequestContext, server: ClaimdeskServer, op: string, input: unknown): Promise<T> {
  const response = await request.post(`${server.origin}/api/${op}`, { headers: { 'x-claimdesk-token': server.token }, data: input });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${op}: ${result.error?.message}`);
  return result.value;
}

/** The top bar's article picker (a button that opens the searchable article list). */
export const articlePicker = (page: Page) => page.getByRole('button', { name: /^Show claims from/ });

/** Opens the article list (if closed) and waits for its entries; returns the list. */
export async function openArticleList(page: Page) {
  if ((await articlePicker(page).getAttribute('aria-expanded')) !== 'true') await articlePicker(page).click();
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list).toHaveAttribute('aria-busy', 'false');
  return list;
}

/** The titles the article list offers (opened and closed again), "All articles" first. */
export async function listedArticleTitles(page: Page): Promise<string[]> {
  const list = await openArticleList(page);
  const titles = await list.locator('.article-option__title').allTextContents();
  await page.getByRole('combobox', { name: 'Search articles' }).press('Escape');
  return titles;
}

/** Shows the claims of the article whose title has `title`, found by typing in the list's search box. */
export async function pickArticle(page: Page, title: string) {
  await openArticleList(page);
  await page.getByRole('combobox', { name: 'Search articles' }).fill(title);
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: title }).first().click();
  await expect(page.getByRole('dialog', { name: 'Articles' })).toHaveCount(0);
}

/** Shows the claims of every article. */
export async function pickAllArticles(page: Page) {
  const list = await openArticleList(page);
  await list.getByRole('option').filter({ hasText: /^All articles/ }).click();
  await expect(page.getByRole('dialog', { name: 'Articles' })).toHaveCount(0);
}

// Run in the page; e2e/ is typechecked without the DOM library, so the one browser name used is declared here.
declare const DataTransfer: new () => { items: { add(file: File): unknown } };

export interface DropFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/** Builds a DataTransfer holding these files in the page, as the OS would hand it over. */
export async function dataTransferOf(page: Page, files: DropFile[]) {
  return page.evaluateHandle(
    (list) => {
      const dataTransfer = new DataTransfer();
      for (const f of list) dataTransfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
      return dataTransfer;
    },
    files.map((f) => ({ name: f.name, type: f.type, bytes: [...f.bytes] })),
  );
}
