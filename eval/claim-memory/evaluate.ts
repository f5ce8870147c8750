/**
 * Measures claim memory on hand-written claim pairs (pairs.json): precision
 * and recall of "same claim" against reworded pairs, same-topic pairs with a
 * different figure or statement, and unrelated pairs.
 *
 * Two ways: the score of each pair on its own (sameClaimScore, core/api/claim-memory.ts),
 * and end to end in a real workspace file, where every earlier claim sits in
 * its own article and each later claim is imported and matched through FTS5
 * retrieval with all the others as distractors (core/api/claim-memory.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { describeClaim } from '../../core/analysis';
import { MATCH_THRESHOLD } from '../../core/analysis/claim-memory';
import { matchNewArticle, memoryProfile, sameClaimScore } from '../../core/api/claim-memory';
import { openDatabase, type Db } from '../../db/open';
import { insertArticle } from '../../db/queries/articles';
import { insertClaims } from '../../db/queries/claims';

export const PAIR_KINDS = ['same', 'figure', 'different', 'unrelated'] as const;
export type PairKind = (typeof PAIR_KINDS)[number];

const pairsFile = z.object({
  about: z.string(),
  pairs: z.array(z.object({ kind: z.enum(PAIR_KINDS), a: z.string().min(1), b: z.string().min(1) }).strict()).min(1),
});
export type ClaimPair = z.infer<typeof pairsFile>['pairs'][number];

export const PAIRS_DIR = __dirname;

export function loadPairs(file = path.join(PAIRS_DIR, 'pairs.json')): ClaimPair[] {
  return pairsFile.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).pairs;
}

export interface PairOutcome extends ClaimPair {
  score: number;
  /** Scored at or above the threshold on its own. */
  matched: boolean;
  /** Stored as a match when the later claim was imported into a workspace holding every earlier claim. */
  matchedInWorkspace: boolean;
}

export interface Rates {
  precision: number | null;
  recall: number | null;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface MemoryReport {
  threshold: number;
  outcomes: PairOutcome[];
  pairs: Rates;
  workspace: Rates;
  /** Share of each kind judged a match (scored alone). */
  matchedShare: Record<PairKind, { matched: number; of: number }>;
}

function rates(outcomes: PairOutcome[], predicted: (o: PairOutcome) => boolean): Rates {
  const tp = outcomes.filter((o) => o.kind === 'same' && predicted(o)).length;
  const fp = outcomes.filter((o) => o.kind !== 'same' && predicted(o)).length;
  const fn = outcomes.filter((o) => o.kind === 'same' && !predicted(o)).length;
  return {
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}

const insight = (text: string) => describeClaim(text, null, { articleText: text });

let hashes = 0;
function storeArticle(db: Db, text: string): { articleId: number; claimId: number } {
  const articleId = insertArticle(db, {
    title: text.slice(0, 60),
    date: null,
    dateline: null,
    body: text,
    contentHash: `pair-${++hashes}`,
    filename: null,
    importedAt: '2026-01-01T00:00:00.000Z',
    importedBy: 'eval',
  });
  const [claimId] = insertClaims(db, articleId, [
    { ...insight(text), speaker: null, position: 1, text, start: 0, end: text.length, prefix: '', suffix: '', kind: 'claim', hidden: false },
  ]);
  return { articleId, claimId: claimId! };
}

/** Each later claim imported alone into a workspace of every distinct earlier claim; true when it matched its own pair's. */
function matchInWorkspace(pairs: ClaimPair[]): boolean[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-memory-eval-'));
  const db = openDatabase(path.join(dir, 'eval.sqlite'));
  try {
    const earlier = new Map<string, number>();
    for (const { a } of pairs) if (!earlier.has(a)) earlier.set(a, storeArticle(db, a).claimId);
    return pairs.map(({ a, b }) =>
      db.transaction(() => {
        const later = storeArticle(db, b);
        matchNewArticle(db, later.articleId);
        const found = db.prepare('SELECT 1 FROM claim_matches WHERE claim_id = ? AND earlier_claim_id = ?').get(later.claimId, earlier.get(a)) !== undefined;
        // Each later claim meets only the earlier ones, never another later one.
        db.prepare('DELETE FROM articles WHERE id = ?').run(later.articleId);
        return found;
      })(),
    );
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function evaluateClaimMemory(pairs: ClaimPair[] = loadPairs()): MemoryReport {
  const inWorkspace = matchInWorkspace(pairs);
  const outcomes = pairs.map((pair, i) => {
    const score = sameClaimScore(memoryProfile(pair.a, insight(pair.a).entities), memoryProfile(pair.b, insight(pair.b).entities));
    return { ...pair, score, matched: score >= MATCH_THRESHOLD, matchedInWorkspace: inWorkspace[i]! };
  });
  const matchedShare = Object.fromEntries(
    PAIR_KINDS.map((kind) => {
      const of = outcomes.filter((o) => o.kind === kind);
      return [kind, { matched: of.filter((o) => o.matched).length, of: of.length }];
    }),
  ) as MemoryReport['matchedShare'];
  return {
    threshold: MATCH_THRESHOLD,
    outcomes,
    pairs: rates(outcomes, (o) => o.matched),
    workspace: rates(outcomes, (o) => o.matchedInWorkspace),
    matchedShare,
  };
}
