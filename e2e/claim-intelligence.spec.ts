import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

// Screenshots of the new parts of the screen are saved on every run (see screenshots.ts) and looked at by a person.

// The page's DOM, as far as the helpers below use it inside the page (this programme is compiled without the DOM library).
interface PageText {
  textContent: string | null;
}
interface PageRange {
  setStart(node: PageText, offset: number): void;
  setEnd(node: PageText, offset: number): void;
  getBoundingClientRect(): { left: number; right: number; top: number; height: number };
}
declare const document: { createTreeWalker(root: unknown, whatToShow: number): { nextNode(): PageText | null }; createRange(): PageRange };
declare const NodeFilter: { SHOW_TEXT: number };
declare const window: { getSelection(): { removeAllRanges(): void; addRange(range: PageRange): void } | null };

const claims = (page: Page) => page.getByRole('table', { name: 'Claims' });
const claimRows = (page: Page) => claims(page).locator('tbody tr[data-claim-id]');
const row = (page: Page, text: string | RegExp) => claimRows(page).filter({ hasText: text });
const detail = (page: Page) => page.getByRole('complementary');
const article = (page: Page) => page.locator('.article__body');
const history = (page: Page) => detail(page).locator('.history');
const verdictButton = (page: Page, name: 'Verified' | 'Disputed' | 'Unverified') => detail(page).getByRole('button', { name, exact: true });

const MILITANT_ATTACKS = 'Relations between Pakistan and Afghanistan have deteriorated';
const DENIAL = 'The Taliban government denies these allegations';
const DEPORTATION = 'Tensions have also been fuelled by Pakistan’s deportation drive';

async function loadSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, 'over 800,000 Afghans')).toBeVisible();
}

/** The check-worthiness scores of the rows, top to bottom. */
async function scores(page: Page): Promise<number[]> {
  const values = await claims(page).locator('tbody tr[data-claim-id] .claims__worth').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-worth') ?? ''));
  return values.map(Number);
}

/**
 * Selects words of the article with the mouse, as a person does: press at the
 * first character, drag to the last. Returns nothing; the page reacts to the selection.
 */
