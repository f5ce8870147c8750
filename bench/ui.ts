/**
 * `npm run bench:ui`: how long a fact-checker waits in the browser, end to
 * end (request, query, transport, React, paint), on a workspace of
 * BENCH_CLAIMS claims (default 100,000) in browser mode, driven by Chromium.
 *
 * Each figure is the median of 10 runs, timed inside the page from the
 * input event (the last keystroke, the click, the choice) to the first frame
 * painted after the table shows the expected answer (its range line or its
 * first row, taken from the API beforehand). Never asserts: figures are for
 * people. Aims (issue "Fast at 100,000 claims"): search ≤ 100 ms; status
 * filter, sort and next page ≤ 50 ms each.
 *
 * `BENCH_WORKSPACE=PATH` reuses a built workspace (building one takes
 * minutes): the bench builds it at PATH when the file is missing, and runs on
 * a copy of it, so every run starts from the same file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { closeWorkspace, openWorkspace } from '../core/api/workspace';
import { spawnBrowserMode, waitForAddress } from '../e2e/server';
import { claimCount, growToClaims, importArticles } from './workspace';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SEARCH_WORDS = ['Afghan', 'minister', 'percent', 'government', 'police', 'council', 'water', 'deport', 'price', 'said'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function row(label: string, timings: Timing[], aim: number) {
  const totals = timings.map((t) => t.total);
  const m = median(totals);
  const part = (key: 'before' | 'request' | 'after') => median(timings.map((t) => t[key])).toFixed(0);
  console.log(
    `${label.padEnd(36)} ${m.toFixed(0).padStart(5)} ms median (${Math.min(...totals).toFixed(0)}–${Math.max(...totals).toFixed(0)}; aim ≤ ${aim} ms${m <= aim ? '' : ', MISSED'})` +
      `  before request ${part('before')}, request ${part('request')}, render ${part('after')} ms`,
  );
}

/**
 * Installs, in the page, the clock for one interaction: time of the last
 * input event, and a promise for the first frame after `done()` holds.
 */
async function arm(page: Page, expected: { range?: string; firstId?: number }) {
  await page.evaluate(`(${ARM_SCRIPT})(${JSON.stringify(expected)})`);
}

// Plain JavaScript run in the page (a string, so the TypeScript runner adds no helpers of its own to it).
const ARM_SCRIPT = `(want) => {
  const table = () => document.querySelector('table[aria-label="Claims"]');
  const done = () => {
    if (table()?.getAttribute('aria-busy') !== 'false') return false;
    if (want.range !== undefined && document.querySelector('.claims__range')?.textContent !== want.range) return false;
    if (want.firstId !== undefined && document.querySelector('tr[data-claim-id]')?.getAttribute('data-claim-id') !== String(want.firstId)) return false;
    return true;
  };
  window.__t0 = Number.NaN;
  performance.setResourceTimingBufferSize(100000);
  performance.clearResourceTimings();
  const types = ['keydown', 'pointerdown', 'change'];
  const mark = () => (window.__t0 = performance.now());
  for (const type of types) document.addEventListener(type, mark, { capture: true });
  window.__result = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (Number.isNaN(window.__t0) || !done()) return;
      observer.disconnect();
      for (const type of types) document.removeEventListener(type, mark, { capture: true });
      requestAnimationFrame(() => {
        const end = performance.now();
        const t0 = window.__t0;
        const fetches = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/listClaims') && e.startTime >= t0);
        const last = fetches[fetches.length - 1];
        performance.clearResourceTimings();
        resolve({ total: end - t0, before: last ? last.startTime - t0 : NaN, request: last ? last.responseEnd - last.startTime : NaN, after: last ? end - last.responseEnd : NaN });
      });
    });
    setTimeout(() => { observer.disconnect(); reject(new Error('no answer in 20 s: range ' + document.querySelector('.claims__range')?.textContent + ', first row ' + document.querySelector('tr[data-claim-id]')?.getAttribute('data-claim-id') + ', wanted ' + JSON.stringify(want))); }, 20000);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}`;

interface Timing {
  total: number;
  /** From the input event to the request leaving (React state, effects). */
  before: number;
  /** The request: backend query, serialisation, transport. */
  request: number;
  /** From the answer to the painted frame (parsing, React render, layout, paint). */
  after: number;
}

