import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { claimRows, lostConnection, startWorkbench, stop } from './connection-workbench';
import { saveScreenshot } from './screenshots';

/**
 * The lost-connection message is a banner above the workbench that pushes it
 * down: at the common window sizes it covers no control — not the table's
 * Previous page / Next page, not the detail panel's buttons — and those stay
 * clickable while it shows.
 */

// Over two pages of claims (200 each), so both pager buttons are enabled on the second page.
const LONG_ARTICLE = {
  title: 'District schools survey',
  text: Array.from({ length: 420 }, (_, i) => `The district office said ${i + 3} schools in zone ${i + 1} reopened in 2025 after ${i + 40} days.`).join('\n\n'),
};

// The e2e tests compile without the DOM's types (tsconfig.json): the few browser names used in page.evaluate are declared here.
interface PageRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface PageElement {
  getBoundingClientRect(): PageRect;
  contains(other: PageElement): boolean;
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
  textContent: string | null;
  tagName: string;
}
declare const document: { querySelector(selector: string): PageElement | null; elementFromPoint(x: number, y: number): PageElement | null; elementsFromPoint(x: number, y: number): PageElement[] };

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Every control found under the message: at points 6 px apart over the
 * message's box, the browser's own hit-test stack (which leaves out what is
 * scrolled out of view or clipped) holds nothing but the message and the
 * page around it. A control in that stack, or inside one there, is covered.
 */
async function controlsUnderMessage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const message = document.querySelector('[role="alert"][aria-label="Lost connection"]')!;
    const m = message.getBoundingClientRect();
    const covered = new Set<string>();
    for (let y = m.top + 1; y < m.bottom; y += 6) {
      for (let x = m.left + 1; x < m.right; x += 6) {
        for (const element of document.elementsFromPoint(x, y)) {
          if (message.contains(element)) continue;
          const control = element.closest('button, input, select, textarea, a[href], [role="button"], [tabindex="0"]');
          if (control) covered.add(control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName);
        }
      }
    }
    return [...covered];
  });
}

/** The element the pointer lands on at the centre of the locator's box is the locator's own. */
async function receivesClicks(page: Page, name: string): Promise<boolean> {
  return page.getByRole('button', { name, exact: true }).evaluate((element) => {
    const button = element as unknown as PageElement;
    const r = button.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && button.contains(hit);
  });
}

test('the lost-connection message covers no control at 1280×800, 1440×900 and 1920×1080: Previous page and Next page stay clear and clickable', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-e2e-connection-banner-'));
  let child: ChildProcess | null = null;
  try {
    ({ child } = await startWorkbench(page, dir, { articles: [LONG_ARTICLE] }));
    const previous = page.getByRole('button', { name: 'Previous page', exact: true });
    const next = page.getByRole('button', { name: 'Next page', exact: true });
    await next.click();
    await expect(previous).toBeEnabled();
    await expect(next).toBeEnabled();

    for (const size of SIZES) {
      await page.setViewportSize(size);
      if (await previous.isDisabled()) await next.click();
      await expect(previous).toBeEnabled();
      // The server unreachable for a moment: opening a claim shows the message.
      await page.route('**/api/**', (route) => route.abort('connectionrefused'));
      await claimRows(page).nth(size.width % 7).click();
      await expect(lostConnection(page)).toBeVisible();

      const message = (await lostConnection(page).boundingBox())!;
      for (const button of [previous, next]) {
        await expect(button).toBeVisible();
        expect(intersects((await button.boundingBox())!, message), `${size.width}×${size.height}`).toBe(false);
      }
      expect(await controlsUnderMessage(page), `${size.width}×${size.height}`).toEqual([]);
      expect(await receivesClicks(page, 'Previous page')).toBe(true);
      expect(await receivesClicks(page, 'Next page')).toBe(true);
      // Playwright's own check that a click would land: visible, enabled, steady, not covered.
      await previous.click({ trial: true });
      await next.click({ trial: true });
      await saveScreenshot(page, `connection-lost-${size.width}x${size.height}.png`);

      // The server answers again: Retry clears the message and the page is as it was.
      await page.unroute('**/api/**');
      await lostConnection(page).getByRole('button', { name: 'Retry' }).click();
      await expect(lostConnection(page)).toHaveCount(0);
    }
  } finally {
    if (child) await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