async function dragSelect(page: Page, words: string) {
  const box = await article(page).evaluate((body, wanted) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const first = document.createRange();
      first.setStart(node, at);
      first.setEnd(node, at + 1);
      const last = document.createRange();
      last.setStart(node, at + wanted.length - 1);
      last.setEnd(node, at + wanted.length);
      const a = first.getBoundingClientRect();
      const b = last.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    throw new Error(`"${wanted}" is not in one text node of the article`);
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** Selects from the start of `from` to the end of `to` in the article (they may lie in different segments), without the mouse. */
async function selectAcross(page: Page, from: string, to: string) {
  await article(page).evaluate(
    (body, [a, b]) => {
      const find = (wanted: string) => {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(wanted);
          if (at >= 0) return { node, at };
        }
        throw new Error(`"${wanted}" is not in the article`);
      };
      const start = find(a!);
      const end = find(b!);
      const range = document.createRange();
      range.setStart(start.node, start.at);
      range.setEnd(end.node, end.at + b!.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [from, to],
  );
}

async function expectHighlight(page: Page, text: string) {
  await expect(article(page).locator('mark', { hasText: text })).toHaveText(text);
}

test('speakers and check-worthiness in the table: sortable, with the reasons on hover and in the detail panel', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);

  // Speaker: the two-sentence quotation is "one diplomat"'s; the denial is the Taliban government's.
  await expect(row(page, 'Without the federal government’s approval')).toContainText('one diplomat');
  await expect(row(page, DENIAL)).toContainText('The Taliban government');

  // Every row has a score from 0 to 1.
  await expect(claims(page).getByRole('columnheader', { name: /Check-worthiness/ })).toBeVisible();
  const shown = await scores(page);
  expect(shown).toHaveLength(18);
  for (const score of shown) {
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  }
  await expect(row(page, DEPORTATION).locator('.claims__worth')).toContainText(/[01]\.\d\d/);

  // The reasons: a description screen readers read with the score, and a tooltip on hover.
  const score = row(page, DEPORTATION).locator('.claims__worth');
  await expect(score).toHaveAccessibleDescription(/^Check-worthiness [01]\.\d\d/);
  await score.hover();
  const tip = page.locator('.worth-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Check-worthiness');
  await expect(score).toHaveAttribute('aria-describedby', /^worth-\d+$/);
  await saveScreenshot(page, 'claims-table-worthiness.png');
  await page.mouse.move(5, 5);
  await expect(tip).toHaveCount(0);

  // Sorted in SQLite: most check-worthy first, then least.
  const sortButton = claims(page).getByRole('button', { name: /Check-worthiness/ });
  await sortButton.click();
  await expect(claims(page).getByRole('columnheader', { name: /Check-worthiness/ })).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => {
    const desc = await scores(page);
    return desc.every((s, i) => i === 0 || desc[i - 1]! >= s);
  }).toBe(true);
  // A new order is read from its top: the most check-worthy claim is selected and in view, not the old selection mid-list.
  const firstRow = claims(page).locator('tbody tr[data-claim-id]').first();
  await expect(firstRow).toHaveAttribute('aria-current', 'true');
  await expect(firstRow).toBeInViewport();
  await sortButton.click();
  await expect(claims(page).getByRole('columnheader', { name: /Check-worthiness/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => {
    const asc = await scores(page);
    return asc.every((s, i) => i === 0 || asc[i - 1]! <= s);
  }).toBe(true);

  // The detail panel explains the score of the selected claim, keyboard or not.
  await row(page, DEPORTATION).click();
  const insight = detail(page).getByRole('region', { name: 'Check-worthiness' });
  await expect(insight).toBeVisible();
  const reasonList = insight.getByRole('list', { name: 'Reasons' });
  const rowReasons = await row(page, DEPORTATION).locator('[id^="worth-"]').textContent();
  if ((await reasonList.count()) > 0) {
    // Each reason is explained in words, the same as the row's description.
    for (const item of await reasonList.getByRole('listitem').allInnerTexts()) expect(item.length).toBeGreaterThan(3);
    expect(rowReasons).toMatch(/: .+\./);
  }
});

test('filters by speaker, entity and "disputed in article" compose with the others and clear together', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await expect(claimRows(page)).toHaveCount(18);

  // Speaker: the menu lists the article's speakers with their counts.
  const speakerFilter = page.getByRole('button', { name: /^Speaker filter/ });
  await speakerFilter.click();
  const speakers = page.getByRole('listbox', { name: 'Speakers' });
  await expect(speakers.getByRole('option').filter({ hasText: 'one diplomat' })).toContainText('2');
  await saveScreenshot(page, 'speaker-menu.png');
  // Found by typing; Enter takes the first match and gives the table the keyboard.
  await page.getByRole('combobox', { name: 'Search speakers' }).fill('diplomat ONE'); // any order, any case
  await expect(speakers.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(speakerFilter).toContainText('one diplomat');
  await expect(page.getByRole('table', { name: 'Claims' })).toBeFocused();
  await expect(claimRows(page)).toHaveCount(2);
  for (const text of await claimRows(page).allInnerTexts()) expect(text).toContain('one diplomat');
  // Composes with search.
  await page.getByLabel('Search claims').fill('approval');
  await expect(claimRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(claimRows(page)).toHaveCount(18);
  await expect(page.getByLabel('Search claims')).toHaveValue('');
  await expect(speakerFilter).toContainText('Any speaker');

  // Contested in article: both sides — the claim the Taliban government's denial targets, and the denial.
  await page.getByLabel('Contested in article').check();
  await expect(claimRows(page)).toHaveCount(2);
  await expect(claimRows(page).first()).toContainText(MILITANT_ATTACKS);
  await expect(claimRows(page).first()).toContainText('suggested: disputed');
  await expect(claimRows(page).nth(1)).toContainText('The Taliban government denies these allegations');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByLabel('Contested in article')).not.toBeChecked();
  await expect(claimRows(page)).toHaveCount(18);

  // Entity: a chip in the detail panel filters the table by it.
  await row(page, MILITANT_ATTACKS).click();
  const entities = detail(page).getByRole('list', { name: 'Entities' });
  await expect(entities.getByRole('button', { name: 'Afghanistan', exact: true })).toBeVisible();
  await entities.getByRole('button', { name: 'Afghanistan', exact: true }).click();
  const entityFilter = page.getByRole('button', { name: /^Entity filter/ });
  await expect(entityFilter).toContainText('Afghanistan');
  // As many rows as the menu counts for it, each naming it; the claim it was chosen from among them.
  await entityFilter.click();
  const chosen = page.getByRole('listbox', { name: 'Names' }).getByRole('option', { selected: true });
  await expect(chosen.locator('.facet-option__name')).toHaveText('Afghanistan');
  const withAfghanistan = Number(await chosen.locator('.facet-option__count').textContent());
  await page.keyboard.press('Escape');
  await expect(entityFilter).toBeFocused();
  expect(withAfghanistan).toBeGreaterThan(1);
  expect(withAfghanistan).toBeLessThan(18);
  await expect(claimRows(page)).toHaveCount(withAfghanistan);
  await expect(row(page, MILITANT_ATTACKS)).toHaveCount(1);
  await expect(row(page, MILITANT_ATTACKS)).toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(claimRows(page)).toHaveCount(18);
});

test('the article’s own denial suggests Disputed, never sets it: accepting it on the sample is recorded in the history', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  await page.getByRole('button', { name: 'Load sample article' }).click();
  await expect(row(page, MILITANT_ATTACKS)).toContainText('suggested: disputed');
  // A suggestion is not a verdict.
  await expect(row(page, MILITANT_ATTACKS)).toContainText('Not reviewed');

  await row(page, MILITANT_ATTACKS).click();
  // The number the table shows it under (the hidden dateline before it makes its position another).
  const attacksNumber = await row(page, MILITANT_ATTACKS).locator('.claims__num').innerText();
  const dispute = detail(page).getByRole('region', { name: 'In-article dispute' });
  await expect(dispute).toContainText('Disputed by: The Taliban government — “denies these allegations”');
  await expect(dispute.getByRole('button', { name: /The Taliban government denies these allegations, asserting/ })).toBeVisible();
  await saveScreenshot(page, 'detail-dispute.png');

  // The denial sentence selects that claim, and it links back.
  await dispute.getByRole('button', { name: /The Taliban government denies these allegations, asserting/ }).click();
  await expect(row(page, DENIAL)).toHaveAttribute('aria-current', 'true');
  const back = detail(page).getByRole('region', { name: 'In-article dispute' });
  await expect(back).toContainText(`This sentence disputes claim ${attacksNumber} `);
  await saveScreenshot(page, 'detail-denial.png');
  await back.getByRole('button', { name: /claim \d+/ }).click();
  await expect(row(page, MILITANT_ATTACKS)).toHaveAttribute('aria-current', 'true');

  // Accept: the verdict becomes Disputed, recorded in the history with the denial as the reason.
  await dispute.getByRole('button', { name: /Accept/ }).click();
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'true');
  await expect(row(page, MILITANT_ATTACKS)).toContainText('Disputed');
  await expect(row(page, MILITANT_ATTACKS)).not.toContainText('suggested: disputed');
  await expect(dispute).toContainText(/Accepted\s+by Ana Reviewer/);
  await expect(history(page)).toContainText('In-article dispute accepted');
  await expect(history(page)).toContainText('Disputed by: The Taliban government — “denies these allegations”');
  await expect(history(page).locator('.history__entry', { hasText: 'Status' })).toContainText(/not reviewed\s*→\s*to\s*disputed/);
  await expect(article(page).locator('mark', { hasText: MILITANT_ATTACKS })).toHaveClass(/hl--disputed/);
  await expect(page.locator('.topbar')).toContainText('Disputed 1');
  await saveScreenshot(page, 'dispute-accepted.png');
});

