import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { articlePicker, pickAllArticles, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claimRows = (page: Page) => page.getByRole('table', { name: 'Claims' }).locator('tbody tr[data-claim-id]');

const PASTED = [
  'Ministry figures show 12,000 homes were rebuilt last year.',
  '',
  '=HYPERLINK("http://example.invalid/x","Click") is what the leaked spreadsheet said, according to a council clerk.',
  '',
  '-40% is the drop in river levels the agency reported.',
].join('\n');

test('import files: good ones open, bad ones get a named error and change nothing', async ({ page, claimdesk }) => {
  const dir = claimdesk.dataDir;
  const good = path.join(dir, 'wire-story.md');
  fs.writeFileSync(good, '# Port reopens\n\nLONDON (Reuters) - The port reopened on Monday, officials said. Traffic rose 3.5% in a week.\n');
  const binary = path.join(dir, 'photo.txt');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  const utf16 = path.join(dir, 'utf16.txt');
  fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('KABUL - Flights resumed on Tuesday, the airline said.', 'utf16le')]));

  await page.goto(claimdesk.url);
  await page.getByLabel('Import article').setInputFiles([binary, empty]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('photo.txt');
  await expect(alert).toContainText(/binary/i);
  await expect(alert).toContainText('empty.txt');
  await expect(alert).toContainText(/empty/i);
  // Nothing was imported: still the start screen.
  await expect(page.getByRole('button', { name: 'Load sample article' })).toBeVisible();

  await page.getByLabel('Import article').setInputFiles([good, utf16]);
  // Both arrive; the picker offers each and all of them together.
  await pickAllArticles(page);
  await expect(articlePicker(page)).toContainText('All articles — 3 claims');
  await expect(claimRows(page).filter({ hasText: 'The port reopened on Monday' })).toContainText('officials');
  await expect(claimRows(page).filter({ hasText: 'Flights resumed on Tuesday' })).toContainText('the airline');
});

test('export CSV follows the filter and neutralises formula-looking cells', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByLabel('Paste article text').fill(PASTED);
  await page.getByLabel('Title (optional)').fill('Leaked spreadsheet story');
  await page.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(claimRows(page)).toHaveCount(3);

  await claimRows(page).filter({ hasText: 'HYPERLINK' }).click();
  await page.getByRole('button', { name: 'Disputed', exact: true }).click();
  await page.getByLabel('Note', { exact: true }).fill('Clerk named in the council minutes.\nSecond line of the note.');
  await page.getByRole('button', { name: 'Add note' }).click();
  // Saved, not only typed: the note box's own text holds the draft until then, so wait for the saved note.
  await expect(page.getByRole('complementary').locator('.note__body')).toContainText('Second line of the note.');
  // A speaker set by hand: the CSV's last column says so.
  await page.getByRole('complementary').getByRole('button', { name: 'Edit speaker' }).click();
  await page.getByRole('complementary').getByLabel('Speaker', { exact: true }).fill('The town clerk');
  await page.getByRole('complementary').getByLabel('Speaker', { exact: true }).press('Enter');
  await expect(claimRows(page).filter({ hasText: 'HYPERLINK' })).toContainText('The town clerk');

  // Everything: three rows.
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  let file = path.join(claimdesk.dataDir, 'all.csv');
  await (await download).saveAs(file);
  let bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.slice(1).split('\r\n')[0]).toBe(
    'Claim ID,Article,Article date,Claim #,Claim,Speaker,Status,Reviewed by,Reviewed at,Notes,Sources,Suggested status,Disputed by,Check-worthiness,Article file,Article words,Seen before,Tags,Speaker set by',
  );
  let records = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
  expect(records).toHaveLength(3);
  const formula = records.find((r) => r['Claim']!.includes('HYPERLINK'))!;
  expect(formula['Claim']!.startsWith("'=HYPERLINK(")).toBe(true);
  expect(formula['Status']).toBe('disputed');
  expect(Number(formula['Check-worthiness'])).toBeGreaterThanOrEqual(0);
  expect(Number(formula['Check-worthiness'])).toBeLessThanOrEqual(1);
  expect(formula['Notes']).toMatch(/Clerk named in the council minutes\.\nSecond line of the note\.$/);
  expect(formula['Article']).toBe('Leaked spreadsheet story');
  expect(formula['Article file']).toBe(''); // pasted, not a file
  expect(formula).toMatchObject({ Speaker: 'The town clerk', 'Speaker set by': 'hand' });
  expect(records.filter((r) => r['Speaker set by'] === '')).toHaveLength(2); // the machine's
  expect(records.find((r) => r['Claim']!.includes('river levels'))!['Claim']!.startsWith("'-40%")).toBe(true);

  // Filtered: only what the table shows.
  await page.getByLabel('Status filter').selectOption({ label: 'Disputed' });
  await expect(claimRows(page)).toHaveCount(1);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  file = path.join(claimdesk.dataDir, 'disputed.csv');
  await (await download).saveAs(file);
  bytes = fs.readFileSync(file);
  records = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
  expect(records.map((r) => r['Status'])).toEqual(['disputed']);

  // An imported file beside the pasted text: its rows name the file.
  const story = path.join(claimdesk.dataDir, 'wire-story.md');
  fs.writeFileSync(story, '# Port reopens\n\nLONDON (Reuters) - The port reopened on Monday, officials said. Traffic rose 3.5% in a week.\n');
  await page.getByLabel('Status filter').selectOption('');
  await page.getByLabel('Import article').setInputFiles(story);
  // The import opens the new article; only then show all of them.
  await expect(claimRows(page).filter({ hasText: 'The port reopened on Monday' })).toHaveCount(1);
  await pickAllArticles(page);
  await expect(claimRows(page).filter({ hasText: 'river levels' })).toHaveCount(1);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  file = path.join(claimdesk.dataDir, 'with-file.csv');
  await (await download).saveAs(file);
  records = parse(fs.readFileSync(file, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
  expect(records.find((r) => r['Claim']!.includes('The port reopened on Monday'))!['Article file']).toBe('wire-story.md');
  const pasted = records.filter((r) => r['Article'] === 'Leaked spreadsheet story');
  expect(pasted).toHaveLength(3);
  expect(pasted.map((r) => r['Article file'])).toEqual(['', '', '']);
});

