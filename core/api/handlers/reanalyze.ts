import { z } from 'zod';
import { getArticleBody, getArticleSummary } from '../../../db/queries/articles';
import { listClaimRows, setClaimInsight, type ClaimInsightFields } from '../../../db/queries/claims';
import { insertSuggestions, suggestionsFrom } from '../../../db/queries/suggestions';
import { analyzeArticle, analyzeClaimText, type AnalyzedArticle } from '../../import';
import { ClaimdeskError } from '../../errors';
import { defineOperation } from '../operation';
import { DEFAULT_SORT, id } from '../schemas';
import type { Workspace } from '../workspace';

/** What a re-analysis changed, field by field (claims counted once per field). */
export interface ReanalysisReport {
  /** The article's shown claims (hidden rows are read again too, and counted in the fields below). */
  claims: number;
  speakers: number;
  scores: number;
  figures: number;
  entities: number;
  suggestionsAdded: number;
  suggestionsRemoved: number;
  /** Speakers set by hand, left as they were. */
  handSpeakersKept: number;
}

const sameList = (stored: readonly string[], fresh: readonly string[]) => stored.length === fresh.length && stored.every((v, i) => v === fresh[i]);

/**
 * `Re-analyse article`: runs the engine again on an article already in the
 * workspace (after an upgrade, say) and refreshes the machine's fields only:
 * speakers not set by hand, check-worthiness and its reasons, figures,
 * entities, and in-article dispute suggestions nobody has decided. Verdicts,
 * notes, sources, the claims' spans and wording (edits, splits, merges,
 * exclusions) and hand-set speakers stay. A claim whose span the engine
 * still finds takes the engine's reading of it; one the fact-checker
 * reshaped is read on its own words, as an edit is. One undo step.
 */
function reanalyze(ws: Workspace, input: { articleId: number }, analysis: AnalyzedArticle): ReanalysisReport {
  const body = getArticleBody(ws.db, input.articleId)!;
  // Every row of the article, hidden ones too, in article order (LIMIT -1: no limit).
  const rows = listClaimRows(ws.db, { articleId: input.articleId, includeHidden: true }, DEFAULT_SORT, 0, -1);
  const bySpan = new Map(analysis.claims.map((c, i) => [`${c.start}:${c.end}`, i]));
  const report: ReanalysisReport = { claims: rows.filter((r) => !r.hidden).length, speakers: 0, scores: 0, figures: 0, entities: 0, suggestionsAdded: 0, suggestionsRemoved: 0, handSpeakersKept: 0 };
  /** Index in the fresh analysis -> stored claim id, for claims the engine still finds where they are. */
  const storedAt = new Map<number, number>();

  for (const row of rows) {
    const at = row.edited ? undefined : bySpan.get(`${row.start}:${row.end}`);
    if (at !== undefined) storedAt.set(at, row.id);
    const fresh: ClaimInsightFields = at !== undefined ? analysis.claims[at]! : analyzeClaimText(body, row.text, row.speaker);
    const speakerChanged = !row.speakerByHand && fresh.speaker !== row.speaker;
    const scoreChanged = row.checkWorthiness === null || Math.abs(row.checkWorthiness - fresh.checkWorthiness) > 1e-9 || !sameList(row.reasons, fresh.reasons);
    const figuresChanged = !sameList(row.figures, fresh.figures);
    const entitiesChanged = !sameList(row.entities, fresh.entities);
    if (row.speakerByHand && fresh.speaker !== row.speaker) report.handSpeakersKept++;
    if (!speakerChanged && !scoreChanged && !figuresChanged && !entitiesChanged) continue;
    setClaimInsight(ws.db, row.id, fresh);
    if (speakerChanged) report.speakers++;
    if (scoreChanged) report.scores++;
    if (figuresChanged) report.figures++;
    if (entitiesChanged) report.entities++;
  }

  // Suggestions: the engine's current ones between claims it still finds; a decided one (accepted, dismissed) is the fact-checker's and stays.
  const wanted = suggestionsFrom(analysis, (row) => storedAt.get(row));
  const existing = ws.db
    .prepare(`SELECT ds.id, ds.claim_id AS claimId, ds.denial_claim_id AS denialClaimId, ds.stance, ds.state FROM dispute_suggestions ds JOIN claims c ON c.id = ds.claim_id WHERE c.article_id = ?`)
    .all(input.articleId) as Array<{ id: number; claimId: number; denialClaimId: number | null; stance: string; state: string }>;
  const key = (s: { claimId: number; denialClaimId: number | null }) => `${s.claimId}<${s.denialClaimId}`;
  const wantedKeys = new Set(wanted.map(key));
  const existingKeys = new Set(existing.map(key));
  const stale = existing.filter((s) => s.state === 'pending' && !wantedKeys.has(key(s)));
  const drop = ws.db.prepare('DELETE FROM dispute_suggestions WHERE id = ?');
  for (const s of stale) drop.run(s.id);
  // A pending suggestion the engine now reads differently (a doubt stored as a denial by an older version) says so now.
  const stanceOf = new Map(wanted.map((s) => [key(s), s.stance]));
  const restance = ws.db.prepare('UPDATE dispute_suggestions SET stance = ? WHERE id = ?');
  for (const s of existing) {
    const now = stanceOf.get(key(s));
    if (s.state === 'pending' && now !== undefined && now !== s.stance) restance.run(now, s.id);
  }
  const added = wanted.filter((s) => !existingKeys.has(key(s)));
  insertSuggestions(ws.db, added);
  report.suggestionsAdded = added.length;
  report.suggestionsRemoved = stale.length;
  return report;
}

export const reanalyzeOperations = {
  reanalyzeArticle: defineOperation({
    input: z.object({ articleId: id }).strict(),
    write: true,
    undoLabel: 're-analyse article',
    // The engine runs before the write transaction (it may take a while on a long article).
    prepare: (ws, input) => {
      const body = getArticleBody(ws.db, input.articleId);
      if (body === undefined || !getArticleSummary(ws.db, input.articleId)) throw new ClaimdeskError('not_found_article', `No article with id ${input.articleId}.`);
      return analyzeArticle(body);
    },
    handler: reanalyze,
  }),
};
