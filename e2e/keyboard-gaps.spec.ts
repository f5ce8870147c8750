import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const claimRow = (page: Page, text: string) => claims(page).getByRole('row').filter({ hasText: text });
const selectedRow = (page: Page) => claims(page).locator('tbody tr[aria-current="true"]');
const notice = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).first();

async function loadSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(18);
}

test('p opens Edit speaker on the selected claim; the button and the ? list show the key', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await claimRow(page, 'over 800,000 Afghans').click();
  const edit = page.getByRole('button', { name: 'Edit speaker' });
  await expect(edit).toHaveAttribute('aria-keyshortcuts', 'p');
  await expect(edit.locator('kbd')).toHaveText('p');

  await page.keyboard.press('p');
  const box = page.getByRole('textbox', { name: 'Speaker' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await saveScreenshot(page, 'speaker-shortcut.png');
  await page.keyboard.type('Provincial officials');
  await page.keyboard.press('Enter');
  await expect(notice(page, 'speaker set to Provincial officials')).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row').filter({ has: page.locator('kbd', { hasText: /^p$/ }) })).toContainText('Edit the speaker');
});

test('v/d/u/c with claims ticked (Space) act on every ticked claim, one undo step; Esc unticks', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await claimRow(page, 'over 800,000 Afghans').click();
  await page.keyboard.press(' ');
  await page.keyboard.press('j');
  await page.keyboard.press(' ');
  await page.keyboard.press('j');
  await page.keyboard.press(' ');
  await expect(page.getByRole('region', { name: 'Selected claims' })).toContainText('3 claims selected');
  await page.keyboard.press('k');
  await expect(selectedRow(page)).toContainText('Senior Pakistani diplomats');

  await page.keyboard.press('d');
  await expect(notice(page, '3 of 3 selected claims marked Disputed')).toBeVisible();
  for (const text of ['over 800,000 Afghans', 'Senior Pakistani diplomats', 'cannot directly have talks']) await expect(claimRow(page, text)).toContainText('Disputed');
  await expect(claimRow(page, 'Without the federal government')).toContainText('Not reviewed');
  await expect(page.getByRole('region', { name: 'Selected claims' })).toHaveCount(0);
  await saveScreenshot(page, 'bulk-verdict-key.png');

  await page.keyboard.press('Control+z');
  for (const text of ['over 800,000 Afghans', 'Senior Pakistani diplomats', 'cannot directly have talks']) await expect(claimRow(page, text)).toContainText('Not reviewed');

  // Without ticks, v is the selected claim's alone; Esc unticks.
  await page.keyboard.press(' ');
  await expect(page.getByRole('region', { name: 'Selected claims' })).toContainText('1 claim selected');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Selected claims' })).toHaveCount(0);
  await page.keyboard.press('v');
  await expect(claimRow(page, 'Senior Pakistani diplomats')).toContainText('Verified');
  await expect(claimRow(page, 'over 800,000 Afghans')).toContainText('Not reviewed');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row').filter({ has: page.locator('kbd', { hasText: /^Space$/ }) })).toContainText('Tick');
  await expect(help.getByRole('row').filter({ has: page.locator('kbd', { hasText: /^Esc$/ }) })).toContainText('Untick all claims');
  await expect(help.getByRole('row').filter({ has: page.locator('kbd', { hasText: /^v$/ }) })).toContainText('every ticked claim');
  await saveScreenshot(page, 'shortcuts-help.png');
});

test('Ctrl+Enter imports the text in the Paste text… box', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await page.getByRole('button', { name: 'Paste text…' }).click();
  await page.getByLabel('Paste article text').fill('KABUL - Flights resumed on Tuesday, the airline said.');
  await saveScreenshot(page, 'paste-ctrl-enter.png');
  await page.keyboard.press('Control+Enter');
  await expect(claimRow(page, 'Flights resumed on Tuesday')).toBeVisible();
});

test('? opens the shortcuts list at the top — its heading and j/k in view, though the list is taller than the window — and Esc or Close give the keys back where they were', async ({ page, claimdesk }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await loadSample(page, claimdesk.url);
  await claimRow(page, 'over 800,000 Afghans').click();
  await expect(claims(page)).toBeFocused();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const heading = help.getByRole('heading', { name: 'Keyboard shortcuts' });
  await expect(heading).toBeFocused();
  // The list does not fit: it scrolls, and it is at its top.
  expect(await help.evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true);
  expect(await help.evaluate((d) => d.scrollTop)).toBe(0);
  await expect(heading).toBeInViewport({ ratio: 1 });
  await expect(help.getByRole('row').filter({ has: page.locator('kbd', { hasText: /^j$/ }) })).toBeInViewport({ ratio: 1 });
  await expect(help.getByRole('row').filter({ has: page.locator('kbd', { hasText: /^k$/ }) })).toBeInViewport({ ratio: 1 });
  await saveScreenshot(page, 'shortcuts-open-at-top.png');

  // Esc closes it; the table has the keys again (j moves).
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(claims(page)).toBeFocused();
  await page.keyboard.press('j');
  await expect(selectedRow(page)).toContainText('Senior Pakistani diplomats');

  // Opened with the ? button and closed with Close: the button has the keys again.
  const open = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await open.click();
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport({ ratio: 1 });
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
  await expect(open).toBeFocused();
});
