import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

declare const document: { scrollingElement: { scrollTop: number; scrollHeight: number } | null };
declare const window: { innerHeight: number };

const splitter = (page: Page) => page.getByRole('separator', { name: 'Resize the article and the claim detail' });
const heightOf = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!.height;

async function loadSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: 'over 800,000 Afghans' }).click();
}

async function expectNoPageScroll(page: Page) {
  const state = await page.evaluate(() => ({ top: document.scrollingElement!.scrollTop, height: document.scrollingElement!.scrollHeight, inner: window.innerHeight }));
  expect(state.top).toBe(0);
  expect(state.height).toBeLessThanOrEqual(state.inner);
}

test('at 1280×800 the article gets more than half the column, and a splitter resizes it by keyboard and by drag, remembered after a reload', async ({ page, claimdesk }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadSample(page, claimdesk.url);
  const bar = splitter(page);
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuenow', '55');
  await expect(bar).toHaveAttribute('aria-controls', 'article-pane');
  const column = (await heightOf(page, '.pane--article')) + (await heightOf(page, '.pane--detail'));
  const before = await heightOf(page, '.pane--article');
  expect(before / column).toBeGreaterThan(0.5);
  await saveScreenshot(page, 'pane-splitter-1280.png');

  // Keyboard: focus it (Tab reaches it), then ↓ gives the article more room, ↑ less.
  await bar.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(bar).toHaveAttribute('aria-valuenow', '65');
  expect(await heightOf(page, '.pane--article')).toBeGreaterThan(before + 40);
  await page.keyboard.press('ArrowUp');
  await expect(bar).toHaveAttribute('aria-valuenow', '60');
  // j/k still belong to the table, the arrows on the bar to the bar: the selected claim did not move.
  await expect(page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: 'over 800,000 Afghans' })).toHaveAttribute('aria-current', 'true');

  // Drag: to a third of the column.
  const articleBox = (await page.locator('.pane--article').boundingBox())!;
  const barBox = (await bar.boundingBox())!;
  await page.mouse.move(barBox.x + barBox.width / 2, barBox.y + barBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(barBox.x + barBox.width / 2, articleBox.y + column * 0.3, { steps: 5 });
  await page.mouse.up();
  await expect(bar).toHaveAttribute('aria-valuenow', '30');
  await expectNoPageScroll(page);

  await page.reload();
  await expect(splitter(page)).toHaveAttribute('aria-valuenow', '30');
  const after = (await heightOf(page, '.pane--article')) / ((await heightOf(page, '.pane--article')) + (await heightOf(page, '.pane--detail')));
  expect(after).toBeGreaterThan(0.25);
  expect(after).toBeLessThan(0.35);
  await expectNoPageScroll(page);
  await saveScreenshot(page, 'pane-splitter-1280-dragged.png');
});

test('at 1920×1080 the panes stand side by side: no splitter, the article the full height', async ({ page, claimdesk }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await loadSample(page, claimdesk.url);
  await expect(splitter(page)).toBeHidden();
  expect(await heightOf(page, '.pane--article')).toBeGreaterThan(900);
  await expectNoPageScroll(page);
  await saveScreenshot(page, 'pane-splitter-1920.png');
});
