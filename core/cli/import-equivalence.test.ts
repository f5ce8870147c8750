/**
 * `claimdesk import FOLDER` (analysis threads, batches, the in-memory claim
 * index, multi-row inserts) writes the very workspace that importing the
 * same files one at a time through the API writes: every row of articles,
 * claims, entities, search index, claim matches and dispute suggestions.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSources, variedCopy } from '../../bench/import-corpus';
import { useTempDir } from '../../db/testing/temp-workspace';
import { callOrThrow } from '../api/dispatch';
import { closeWorkspace, openWorkspace } from '../api/workspace';
import { expandImportPaths } from './import';

const tempDir = useTempDir();
const BIN = path.join(__dirname, '..', '..', 'bin', 'claimdesk.js');

/** Everything an import writes, row by row (not when: imported_at is the clock's). */
const TABLES: Record<string, string> = {
  articles: 'SELECT id, title, article_date, dateline, body, content_hash, filename, source_url, imported_by, claims_matched FROM articles ORDER BY id',
  claims: 'SELECT * FROM claims ORDER BY id',
  claim_entities: 'SELECT * FROM claim_entities ORDER BY claim_id, ord',
  claim_matches: 'SELECT * FROM claim_matches ORDER BY claim_id, earlier_claim_id',
  dispute_suggestions: 'SELECT * FROM dispute_suggestions ORDER BY id',
  claim_search: 'SELECT rowid, text, speaker, notes, sources FROM claim_search ORDER BY rowid',
  // The index itself, not only its stored text: a word of many claims, a figure, an accented word.
  search_hits: "SELECT rowid FROM claim_search WHERE claim_search MATCH 'minister OR 2023 OR \"zurich\" OR россия' ORDER BY rowid",
};

function rowsOf(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(Object.entries(TABLES).map(([name, query]) => [name, db.prepare(query).raw().all()]));
  } finally {
    db.close();
  }
}

/** Words FTS5 folds its own way, in claims the in-memory index must read as FTS5 does. */
const accented = (copy: number) =>
  [
    'Zürich and Malmö sign a deal',
    `Søren Ødegård of the Zürich office said ${300 + copy} lorries crossed at Malmö on Tuesday, the minister said.`,
    `Владимир Путин said Россия would send ${12 + copy} ships to the Black Sea, officials in Kyiv said in 2023.`,
    `That's false, the ministry said of reports that ${300 + copy} lorries crossed at Malmö.`,
  ].join('\n\n');

describe('claimdesk import FOLDER', () => {
  it('writes the same workspace as importing each file through the API, one at a time', () => {
    const dir = tempDir();
    const folder = path.join(dir, 'in');
    const sources = corpusSources().slice(0, 8);
    const files: Array<[string, string]> = [
      // Reworded copies (claim memory), other scripts, a duplicate (skipped), a file that is no article (refused).
      ...sources.flatMap((s, i) => [[`a/${i}-${s.name}`, s.text], [`b/${i}-${s.name}`, variedCopy(s.text, 1)]] as Array<[string, string]>),
      ...[0, 1, 2].map((copy) => [`c/accented-${copy}.txt`, accented(copy)] as [string, string]),
      ['d/duplicate.txt', sources[0]!.text],
      ['d/empty.txt', '   \n'],
    ];
    for (const [name, text] of files) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), text);
    }

    const cliDb = path.join(dir, 'cli.sqlite');
    let code = 0;
    try {
      execFileSync(process.execPath, [BIN, '--db', cliDb, '--reviewer', 'Ana', 'import', folder], { stdio: 'pipe' });
    } catch (err) {
      code = (err as { status: number }).status;
    }
    expect(code).toBe(1); // the empty file is refused, the rest go in

    const apiDb = path.join(dir, 'api.sqlite');
    const ws = openWorkspace({ dbPath: apiDb, reviewer: 'Ana' });
    try {
      for (const file of expandImportPaths([folder], process.env)) {
        try {
          callOrThrow(ws, 'importArticle', { filename: path.basename(file), bytesBase64: fs.readFileSync(file).toString('base64') });
        } catch (err) {
          expect(path.basename(file)).toBe('empty.txt');
        }
      }
    } finally {
      closeWorkspace(ws);
    }

    const cli = rowsOf(cliDb);
    const api = rowsOf(apiDb);
    // Not an agreement about nothing: every kind of row is there.
    expect(api.articles!.length).toBeGreaterThan(12);
    expect(api.claims!.length).toBeGreaterThan(300);
    expect(api.claims!.some((c) => (c as unknown[])[9] === 1)).toBe(true); // hidden claims
    for (const table of ['claim_entities', 'claim_matches', 'dispute_suggestions', 'search_hits']) expect(api[table]!.length, table).toBeGreaterThan(3);
    for (const table of Object.keys(TABLES)) expect(cli[table], table).toEqual(api[table]);
  }, 60_000);
});
