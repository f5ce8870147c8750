import { closeQuotes } from '../../core/text/characters';
import type { Db } from '../open';
import { CLAIM_NUMBER_SQL } from './claims';
import { prepared } from './prepared';
import type { InArticleDisputeState } from './types';

/**
 * A denial the article reports, suggesting `disputed` for the claim it
 * targets. Never a verdict by itself: it waits for the fact-checker.
 */
export interface DisputeSuggestion {
  id: number;
  /** The claim the denial targets. */
  claimId: number;
  /** The claim row that reports the denial; null if that row was since merged away or removed. */
  denialClaimId: number | null;
  /** The denial's sentence as imported, kept even if its row changes later. */
  denialText: string;
  /** The words of the denial: "denies these allegations". */
  phrase: string;
  /** Who denies it: "The Taliban government". */
  speaker: string | null;
  /** Whether the sentence disputes the claim or only doubts it ("cautious about the findings"). */
  stance: SuggestionStance;
  state: InArticleDisputeState;
  decidedBy: string | null;
  decidedAt: string | null;
}

export type SuggestionStance = 'disputes' | 'doubts';

export interface NewSuggestion {
  claimId: number;
  denialClaimId: number;
  denialText: string;
  phrase: string;
  speaker: string | null;
  stance: SuggestionStance;
}

/**
 * The suggestions an analysis makes: one per in-article dispute between two
 * stored claims (`idOfRow`: the stored id of each analysed row, where stored).
 */
export function suggestionsFrom(
  analysis: { claims: ReadonlyArray<{ text: string }>; disputes: ReadonlyArray<{ denial: number; target: number; phrase: string; speaker: string | null; doubt?: true }> },
  idOfRow: (row: number) => number | undefined,
): NewSuggestion[] {
  return analysis.disputes.flatMap((d) => {
    const claimId = idOfRow(d.target);
    const denialClaimId = idOfRow(d.denial);
    const denial = analysis.claims[d.denial];
    if (claimId === undefined || denialClaimId === undefined || !denial) return [];
    return [{ claimId, denialClaimId, denialText: denial.text, phrase: d.phrase, speaker: d.speaker, stance: d.doubt ? 'doubts' : 'disputes' }];
  });
}

const COLUMNS = `id, claim_id AS claimId, denial_claim_id AS denialClaimId, denial_text AS denialText, phrase, speaker, stance,
  state, decided_by AS decidedBy, decided_at AS decidedAt`;

export function insertSuggestions(db: Db, suggestions: readonly NewSuggestion[]): void {
  if (suggestions.length === 0) return;
  // Compiled once per connection: every article of an import comes here.
  const insert = prepared(db, 'INSERT INTO dispute_suggestions (claim_id, denial_claim_id, denial_text, phrase, speaker, stance) VALUES (?, ?, ?, ?, ?, ?)');
  for (const s of suggestions) insert.run(s.claimId, s.denialClaimId, s.denialText, s.phrase, s.speaker, s.stance);
}

/** Denials in the article that target this claim. */
export function suggestionsForClaim(db: Db, claimId: number): DisputeSuggestion[] {
  return db.prepare(`SELECT ${COLUMNS} FROM dispute_suggestions WHERE claim_id = ? ORDER BY id`).all(claimId) as DisputeSuggestion[];
}

/** A claim that a denial row disputes, as the denial's detail panel lists it. */
export interface DisputedClaim {
  suggestionId: number;
  claimId: number;
  position: number;
  /** The number the table shows it under (ClaimRow.number); null when it is hidden. */
  number: number | null;
  text: string;
  stance: SuggestionStance;
  state: InArticleDisputeState;
}

/** What this claim, as a denial, disputes. */
export function claimsDisputedBy(db: Db, denialClaimId: number): DisputedClaim[] {
  return db
    .prepare(`SELECT ds.id AS suggestionId, c.id AS claimId, c.position, ${CLAIM_NUMBER_SQL} AS number, c.text, ds.stance, ds.state
      FROM dispute_suggestions ds JOIN claims c ON c.id = ds.claim_id WHERE ds.denial_claim_id = ? ORDER BY c.position`)
    .all(denialClaimId) as DisputedClaim[];
}

export function getSuggestion(db: Db, id: number): DisputeSuggestion | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM dispute_suggestions WHERE id = ?`).get(id) as DisputeSuggestion | undefined;
}

export function decideSuggestion(db: Db, id: number, state: Exclude<InArticleDisputeState, 'pending'>, by: string, at: string): void {
  db.prepare('UPDATE dispute_suggestions SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(state, by, at, id);
}

/**
 * The evidence as a fact-checker reads it: `The Taliban government — “denies these allegations”`; a doubt says so
 * (`other experts — doubts: “cautious about the findings”`), so no report passes a doubt off as a denial.
 */
export function describeSuggestion(s: Pick<DisputeSuggestion, 'speaker' | 'phrase' | 'stance'>): string {
  return s.stance === 'doubts' ? `${s.speaker ?? 'The article'} — doubts: “${closeQuotes(s.phrase)}”` : describeEvidence(s);
}

/** Who and the words, for a line that already says whether it is a denial or a doubt ("Doubted by: …"). */
export function describeEvidence(s: Pick<DisputeSuggestion, 'speaker' | 'phrase'>): string {
  return `${s.speaker ?? 'The article'} — “${closeQuotes(s.phrase)}”`;
}
