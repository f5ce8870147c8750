import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildReviewedWorkspace, closeWorkspace, overwritePages, pagesOf } from '../db/testing/damage';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';
import { spawnBrowserMode, waitForAddress } from './server';

// The e2e files are typed without the DOM library (Node's types only); the browser names used in page.evaluate are declared here.
interface PageElement {
  scrollTop: number;
  scrollHeight: number;
  className: string;
  tagName: string;
  getBoundingClientRect(): { top: number };
}
declare const document: { scrollingElement: PageElement | null; activeElement: unknown; querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): Iterable<PageElement> };
declare const window: { innerHeight: number };

/** The window itself never scrolls: only the panes do, and the top bar stays on screen. */
async function expectShellInPlace(page: Page, when: string) {
  const state = await page.evaluate(() => ({
    scrollTop: document.scrollingElement!.scrollTop,
    scrollHeight: document.scrollingElement!.scrollHeight,
    innerHeight: window.innerHeight,
    topbarTop: document.querySelector('.topbar')!.getBoundingClientRect().top,
    // Boxes that clip rather than scroll can still be moved by focus; none of them may be.
    shellScrolled: [...document.querySelectorAll('body, #root, .app__screen, .workbench, .panes, .pane')].filter((el) => el.scrollTop !== 0).map((el) => el.className || el.tagName),
  }));
  expect(state.shellScrolled, `${when}: part of the frame scrolled`).toEqual([]);
  expect(state.scrollTop, `${when}: the window scrolled`).toBe(0);
  expect(state.scrollHeight, `${when}: the page is taller than the window`).toBeLessThanOrEqual(state.innerHeight);
  expect(state.topbarTop, `${when}: the top bar moved`).toBe(0);
  await expect(page.locator('.topbar')).toBeInViewport();
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} the window never scrolls: wheel over the top bar, tabbing onto the hidden file input`, async ({ page, claimdesk }) => {
    await page.setViewportSize(size);
    await page.goto(claimdesk.url);
    await page.getByRole('button', { name: 'Load sample article' }).click();
    await page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: 'over 800,000 Afghans' }).click();
    await expectShellInPlace(page, 'loaded');

    const topbar = (await page.locator('.topbar').boundingBox())!;
    await page.mouse.move(topbar.x + topbar.width / 2, topbar.y + topbar.height / 2);
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(300);
    await expectShellInPlace(page, 'after the wheel over the top bar');

    await page.keyboard.press('s');
    await page.keyboard.type('https://example.org/report');
    const fileInput = page.getByLabel('Attach a file as a source');
    for (let i = 0; i < 20 && !(await fileInput.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(fileInput).toBeFocused();
    await page.waitForTimeout(300);
    await expectShellInPlace(page, 'with the hidden file input focused');
    // The detail panel scrolled to the button that holds the input, so the focus ring is on screen.
    await expect(page.locator('.attach-file__pick')).toBeInViewport();
    await saveScreenshot(page, `no-page-scroll-${size.width}.png`);
  });
}

test('a screen taller than the window (the recovery screen in a short window) still scrolls, inside the frame', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-e2e-scroll-'));
  const dbPath = path.join(dir, 'claimdesk.sqlite');
  closeWorkspace(buildReviewedWorkspace(dbPath, { articles: 1 }));
  overwritePages(dbPath, [pagesOf(dbPath, 'claims', 'leaf')[0]!], 'random');
  const child = spawnBrowserMode(dbPath);
  try {
    await page.setViewportSize({ width: 1024, height: 360 });
    await page.goto(await waitForAddress(child));
    await expect(page.getByRole('heading', { name: 'This workspace is damaged' })).toBeVisible();
    const last = page.getByRole('button', { name: 'Salvage what can be read' });
    await page.mouse.move(500, 200);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 400);
    await expect(last).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop), 'the window itself scrolled').toBe(0);
    await saveScreenshot(page, 'recovery-short-window.png');
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