test('a doubt the article reports ("other experts are cautious about the findings") is said as one, credited to its holders', async ({ page, claimdesk }) => {
  await page.goto(claimdesk.url);
  // The start screen of an empty workspace has the paste box open.
  await page
    .getByLabel('Paste article text')
    .fill(
      'Egypt finds hints of hidden chambers\n\nLead researcher Mamdouh Eldamaty told Nature that the results were suggestive of concealed structures beyond the tomb.\n\nHowever, other experts are cautious about the findings.',
    );
  await page.getByRole('button', { name: 'Import pasted text' }).click();
  const finding = row(page, 'Lead researcher Mamdouh Eldamaty');
  await expect(finding).toContainText('suggested: disputed');
  await finding.click();
  const dispute = detail(page).getByRole('region', { name: 'In-article dispute' });
  await expect(dispute).toContainText('Doubted by: other experts — “cautious about the findings”');
  await expect(dispute).not.toContainText('Disputed by');
  await saveScreenshot(page, 'detail-doubt.png');
  // Dismissing it is recorded as a doubt set aside, not as a denial.
  await dispute.getByRole('button', { name: 'Dismiss' }).click();
  await expect(history(page)).toContainText('Not doubted by: other experts — “cautious about the findings”');
  await saveScreenshot(page, 'detail-doubt-dismissed.png');
  // The doubting sentence's own panel says what it doubts.
  await dispute.getByRole('button', { name: /However, other experts are cautious/ }).click();
  await expect(detail(page).getByRole('region', { name: 'In-article dispute' })).toContainText(/This sentence doubts claim \d+/);
});

