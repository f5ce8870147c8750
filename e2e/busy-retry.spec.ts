import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const row = (page: Page, text: string) => claims(page).getByRole('row').filter({ hasText: text });
const disputed = (page: Page) => page.getByRole('button', { name: 'Disputed', exact: true });

// Another process (the desktop app, a CLI import) holds the workspace's write lock past the
// backend's 5 s busy timeout while a verdict is clicked in browser mode: the first answer is
// database_busy, the page tries again, and the verdict lands once the lock is let go, with no error shown.
test('a verdict clicked while another process holds the write lock lands when it is released', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await row(page, 'over 800,000 Afghans').click();
  await expect(page.getByRole('complementary')).toContainText('over 800,000 Afghans');

  const answers: Array<{ ok: boolean; code?: string }> = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname !== '/api/setStatus') return;
    void response.json().then((body: { ok: boolean; error?: { code: string } }) => answers.push({ ok: body.ok, ...(body.error ? { code: body.error.code } : {}) }));
  });

  const other = new Database(claimdesk.dbPath);
  try {
    other.exec('BEGIN IMMEDIATE');
    await disputed(page).click();
    // The backend waits 5 s for the lock, then answers busy; the page waits, then sends again.
    await expect.poll(() => answers.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    expect(answers[0]).toEqual({ ok: false, code: 'database_busy' });
    await expect(page.getByText(/busy with another Claimdesk/)).toHaveCount(0);
    // The click has not landed yet, and the page says why.
    await expect(page.getByRole('status').filter({ hasText: 'Another Claimdesk window or command is saving to this workspace: trying again…' })).toBeVisible();
    await saveScreenshot(page, 'busy-retry-waiting.png');
  } finally {
    if (other.inTransaction) other.exec('ROLLBACK');
    other.close();
  }

  await expect(row(page, 'over 800,000 Afghans')).toContainText('Disputed', { timeout: 15_000 });
  await expect(disputed(page)).toHaveAttribute('aria-pressed', 'true');
  expect(answers.at(-1)).toEqual({ ok: true });
  await expect(page.getByText(/busy with another Claimdesk|went wrong/)).toHaveCount(0);
  await saveScreenshot(page, 'busy-retry-landed.png');

  // Read from the file itself: the verdict is there, once.
  const file = new Database(claimdesk.dbPath, { readonly: true });
  try {
    const claim = file.prepare("SELECT id, status FROM claims WHERE text LIKE '%over 800,000 Afghans%'").get() as { id: number; status: string };
    expect(claim.status).toBe('disputed');
    const changes = file.prepare("SELECT count(*) AS n FROM history WHERE claim_id = ? AND action = 'status' AND new_value = 'disputed'").get(claim.id) as { n: number };
    expect(changes.n).toBe(1);
  } finally {
    file.close();
  }
});
