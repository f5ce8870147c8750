import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const claimRow = (page: Page, text: string) => claims(page).getByRole('row').filter({ hasText: text });
/** The Speaker cell of a row (the fourth column: tick, #, claim, speaker). */
const speakerCell = (page: Page, text: string) => claimRow(page, text).getByRole('cell').nth(3);

async function setSpeaker(page: Page, rowText: string, speaker: string) {
  await claimRow(page, rowText).click();
  await page.getByRole('button', { name: 'Edit speaker' }).click();
  await page.getByRole('textbox', { name: 'Speaker' }).fill(speaker);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Speaker' })).toHaveCount(0);
}

test('the table marks a speaker set by hand (✎) and one cleared by hand, apart from the machine’s and from "not attributed"', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();

  // Before any change: the machine's speaker and "not attributed" carry no mark.
  await expect(speakerCell(page, 'Islamabad also urged')).toHaveText('Islamabad');
  await expect(speakerCell(page, 'This move, however')).toHaveText('—');

  await setSpeaker(page, 'This move, however', 'Provincial officials');
  await setSpeaker(page, 'Islamabad also urged', '');

  await expect(speakerCell(page, 'This move, however')).toContainText('Provincial officials');
  await expect(speakerCell(page, 'This move, however').getByRole('img', { name: 'set by hand' })).toHaveText('✎');
  await expect(speakerCell(page, 'Islamabad also urged')).toHaveText('— (cleared by hand)');
  // A speaker the machine found, and one nobody was found for, still read as before.
  await expect(speakerCell(page, 'The Foreign Office spokesperson')).toHaveText('Shafqat Ali Khan');
  await expect(speakerCell(page, 'The Foreign Office spokesperson').getByRole('img', { name: 'set by hand' })).toHaveCount(0);
  await expect(speakerCell(page, 'Islamabad maintains a dual approach')).toHaveText('—');
  await saveScreenshot(page, 'speaker-marks-table.png');
});
