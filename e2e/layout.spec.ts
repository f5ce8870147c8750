import type { Locator, Page } from '@playwright/test';
import { api, expect, test } from './fixtures';
import { seedCopies } from './seed';
import { saveScreenshot } from './screenshots';

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every control of the top bar and the filter bar on screen, none drawn over another. */
async function expectBarsLaidOut(page: Page) {
  const viewport = page.viewportSize()!;
  for (const selector of ['.topbar > *', '.topbar__actions > *', '.filters__row > *']) {
    const items = page.locator(selector);
    const boxes = [];
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      if (!(await item.isVisible())) continue;
      const b = await box(item);
      expect(b.x + b.width, `${selector} #${i} fits the window`).toBeLessThanOrEqual(viewport.width + 1);
      boxes.push({ i, b });
    }
    for (const [n, one] of boxes.entries()) {
      for (const other of boxes.slice(n + 1)) expect(overlaps(one.b, other.b), `${selector} #${one.i} and #${other.i} overlap`).toBe(false);
    }
  }
}

/** The counts in the top bar, where shown, are read whole: no legend entry or caption cut off by the bar's width. */
async function expectCountsReadable(page: Page) {
  const parts = page.locator('.topbar__charts .counts__legend li, .topbar__charts .counts__label, .topbar__charts .counts__progress');
  for (let i = 0; i < (await parts.count()); i++) {
    const part = parts.nth(i);
    if (!(await part.isVisible())) continue;
    const clipped = await part.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > el.closest('.topbar__charts')!.getBoundingClientRect().right + 1);
    expect(clipped, `count "${await part.innerText()}" is cut off`).toBe(false);
  }
}

/** The search box's placeholder is read whole: not cut mid-word by a narrow pane ("Search claims, not" at 1,024 px). */
async function expectSearchPlaceholderWhole(page: Page) {
  const search = page.getByRole('searchbox', { name: 'Search claims' });
  await expect(search).toHaveAttribute('placeholder', /^Search/);
  // Run in the page (this programme is compiled without the DOM library): the placeholder's width in the box's font, and the box's room for text.
  const { text, width, room } = await search.evaluate((box) => {
    type Style = { fontStyle: string; fontWeight: string; fontSize: string; fontFamily: string; paddingLeft: string; paddingRight: string };
    type Canvas = { getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } } };
    const page = globalThis as unknown as { getComputedStyle(e: unknown): Style; document: { createElement(tag: 'canvas'): Canvas } };
    const el = box as unknown as { placeholder: string; clientWidth: number };
    const style = page.getComputedStyle(el);
    const context = page.document.createElement('canvas').getContext('2d');
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return { text: el.placeholder, width: context.measureText(el.placeholder).width, room: el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
  });
  expect(width, `placeholder "${text}" fits the search box`).toBeLessThanOrEqual(room);
  return text;
}

