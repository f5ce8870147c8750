import { api, expect, test } from './fixtures';
import { saveScreenshot } from './screenshots';

/**
 * Every filter's label as the reader sees it, and whether it is cut: a menu's text overflowing its button, a
 * select's chosen option wider than the room beside its arrow, a checkbox label overflowing, or any of them
 * running past the table pane. Run in the page (a string: e2e/ is typechecked without the DOM library).
 */
const CUT_LABELS = `(() => {
  const cut = [];
  const pane = document.querySelector('.pane--table').getBoundingClientRect();
  for (const el of document.querySelectorAll('.filters .menu__current, .filters .filters__hidden')) {
    if (el.scrollWidth > el.clientWidth) cut.push(el.textContent.trim());
  }
  for (const select of document.querySelectorAll('.filters select')) {
    const style = getComputedStyle(select);
    const probe = document.createElement('span');
    probe.style.font = style.font;
    probe.style.position = 'absolute';
    probe.style.whiteSpace = 'pre';
    probe.textContent = select.selectedOptions[0].text;
    document.body.append(probe);
    // The room for the text: the box less its padding and the drop-down arrow Chromium draws (about 20 px).
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    if (probe.getBoundingClientRect().width > room) cut.push(select.selectedOptions[0].text);
    probe.remove();
  }
  for (const el of document.querySelectorAll('.filters button, .filters select, .filters label, .filters .menu')) {
    if (el.getBoundingClientRect().right > pane.right + 0.5) cut.push('past the pane: ' + el.textContent.trim());
  }
  return cut;
})()`;

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} every filter label reads whole`, async ({ page, claimdesk, request }) => {
    await api(request, claimdesk, 'loadSample', {});
    await page.setViewportSize(size);
    await page.goto(claimdesk.url);
    await expect(page.getByRole('button', { name: /Entity filter/ })).toBeVisible();
    expect(await page.evaluate(CUT_LABELS)).toEqual([]);
    // With a long choice made, too.
    await page.getByRole('combobox', { name: 'Check-worthiness filter' }).selectOption('0.5');
    expect(await page.evaluate(CUT_LABELS)).toEqual([]);
    await saveScreenshot(page, `filter-labels-${size.width}.png`);
  });
}
