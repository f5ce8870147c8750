/**
 * A large workspace for the benches: real imports of the sample and the eval
 * articles, then plain SQL copies of their claims up to a claim count (with
 * random verdicts and scores), as a year of work would leave it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { callOrThrow } from '../core/api/dispatch';
import type { Workspace } from '../core/api/workspace';
import { sampleArticlePath } from '../core/paths';

/** The sample, then the eval articles in turn: the texts the benches import. */
export function benchArticles(): string[] {
  const evalDir = path.join(__dirname, '..', 'eval', 'articles');
  const evals = fs.existsSync(evalDir) ? fs.readdirSync(evalDir).sort().map((f) => fs.readFileSync(path.join(evalDir, f), 'utf8')) : [];
  return [fs.readFileSync(sampleArticlePath(), 'utf8'), ...evals];
}

/** Imports `count` articles through the API (one transaction each), cycling through `texts`. */
export function importArticles(ws: Workspace, count: number, texts: readonly string[] = benchArticles()): void {
  for (let i = 0; i < count; i++) callOrThrow(ws, 'importArticle', { text: `${texts[i % texts.length]}\n\nBench copy ${i}.` });
}

export function claimCount(ws: Workspace): number {
  return (ws.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
}

/** Copies stored claims (with their entities) until the workspace holds `target` claims. */
export function growToClaims(ws: Workspace, target: number): void {
  const grow = ws.db.prepare(`INSERT INTO claims (article_id, position, text, span_start, span_end, prefix, suffix, kind, hidden, speaker,
      figures, check_worthiness, reasons, status, reviewed_by, reviewed_at)
    SELECT article_id, position + (SELECT max(position) FROM claims c2 WHERE c2.article_id = c.article_id), text, span_start, span_end, prefix, suffix, kind, hidden, speaker,
      figures, check_worthiness, reasons,
      CASE abs(random()) % 4 WHEN 0 THEN 'verified' WHEN 1 THEN 'disputed' ELSE 'unverified' END,
      CASE WHEN abs(random()) % 2 = 0 THEN 'bench' END, CASE WHEN abs(random()) % 2 = 0 THEN '2026-01-01T00:00:00Z' END
    FROM claims c LIMIT ?`);
  ws.db.transaction(() => {
    while (claimCount(ws) < target) grow.run(target - claimCount(ws));
    // The copies name the same people and places as the claims they copy.
    ws.db.exec(`INSERT OR IGNORE INTO claim_entities (claim_id, ord, entity)
      SELECT c.id, ce.ord, ce.entity FROM claims c
      JOIN (SELECT min(id) AS id, text FROM claims GROUP BY text) o ON o.text = c.text AND o.id <> c.id
      JOIN claim_entities ce ON ce.claim_id = o.id`);
  })();
  ws.db.pragma('optimize');
}
