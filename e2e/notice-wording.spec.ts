import type { Page } from '@playwright/test';
import { api, expect, pickArticle, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const row = (page: Page, text: string) => page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: text });

test('Use this verdict speaks of the earlier claim’s sources only when it had some', async ({ page, claimdesk, request }) => {
  const sentence = 'More than 800,000 Afghans have been expelled from Pakistan since November 2023, the UN refugee agency said.';
  const first = await api<{ article: { id: number } }>(request, claimdesk, 'importArticle', { text: `ISLAMABAD - ${sentence}\n\nTalks stalled in January.`, filename: 'unhcr-briefing.txt', title: 'UNHCR briefing' });
  const [earlier] = (await api<{ rows: Array<{ id: number }> }>(request, claimdesk, 'listClaims', { filter: { articleId: first.article.id } })).rows;
  await api(request, claimdesk, 'setStatus', { claimId: earlier!.id, status: 'disputed' });
  const second = await api<{ article: { title: string } }>(request, claimdesk, 'importArticle', { text: `KABUL - ${sentence}\n\nThe Torkham crossing reopened on Monday.`, filename: 'kabul-wire.txt', title: 'Kabul wire' });

  await page.goto(claimdesk.url);
  await pickArticle(page, second.article.title);
  await expect(row(page, 'More than 800,000 Afghans')).toHaveCount(1);
  await row(page, 'More than 800,000 Afghans').click();
  const seen = page.getByRole('region', { name: /Seen before/ });
  await seen.getByRole('button', { name: 'Use this verdict' }).click();
  const notice = page.getByRole('status').filter({ hasText: /marked Disputed/ }).first();
  await expect(notice).toContainText('marked Disputed, as the claim seen before.');
  await expect(notice).not.toContainText('sources');
  await saveScreenshot(page, 'use-verdict-no-sources.png');

  // With a source on the earlier claim, the notice says it was taken over.
  await page.keyboard.press('Control+z');
  await expect(row(page, 'More than 800,000 Afghans')).toContainText('Not reviewed');
  await api(request, claimdesk, 'addSource', { claimId: earlier!.id, url: 'https://example.org/unhcr-flash-update', title: 'UNHCR flash update', stance: 'supports' });
  await page.reload();
  await pickArticle(page, second.article.title);
  await expect(row(page, 'More than 800,000 Afghans')).toHaveCount(1);
  await row(page, 'More than 800,000 Afghans').click();
  await page.getByRole('region', { name: /Seen before/ }).getByRole('button', { name: 'Use this verdict' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'with the source of the claim seen before' })).toBeVisible();
});

test('the re-analyse notice reads as a sentence when a dispute suggestion is withdrawn', async ({ page, claimdesk, request }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, 'Relations between Pakistan')).toContainText('suggested: disputed');
  // The denial behind claim 12's suggestion is split and its first half excluded: re-analysis withdraws the suggestion.
  const rows = (await api<{ rows: Array<{ id: number; text: string }> }>(request, claimdesk, 'listClaims', { filter: {} })).rows;
  const denial = rows.find((r) => r.text.startsWith('The Taliban government denies'))!;
  const split = await api<{ claims: Array<{ id: number }> }>(request, claimdesk, 'splitClaim', { claimId: denial.id, at: denial.text.indexOf('asserting') });
  await api(request, claimdesk, 'excludeClaim', { claimId: split.claims[0]!.id });
  await page.reload();
  await page.getByRole('button', { name: 'Re-analyse article' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Re-analysed' }).first();
  await expect(notice).toContainText(/Re-analysed \d+ claims: .*dispute suggestions? withdrawn\. Verdicts/);
  await expect(notice).not.toContainText('withdrawn changed');
  await saveScreenshot(page, 'reanalyse-notice.png');
});

test('editing a hidden row (a non-claim), or giving it a note, says "Hidden sentence", never a claim number the table does not show', async ({ page, claimdesk, request }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, 'Relations between Pakistan')).toBeVisible();
  // B1 (user test 2): a claim excluded, then edited, was announced as "Claim 7 edited." — its position among
  // the article's sentences, while the table's claim 7 is another sentence.
  const rows = (await api<{ rows: Array<{ id: number; text: string }> }>(request, claimdesk, 'listClaims', { filter: {} })).rows;
  const excluded = rows.find((r) => r.text.startsWith('Relations between Pakistan'))!;
  await api(request, claimdesk, 'excludeClaim', { claimId: excluded.id });
  await page.reload();
  await page.getByRole('checkbox', { name: 'Show non-claims' }).check();
  await row(page, 'Relations between Pakistan').click();
  // The panel names it as the notices do: the table shows it no number.
  await expect(page.getByRole('complementary').locator('.detail__pos')).toHaveText('Hidden sentence');
  await page.keyboard.press('e');
  const editor = page.getByRole('complementary').locator('textarea').first();
  await editor.press('End');
  await editor.pressSequentially(' (checked)');
  await editor.press('Control+Enter');
  const notice = page.getByRole('status').filter({ hasText: 'edited' }).first();
  await expect(notice).toContainText('Hidden sentence edited.');
  await expect(notice).not.toContainText(/Claim \d+ edited/);
  // A note (and a source, the same way) named it by that position too: "Note added to claim 7."
  await page.getByLabel('Note', { exact: true }).fill('Checked against the ministry statement.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note added' }).first()).toHaveText(/Note added to the hidden sentence\./);
  await saveScreenshot(page, 'hidden-sentence-edited.png');
});