test('dismissing the suggestion leaves the verdict alone; `a` accepts only a pending one; Accept after all still can', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await row(page, MILITANT_ATTACKS).click();
  const dispute = detail(page).getByRole('region', { name: 'In-article dispute' });
  await dispute.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dispute).toContainText(/Dismissed\s+by Ana Reviewer/);
  await expect(row(page, MILITANT_ATTACKS)).toContainText('Not reviewed');
  await expect(row(page, MILITANT_ATTACKS)).not.toContainText('suggested: disputed');
  await expect(history(page)).toContainText('In-article dispute dismissed');
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'false');

  // Dismissing refuses the verdict only: the article still reports the disagreement, so both sides stay contested.
  await page.getByLabel('Contested in article').check();
  await expect(claimRows(page)).toHaveCount(2);
  await expect(row(page, MILITANT_ATTACKS)).toBeVisible();
  await page.getByLabel('Contested in article').uncheck();
  // The whole article again (a row the filter left out is back) before a row is clicked: not a row the reload replaces.
  await expect(row(page, 'The federal and the Khyber Pakhtunkhaw governments are in conflict')).toBeVisible();

  // `a` takes only a pending suggestion: a dismissed one stays dismissed...
  await row(page, MILITANT_ATTACKS).click();
  await page.keyboard.press('a');
  await expect(page.getByRole('status')).toContainText('No pending in-article dispute on this claim');
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'false');
  // ...until the fact-checker changes their mind with the button.
  await dispute.getByRole('button', { name: 'Accept after all' }).click();
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'true');
  await expect(dispute).toContainText(/Accepted\s+by Ana Reviewer/);
});

