/**
 * `npm run bench:ui`: how long a fact-checker waits in the browser, end to
 * end (request, query, transport, React, paint), on a workspace of
 * BENCH_CLAIMS claims (default 100,000) in browser mode, driven by Chromium.
 *
 * Each figure is the median of 10 runs, timed inside the page from the
 * input event (the last keystroke, the click, the choice) to the first frame
 * painted after the table shows the expected answer (its range line or its
 * first row, taken from the API beforehand). Never asserts: figures are for
 * people. The status filter is timed twice: in article order, and sorted by
 * check-worthiness. Aims (issue "Fast at 100,000 claims"): search ≤ 100 ms; status
 * filter, sort and next page ≤ 50 ms each.
 *
 * `BENCH_WORKSPACE=PATH` reuses a built workspace (building one takes
 * minutes): the bench builds it at PATH when the file is missing, and runs on
 * a copy of it, so every run starts from the same file. `BENCH_BASELINE=DIR`
 * (another checkout, e.g. a `git worktree` of main, with its UI built) runs
 * browser mode from there too, on its own copy, and takes every action on
 * both in turn: a before/after under the same load, which on a shared
 * machine moves more than the difference being measured. (Give it a
 * workspace built by the older checkout: a newer one is refused there.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { closeWorkspace, openWorkspace } from '../core/api/workspace';
import { waitForAddress } from '../e2e/server';
import { growToClaims, importArticles } from './workspace';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SEARCH_WORDS = ['Afghan', 'minister', 'percent', 'government', 'police', 'council', 'water', 'deport', 'price', 'said'];

const baselineWidth = process.env.BENCH_BASELINE ? 49 : 36;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function row(label: string, timings: Timing[], aim: number) {
  const totals = timings.map((t) => t.total);
  const m = median(totals);
  const part = (key: 'before' | 'request' | 'after') => median(timings.map((t) => t[key])).toFixed(0);
  console.log(
    `${label.padEnd(baselineWidth)} ${m.toFixed(0).padStart(5)} ms median (${Math.min(...totals).toFixed(0)}–${Math.max(...totals).toFixed(0)}; aim ≤ ${aim} ms${m <= aim ? '' : ', MISSED'})` +
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

/**
 * The interaction's time; then waits until the page has gone quiet (the detail panel's and the
 * article's requests answered and drawn), so what follows is not timed against its leftovers.
 */
async function result(page: Page): Promise<Timing> {
  const timing = (await page.evaluate('window.__result')) as Timing;
  await page.waitForTimeout(200);
  await page.evaluate('new Promise((done) => requestIdleCallback(() => done(), { timeout: 2000 }))');
  return timing;
}

interface Side {
  label: string;
  page: Page;
  server: ChildProcess;
}

