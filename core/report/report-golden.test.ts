/**
 * The CSV report, byte for byte: testdata/ holds what the export wrote for the
 * fixture workspace before it was streamed (generated once with that code).
 * Every way out — the API's string, the CLI's file and standard output, the
 * browser-mode download — must give exactly those bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, useTempWorkspace } from '../../db/testing/temp-workspace';
import { runCli } from '../cli/run';
import { callOrThrow } from '../api/dispatch';
import { buildReportFixture, GOLDEN_REPORTS } from './report-fixture';

const newWorkspace = useTempWorkspace();
const tempDir = useTempDir();

const golden = (name: string) => fs.readFileSync(path.join(__dirname, 'testdata', name));

describe('the CSV report keeps its bytes', () => {
  it.each(GOLDEN_REPORTS)('exportCsv gives $file', ({ file, input }) => {
    const ws = newWorkspace();
    buildReportFixture(ws);
    expect(Buffer.from(callOrThrow(ws, 'exportCsv', input).csv, 'utf8').equals(golden(file))).toBe(true);
  });
});

describe('the CLI streams the same bytes', () => {
  it('to a file (--out) and to standard output', () => {
    const ws = newWorkspace();
    buildReportFixture(ws);
    const out = path.join(tempDir(), 'report.csv');
    const err: string[] = [];
    const io = (stdout: Buffer[]) => ({ out: { write: (text: string) => stdout.push(Buffer.from(text, 'utf8')) }, err: { write: (text: string) => err.push(text) }, env: {} });
    expect(runCli(['--db', ws.dbPath, 'export', '--format', 'csv', '--all', '--out', out], io([]))).toBe(0);
    expect(fs.readFileSync(out).equals(golden('report-all.csv'))).toBe(true);
    const claims = (ws.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
    expect(err).toEqual([`Wrote ${claims} claims to ${out}\n`]);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['report.csv']);
    const stdout: Buffer[] = [];
    expect(runCli(['--db', ws.dbPath, 'export', '--format', 'csv', '--status', 'disputed'], io(stdout))).toBe(0);
    expect(Buffer.concat(stdout).equals(callOrThrowCsv(ws, { filter: { status: 'disputed' } }))).toBe(true);
  });
});

function callOrThrowCsv(ws: Parameters<typeof callOrThrow>[0], input: Parameters<typeof callOrThrow<'exportCsv'>>[2]): Buffer {
  return Buffer.from(callOrThrow(ws, 'exportCsv', input).csv, 'utf8');
}