for (const size of [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1680, height: 1050 },
]) {
  test(`the main screen at ${size.width}×${size.height}: bars fit, nothing drawn over anything`, async ({ page, claimdesk }) => {
    await page.setViewportSize(size);
    await page.goto(claimdesk.url);
    await page.getByRole('button', { name: 'Load sample article' }).click();
    const row = page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: 'over 800,000 Afghans' });
    await row.click();
    await page.keyboard.press('d');
    await expect(row).toContainText('Disputed');
    await expectBarsLaidOut(page);
    await expectCountsReadable(page);
    const placeholder = await expectSearchPlaceholderWhole(page);
    // Where there is room, all of it: what is searched and the key.
    if (size.width >= 1440) expect(placeholder).toBe('Search claims, notes, sources   /');
    await saveScreenshot(page, `main-${size.width}.png`);
  });

  test(`the main screen at ${size.width}×${size.height} with two articles: both charts read whole`, async ({ page, claimdesk, request }) => {
    await api(request, claimdesk, 'importArticle', { text: 'KARACHI - Aid reached 40 villages on Monday, officials said.\n\nThe army flew 12 sorties, a spokesman said.', title: 'Flood relief reaches Sindh' });
    await api(request, claimdesk, 'importArticle', { text: 'PESHAWAR - The crossing reopened on Tuesday, customs officials said.\n\nAbout 900 trucks crossed by noon, traders said.', title: 'Torkham border crossing reopens' });
    await page.setViewportSize(size);
    await page.goto(claimdesk.url);
    const row = page.getByRole('table', { name: 'Claims' }).getByRole('row').filter({ hasText: 'About 900 trucks' });
    await row.click();
    await page.keyboard.press('v');
    await expect(row).toContainText('Verified');
    const charts = page.locator('.topbar__charts .counts');
    if (size.width > 1100) {
      await expect(charts).toHaveCount(2);
      await expect(charts.first()).toHaveAttribute('title', 'All articles: 1 of 4 reviewed');
      await expect(charts.nth(1)).toHaveAttribute('title', 'This article: 1 of 2 reviewed');
    }
    await expectBarsLaidOut(page);
    await expectCountsReadable(page);
    await saveScreenshot(page, `main-two-articles-${size.width}.png`);
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
]) {
  test(`at ${size.width}×${size.height} with a thousand claims: four-digit counts read whole, the table fills its pane`, async ({ page, claimdesk, request }) => {
    const sentences = Array.from({ length: 1100 }, (_, i) => `Officials said ${i + 12} trucks crossed at gate ${i + 3} on Monday.`);
    await api(request, claimdesk, 'importArticle', { text: sentences.join('\n\n'), title: 'Border traffic log' });
    await api(request, claimdesk, 'importArticle', { text: 'PESHAWAR - The crossing reopened on Tuesday, customs officials said.\n\nAbout 900 trucks crossed by noon, traders said.', title: 'Torkham border crossing reopens' });
    await page.setViewportSize(size);
    await page.goto(claimdesk.url);
    await expect(page.locator('.topbar__charts .counts').first()).toHaveAttribute('title', /All articles: 0 of 1,10\d reviewed/);
    await expectCountsReadable(page);
    // The reviewer's column gives its width to the others at this size: no blank strip beside the table, the claim readable.
    const table = page.getByRole('table', { name: 'Claims' });
    const widths = await table.evaluate((t) => ({
      table: t.getBoundingClientRect().width,
      pane: t.closest('.claims__scroll')!.getBoundingClientRect().width,
      columns: [...t.querySelectorAll('thead th')].reduce((sum, th) => sum + th.getBoundingClientRect().width, 0),
      claim: t.querySelector('thead th:nth-child(3)')!.getBoundingClientRect().width,
    }));
    expect(widths.columns).toBeGreaterThanOrEqual(widths.pane - 20);
    expect(widths.claim).toBeGreaterThan(widths.table * 0.35);
    await saveScreenshot(page, `main-thousand-claims-${size.width}.png`);
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} with five-digit counts in every state: both charts read whole`, async ({ page, claimdesk }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(size);
    await page.goto(claimdesk.url);
    await page.getByRole('button', { name: 'Load sample article' }).click();
    const rows = page.getByRole('table', { name: 'Claims' }).locator('tbody tr[data-claim-id]');
    await expect(rows).toHaveCount(18);
    const total = seedCopies(claimdesk.dbPath, 2_800, {
      // Five-digit counts in every state (~12,600 each).
      status: "CASE a.id % 4 WHEN 0 THEN 'verified' WHEN 1 THEN 'disputed' ELSE 'unverified' END",
      reviewedBy: "CASE WHEN a.id % 4 <> 3 THEN 'seed' END",
      reviewedAt: "CASE WHEN a.id % 4 <> 3 THEN '2026-01-01T00:00:00.000Z' END",
    });
    expect(total).toBeGreaterThan(50_000);
    await page.reload();
    const charts = page.locator('.topbar__charts .counts');
    await expect(charts.first()).toHaveAttribute('title', new RegExp(`^All articles: \\d\\d,\\d{3} of ${total.toLocaleString('en-US')} reviewed$`));
    await rows.first().click();
    await expect(charts).toHaveCount(2);
    for (const state of ['verified', 'disputed', 'unverified', 'not_reviewed']) {
      await expect(charts.first().locator(`.counts__item--${state} strong`)).toHaveText(/^\d\d,\d{3}$/);
    }
    await saveScreenshot(page, `main-five-digit-counts-${size.width}.png`);
    await expectBarsLaidOut(page);
    await expectCountsReadable(page);
  });
}
