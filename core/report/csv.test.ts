import fs from 'node:fs';
import { closeQuotes } from '../text/characters';
import { describeSuggestion } from '../../db/queries/suggestions';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../db/queries/report';
import { useTempDir, useTempWorkspace } from '../../db/testing/temp-workspace';
import { callOrThrow } from '../api/dispatch';
import { runCli } from '../cli/run';
import type { Workspace } from '../api/workspace';
import { writeFileAtomic, writeFileAtomicAsync } from './atomic-write';
import { csvRecords, CSV_COLUMNS, csvReport, csvReportChunks, neutralizeFormula, REPORT_WORDING, reportToCsv } from './csv';
import { spreadsheetTime } from './labels';
import { DEFAULT_SORT } from '../api/schemas';
import type { OpInput } from '../api/contract';
import { buildReportFixture } from './report-fixture';

const tempDir = useTempDir();
const newWorkspace = useTempWorkspace();

function row(overrides: Partial<ReportRow>): ReportRow {
  return {
    id: 1,
    articleTitle: 'Talks with Kabul',
    articleDate: '2025-02-18',
    articleFile: null,
    number: 2,
    text: 'Over 800,000 Afghans were repatriated.',
    articleWords: null,
    speaker: null,
    status: 'verified',
    reviewedBy: 'ana',
    reviewedAt: '2026-01-01T09:00:00.000Z',
    notes: '',
    sources: '',
    checkWorthiness: 0.8,
    disputePending: false,
    disputedBy: '',
    seenBefore: '',
    tags: '',
    speakerByHand: false,
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

describe('csvRecords', () => {
  // One record at a time and many at once give the same bytes: chunking never changes the report.
  const tricky = fc.constantFrom('"', ',', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', '\0', '\uFF1D', ' ', "'", 'é', '🇵🇰', '\u2028', 'a');
  const cellsOf = fc.array(fc.oneof(fc.string(), fc.string({ unit: tricky }), fc.string({ unit: 'grapheme' })), { minLength: 1, maxLength: 8 });

  it('writes the same bytes record by record as in one chunk, and every record parses back to its neutralised cells', () => {
    fc.assert(
      fc.property(fc.array(cellsOf, { minLength: 1, maxLength: 5 }), (records) => {
        const whole = csvRecords(records);
        expect(records.map((r) => csvRecords([r])).join('')).toBe(whole);
        expect(parse(whole, { relax_column_count: true })).toEqual(records.map((r) => r.map(neutralizeFormula)));
      }),
      { numRuns: 1000 },
    );
  });

  it("writes exactly the bytes csv-stringify writes (CRLF records, CR and LF quoted), on hostile cells", () => {
    // csv-stringify is the reference: ours is only faster (see csvRecord).
    fc.assert(
      fc.property(fc.array(cellsOf, { minLength: 1, maxLength: 5 }), (records) => {
        const neutralised = records.map((r) => r.map(neutralizeFormula));
        expect(csvRecords(records)).toBe(stringify(neutralised, { record_delimiter: 'windows', quoted_match: /[\r\n]/ }));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([[['']], [['', '']], [['a,b', 'say "hi"', 'two\nlines', 'cr\ronly', '=1+1', '@x', '']]])('quotes what needs it and ends with CRLF: %j', (cells) => {
    const text = csvRecords([cells]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text, { record_delimiter: '\r\n' })).toEqual([cells.map(neutralizeFormula)]);
    // A line break inside a cell is always inside quotes, or a spreadsheet would split the row.
    for (const cell of cells) if (/[\r\n]/.test(cell)) expect(text).toContain(`"${cell}"`);
  });
});

describe('reportToCsv', () => {
  const { csv, rowCount } = reportToCsv([
    row({}),
    row({
      id: 2,
      text: '=HYPERLINK("http://evil.example","click")',
      notes: 'ana (t1): line one\nana (t2): "quoted", line two',
    }),
    row({
      id: 3,
      text: '-5% growth, "officials" said',
      sources: 'Report <https://example.org/a> [supports]\n<https://example.org/b> [context]',
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

  it('writes the review time as a spreadsheet reads a date and time (UTC, no T or Z), empty when not reviewed', () => {
    const records = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    expect(records[0]!['Reviewed at']).toBe('2026-01-01 09:00:00');
    expect(records[2]!['Reviewed at']).toBe('');
    expect(spreadsheetTime('2026-12-07T23:59:59Z')).toBe('2026-12-07 23:59:59');
    // Not the ISO form with Z (an older or hand-merged workspace): written as stored rather than guessed at.
    expect(spreadsheetTime('2026-12-07 10:00')).toBe('2026-12-07 10:00');
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

  it('writes a report that comes in chunks, and leaves the old one whole when the chunks fail midway', () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.csv');
    writeFileAtomic(target, ['a,b\r\n', 'é,🇵🇰\r\n']);
    expect(fs.readFileSync(target, 'utf8')).toBe('a,b\r\né,🇵🇰\r\n');
    function* failing() {
      yield 'half a report';
      throw new Error('the database went away');
    }
    expect(() => writeFileAtomic(target, failing())).toThrow(/the database went away/);
    expect(fs.readFileSync(target, 'utf8')).toBe('a,b\r\né,🇵🇰\r\n');
    expect(fs.readdirSync(dir)).toEqual(['report.csv']);
  });

  it('refuses to write over a folder', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'r.csv'));
    expect(() => writeFileAtomic(path.join(dir, 'r.csv'), 'x')).toThrow(/over a folder/);
  });

  it('gives the check-worthiness, a pending in-article dispute as the suggested status, and who disputes it', () => {
    const { csv } = reportToCsv([
      row({ id: 1, checkWorthiness: 0.8349, disputePending: true, disputedBy: REPORT_WORDING.dispute({ speaker: 'The Taliban government', phrase: 'denies these allegations', stance: 'disputes' }) }),
      row({ id: 2, checkWorthiness: null, status: 'disputed', disputedBy: REPORT_WORDING.dispute({ speaker: null, phrase: '-said it was not true', stance: 'disputes' }) }),
      row({ id: 3, checkWorthiness: 0 }),
      row({ id: 4, disputePending: true, disputedBy: REPORT_WORDING.dispute({ speaker: 'other experts', phrase: 'cautious about the findings', stance: 'doubts' }) }),
    ]);
    const records = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(records.map((r) => r['Check-worthiness'])).toEqual(['0.83', '', '0.00', '0.80']);
    expect(records.map((r) => r['Suggested status'])).toEqual(['disputed', '', '', 'disputed']);
    expect(records[0]!['Disputed by']).toBe('The Taliban government — “denies these allegations”');
    // The article's own voice, and an accepted suggestion stays listed as the evidence.
    expect(records[1]!['Disputed by']).toBe('The article — “-said it was not true”');
    expect(records[2]!['Disputed by']).toBe('');
    // A doubt is said to be one, never passed off as a denial.
    expect(records[3]!['Disputed by']).toBe('other experts — doubts: “cautious about the findings”');
  });
});

describe('the CSV keeps the evidence (real workspace)', () => {
  // An emoji before the claims: spans are UTF-16 offsets, so a character-counting slice would be off.
  const ARTICLE = [
    '🇵🇰 Officials said 1,200 families were moved in March. The ministry denies this.',
    '',
    'Prices rose 4% in a year, according to the statistics bureau.',
  ].join('\n');

  function exported(ws: Workspace): Array<Record<string, string>> {
    const { csv } = callOrThrow(ws, 'exportCsv', {});
    return parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
  }

  function claimsOf(ws: Workspace, articleId: number) {
    return callOrThrow(ws, 'listClaims', { filter: { articleId } }).rows;
  }

  it('keeps the 14 columns reports had, in order, and appends the new ones last', () => {
    expect(CSV_COLUMNS.slice(0, 14)).toEqual([
      'Claim ID',
      'Article',
      'Article date',
      'Claim #',
      'Claim',
      'Speaker',
      'Status',
      'Reviewed by',
      'Reviewed at',
      'Notes',
      'Sources',
      'Suggested status',
      'Disputed by',
      'Check-worthiness',
    ]);
    expect(CSV_COLUMNS.slice(14)).toEqual(['Article file', 'Article words', 'Seen before', 'Tags', 'Speaker set by']);
    const ws = newWorkspace();
    callOrThrow(ws, 'importArticle', { text: ARTICLE });
    const { csv } = callOrThrow(ws, 'exportCsv', {});
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('says whose the speaker is in the last column: "hand" for one set or cleared by hand, empty for the engine’s — the same in the CLI’s file', async () => {
    const ws = newWorkspace();
    const { article } = callOrThrow(ws, 'importArticle', { text: ARTICLE });
    const [first, second, third] = claimsOf(ws, article.id);
    callOrThrow(ws, 'setSpeaker', { claimId: first!.id, speaker: 'Provincial Disaster Management Authority' });
    callOrThrow(ws, 'setSpeaker', { claimId: second!.id, speaker: '' });
    const records = exported(ws);
    expect(Object.keys(records[0]!).at(-1)).toBe('Speaker set by');
    const byId = (id: number) => records.find((r) => r['Claim ID'] === String(id))!;
    expect(byId(first!.id)).toMatchObject({ Speaker: 'Provincial Disaster Management Authority', 'Speaker set by': 'hand' });
    expect(byId(second!.id)).toMatchObject({ Speaker: '', 'Speaker set by': 'hand' });
    expect(byId(third!.id)['Speaker set by']).toBe('');
    expect(records.filter((r) => r['Speaker set by'] === 'hand')).toHaveLength(2);
    // `claimdesk export` writes the same bytes.
    const out = path.join(tempDir(), 'cli.csv');
    const quiet = { write: () => {} };
    expect(await runCli(['--db', ws.dbPath, 'export', '--format', 'csv', '--out', out], { out: quiet, err: quiet, env: {} })).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(callOrThrow(ws, 'exportCsv', {}).csv);
    expect(fs.readFileSync(out, 'utf8')).toContain(',hand\r\n');
  });

  it('lists every source with title, publisher, date, stance, URL and excerpt, one line each', () => {
    const ws = newWorkspace();
    const { article } = callOrThrow(ws, 'importArticle', { text: ARTICLE, title: 'Relocation story' });
    const claimId = claimsOf(ws, article.id)[0]!.id;
    callOrThrow(ws, 'addSource', {
      claimId,
      url: 'https://example.org/unhcr',
      title: 'UNHCR returns update',
      publisher: 'UNHCR',
      publishedOn: '2025-02-17',
      excerpt: '1,214 families\r\nrelocated\n\nin March',
      stance: 'supports',
    });
    callOrThrow(ws, 'addSource', {
      claimId,
      url: 'https://example.org/ministry',
      title: 'Ministry statement',
      publisher: 'Ministry of Interior',
      publishedOn: '2025-03',
      excerpt: 'No relocation took place.',
      stance: 'contradicts',
    });
    callOrThrow(ws, 'addSource', { claimId, url: 'https://example.org/bare', publishedOn: '2025', stance: 'context' });
    callOrThrow(ws, 'addNote', { claimId, body: 'Called the ministry.\nNo answer yet.' });
    const record = exported(ws).find((r) => r['Claim ID'] === String(claimId))!;
    expect(record['Sources']!.split('\n')).toEqual([
      'UNHCR returns update — UNHCR, 2025-02-17 <https://example.org/unhcr> [supports] “1,214 families relocated in March”',
      'Ministry statement — Ministry of Interior, 2025-03 <https://example.org/ministry> [contradicts] “No relocation took place.”',
      '2025 <https://example.org/bare> [context]',
    ]);
    expect(record['Notes']).toMatch(/^[^\n]+: Called the ministry\.\nNo answer yet\.$/);
  });

  it("gives a reworded claim's rewording in Claim and the article's words beside it", () => {
    const ws = newWorkspace();
    const { article } = callOrThrow(ws, 'importArticle', { text: ARTICLE });
    const [first, second] = claimsOf(ws, article.id);
    const original = first!.text;
    callOrThrow(ws, 'editClaim', { claimId: first!.id, text: 'About 1,200 families were relocated in March, officials said.' });
    const records = exported(ws);
    const reworded = records.find((r) => r['Claim ID'] === String(first!.id))!;
    expect(reworded['Claim']).toBe('About 1,200 families were relocated in March, officials said.');
    expect(reworded['Article words']).toBe(original);
    expect(ARTICLE).toContain(reworded['Article words']);
    expect(records.find((r) => r['Claim ID'] === String(second!.id))!['Article words']).toBe('');
  });

  it("names an imported file's article file, and leaves it empty for pasted text", () => {
    const ws = newWorkspace();
    const file = callOrThrow(ws, 'importArticle', {
      bytesBase64: Buffer.from('# Port reopens\n\nThe port reopened on Monday, officials said. Traffic rose 3.5% in a week.\n').toString('base64'),
      filename: '/home/ana/wire-story.md',
    });
    const pasted = callOrThrow(ws, 'importArticle', { text: ARTICLE, title: 'Relocation story' });
    const records = exported(ws);
    const fileIds = new Set(claimsOf(ws, file.article.id).map((c) => String(c.id)));
    const pastedIds = new Set(claimsOf(ws, pasted.article.id).map((c) => String(c.id)));
    expect(fileIds.size).toBeGreaterThan(0);
    expect(pastedIds.size).toBeGreaterThan(0);
    expect(records).toHaveLength(fileIds.size + pastedIds.size);
    for (const r of records) expect(r['Article file']).toBe(fileIds.has(r['Claim ID']!) ? 'wire-story.md' : '');
  });

  it('numbers claims the same whether counted as every claim streams by in article order or by SQL (any other order)', () => {
    const ws = newWorkspace();
    buildReportFixture(ws);
    const parsed = (input: OpInput<'exportCsv'>) => parse(callOrThrow(ws, 'exportCsv', input).csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    const inOrder = parsed({ filter: { includeHidden: true } });
    expect(inOrder.some((r) => r['Claim #'] === '')).toBe(true); // hidden rows take no number
    expect(parsed({ filter: { includeHidden: true }, sort: { column: 'position', direction: 'desc' } }).reverse()).toEqual(inOrder);
    const byText = parsed({ filter: { includeHidden: true }, sort: { column: 'text', direction: 'asc' } });
    expect(new Map(byText.map((r) => [r['Claim ID'], r['Claim #']]))).toEqual(new Map(inOrder.map((r) => [r['Claim ID'], r['Claim #']])));
  });

  it('neutralises a formula in the new columns too', () => {
    const { csv } = reportToCsv([
      row({
        articleFile: '=cmd.txt',
        articleWords: '-40% is the drop',
        sources: REPORT_WORDING.source({ title: '=HYPERLINK("x")', publisher: null, publishedOn: null, url: 'https://example.org/a', excerpt: null, stance: 'supports' }),
      }),
    ]);
    const [record] = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(record!['Article file']).toBe("'=cmd.txt");
    expect(record!['Article words']).toBe("'-40% is the drop");
    expect(record!['Sources']).toBe('\'=HYPERLINK("x") <https://example.org/a> [supports]');
  });
});

describe('a streamed report: progress and cancel', () => {
  // Enough rows for several chunks; each row about 1 KB.
  const many = (n: number) => Array.from({ length: n }, (_, i) => row({ id: i + 1, text: `Claim ${i}, "quoted"\n${'x'.repeat(1000)}` }));

  it('reports the rows written after each chunk, and all of them at the end', () => {
    const calls: Array<[number, number]> = [];
    let csv = '';
    for (const chunk of csvReportChunks(many(1200), { total: 1200, onRows: (written, total) => calls.push([written, total]) })) csv += chunk;
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.at(-1)).toEqual([1200, 1200]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThan(calls[i - 1]![0]);
    expect(csv).toBe(reportToCsv(many(1200)).csv);
  });

  it('counts the rows of the filter as the total (real workspace)', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    const calls: Array<[number, number]> = [];
    const chunks = [...csvReport(ws.db, { status: 'not_reviewed' }, DEFAULT_SORT, { onRows: (written, total) => calls.push([written, total]) })];
    const rows = callOrThrow(ws, 'listClaims', { filter: { status: 'not_reviewed' }, limit: 500 }).total;
    expect(calls.at(-1)).toEqual([rows, rows]);
    expect(chunks.join('')).toBe(callOrThrow(ws, 'exportCsv', { filter: { status: 'not_reviewed' } }).csv);
  });

  it('stops when its signal is aborted midway: no more rows read, no temporary file, the old report untouched', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.csv');
    fs.writeFileSync(target, 'the old report');
    const controller = new AbortController();
    let pulled = 0;
    function* rows() {
      for (const r of many(5000)) {
        pulled++;
        yield r;
      }
    }
    const chunks = csvReportChunks(rows(), {
      total: 5000,
      signal: controller.signal,
      onRows: (written) => written > 1000 && controller.abort(),
    });
    await expect(writeFileAtomicAsync(target, chunks, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(pulled).toBeLessThan(2000);
    expect(fs.readFileSync(target, 'utf8')).toBe('the old report');
    expect(fs.readdirSync(dir)).toEqual(['report.csv']);
  });

  it('writes the whole report when nothing aborts it, like the synchronous writer', async () => {
    const dir = tempDir();
    await writeFileAtomicAsync(path.join(dir, 'a.csv'), csvReportChunks(many(700)), new AbortController().signal);
    writeFileAtomic(path.join(dir, 'b.csv'), csvReportChunks(many(700)));
    expect(fs.readFileSync(path.join(dir, 'a.csv')).equals(fs.readFileSync(path.join(dir, 'b.csv')))).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.csv', 'b.csv']);
  });
});

describe('the words of an in-article dispute in a report', () => {
  it('close a quotation the cut-out words open, so the marks pair up in the cell', () => {
    expect(closeQuotes('claim is “absolutely not true')).toBe('claim is “absolutely not true”');
    expect(closeQuotes('“null and void”')).toBe('“null and void”');
    expect(closeQuotes('rejected the figures')).toBe('rejected the figures');
    expect(describeSuggestion({ speaker: 'the source', phrase: 'claim is “absolutely not true', stance: 'disputes' })).toBe('the source — “claim is “absolutely not true””');
  });
});
