import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Serious and critical findings only: each one names the rule and the elements, so a failure says what to fix. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

test('axe finds no serious or critical violation on the start screen, the main screen, and with dialogs and bulk ticks open', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Load sample article' }).click();
  const row = page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: 'over 800,000 Afghans' });
  await expect(row).toBeVisible();
  await row.click();
  await page.keyboard.press('d');
  await expect(row).toContainText('Disputed');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('checkbox', { name: 'Select claim 3', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Selected claims' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Delete article' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete this article?' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
