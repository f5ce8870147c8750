/**
 * 5,000 hostile files through importArticle on a real workspace: random bytes, truncated
 * and mixed encodings, NUL floods, huge lines, zero-width and right-to-left floods, and
 * real articles with bytes flipped. Each one is a named error that changes nothing, or a
 * clean import: the article with every claim it announced, each claim's span its own
 * words. Never a crash, an internal error or half an article. FUZZ_SEED replays a run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../db/testing/temp-workspace';
import type { ErrorCode } from '../errors';
import { dispatch } from './dispatch';
import { CLASSES, type HostileFile } from './fuzz-hostile-files';
import type { ImportResult } from './handlers/articles';
import type { Workspace } from './workspace';

const newWorkspace = useTempWorkspace();
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

/** What a file that is not an article may be told: each a named, readable error. */
const IMPORT_ERRORS: ReadonlySet<ErrorCode> = new Set(['empty', 'binary', 'invalid_encoding', 'too_large', 'not_an_article', 'no_article_text', 'invalid_docx', 'unsupported_type']);

function counts(ws: Workspace): { articles: number; claims: number } {
  return ws.db.prepare('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM claims) AS claims').get() as { articles: number; claims: number };
}

/** One hostile file through the API: a named error and nothing changed, or the whole article. */
function importsCleanlyOrNot(ws: Workspace, file: HostileFile, outcomes: Map<string, number>): void {
  const before = counts(ws);
  const result = dispatch(ws, 'importArticle', { bytesBase64: Buffer.from(file.bytes).toString('base64'), filename: file.filename });
  if (!result.ok) {
    outcomes.set(result.error.code, (outcomes.get(result.error.code) ?? 0) + 1);
    if (!IMPORT_ERRORS.has(result.error.code)) throw new Error(`${file.filename} (${file.bytes.length} bytes): ${result.error.code}: ${result.error.message}`);
    expect(result.error.message).not.toMatch(/[\r\n]|SQL|sqlite|constraint/i);
    expect(counts(ws)).toEqual(before);
    return;
  }
  const imported = result.value as ImportResult;
  outcomes.set(imported.duplicate ? 'duplicate' : 'imported', (outcomes.get(imported.duplicate ? 'duplicate' : 'imported') ?? 0) + 1);
  const after = counts(ws);
  if (imported.duplicate) {
    expect(after).toEqual(before);
    return;
  }
  expect(after).toEqual({ articles: before.articles + 1, claims: before.claims + imported.claimsCreated });
  const body = (ws.db.prepare('SELECT body FROM articles WHERE id = ?').get(imported.article.id) as { body: string }).body;
  expect(body).not.toContain('\0');
  const claims = ws.db.prepare('SELECT text, span_start AS start, span_end AS end FROM claims WHERE article_id = ?').all(imported.article.id) as Array<{ text: string; start: number; end: number }>;
  expect(claims.length).toBe(imported.claimsCreated);
  for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
  // Checked: taken out again, so the workspace stays small and every input is matched against the same few articles.
  ws.db.prepare('DELETE FROM articles WHERE id = ?').run(imported.article.id);
}

const TOTAL = CLASSES.reduce((sum, [, , runs]) => sum + runs, 0);

describe(`${TOTAL.toLocaleString('en-US')} hostile import inputs: a named error or a clean import, never a crash or half an article`, () => {
  for (const [name, files, runs] of CLASSES) {
    it(`${runs.toLocaleString('en-US')} ${name}`, () => {
      const ws = newWorkspace();
      // Durability is not what is tested here (db/durability.test.ts is): no fsync per import keeps 5,000 quick.
      ws.db.pragma('synchronous = OFF');
      const outcomes = new Map<string, number>();
      fc.assert(
        fc.property(files, (file) => {
          importsCleanlyOrNot(ws, file, outcomes);
        }),
        { numRuns: runs, seed: SEED },
      );
      expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(runs);
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    }, 120_000);
  }
});
