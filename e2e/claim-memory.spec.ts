import type { Page } from '@playwright/test';
import { api, pickAllArticles, pickArticle, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const row = (page: Page, text: string) => claims(page).getByRole('row').filter({ hasText: text });


test('a claim seen before in another article shows its verdict, notes and sources; Use this verdict takes them over, undoably', async ({ page, claimdesk, request }) => {
  const first = await api<{ article: { id: number } }>(request, claimdesk, 'importArticle', {
    text: 'ISLAMABAD - More than 800,000 Afghans have been expelled from Pakistan since November 2023, the UN refugee agency said.\n\nTalks between the two governments stalled in January.',
    filename: 'unhcr-briefing.txt',
  });
  const [earlier] = (await api<{ rows: Array<{ id: number; text: string }> }>(request, claimdesk, 'listClaims', { filter: { articleId: first.article.id } })).rows;
  await api(request, claimdesk, 'setStatus', { claimId: earlier!.id, status: 'verified' });
  await api(request, claimdesk, 'addNote', { claimId: earlier!.id, body: 'UNHCR flash update, 15 Feb.' });
  await api(request, claimdesk, 'addSource', { claimId: earlier!.id, url: 'https://example.org/unhcr-flash-update', title: 'UNHCR flash update', stance: 'supports' });
  const second = await api<{ article: { id: number; title: string } }>(request, claimdesk, 'importArticle', {
    text: 'KABUL - Over 800,000 Afghans have been deported from Pakistan since November 2023, according to the UN refugee agency.\n\nThe border crossing at Torkham reopened on Monday.',
    filename: 'kabul-wire.txt',
  });

  await page.goto(claimdesk.url);
  await pickArticle(page, second.article.title);
  await row(page, 'Over 800,000 Afghans').click();
  const seen = page.getByRole('region', { name: /Seen before/ });
  await expect(seen).toContainText('More than 800,000 Afghans have been expelled');
  await expect(seen).toContainText('Verified');
  await expect(seen).toContainText('UNHCR flash update, 15 Feb.');
  await expect(seen.getByRole('link', { name: 'UNHCR flash update' })).toBeVisible();
  await saveScreenshot(page, 'seen-before.png');

  await seen.getByRole('button', { name: 'Use this verdict' }).click();
  await expect(row(page, 'Over 800,000 Afghans')).toContainText('Verified');
  const detail = page.getByRole('complementary');
  await expect(detail.locator('.sources').getByRole('link', { name: 'UNHCR flash update' })).toBeVisible();

  // The filter: only claims also made in another article.
  await pickAllArticles(page);
  await page.getByRole('checkbox', { name: 'Seen before' }).check();
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(2);
  await expect(row(page, 'Torkham')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(row(page, 'Over 800,000 Afghans')).toContainText('Not reviewed');

  // A wrong match is removed by hand, from both claims and the filter; Ctrl+Z brings it back.
  await row(page, 'Over 800,000 Afghans').click();
  await seen.getByRole('button', { name: 'Not the same claim' }).click();
  await expect(page.getByRole('region', { name: /Seen before/ })).toHaveCount(0);
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Not the same claim' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(claims(page).locator('tbody tr[data-claim-id]')).toHaveCount(2);
});
