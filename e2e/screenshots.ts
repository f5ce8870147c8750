import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** The screenshots the README shows (tracked in e2e/screenshots/). */
const README_SCREENSHOTS = new Set(['start-screen.png', 'main-screen.png', 'detail-dispute.png', 'bulk-toolbar.png', 'seen-before.png', 'article-list-1440.png', 'edit-speaker.png', 'import-web-page.png', 'detail-doubt.png']);

/**
 * Every run saves its screenshots under test-results/screenshots (ignored by
 * git) to be looked at; the README's copies in e2e/screenshots/ change only
 * when asked: CLAIMDESK_UPDATE_SCREENSHOTS=1.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const dirs = [path.join(__dirname, '..', 'test-results', 'screenshots')];
  if (process.env.CLAIMDESK_UPDATE_SCREENSHOTS === '1' && README_SCREENSHOTS.has(name)) dirs.push(path.join(__dirname, 'screenshots'));
  const image = await page.screenshot();
  for (const dir of dirs) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, name), image);
  }
}
