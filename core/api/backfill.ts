/**
 * Claims imported before Claimdesk scored them (schema < 4) get their
 * figures, entities, check-worthiness and in-article disputes the first
 * time the workspace is opened by this version. Speakers, verdicts and
 * what is shown or hidden stay as the fact-checker left them.
 */
import type { Db } from '../../db/open';
import { setClaimInsight } from '../../db/queries/claims';
import { insertSuggestions, type NewSuggestion } from '../../db/queries/suggestions';
import { analyzeArticle, analyzeClaimText } from '../import';

interface Unscored {
  id: number;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
}

/** Returns how many claims were scored. */
export function scoreUnscoredClaims(db: Db): number {
  if (!db.prepare('SELECT 1 FROM claims WHERE check_worthiness IS NULL LIMIT 1').get()) return 0;
  let scored = 0;
  db.transaction(() => {
    const articles = db.prepare('SELECT DISTINCT article_id AS id FROM claims WHERE check_worthiness IS NULL').all() as Array<{ id: number }>;
    for (const { id: articleId } of articles) {
      const body = (db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string }).body;
      const claims = db
        .prepare(`SELECT id, text, span_start AS start, span_end AS "end", speaker FROM claims
          WHERE article_id = ? AND check_worthiness IS NULL ORDER BY position`)
        .all(articleId) as Unscored[];
      const analysis = analyzeArticle(body);
      const bySpan = new Map(analysis.claims.map((row, i) => [`${row.start}:${row.end}`, i]));
      const idOfRow = new Map<number, number>();
      for (const claim of claims) {
        const row = bySpan.get(`${claim.start}:${claim.end}`);
        const fresh = row === undefined ? undefined : analysis.claims[row];
        if (row !== undefined && fresh && fresh.text === claim.text) {
          idOfRow.set(row, claim.id);
          setClaimInsight(db, claim.id, { ...fresh, speaker: claim.speaker });
        } else {
          setClaimInsight(db, claim.id, analyzeClaimText(body, claim.text, claim.speaker));
        }
        scored++;
      }
      const suggestions: NewSuggestion[] = [];
      for (const d of analysis.disputes) {
        const claimId = idOfRow.get(d.target);
        const denialClaimId = idOfRow.get(d.denial);
        const denial = analysis.claims[d.denial];
        if (claimId !== undefined && denialClaimId !== undefined && denial) {
          suggestions.push({ claimId, denialClaimId, denialText: denial.text, phrase: d.phrase, speaker: d.speaker });
        }
      }
      insertSuggestions(db, suggestions);
    }
  }).immediate();
  return scored;
}
