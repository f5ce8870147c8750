import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../db/queries/report';
import { useTempDir } from '../../db/testing/temp-workspace';
import { writeFileAtomic } from './atomic-write';
import { CSV_COLUMNS, neutralizeFormula, reportToCsv } from './csv';

const tempDir = useTempDir();

function row(overrides: Partial<ReportRow>): ReportRow {
  return {
    id: 1,
    articleTitle: 'Talks with Kabul',
    articleDate: '2025-02-18',
    position: 3,
    text: 'Over 800,000 Afghans were repatriated.',
    speaker: null,
    status: 'verified',
    reviewedBy: 'ana',
    reviewedAt: '2026-01-01T09:00:00.000Z',
    notes: [],
    sources: [],
    checkWorthiness: 0.8,
    disputes: [],
    ...overrides,
  };
}

describe('neutralizeFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx', '\0x', '\uFF1D1', '\uFF0B1', '\uFF0D1', '\uFF20x'])(
    'prefixes a cell starting %j with an apostrophe',
    (value) => {
      expect(neutralizeFormula(value)).toBe(`'${value}`);
    },
  );
  it.each(['Over 800,000', "'already", '', 'a=b', '1-2'])('leaves %j alone', (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });
});

describe('reportToCsv', () => {
  const { csv, rowCount } = reportToCsv([
    row({}),
    row({
      id: 2,
      text: '=HYPERLINK("http://evil.example","click")',
      notes: [
        { author: 'ana', createdAt: 't1', body: 'line one' },
        { author: 'ana', createdAt: 't2', body: '"quoted", line two' },
      ],
    }),
    row({
      id: 3,
      text: '-5% growth, "officials" said',
      sources: [
        { title: 'Report', url: 'https://example.org/a', stance: 'supports' },
        { title: null, url: 'https://example.org/b', stance: 'context' },
      ],
      speaker: '@handle',
      reviewedAt: null,
      reviewedBy: null,
    }),
  ]);

  it('starts with a UTF-8 BOM, uses CRLF and the exact header names', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rowCount).toBe(3);
  });

  it('parses back with a real CSV parser into exactly one record per claim, multi-line cells intact', () => {
    const records = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    expect(records).toHaveLength(3);
    expect(records[0]!['Claim']).toBe('Over 800,000 Afghans were repatriated.');
    expect(records[1]!['Claim']).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(records[1]!['Notes']).toBe('ana (t1): line one\nana (t2): "quoted", line two');
    expect(records[2]!['Claim']).toBe("'-5% growth, \"officials\" said");
    expect(records[2]!['Speaker']).toBe("'@handle");
    expect(records[2]!['Sources']).toBe('Report <https://example.org/a> [supports]\n<https://example.org/b> [context]');
    expect(records[2]!['Status']).toBe('not reviewed');
    expect(records[0]!['Status']).toBe('verified');
  });

  it('never lets a bare LF or CR sit outside quotes', () => {
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the whole file and leaves no temporary file behind', () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.csv');
    fs.writeFileSync(target, 'old report');
    writeFileAtomic(target, 'new report');
    expect(fs.readFileSync(target, 'utf8')).toBe('new report');
    expect(fs.readdirSync(dir)).toEqual(['report.csv']);
  });

  it('keeps the permissions of the report it replaces', () => {
    const target = path.join(tempDir(), 'private.csv');
    fs.writeFileSync(target, 'old', { mode: 0o600 });
    fs.chmodSync(target, 0o600);
    writeFileAtomic(target, 'new');
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it('fails with a named error into a missing folder and writes nothing', () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(path.join(dir, 'missing', 'r.csv'), 'x')).toThrow(/Folder not found/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses to write over a folder', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'r.csv'));
    expect(() => writeFileAtomic(path.join(dir, 'r.csv'), 'x')).toThrow(/over a folder/);
  });

  it('gives the check-worthiness, a pending in-article dispute as the suggested status, and who disputes it', () => {
    const { csv } = reportToCsv([
      row({ id: 1, checkWorthiness: 0.8349, disputes: [{ speaker: 'The Taliban government', phrase: 'denies these allegations', state: 'pending' }] }),
      row({ id: 2, checkWorthiness: null, status: 'disputed', disputes: [{ speaker: null, phrase: '-said it was not true', state: 'accepted' }] }),
      row({ id: 3, checkWorthiness: 0, disputes: [] }),
    ]);
    const records = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(records.map((r) => r['Check-worthiness'])).toEqual(['0.83', '', '0.00']);
    expect(records.map((r) => r['Suggested status'])).toEqual(['disputed', '', '']);
    expect(records[0]!['Disputed by']).toBe('The Taliban government — “denies these allegations”');
    // The article's own voice, and an accepted suggestion stays listed as the evidence.
    expect(records[1]!['Disputed by']).toBe('The article — “-said it was not true”');
    expect(records[2]!['Disputed by']).toBe('');
  });
});
