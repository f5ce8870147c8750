/**
 * Ctrl+C during `claimdesk export --out`: a real CLI process, a workspace big
 * enough that the export is still running when the signal comes, SIGINT sent
 * once its temporary file is there.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeWorkspace, openWorkspace } from '../api/workspace';
import { callOrThrow } from '../api/dispatch';
import { useTempDir } from '../../db/testing/temp-workspace';
import { EXIT_INTERRUPTED, runCli } from './run';
import { useTempWorkspace } from '../../db/testing/temp-workspace';

const tempDir = useTempDir();
const newWorkspace = useTempWorkspace();
const CLI = path.join(__dirname, '..', '..', 'bin', 'claimdesk.js');

describe('claimdesk export, interrupted', () => {
  it('stops on SIGINT with exit 130, removes its temporary file and leaves the old report untouched', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'big.sqlite');
    const ws = openWorkspace({ dbPath, reviewer: 'Tess Tester' });
    callOrThrow(ws, 'loadSample', {});
    // Copies of the sample's claims (scored, so opening the workspace has nothing to do), doubled to about
    // 10,000 rows, each carrying a 4 KB article file name: a 40 MB report, still being written when the signal comes.
    const grow = ws.db.prepare(`INSERT INTO claims (article_id, position, text, span_start, span_end, prefix, suffix, kind, hidden, status, speaker, figures, check_worthiness, reasons)
      SELECT article_id, position + (SELECT max(position) + 1 FROM claims), text, span_start, span_end, prefix, suffix, kind, hidden, status, speaker, figures, check_worthiness, reasons FROM claims`);
    ws.db.transaction(() => {
      while ((ws.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n < 8_000) grow.run();
      ws.db.prepare('UPDATE articles SET filename = ?').run('Talks with Kabul, and what came of them; '.repeat(100));
    })();
    closeWorkspace(ws);
    const reportsDir = path.join(dir, 'reports');
    fs.mkdirSync(reportsDir);
    const report = path.join(reportsDir, 'report.csv');
    fs.writeFileSync(report, 'the old report');
    execFileSync(process.execPath, [CLI, '--help']); // the CLI bundle built before the clock matters

    const child = spawn(process.execPath, [CLI, '--db', dbPath, 'export', '--format', 'csv', '--all', '--out', report], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // SIGINT once the export is writing: its temporary file has appeared beside the report.
    let sawTemp = false;
    while (!sawTemp && child.exitCode === null) {
      sawTemp = fs.readdirSync(reportsDir).some((name) => name.endsWith('.tmp'));
      if (!sawTemp) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(sawTemp).toBe(true);
    child.kill('SIGINT');

    expect(await exited).toBe(EXIT_INTERRUPTED);
    expect(stderr).toMatch(/export interrupted: nothing written to .*report\.csv/);
    expect(fs.readdirSync(reportsDir)).toEqual(['report.csv']);
    expect(fs.readFileSync(report, 'utf8')).toBe('the old report');
  }, 30_000);
});

describe('claimdesk export, on a terminal', () => {
  it('draws "exporting N of M rows" on standard error and clears it before saying what it wrote', async () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    const rows = callOrThrow(ws, 'listClaims', {}).total;
    let err = '';
    const out = path.join(tempDir(), 'report.csv');
    const code = await runCli(['--db', ws.dbPath, 'export', '--format', 'csv', '--out', out], { out: { write: () => true }, err: { write: (t: string) => (err += t), isTTY: true }, env: {} });
    expect(code).toBe(0);
    expect(err).toContain(`\r\x1b[Kexporting ${rows} of ${rows} rows…`);
    expect(err.endsWith(`\r\x1b[KWrote ${rows} claims to ${out}\n`)).toBe(true);
  });

  it('draws nothing when standard error is not a terminal', async () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    let err = '';
    const out = path.join(tempDir(), 'report.csv');
    expect(await runCli(['--db', ws.dbPath, 'export', '--format', 'csv', '--out', out], { out: { write: () => true }, err: { write: (t: string) => (err += t) }, env: {} })).toBe(0);
    expect(err).toMatch(/^Wrote \d+ claims to /);
  });
});
