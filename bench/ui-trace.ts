/**
 * `npx tsx bench/ui-trace.ts WORKSPACE [next|status|sort] [N] [--static DIR]`: what the
 * browser's main thread does between the `listClaims` answer arriving and the frame that
 * shows it, for N page turns, status filter changes or check-worthiness sorts (default 15)
 * on a copy of WORKSPACE (e.g. a 100,000-claim one), read from a Chrome trace.
 *
 * Prints medians of the main thread's CPU time over that stretch (every task from the
 * answer to the end of the first painting task) beside its wall time and the request's.
 * CPU time hardly moves when other processes share the machine, where the wall-clock
 * figures of `npm run bench:ui` can double: use this to compare two UI builds
 * (`--static` serves another `vite build --outDir`). Figures are for people; never asserts.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { waitForAddress } from '../e2e/server';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; requestId?: string } };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main() {
  const args = process.argv.slice(2);
  const staticAt = args.indexOf('--static');
  const staticDir = staticAt >= 0 ? path.resolve(args.splice(staticAt, 2)[1]!) : undefined;
  const [source, kind = 'next', count = '15'] = args;
  if (!source || !['next', 'status', 'sort'].includes(kind)) throw new Error('usage: bench/ui-trace.ts WORKSPACE [next|status|sort] [N] [--static DIR]');
  const runs = Number(count);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-ui-trace-'));
  const dbPath = path.join(dir, 'bench.sqlite');
  fs.copyFileSync(source, dbPath);
  const tracePath = path.join(dir, 'trace.json');
  const server = spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'web.js'), '--port', '0', '--db', dbPath, ...(staticDir ? ['--static', staticDir] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const browser = await chromium.launch(fs.existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(await waitForAddress(server));
    await page.getByRole('button', { name: /^Show claims from/ }).click();
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: /^All articles/ }).click();
    await page.locator('table[aria-label="Claims"][aria-busy="false"]').waitFor();
    await page.waitForTimeout(1000);
    const statuses = ['disputed', 'verified', 'not_reviewed', 'unverified', ''];
    await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    for (let i = 0; i < runs; i++) {
      if (kind === 'next') await page.getByRole('button', { name: 'Next page' }).click();
      else if (kind === 'status') await page.getByRole('combobox', { name: 'Status filter' }).selectOption({ value: statuses[i % statuses.length]! });
      else await page.getByRole('columnheader', { name: 'Check-worthiness' }).getByRole('button').click();
      await page.waitForTimeout(600);
    }
    await browser.stopTracing();
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }

  const trace = JSON.parse(fs.readFileSync(tracePath, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  fs.rmSync(dir, { recursive: true, force: true });
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const sends = events.filter((e) => e.name === 'ResourceSendRequest' && /\/api\/listClaims$/.test(e.args?.data?.url ?? ''));
  const pid = sends[0]?.pid;
  const thread = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  const main = events.filter((e) => e.pid === pid && e.tid === thread?.tid).sort((a, b) => a.ts - b.ts);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const paints = main.filter((e) => e.name === 'Paint' || e.name === 'PrePaint');
  const cpu: number[] = [];
  const wall: number[] = [];
  const request: number[] = [];
  for (const send of sends) {
    const finish = main.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === send.args?.data?.requestId);
    if (!finish) continue;
    const after = tasks.filter((t) => t.ts >= finish.ts - 1000);
    const painting = after.find((t) => paints.some((p) => p.ts >= t.ts && p.ts <= t.ts + (t.dur ?? 0)));
    if (!painting) continue;
    cpu.push(after.filter((t) => t.ts <= painting.ts).reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000);
    wall.push((painting.ts + (painting.dur ?? 0) - finish.ts) / 1000);
    request.push((finish.ts - send.ts) / 1000);
  }
  console.log(
    `${kind}: ${cpu.length} answers; answer → painted frame: main-thread CPU ${median(cpu).toFixed(1)} ms, wall ${median(wall).toFixed(1)} ms (medians); request ${median(request).toFixed(1)} ms`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
