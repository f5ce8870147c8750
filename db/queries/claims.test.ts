import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { callOrThrow } from '../../core/api/dispatch';
import type { Workspace } from '../../core/api/workspace';
import { sampleArticlePath } from '../../core/paths';
import { useTempWorkspace } from '../testing/temp-workspace';
import { claimWhere, countClaims, listClaimRows, orderBy, pageIdsQuery } from './claims';
import { sql } from './sql';
import type { ClaimFilter, ClaimSort, ClaimSortColumn } from './types';

const COLUMNS: ClaimSortColumn[] = ['position', 'article', 'text', 'speaker', 'status', 'reviewedAt', 'checkWorthiness'];
const SORTS: ClaimSort[] = COLUMNS.flatMap((column) => [
  { column, direction: 'asc' as const },
  { column, direction: 'desc' as const },
]);

/**
 * A workspace of real imports (the sample, three times, under titles that sort apart),
 * grown by SQL copies with mixed verdicts, speakers, blank speakers, hidden
 * rows and reviews, so every sort has ties and blanks to order.
 */
function grown(ws: Workspace, copies: number): void {
  const sample = fs.readFileSync(sampleArticlePath(), 'utf8');
  for (const title of ['Pakistan deportations', 'a lower-case title', 'Zebra crossing']) callOrThrow(ws, 'importArticle', { text: `${sample}\n\n${title}.`, title });
  ws.db.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${copies})
    INSERT INTO claims (article_id, position, text, span_start, span_end, prefix, suffix, kind, hidden, speaker, figures, check_worthiness, reasons, status, reviewed_by, reviewed_at)
    SELECT c.article_id, c.position + 1000 * n.i, c.text, c.span_start, c.span_end, c.prefix, c.suffix, c.kind, c.hidden,
      CASE n.i % 3 WHEN 0 THEN NULL WHEN 1 THEN c.speaker ELSE lower(coalesce(c.speaker, 'someone')) END,
      c.figures, round(c.check_worthiness, 1), c.reasons,
      CASE (c.id + n.i) % 3 WHEN 0 THEN 'verified' WHEN 1 THEN 'disputed' ELSE 'unverified' END,
      CASE WHEN (c.id + n.i) % 2 = 0 THEN 'ana' END,
      CASE WHEN (c.id + n.i) % 2 = 0 THEN '2026-01-0' || (n.i % 9 + 1) || 'T00:00:00Z' END
    FROM claims c, n;
  `);
}

/** The same page the simple way: every column, one query, SQLite sorting it all. */
function naivePage(ws: Workspace, filter: ClaimFilter, sort: ClaimSort, offset: number, limit: number): number[] {
  const q = sql`SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${claimWhere(filter)} ORDER BY ${orderBy(sort)} LIMIT ${limit} OFFSET ${offset}`;
  return (ws.db.prepare(q.text).all(...q.params) as Array<{ id: number }>).map((r) => r.id);
}

function plan(ws: Workspace, filter: ClaimFilter, sort: ClaimSort, access: 'lookup' | 'probe' = 'lookup'): string {
  const q = pageIdsQuery(filter, sort, access, 200, 200);
  return (ws.db.prepare(`EXPLAIN QUERY PLAN ${q.text}`).all(...q.params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
}

describe('the claims table queries', () => {
  const workspace = useTempWorkspace();

  it('pages every sort and filter exactly as one plain query would, in both directions', () => {
    const ws = workspace();
    grown(ws, 40);
    // Both ways of reading a set are compared: "Afghan" is common enough to be probed, "Taliban" + verified is looked up.
    expect(countClaims(ws.db, { search: 'Afghan' })).toBeGreaterThan(1_000);
    expect(countClaims(ws.db, { search: 'Taliban', status: 'verified' })).toBeLessThan(1_000);
    const filters: ClaimFilter[] = [{}, { status: 'disputed' }, { status: 'not_reviewed' }, { search: 'Afghan' }, { search: 'Taliban', status: 'verified' }, { entity: 'Pakistan' }, { includeHidden: true }];
    for (const filter of filters)
      for (const sort of SORTS)
        for (const offset of [0, 200]) {
          const got = listClaimRows(ws.db, filter, sort, offset, 200).map((r) => r.id);
          expect(got, `${JSON.stringify(filter)} ${sort.column} ${sort.direction} @${offset}`).toEqual(naivePage(ws, filter, sort, offset, 200));
        }
    // Rows carry every column, not just ids.
    const [first] = listClaimRows(ws.db, {}, { column: 'speaker', direction: 'asc' }, 0, 1);
    expect(first).toMatchObject({ articleTitle: expect.any(String), number: expect.any(Number), entities: expect.any(Array), prefix: expect.any(String) });
  });

  it('reads every sort of the shown claims from an index, in both directions, with or without statistics', () => {
    const ws = workspace();
    grown(ws, 30);
    for (const analysed of [false, true]) {
      if (analysed) ws.db.exec('ANALYZE');
      for (const sort of SORTS) {
        const p = plan(ws, {}, sort);
        expect(p, `${sort.column} ${sort.direction} (analysed: ${analysed})`).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
        // The article sort walks articles by title, then each article's claims in order (ties on position only).
        expect(p).toMatch(sort.column === 'article' ? /articles_by_title.*claims_visible_in_order/ : /USING (COVERING )?INDEX claims_visible_/);
      }
      // A verdict filter in article order reads the verdict's own index, already in order.
      expect(plan(ws, { status: 'disputed' }, { column: 'position', direction: 'asc' })).toMatch(/claims_reviewed_by_verdict.*status=\?/);
      expect(plan(ws, { status: 'disputed' }, { column: 'position', direction: 'asc' })).not.toMatch(/TEMP B-TREE/);
      // A large set (search, entity) probed along the sort's index stops after a page.
      const probed = plan(ws, { search: 'Afghan' }, { column: 'speaker', direction: 'asc' }, 'probe');
      expect(probed).toMatch(/claims_visible_speaker_asc/);
      expect(probed).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });

  it('counts a filter once until something changes, in this connection or another', () => {
    const ws = workspace();
    callOrThrow(ws, 'loadSample', {});
    const before = countClaims(ws.db, { status: 'not_reviewed' });
    const claimId = listClaimRows(ws.db, {}, { column: 'position', direction: 'asc' }, 0, 1)[0]!.id;
    callOrThrow(ws, 'setStatus', { claimId, status: 'verified' });
    expect(countClaims(ws.db, { status: 'not_reviewed' })).toBe(before - 1);
    // Another connection (the CLI beside the app) commits: the cached count is not reused.
    const other = new Database(ws.dbPath);
    other.prepare("UPDATE claims SET reviewed_at = NULL, reviewed_by = NULL WHERE id = ?").run(claimId);
    other.close();
    expect(countClaims(ws.db, { status: 'not_reviewed' })).toBe(before);
  });
});