test('`a` accepts the pending suggestion from the keyboard', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await row(page, MILITANT_ATTACKS).click();
  await page.keyboard.press('a');
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'true');
  await expect(history(page)).toContainText('In-article dispute accepted');
  await expect(row(page, MILITANT_ATTACKS)).not.toContainText('suggested: disputed');

  // The new keys are listed with the others.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Edit the claim’s text');
  await expect(help).toContainText('Exclude the claim as a non-claim, or restore a hidden one');
  await expect(help).toContainText('Accept the in-article dispute suggestion');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('edit a claim’s words, split it at the cursor and merge it back; anchors and history follow', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await row(page, DEPORTATION).click();
  const whole = (await row(page, DEPORTATION).locator('.claims__text').textContent())!;
  const cut = whole.indexOf(' disproportionately');
  expect(cut).toBeGreaterThan(0);

  // e: the text becomes a field; the cursor goes where the claim should be cut.
  await page.keyboard.press('e');
  const field = detail(page).getByLabel('Claim text');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(whole);
  await field.evaluate((el, at) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(at, at), cut);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(detail(page).getByText('Splits after “')).toContainText('illegal residents,”');
  await saveScreenshot(page, 'edit-mode.png');

  await detail(page).getByRole('button', { name: 'Split at cursor' }).click();
  const first = whole.slice(0, cut);
  const second = whole.slice(cut + 1);
  await expect(claimRows(page)).toHaveCount(19);
  await expect(row(page, DEPORTATION)).toHaveAttribute('aria-current', 'true');
  await expect(row(page, DEPORTATION).locator('.claims__text')).toHaveText(first);
  await expect(row(page, /^\d+disproportionately affecting/).locator('.claims__text')).toHaveText(second);
  await expectHighlight(page, first);
  await expectHighlight(page, second);
  await expect(history(page)).toContainText('Claim split');
  await expect(field).toHaveCount(0);

  // Merge with next: one claim again, the same words and anchor, both edits in its history.
  await detail(page).getByRole('button', { name: 'Merge with next' }).click();
  await expect(claimRows(page)).toHaveCount(18);
  await expect(row(page, DEPORTATION).locator('.claims__text')).toHaveText(whole);
  await expect(row(page, DEPORTATION)).toHaveAttribute('aria-current', 'true');
  await expectHighlight(page, whole);
  await expect(history(page)).toContainText('Claims merged');
  await expect(history(page)).toContainText('Claim split');

  // Split again and merge from the second half with "Merge with previous": the earlier claim is selected, no error.
  await page.keyboard.press('e');
  await field.evaluate((el, at) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(at, at), cut + 1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await detail(page).getByRole('button', { name: 'Split at cursor' }).click();
  await expect(claimRows(page)).toHaveCount(19);
  await row(page, /^\d+disproportionately affecting/).click();
  await detail(page).getByRole('button', { name: 'Merge with previous' }).click();
  await expect(claimRows(page)).toHaveCount(18);
  await expect(row(page, DEPORTATION)).toHaveAttribute('aria-current', 'true');
  await expect(detail(page).locator('.detail__text')).toHaveText(whole);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Reword: the claim shows the new words, the article's words stay under them, and it can no longer be split.
  await detail(page).getByRole('button', { name: /^Edit(?! speaker)/ }).click();
  await field.fill('Pakistan has deported over 800,000 Afghans since November 2023.');
  await page.keyboard.press('Control+Enter');
  await expect(row(page, 'Pakistan has deported over 800,000 Afghans')).toHaveAttribute('aria-current', 'true');
  await expect(detail(page).locator('.detail__text')).toHaveText('Pakistan has deported over 800,000 Afghans since November 2023.');
  await expect(detail(page).locator('.detail__original')).toContainText(whole);
  await expect(history(page)).toContainText('Claim edited');
  // The article still shows its own words, highlighted as before.
  await expectHighlight(page, whole);
  await page.keyboard.press('e');
  await expect(detail(page).getByRole('button', { name: 'Split at cursor' })).toBeDisabled();
  await expect(detail(page)).toContainText('This claim was reworded');
  // Esc cancels without a change.
  await field.fill('Something else entirely.');
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(detail(page).locator('.detail__text')).toHaveText('Pakistan has deported over 800,000 Afghans since November 2023.');
});

