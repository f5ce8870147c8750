import fs from 'node:fs';
import path from 'node:path';
import { api, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

interface Row {
  id: number;
}

/** The sample after a short review session: three verdicts, a note, a source. */
async function reviewSample(request: Parameters<typeof api>[0], claimdesk: Parameters<typeof api>[1]): Promise<Row[]> {
  await api(request, claimdesk, 'loadSample', {});
  const { rows } = await api<{ rows: Row[] }>(request, claimdesk, 'listClaims', { filter: {}, limit: 100 });
  await api(request, claimdesk, 'setStatus', { claimId: rows[0]!.id, status: 'verified' });
  await api(request, claimdesk, 'setStatus', { claimId: rows[1]!.id, status: 'disputed' });
  await api(request, claimdesk, 'setStatus', { claimId: rows[2]!.id, status: 'unverified' });
  await api(request, claimdesk, 'addNote', { claimId: rows[1]!.id, body: 'Called the ministry: no record of it. <script>alert(1)</script>' });
  await api(request, claimdesk, 'addSource', {
    claimId: rows[1]!.id,
    url: 'https://example.org/ministry-statement',
    title: 'Ministry statement',
    publisher: 'Ministry of Foreign Affairs',
    stance: 'contradicts',
  });
  return rows;
}

test('the HTML report opens in Chromium with nothing fetched, reads as a report, and prints to PDF', async ({ page, request, claimdesk }) => {
  const rows = await reviewSample(request, claimdesk);
  const report = await api<{ filename: string; content: string; rowCount: number }>(request, claimdesk, 'exportReport', { format: 'html' });
  expect(report.filename).toMatch(/\.html$/);
  expect(report.rowCount).toBe(rows.length);
  const file = path.join(claimdesk.dataDir, report.filename);
  fs.writeFileSync(file, report.content);

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const scripts: string[] = [];
  page.on('console', (m) => scripts.push(m.text()));
  await page.goto(`file://${file}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Fact-check report' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  await expect(page.locator('li.claim')).toHaveCount(rows.length);
  await expect(page.locator(`#claim-${rows[1]!.id} .verdict`)).toHaveText('Disputed');
  await expect(page.locator(`#claim-${rows[1]!.id}`)).toContainText('<script>alert(1)</script>');
  await expect(page.locator(`#claim-${rows[1]!.id}`).getByRole('link', { name: 'Ministry statement' })).toHaveAttribute('href', 'https://example.org/ministry-statement');
  await expect(page.getByRole('img', { name: 'All claims by review state' })).toBeVisible();
  // Only the file itself was loaded: no script ran, nothing else was fetched.
  expect(requests).toEqual([`file://${file}`]);
  await expect(page.locator("script")).toHaveCount(0);
  await saveScreenshot(page, 'report-html.png');

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The summary on the first page, the article from the second (print CSS starts each article on a page).
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);
  fs.writeFileSync(path.join(claimdesk.dataDir, 'report.pdf'), pdf);
});

test('ClaimReview and Markdown come from the same review, through the browser-mode API', async ({ request, claimdesk }) => {
  const rows = await reviewSample(request, claimdesk);
  await expect(api(request, claimdesk, 'exportReport', { format: 'claimreview' })).rejects.toThrow(/organisation’s name/);
  await api(request, claimdesk, 'setPublisher', { name: 'Example Checks', reviewUrlTemplate: 'https://example.org/fact-checks/{claimId}' });
  const claimReview = await api<{ content: string; rowCount: number }>(request, claimdesk, 'exportReport', { format: 'claimreview' });
  const reviews = JSON.parse(claimReview.content) as Array<{ url: string; reviewRating: { alternateName: string } }>;
  expect(reviews.map((r) => [r.url, r.reviewRating.alternateName])).toEqual([
    [`https://example.org/fact-checks/${rows[0]!.id}`, 'Verified'],
    [`https://example.org/fact-checks/${rows[1]!.id}`, 'Disputed'],
    [`https://example.org/fact-checks/${rows[2]!.id}`, 'Unverified'],
  ]);
  const markdown = await api<{ content: string }>(request, claimdesk, 'exportReport', { format: 'markdown', filter: { status: 'disputed' } });
  expect(markdown.content).toContain('Disputed claims');
  expect(markdown.content).toContain('[Ministry statement](<https://example.org/ministry-statement>)');
  expect(markdown.content.match(/^- \*\*#\d+\*\*/gm)).toHaveLength(1);
});

test('from the top bar: Reports… downloads the HTML report of what the table shows, and ClaimReview once the publisher is given', async ({ page, request, claimdesk }) => {
  await reviewSample(request, claimdesk);
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Reports…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a report' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /HTML report/ })).toBeChecked();
  await saveScreenshot(page, 'report-dialog.png');

  const htmlDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export HTML report' }).click();
  const html = await htmlDownload;
  expect(html.suggestedFilename()).toMatch(/^claimdesk-article-\d+-\d{4}-\d{2}-\d{2}\.html$/);
  const htmlPath = path.join(claimdesk.dataDir, html.suggestedFilename());
  await html.saveAs(htmlPath);
  expect(fs.readFileSync(htmlPath, 'utf8')).toContain('<h1>Fact-check report</h1>');
  await expect(page.getByRole('status')).toContainText(/Exported 18 claims to claimdesk-.*\.html/);
  await expect(dialog).toBeHidden();

  // ClaimReview asks who publishes; a template without {claimId} is refused by name, and nothing downloads.
  await page.getByRole('button', { name: 'Reports…' }).click();
  await dialog.getByRole('radio', { name: /ClaimReview/ }).check();
  await dialog.getByLabel('Organisation name').fill('Example Checks');
  await dialog.getByLabel(/Fact-check address/).fill('https://example.org/fact-checks/');
  await dialog.getByRole('button', { name: /Export ClaimReview/ }).click();
  await expect(page.getByRole('alert')).toContainText('{claimId}');
  await dialog.getByLabel(/Fact-check address/).fill('https://example.org/fact-checks/{claimId}');
  const jsonDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /Export ClaimReview/ }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/\.claimreview\.json$/);
  const jsonPath = path.join(claimdesk.dataDir, json.suggestedFilename());
  await json.saveAs(jsonPath);
  const reviews = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as Array<{ author: { name: string } }>;
  expect(reviews).toHaveLength(3);
  expect(reviews.every((r) => r.author.name === 'Example Checks')).toBe(true);
  // The publisher is kept: the next export does not ask again.
  expect((await api<{ publisher: { name: string } }>(request, claimdesk, 'getPreferences', {})).publisher.name).toBe('Example Checks');
});