/** Browser mode from `checkout` (this one, or a baseline) on its own copy of the workspace, with a page open on all articles. */
async function openSide(label: string, checkout: string, source: string, dir: string, browser: Browser): Promise<{ side: Side; url: URL }> {
  const dbPath = path.join(dir, `${label}.sqlite`);
  fs.copyFileSync(source, dbPath);
  const server = spawn(process.execPath, [path.join(checkout, 'scripts', 'web.js'), '--port', '0', '--db', dbPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new URL(await waitForAddress(server));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url.href);
  await page.getByRole('button', { name: /^Show claims from/ }).click();
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: /^All articles/ }).click();
  return { side: { label, page, server }, url };
}

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
  const source = kept ?? dbPath;
  // Read as it is: opening it as a workspace would migrate it, and a baseline from before would refuse it.
  const claims = (new Database(source, { readonly: true }).prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
  const baseline = process.env.BENCH_BASELINE ? path.resolve(process.env.BENCH_BASELINE) : undefined;
  console.log(
    `Claimdesk UI bench — ${claims.toLocaleString('en')} claims, browser mode, Chromium; median of ${RUNS}` +
      (baseline ? `; each action taken on ${baseline} (baseline) and on this checkout in turn` : '') +
      '\n',
  );

  const browser = await chromium.launch(fs.existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
  const sides: Side[] = [];
  try {
    if (baseline) sides.push((await openSide('baseline', baseline, source, dir, browser)).side);
    const mine = await openSide('this', path.join(__dirname, '..'), source, dir, browser);
    sides.push(mine.side);
    // Expected answers come from this checkout's server (both serve copies of one workspace).
    const { url } = mine;
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
    const all = await listFirst({});
    const times = () => new Map(sides.map((side) => [side, [] as Timing[]]));
    const report = (label: string, timings: Map<Side, Timing[]>, aim: number) => {
      for (const side of sides) row(baseline ? `${label} [${side.label}]` : label, timings.get(side)!, aim);
    };
    const waitAll = (page: Page) => page.locator('.claims__range').filter({ hasText: rangeOf(all.total) }).waitFor();
    for (const { page } of sides) await waitAll(page);

    // 1. Typing a search word, at a fast typist's pace; timed from the last keystroke.
    const searchTimes = times();
    for (const word of SEARCH_WORDS) {
      const expected = await listFirst({ search: word });
      for (const side of sides) {
        const search = side.page.getByRole('searchbox', { name: 'Search claims' });
        await search.fill('');
        await waitAll(side.page);
        await arm(side.page, { range: rangeOf(expected.total) });
        await search.pressSequentially(word, { delay: 60 });
        searchTimes.get(side)!.push(await result(side.page));
      }
    }
    for (const { page } of sides) {
      await page.getByRole('searchbox', { name: 'Search claims' }).fill('');
      await waitAll(page);
    }
    report('type a search word → rows updated', searchTimes, 100);

    // 2. Status filter changes.
    const statusTimes = times();
    const statuses = ['disputed', 'verified', 'not_reviewed', 'unverified', ''];
    for (let i = 0; i < RUNS; i++) {
      const status = statuses[i % statuses.length]!;
      const expected = await listFirst(status ? { status } : {});
      for (const side of sides) {
        await arm(side.page, { range: rangeOf(expected.total), firstId: expected.rows[0]?.id });
        await side.page.getByRole('combobox', { name: 'Status filter' }).selectOption({ value: status });
        statusTimes.get(side)!.push(await result(side.page));
      }
    }
    for (const { page } of sides) {
      await page.getByRole('combobox', { name: 'Status filter' }).selectOption({ value: '' });
      await waitAll(page);
    }
    report('status filter change', statusTimes, 50);

    // 3. Sort by check-worthiness (the header toggles highest first, lowest first).
    const sortTimes = times();
    const sortHeader = (page: Page) => page.getByRole('columnheader', { name: 'Check-worthiness' });
    for (let i = 0; i < RUNS; i++) {
      const sortNow = await sortHeader(sides[0]!.page).getAttribute('aria-sort');
      const next = { column: 'checkWorthiness', direction: sortNow === 'descending' ? 'asc' : 'desc' };
      const expected = await listFirst({}, next);
      for (const side of sides) {
        await arm(side.page, { firstId: expected.rows[0]?.id });
        await sortHeader(side.page).getByRole('button').click();
        sortTimes.get(side)!.push(await result(side.page));
      }
    }
    report('sort by check-worthiness', sortTimes, 50);

    // 4. Next page, ten times.
    const pageTimes = times();
    const sortNow = await sortHeader(sides[0]!.page).getAttribute('aria-sort');
    const sort = sortNow === 'ascending' ? { column: 'checkWorthiness', direction: 'asc' } : sortNow === 'descending' ? { column: 'checkWorthiness', direction: 'desc' } : { column: 'position', direction: 'asc' };
    for (let i = 1; i <= RUNS; i++) {
      const expected = await listFirst({}, sort, i * 200);
      for (const side of sides) {
        await arm(side.page, { range: rangeOf(expected.total, i * 200), firstId: expected.rows[0]?.id });
        await side.page.getByRole('button', { name: 'Next page' }).click();
        pageTimes.get(side)!.push(await result(side.page));
      }
    }
    report('next page', pageTimes, 50);

    // 5. Status filter changes again, now sorted by check-worthiness (the sort left by step 3). Only
    // verdicts: back on all claims the table would show the page it was turned to in step 4.
    const sortedStatusTimes = times();
    const verdicts = statuses.filter((status) => status !== '');
    for (let i = 0; i < RUNS; i++) {
      const status = verdicts[i % verdicts.length]!;
      const expected = await listFirst({ status }, sort);
      for (const side of sides) {
        await arm(side.page, { range: rangeOf(expected.total), firstId: expected.rows[0]?.id });
        await side.page.getByRole('combobox', { name: 'Status filter' }).selectOption({ value: status });
        sortedStatusTimes.get(side)!.push(await result(side.page));
      }
    }
    report('status filter, by check-worthiness', sortedStatusTimes, 50);
  } finally {
    await browser.close();
    for (const { server } of sides) {
      server.kill('SIGTERM');
      await new Promise((done) => server.once('exit', done));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