test('exclude a claim, add part of it back from a text selection in the article, restore the rest', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  const dual = 'Islamabad maintains a dual approach - kinetic operations within its borders and diplomatic efforts with Kabul - to tackle terrorism.';
  await row(page, 'Islamabad maintains a dual approach').click();

  // x: excluded, gone from the table; the detail panel keeps it, with Restore.
  await page.keyboard.press('x');
  await expect(claimRows(page)).toHaveCount(17);
  await expect(row(page, 'Islamabad maintains a dual approach')).toHaveCount(0);
  await expect(detail(page).getByRole('button', { name: /Restore as a claim/ })).toBeVisible();
  await expect(history(page)).toContainText('Excluded');
  await expect(article(page).locator('mark', { hasText: 'Islamabad maintains' })).toHaveCount(0);

  // Select some of its words in the article with the mouse: "Add as claim".
  await dragSelect(page, 'kinetic operations within its borders');
  const add = page.getByRole('button', { name: /Add as claim/ });
  await expect(add).toBeVisible();
  await saveScreenshot(page, 'add-from-selection.png');
  await add.click();
  await expect(row(page, /^\d+kinetic operations within its borders/)).toHaveAttribute('aria-current', 'true');
  await expect(row(page, /^\d+kinetic operations within its borders/).locator('.claims__text')).toHaveText('kinetic operations within its borders');
  await expect(claimRows(page)).toHaveCount(18);
  await expectHighlight(page, 'kinetic operations within its borders');
  await expect(history(page)).toContainText('Claim added from the article');
  await expect(add).toHaveCount(0);

  // Words that are already a claim: the backend says which one, readably.
  await selectAcross(page, 'over 800,000', 'Afghans repatriated');
  await expect(add).toBeVisible();
  await page.keyboard.press('a');
  await expect(page.getByRole('alert')).toContainText(/overlaps claim \d+ \(“Tensions have also been fuelled/);
  await expect(claimRows(page)).toHaveCount(18);
  await page.getByRole('button', { name: 'Dismiss error' }).click();

  // The rest of the excluded sentence is kept, hidden: show non-claims, select it, x restores it.
  await page.getByLabel('Show non-claims').check();
  const rest = row(page, /^(?:\d+|·)Islamabad maintains a dual approach -/); // a hidden row has no claim number
  await expect(rest).toContainText('excluded (not a claim)');
  await rest.click();
  await page.keyboard.press('x');
  await expect(detail(page).getByRole('button', { name: /^Exclude/ })).toBeVisible();
  await expect(history(page)).toContainText('Restored');
  await page.getByLabel('Show non-claims').uncheck();
  await expect(row(page, /^\d+Islamabad maintains a dual approach -/)).toBeVisible();
  await expectHighlight(page, 'Islamabad maintains a dual approach -');
  await expect(claimRows(page)).toHaveCount(19);
  expect(dual).toContain('kinetic operations within its borders');
});

