import type { Page } from '@playwright/test';
import { api, pickArticle, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const toolbar = (page: Page) => page.getByRole('region', { name: 'Selected claims' });
const lostConnection = (page: Page) => page.getByRole('alert', { name: 'Lost connection' });

test('a bulk verdict on 500 claims or more asks first, says what it is doing while it runs, and after a lost connection says whether it was applied', async ({ page, claimdesk, request }) => {
  // 600 claims in paragraphs of ten.
  const sentences = Array.from({ length: 600 }, (_, i) => `Claim number ${i + 1} is here.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(' '));
  const { article } = await api<{ article: { id: number; title: string } }>(request, claimdesk, 'importArticle', { text: paragraphs.join('\n\n'), title: 'Numbered claims' });
  const countWith = async (status: string) =>
    (await api<{ total: number }>(request, claimdesk, 'listClaims', { filter: { articleId: article.id, status }, limit: 1 })).total;

  await page.goto(claimdesk.url);
  await pickArticle(page, 'Numbered claims');
  await page.getByRole('checkbox', { name: 'Select all shown claims' }).check();
  await expect(toolbar(page)).toContainText('All 600 claims matching the filter selected');

  // The verdict key asks; Esc says no, and nothing changes (the ticks stay).
  await page.getByRole('table', { name: 'Claims' }).focus();
  await page.keyboard.press('v');
  const ask = page.getByRole('dialog', { name: 'Set 600 claims to Verified?' });
  await expect(ask).toBeVisible();
  await saveScreenshot(page, 'bulk-confirm.png');
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(toolbar(page)).toContainText('All 600 claims matching the filter selected');
  expect(await countWith('verified')).toBe(0);

  // Yes: while the answer is on its way the bar says what is being done.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/bulkReview', async (route) => {
    await held;
    await route.continue();
  });
  await toolbar(page).getByRole('button', { name: 'Verified', exact: true }).click();
  await ask.getByRole('button', { name: 'Set to Verified' }).click();
  await expect(toolbar(page).getByRole('status')).toHaveText('Marking 600 claims Verified… (one step: all of them or none)');
  await expect(toolbar(page).getByRole('button', { name: 'Disputed', exact: true })).toBeDisabled();
  await saveScreenshot(page, 'bulk-running.png');
  release();
  await expect(page.getByRole('status').filter({ hasText: '600 of 600 selected claims marked Verified' })).toBeVisible();
  await expect(toolbar(page)).toHaveCount(0);
  expect(await countWith('verified')).toBe(600);
  await page.unroute('**/api/bulkReview');

  // The connection is lost on the way: the page says the change is unconfirmed, then — once the server answers — that it was not applied.
  await page.getByRole('checkbox', { name: 'Select all shown claims' }).check();
  await page.route('**/api/bulkReview', (route) => route.abort('connectionrefused'));
  await toolbar(page).getByRole('button', { name: 'Disputed', exact: true }).click();
  await page.getByRole('dialog', { name: 'Set 600 claims to Disputed?' }).getByRole('button', { name: 'Set to Disputed' }).click();
  await expect(lostConnection(page)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Marking 600 claims Disputed: no answer (the connection was lost)' })).toBeVisible();
  await page.unroute('**/api/bulkReview');
  await lostConnection(page).getByRole('button', { name: 'Retry' }).click();
  await expect(lostConnection(page)).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'Marking 600 claims Disputed was NOT applied: the claims are as they were.' })).toBeVisible();
  await saveScreenshot(page, 'bulk-not-applied.png');
  expect(await countWith('disputed')).toBe(0);
  expect(await countWith('verified')).toBe(600);
  await page.getByRole('alert').filter({ hasText: 'was NOT applied' }).getByRole('button').first().click();

  // Lost after the server applied it (its answer never came): once it answers, the page says it was applied.
  await page.getByRole('checkbox', { name: 'Select all shown claims' }).check();
  await page.route('**/api/bulkReview', async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  await toolbar(page).getByRole('button', { name: 'Clear verdict', exact: true }).click();
  await page.getByRole('dialog', { name: 'Clear the verdict of 600 claims?' }).getByRole('button', { name: 'Clear verdicts' }).click();
  await expect(lostConnection(page)).toBeVisible();
  await page.unroute('**/api/bulkReview');
  await lostConnection(page).getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Clearing the verdict of 600 claims: it was applied before the connection was lost.' })).toBeVisible();
  expect(await countWith('verified')).toBe(0);
});