test('each refused file’s error stays until dismissed — across imports, past any timeout — with its own × and Esc; success notices still fade', async ({ page, claimdesk }) => {
  const dir = claimdesk.dataDir;
  const write = (name: string, bytes: string | Buffer) => {
    fs.writeFileSync(path.join(dir, name), bytes);
    return path.join(dir, name);
  };
  const zip = write('fakezip.docx', Buffer.from('PK\u0003\u0004 not really a zip'));
  const empty = write('empty.txt', '');
  const photo = write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  const good = write('port.txt', 'KARACHI - The port reopened on Monday, officials said.\n\nShips queued for two days, agents said.');
  await page.clock.install();
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(claimRows(page).first()).toBeVisible();

  const alert = page.getByRole('alert');
  const item = (name: string) => alert.getByRole('listitem').filter({ hasText: name });
  await page.getByLabel('Import article').setInputFiles([zip]);
  await expect(alert.filter({ hasText: 'fakezip.docx' })).toBeVisible();
  // A second import, then a third with a good file: the earlier failures stay, each file on its own line.
  await page.getByLabel('Import article').setInputFiles([empty]);
  await expect(alert.locator('.message--group')).toContainText('2 files were not imported:');
  await page.getByLabel('Import article').setInputFiles([photo, good]);
  await expect(alert.locator('.message--group')).toContainText('3 files were not imported:');
  for (const name of ['fakezip.docx', 'empty.txt', 'photo.txt']) await expect(item(name)).toHaveCount(1);
  const notice = page.getByRole('status').filter({ hasText: 'port.txt: imported' });
  await expect(notice).toBeVisible();
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await saveScreenshot(page, `import-errors-kept-${size.width}.png`);
  }

  // A minute later: the success notice has faded, every error is still there.
  await page.clock.fastForward('01:00');
  await expect(notice).toHaveCount(0);
  await expect(alert.getByRole('listitem')).toHaveCount(3);

  // One file's ×, then Esc on another's: each goes alone.
  await item('empty.txt').getByRole('button', { name: 'Dismiss this file’s error' }).click();
  await expect(alert.getByRole('listitem')).toHaveCount(2);
  await item('photo.txt').getByRole('button', { name: 'Dismiss this file’s error' }).focus();
  await page.keyboard.press('Escape');
  await expect(item('photo.txt')).toHaveCount(0);
  // The last one left is an error box of its own; Esc on it closes it.
  await expect(alert.locator('.message')).toHaveCount(1);
  await expect(alert).toContainText('fakezip.docx');
  await alert.getByRole('button', { name: 'Dismiss error' }).focus();
  await page.keyboard.press('Escape');
  await expect(alert).toHaveCount(0);
});

test('one import’s refused files are listed in one box that one × dismisses, not a box each over the table', async ({ page, claimdesk }) => {
  const dir = claimdesk.dataDir;
  const files = ['empty.txt', 'blank.md', 'photo.txt', 'fakezip.docx'].map((name) => path.join(dir, name));
  fs.writeFileSync(files[0]!, '');
  fs.writeFileSync(files[1]!, '   \n\n  ');
  fs.writeFileSync(files[2]!, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  fs.writeFileSync(files[3]!, Buffer.from('PK\u0003\u0004 not really a zip'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(claimRows(page).first()).toBeVisible();

  await page.getByLabel('Import article').setInputFiles(files);
  const group = page.getByRole('alert').locator('.message--group');
  await expect(group).toContainText('4 files were not imported:');
  await expect(group.getByRole('listitem')).toHaveCount(4);
  for (const name of ['empty.txt', 'blank.md', 'photo.txt', 'fakezip.docx']) await expect(group).toContainText(name);
  await expect(page.getByRole('alert').locator('.message')).toHaveCount(1);
  await saveScreenshot(page, 'import-errors-grouped-1366.png');
  await page.getByRole('button', { name: 'Dismiss import errors' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