test('splitting a claim from a Windows (CRLF) file cuts exactly where the cursor is', async ({ page, claimdesk }) => {
  // A hard-wrapped paragraph with CRLF line ends: the field shows LF, the article keeps CRLF.
  const text = 'Flood report\r\n\r\nThe storm closed 40 schools\r\non Monday across the\r\nregion, and the river rose 3 metres overnight, officials said.\r\n';
  await page.goto(claimdesk.url);
  await page.getByLabel('Import article').setInputFiles({ name: 'crlf-flood.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await row(page, 'The storm closed').click();
  await page.keyboard.press('e');
  const field = detail(page).getByLabel('Claim text');
  await expect(field).toBeFocused();
  const shown = await field.inputValue();
  const cut = shown.indexOf('and the river');
  expect(cut).toBeGreaterThan(0);
  await field.evaluate((el, at) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(at, at), cut);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await detail(page).getByRole('button', { name: 'Split at cursor' }).click();
  // The comma stays with the first half; the second starts exactly at "and".
  const texts = claims(page).locator('tbody tr[data-claim-id] .claims__text');
  await expect(texts).toHaveCount(2);
  const words = (await texts.allTextContents()).map((t) => t.replace(/\s+/g, ' '));
  expect(words).toEqual(['The storm closed 40 schools on Monday across the region,', 'and the river rose 3 metres overnight, officials said.']);
});

test('Shift+A dismisses the pending suggestion from the keyboard; the verdict stays', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await row(page, MILITANT_ATTACKS).click();
  await page.keyboard.press('Shift+A');
  const dispute = detail(page).getByRole('region', { name: 'In-article dispute' });
  await expect(dispute).toContainText(/Dismissed\s+by/);
  await expect(verdictButton(page, 'Disputed')).toHaveAttribute('aria-pressed', 'false');
  await expect(history(page)).toContainText('In-article dispute dismissed');
  await expect(row(page, MILITANT_ATTACKS)).not.toContainText('suggested: disputed');
});

test('j while an edit is unsaved keeps the editor and the words: Save or Esc first', async ({ page, claimdesk }) => {
  await loadSample(page, claimdesk.url);
  await row(page, DEPORTATION).click();
  await page.keyboard.press('e');
  const field = detail(page).getByLabel('Claim text');
  await field.press('End');
  await field.pressSequentially(' (edited)');
  // Leave the field without saving, then try to move on.
  await field.blur();
  await page.keyboard.press('j');
  await expect(page.getByRole('status')).toContainText('not saved');
  await expect(field).toHaveValue(/\(edited\)$/);
  await expect(row(page, DEPORTATION)).toHaveAttribute('aria-current', 'true');
  // Clicking another claim closes the editor but keeps the words: back on this claim, e finds them again.
  await row(page, MILITANT_ATTACKS).click();
  await expect(field).toHaveCount(0);
  await row(page, DEPORTATION).click();
  await page.keyboard.press('e');
  await expect(field).toHaveValue(/\(edited\)$/);
  // Esc cancels and forgets them; then j moves on.
  await field.press('Escape');
  await expect(field).toHaveCount(0);
  await page.keyboard.press('e');
  await expect(field).not.toHaveValue(/\(edited\)$/);
  await field.press('Escape');
  await page.keyboard.press('j');
  await expect(row(page, DEPORTATION)).not.toHaveAttribute('aria-current', 'true');
});

test('Merge with next joins a quotation that runs on into the next paragraph, hidden question and all; undo parts it again', async ({ page, claimdesk, request }) => {
  await api(request, claimdesk, 'importArticle', {
    text: 'Border talks stall\n\nISLAMABAD - The minister spoke to reporters on Monday.\n\n“Our farmers lose 2 million rupees a day when the border is closed.\n\n“Who pays for that? Not the people in Kabul,” Khan said.\n\nTalks resume on Friday.',
  });
  await page.goto(claimdesk.url);
  await expect(claimRows(page)).toHaveCount(4);
  await row(page, 'Our farmers').click();
  const merge = detail(page).getByRole('button', { name: 'Merge with next' });
  await expect(merge).toHaveAttribute('title', /claim 3/);
  await merge.click();

  // One claim: the quotation from its first word to “Khan said”, the question the analysis set aside taken in.
  await expect(claimRows(page)).toHaveCount(3);
  await expect(row(page, 'Our farmers')).toContainText('Who pays for that? Not the people in Kabul');
  const mark = page.locator('mark.hl--paragraphs');
  await expect(mark).toContainText('when the border is closed.');
  await expect(mark).toContainText('Khan said.');
  // The blank line between the paragraphs stays on screen: the mark is two lines apart at least.
  expect((await mark.boundingBox())!.height).toBeGreaterThan(40);
  await saveScreenshot(page, 'merged-quotation.png');

  await page.keyboard.press('Control+z');
  await expect(claimRows(page)).toHaveCount(4);
  await expect(row(page, 'Our farmers')).not.toContainText('Kabul');
  await expect(page.locator('mark.hl--paragraphs')).toHaveCount(0);
});
