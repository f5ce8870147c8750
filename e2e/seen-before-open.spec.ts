import type { Page } from '@playwright/test';
import { api, articlePicker, pickArticle, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const selectedRow = (page: Page) => claims(page).locator('tbody tr[aria-current="true"]');
const detail = (page: Page) => page.getByRole('complementary', { name: 'Selected claim' });

interface Row {
  id: number;
  text: string;
  status: string;
  reviewedAt: string | null;
}

test('following a Seen before link opens the earlier article in full, the keys act on it, and Back returns', async ({ page, claimdesk, request }) => {
  const earlier = await api<{ article: { id: number; title: string } }>(request, claimdesk, 'importArticle', {
    text: 'United States to Lift Sudan Sanctions\n\nKHARTOUM - The talks in Doha were postponed again on Sunday.\n\nThe United States will lift most economic sanctions on Sudan next week, two officials said.',
    filename: 'sudan-v1.txt',
  });
  const later = await api<{ article: { id: number; title: string } }>(request, claimdesk, 'importArticle', {
    text: 'US will lift sanctions on Sudan, officials say\n\nThe United States will lift most economic sanctions on Sudan next week, two officials said.\n\nThe embassy in Khartoum reopened in March.',
    filename: 'sudan-v2.txt',
  });
  const rowsOf = async (articleId: number) =>
    (await api<{ rows: Row[] }>(request, claimdesk, 'listClaims', { filter: { articleId } })).rows;
  const repeated = (rows: Row[]) => rows.find((r) => r.text.startsWith('The United States will lift'))!;
  const earlierClaim = repeated(await rowsOf(earlier.article.id));
  const laterClaim = repeated(await rowsOf(later.article.id));

  await page.goto(claimdesk.url);
  await pickArticle(page, later.article.title);
  await claims(page).locator(`tbody tr[data-claim-id="${laterClaim.id}"]`).click();
  const seen = page.getByRole('region', { name: /Seen before/ });
  const link = seen.getByRole('button', { name: earlier.article.title });
  await link.focus();
  await page.keyboard.press('Enter');

  // Picker, table, selection, article pane and detail all on the earlier article.
  await expect(articlePicker(page)).toContainText(earlier.article.title);
  await expect(selectedRow(page)).toHaveAttribute('data-claim-id', String(earlierClaim.id));
  await expect(detail(page)).toContainText(earlier.article.title);
  await expect(page.locator('#article-pane')).toContainText('talks in Doha');
  await expect(page.getByRole('status').filter({ hasText: 'not in the table' })).toHaveCount(0);
  const back = page.getByRole('button', { name: /^← Back to US will lift sanctions on Sudan, officials say, claim \d+/ });
  await expect(back).toBeVisible();
  await saveScreenshot(page, 'seen-before-opened.png');

  // The keys act on the claim the table shows as selected: the earlier article's.
  await page.keyboard.press('d');
  await expect(selectedRow(page)).toContainText('Disputed');
  expect(repeated(await rowsOf(earlier.article.id)).status).toBe('disputed');
  expect(repeated(await rowsOf(later.article.id)).reviewedAt).toBeNull();

  // Back: the later article again, on the claim the link was followed from.
  await back.click();
  await expect(articlePicker(page)).toContainText(later.article.title);
  await expect(selectedRow(page)).toHaveAttribute('data-claim-id', String(laterClaim.id));
  await expect(detail(page)).toContainText(later.article.title);
  await expect(back).toHaveCount(0);
  await page.keyboard.press('v');
  await expect(selectedRow(page)).toContainText('Verified');
  expect(repeated(await rowsOf(later.article.id)).status).toBe('verified');
  expect(repeated(await rowsOf(earlier.article.id)).status).toBe('disputed');
});

test('Back names a hidden row it was followed from as the hidden sentence, never by a number the table does not show', async ({ page, claimdesk, request }) => {
  const earlier = await api<{ article: { id: number; title: string } }>(request, claimdesk, 'importArticle', {
    text: 'United States to Lift Sudan Sanctions\n\nThe United States will lift most economic sanctions on Sudan next week, two officials said.',
    filename: 'sudan-v1.txt',
  });
  const later = await api<{ article: { id: number; title: string } }>(request, claimdesk, 'importArticle', {
    text: 'US will lift sanctions on Sudan, officials say\n\nThe embassy in Khartoum reopened in March.\n\nThe United States will lift most economic sanctions on Sudan next week, two officials said.',
    filename: 'sudan-v2.txt',
  });
  const rows = (await api<{ rows: Row[] }>(request, claimdesk, 'listClaims', { filter: { articleId: later.article.id } })).rows;
  const laterClaim = rows.find((r) => r.text.startsWith('The United States will lift'))!;
  // Excluded: hidden, so the table gives it no number; its position among the sentences is 3.
  await api(request, claimdesk, 'excludeClaim', { claimId: laterClaim.id });

  await page.goto(claimdesk.url);
  await pickArticle(page, later.article.title);
  await page.getByRole('checkbox', { name: 'Show non-claims' }).check();
  await claims(page).locator(`tbody tr[data-claim-id="${laterClaim.id}"]`).click();
  await expect(detail(page).locator('.detail__pos')).toHaveText('Hidden sentence');
  await page.getByRole('region', { name: /Seen before/ }).getByRole('button', { name: earlier.article.title }).click();
  await expect(articlePicker(page)).toContainText(earlier.article.title);
  await expect(page.getByRole('button', { name: /^← Back to / })).toHaveText('← Back to US will lift sanctions on Sudan, officials say, the hidden sentence');
});
