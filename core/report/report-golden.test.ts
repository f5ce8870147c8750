/**
 * The CSV report, byte for byte: testdata/ holds what the export wrote for the
 * fixture workspace before it was streamed (generated once with that code).
 * Every way out — the API's string, the CLI's file and standard output, the
 * browser-mode download — must give exactly those bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../db/testing/temp-workspace';
import { callOrThrow } from '../api/dispatch';
import { buildReportFixture, GOLDEN_REPORTS } from './report-fixture';

const newWorkspace = useTempWorkspace();

const golden = (name: string) => fs.readFileSync(path.join(__dirname, 'testdata', name));

describe('the CSV report keeps its bytes', () => {
  it.each(GOLDEN_REPORTS)('exportCsv gives $file', ({ file, input }) => {
    const ws = newWorkspace();
    buildReportFixture(ws);
    expect(Buffer.from(callOrThrow(ws, 'exportCsv', input).csv, 'utf8').equals(golden(file))).toBe(true);
  });
});