const result = (page: Page): Promise<Timing> => page.evaluate('window.__result');

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-ui-'));
  const dbPath = path.join(dir, 'bench.sqlite');
  const kept = process.env.BENCH_WORKSPACE ? path.resolve(process.env.BENCH_WORKSPACE) : undefined;
  if (!kept || !fs.existsSync(kept)) {
    const built = openWorkspace({ dbPath: kept ?? dbPath, reviewer: 'Bench' });
    importArticles(built, 200);
    growToClaims(built, CLAIMS);
    closeWorkspace(built);
  }
  if (kept) fs.copyFileSync(kept, dbPath);
  const ws = openWorkspace({ dbPath, reviewer: 'Bench' });
  console.log(`Claimdesk UI bench — ${claimCount(ws).toLocaleString('en')} claims, browser mode, Chromium; median of ${RUNS}\n`);
  closeWorkspace(ws);

  const server = spawnBrowserMode(dbPath);
  const browser = await chromium.launch(fs.existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
  try {
    const url = new URL(await waitForAddress(server));
    const token = url.searchParams.get('token') ?? '';
    const api = async <T>(op: string, input: unknown): Promise<T> => {
      const response = await fetch(new URL(`/api/${op}`, url.origin), { method: 'POST', headers: { 'content-type': 'application/json', 'x-claimdesk-token': token }, body: JSON.stringify(input) });
      const body = (await response.json()) as { ok: boolean; value: T };
      if (!body.ok) throw new Error(`${op} failed`);
      return body.value;
    };
    await api('setPreferences', { reviewerName: 'Bench' });
    const fmt = (n: number) => n.toLocaleString('en-US');
    const rangeOf = (total: number, offset = 0) => (total === 0 ? '0–0 of 0' : `${fmt(offset + 1)}–${fmt(Math.min(offset + 200, total))} of ${fmt(total)}`);
    const listFirst = (filter: object, sort = { column: 'position', direction: 'asc' }, offset = 0) =>
      api<{ total: number; rows: Array<{ id: number }> }>('listClaims', { filter, sort, offset, limit: 200 });

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url.href);
    await page.getByRole('button', { name: /^Show claims from/ }).click();
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: /^All articles/ }).click();
    const all = await listFirst({});
    await page.locator('.claims__range').filter({ hasText: rangeOf(all.total) }).waitFor();

    // 1. Typing a search word, at a fast typist's pace; timed from the last keystroke.
    const search = page.getByRole('searchbox', { name: 'Search claims' });
    const searchTimes: Timing[] = [];
    for (const word of SEARCH_WORDS) {
      const expected = await listFirst({ search: word });
      await search.fill('');
      await page.locator('.claims__range').filter({ hasText: rangeOf(all.total) }).waitFor();
      await arm(page, { range: rangeOf(expected.total) });
      await search.pressSequentially(word, { delay: 60 });
      searchTimes.push(await result(page));
    }
    await search.fill('');
    await page.locator('.claims__range').filter({ hasText: rangeOf(all.total) }).waitFor();
    row('type a search word → rows updated', searchTimes, 100);

    // 2. Status filter changes.
    const statusTimes: Timing[] = [];
    const statuses = ['disputed', 'verified', 'not_reviewed', 'unverified', ''];
    for (let i = 0; i < RUNS; i++) {
      const status = statuses[i % statuses.length]!;
      const expected = await listFirst(status ? { status } : {});
      await arm(page, { range: rangeOf(expected.total), firstId: expected.rows[0]?.id });
      await page.getByRole('combobox', { name: 'Status filter' }).selectOption({ value: status });
      statusTimes.push(await result(page));
    }
    await page.getByRole('combobox', { name: 'Status filter' }).selectOption({ value: '' });
    await page.locator('.claims__range').filter({ hasText: rangeOf(all.total) }).waitFor();
    row('status filter change', statusTimes, 50);

    // 3. Sort by check-worthiness (the header toggles highest first, lowest first).
    const sortTimes: Timing[] = [];
    const header = page.getByRole('columnheader', { name: 'Check-worthiness' }).getByRole('button');
    for (let i = 0; i < RUNS; i++) {
      const sortNow = await page.getByRole('columnheader', { name: 'Check-worthiness' }).getAttribute('aria-sort');
      const next = { column: 'checkWorthiness', direction: sortNow === 'descending' ? 'asc' : 'desc' };
      const expected = await listFirst({}, next);
      await arm(page, { firstId: expected.rows[0]?.id });
      await header.click();
      sortTimes.push(await result(page));
    }
    row('sort by check-worthiness', sortTimes, 50);

    // 4. Next page, ten times.
    const pageTimes: Timing[] = [];
    const sortNow = await page.getByRole('columnheader', { name: 'Check-worthiness' }).getAttribute('aria-sort');
    const sort = sortNow === 'ascending' ? { column: 'checkWorthiness', direction: 'asc' } : sortNow === 'descending' ? { column: 'checkWorthiness', direction: 'desc' } : { column: 'position', direction: 'asc' };
    for (let i = 1; i <= RUNS; i++) {
      const expected = await listFirst({}, sort, i * 200);
      await arm(page, { range: rangeOf(expected.total, i * 200), firstId: expected.rows[0]?.id });
      await page.getByRole('button', { name: 'Next page' }).click();
      pageTimes.push(await result(page));
    }
    row('next page', pageTimes, 50);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
