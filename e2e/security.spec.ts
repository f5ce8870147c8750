import { expect, test } from './fixtures';

test('the API refuses requests without the per-launch token', async ({ request, claimdesk }) => {
  const noToken = await request.post(`${claimdesk.origin}/api/loadSample`, { data: {} });
  expect(noToken.status()).toBe(401);
  expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

  const wrongToken = await request.post(`${claimdesk.origin}/api/listArticles`, { data: {}, headers: { 'X-Claimdesk-Token': 'guess' } });
  expect(wrongToken.status()).toBe(401);

  // Nothing was written by the refused call.
  const articles = await request.post(`${claimdesk.origin}/api/listArticles`, { data: {}, headers: { 'X-Claimdesk-Token': claimdesk.token } });
  expect(articles.status()).toBe(200);
  expect(await articles.json()).toEqual({ ok: true, value: [] });
});

test('a page opened without the token says how to get in', async ({ page, claimdesk }) => {
  await page.goto(`${claimdesk.origin}/`);
  await expect(page.getByRole('heading', { name: /needs the address with its token/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load sample article' })).toHaveCount(0);
});

test('the page is served with a strict Content-Security-Policy', async ({ page, claimdesk }) => {
  const response = await page.goto(claimdesk.url);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  // The same policy is built into the page itself, which is what applies to the desktop app's file:// page.
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(csp.replace("; frame-ancestors 'none'", ''));
});
