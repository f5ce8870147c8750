/**
 * Editing claims: reword, split at a point, merge two neighbours, add one
 * from a selection in the article, exclude a non-claim and restore it.
 *
 * Invariants every edit keeps:
 * - a claim's span is exact: `article.body.slice(start, end)` are the
 *   article's words for it, with prefix/suffix the 32 characters around it;
 *   its text equals those words unless the fact-checker reworded it (`edited`);
 * - rows of an article never overlap, and are numbered 1..n in text order;
 * - notes, sources, history and in-article disputes follow the claim (on a
 *   merge, those of both); every edit is written to the history.
 */
import { z } from 'zod';
import { getArticleBody } from '../../../db/queries/articles';
import {
  copyClaimLinks,
  deleteClaims,
  moveClaimTrail,
  renumberArticle,
  reopenAcceptedSuggestions,
  rowsBetween,
  rowsOverlapping,
  setClaimHidden,
  setClaimReview,
  setClaimSpan,
  type ArticleRowSpan,
} from '../../../db/queries/claim-edits';
import { insertClaims, setClaimInsight, setClaimSpeaker, type ClaimAnchor } from '../../../db/queries/claims';
import { recordHistory } from '../../../db/queries/history';
import { analyzeClaimText, analyzeSpan, anchorFor } from '../../import';
import { withinOneStatement } from '../../analysis/quotation';
import { isHighSurrogate, isLowSurrogate, trimSpan } from '../../text/characters';
import { ClaimdeskError } from '../../errors';
import { defineOperation } from '../operation';
import { id, requiredText } from '../schemas';
import { reviewerOf, type Workspace } from '../workspace';
import { CHANGED_ELSEWHERE, claimDetail, requireClaim, type ClaimDetail } from './claims';

/** Claims as long as the longest sentence the importer keeps, with room for a rewording. */
export const MAX_CLAIM_CHARS = 20_000;

/** Something to check: at least one letter or digit. */
const HAS_WORDS = /[\p{L}\p{N}]/u;

function articleBody(ws: Workspace, articleId: number): string {
  const body = getArticleBody(ws.db, articleId);
  if (body === undefined) throw new ClaimdeskError('not_found_article', `No article with id ${articleId}.`);
  return body;
}

function spanOf(body: string, start: number, end: number, text = body.slice(start, end), edited = false) {
  return { text, start, end, edited, ...anchorFor(body, start, end) };
}

/** "claim 7 (“Relations between Pakistan …”)" for messages. */
function describeRow(row: { position: number; text: string }): string {
  const words = row.text.length > 60 ? `${row.text.slice(0, 57).trimEnd()}…` : row.text;
  return `claim ${row.position} (“${words}”)`;
}

function quoteForHistory(text: string): string {
  return text.length > 2000 ? `${text.slice(0, 1999)}…` : text;
}

export interface Actor {
  actor: string;
  at: string;
}

export function actorOf(ws: Workspace): Actor {
  return { actor: reviewerOf(ws), at: ws.now() };
}

function record(ws: Workspace, who: Actor, claimId: number, action: Parameters<typeof recordHistory>[1]['action'], oldValue: string | null, newValue: string | null) {
  recordHistory(ws.db, { claimId, ...who, action, oldValue, newValue });
}

// ---------------------------------------------------------------------------
// Reword

/** A UTF-16 surrogate without its pair: text no article can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Line breaks as a text field gives them back: CRLF and CR become LF. */
function lineFeeds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Where `typed` occurs in body[from, to), reading the article's CRLF or CR
 * line breaks as the LF a text field turns them into. Offsets are the
 * article's own.
 */
function occurrences(body: string, typed: string, from: number, to: number): Array<{ start: number; end: number }> {
  let norm = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  for (let i = from; i < to; i++) {
    const c = body.charAt(i);
    startOf.push(i);
    if (c === '\r' && body.charAt(i + 1) === '\n' && i + 1 < to) {
      norm += '\n';
      endOf.push(i + 2);
      i++;
    } else {
      norm += c === '\r' ? '\n' : c;
      endOf.push(i + 1);
    }
  }
  const wanted = lineFeeds(typed);
  const found: Array<{ start: number; end: number }> = [];
  for (let k = norm.indexOf(wanted); k >= 0 && wanted.length > 0; k = norm.indexOf(wanted, k + 1)) {
    found.push({ start: startOf[k]!, end: endOf[k + wanted.length - 1]! });
  }
  return found;
}

/**
 * New text for a claim. Words of the article at or around the claim
 * (trimming a sentence to the part worth checking, or taking back words
 * trimmed off before) move the anchor to them, as long as they overlap no
 * other row; anything else is a rewording: the span stays on the article's
 * words and the claim is marked edited. Typing the article's words back
 * undoes that.
 */
function editClaim(ws: Workspace, input: { claimId: number; text: string; seenText?: string | undefined }): ClaimDetail {
  const claim = requireClaim(ws, input.claimId);
  // The text the editor was opened on (the app sends it): another window's edit since is never overwritten unseen.
  if (input.seenText !== undefined && lineFeeds(input.seenText) !== lineFeeds(claim.text)) throw new ClaimdeskError('changed_elsewhere', CHANGED_ELSEWHERE);
  const text = input.text;
  if (LONE_SURROGATE.test(text)) throw new ClaimdeskError('invalid_edit', 'The claim text holds half of a character (a broken emoji or symbol).');
  if (!HAS_WORDS.test(text)) throw new ClaimdeskError('invalid_edit', 'A claim needs at least one word.');
  if (lineFeeds(text) === lineFeeds(claim.text)) return claimDetail(ws, claim.id);
  const body = articleBody(ws, claim.articleId);
  const from = Math.max(0, claim.start - text.length - 1);
  const to = Math.min(body.length, claim.end + text.length + 1);
  const candidates = occurrences(body, text, from, to)
    .map((o) => ({ ...o, overlap: Math.min(o.end, claim.end) - Math.max(o.start, claim.start) }))
    .filter((o) => o.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap);
  const anchor = candidates.find(
    (o) =>
      !isLowSurrogate(body.charCodeAt(o.start)) &&
      !isHighSurrogate(body.charCodeAt(o.end - 1)) &&
      rowsOverlapping(ws.db, claim.articleId, o.start, o.end).every((row) => row.id === claim.id),
  );
  const span = anchor ? spanOf(body, anchor.start, anchor.end) : spanOf(body, claim.start, claim.end, text, true);
  setClaimSpan(ws.db, claim.id, span);
  setClaimInsight(ws.db, claim.id, analyzeClaimText(body, span.text, claim.speaker));
  record(ws, actorOf(ws), claim.id, 'claim_edited', quoteForHistory(claim.text), quoteForHistory(span.text));
  return claimDetail(ws, claim.id);
}

// ---------------------------------------------------------------------------
// Split

export interface SplitResult {
  /** The claim that kept its id (the first part), then the new one (the second part). */
  claims: [ClaimAnchor, ClaimAnchor];
}

/**
 * Splits a claim in two at `at`, an offset into its text (where the cursor
 * was). The first part keeps the claim's id, notes and history; the second
 * is a new claim with the same verdict, speaker and source links, so a
 * verdict on the whole sentence still stands for both halves until changed.
 */
function splitClaim(ws: Workspace, input: { claimId: number; at: number }): SplitResult {
  const claim = requireClaim(ws, input.claimId);
  if (claim.edited) {
    throw new ClaimdeskError(
      'invalid_edit',
      `Claim ${claim.position} was reworded, so its text is no longer the article's words; restore the article's words before splitting it, or add each part from the article view.`,
    );
  }
  const body = articleBody(ws, claim.articleId);
  const cut = claim.start + input.at;
  if (input.at <= 0 || cut >= claim.end) {
    throw new ClaimdeskError('invalid_edit', `Split inside the claim: at 1 to ${claim.end - claim.start - 1}, not ${input.at}.`);
  }
  if (isLowSurrogate(body.charCodeAt(cut)) && isHighSurrogate(body.charCodeAt(cut - 1))) {
    throw new ClaimdeskError('invalid_edit', 'Split between two characters, not inside one.');
  }
  const first = trimSpan(body, claim.start, cut);
  const second = trimSpan(body, cut, claim.end);
  if (!first || !second || !HAS_WORDS.test(body.slice(first.start, first.end)) || !HAS_WORDS.test(body.slice(second.start, second.end))) {
    throw new ClaimdeskError('invalid_edit', 'Split where there are words on both sides of the cursor.');
  }
  const who = actorOf(ws);
  const whole = claim.text;
  setClaimSpan(ws.db, claim.id, spanOf(body, first.start, first.end));
  setClaimInsight(ws.db, claim.id, analyzeSpan(body, first.start, first.end, claim.speaker));

  const secondSpan = spanOf(body, second.start, second.end);
  const [newId] = insertClaims(ws.db, claim.articleId, [
    {
      ...secondSpan,
      ...analyzeSpan(body, second.start, second.end, claim.speaker),
      // Parked past every row; renumbering puts it right after the first part.
      position: 2_000_000_000,
      kind: claim.kind,
      hidden: claim.hidden,
    },
  ]);
  const secondId = newId!;
  setClaimReview(ws.db, secondId, { status: claim.status, reviewedBy: claim.reviewedBy, reviewedAt: claim.reviewedAt });
  // A speaker the fact-checker set (and whether a person or an organisation) holds for both parts.
  if (claim.speakerByHand) setClaimSpeaker(ws.db, secondId, claim.speaker, claim.speakerKind);
  copyClaimLinks(ws.db, claim.id, secondId);
  renumberArticle(ws.db, claim.articleId);

  const firstText = body.slice(first.start, first.end);
  record(ws, who, claim.id, 'claim_split', quoteForHistory(whole), quoteForHistory(firstText));
  record(ws, who, secondId, 'claim_split', quoteForHistory(whole), quoteForHistory(secondSpan.text));
  return { claims: [requireClaim(ws, claim.id), requireClaim(ws, secondId)] };
}

// ---------------------------------------------------------------------------
// Merge

/**
 * Merges two claims of one article that have no other shown claim between
 * them (hidden rows between them, a question or a caption, are taken in).
 * The earlier claim keeps its id; everything attached to the other comes
 * with it. One verdict shared by both is kept; different verdicts go back
 * to not reviewed, since neither covers the whole.
 */
function mergeClaims(ws: Workspace, input: { claimIds: [number, number] }): ClaimDetail {
  const [x, y] = input.claimIds.map((claimId) => requireClaim(ws, claimId)) as [ClaimAnchor, ClaimAnchor];
  if (x.id === y.id) throw new ClaimdeskError('invalid_edit', 'Choose two different claims to merge.');
  if (x.articleId !== y.articleId) throw new ClaimdeskError('invalid_edit', 'Only claims of the same article can be merged.');
  const [a, b] = x.position < y.position ? [x, y] : [y, x];
  const between = rowsBetween(ws.db, a.articleId, a.position, b.position);
  const shown = between.find((row) => !row.hidden);
  if (shown) {
    throw new ClaimdeskError('invalid_edit', `Claims ${a.position} and ${b.position} are not neighbours: ${describeRow(shown)} is between them.`);
  }
  // Sentences hidden as non-claims (a question, one judged not worth checking) may be taken in; a headline, byline or dateline never.
  const notASentence = [a, b].find((row) => row.kind !== 'claim' && row.kind !== 'question');
  if (notASentence) {
    throw new ClaimdeskError('invalid_edit', `${describeRow(notASentence)} is a ${notASentence.kind}, not a sentence of the story: restore it as a claim first.`);
  }
  const apart = between.find((row) => row.kind !== 'claim' && row.kind !== 'question');
  if (apart) {
    throw new ClaimdeskError('invalid_edit', `Claims ${a.position} and ${b.position} are not neighbours: a ${apart.kind} lies between them.`);
  }
  const body = articleBody(ws, a.articleId);
  // A claim stays within its paragraph, unless a quotation runs on into the next one (left open, opened again).
  if (!withinOneStatement(body, a.end, b.start)) {
    throw new ClaimdeskError('invalid_edit', `Claims ${a.position} and ${b.position} are in different paragraphs; a claim stays within its paragraph (or a quotation running on into the next).`);
  }
  const anyEdited = a.edited || b.edited || between.some((row) => row.edited);
  const span = anyEdited ? spanOf(body, a.start, b.end, `${a.text} ${b.text}`, true) : spanOf(body, a.start, b.end);
  const who = actorOf(ws);

  const absorbed = [...between.map((row) => row.id), b.id];
  moveClaimTrail(ws.db, absorbed, a.id);
  deleteClaims(ws.db, absorbed);
  setClaimSpan(ws.db, a.id, span);
  setClaimInsight(ws.db, a.id, analyzeClaimText(body, span.text, a.speaker ?? b.speaker));
  const sameVerdict = a.status === b.status && (a.reviewedAt === null) === (b.reviewedAt === null);
  if (!sameVerdict) {
    setClaimReview(ws.db, a.id, { status: 'unverified', reviewedBy: null, reviewedAt: null });
    // The verdict an accepted suggestion gave half the sentence is gone: the suggestion waits for a decision again.
    reopenAcceptedSuggestions(ws.db, a.id);
  }
  if (a.hidden && !b.hidden) setClaimHidden(ws.db, a.id, false, 'claim');
  renumberArticle(ws.db, a.articleId);

  const verdictOf = (c: ClaimAnchor) => (c.reviewedAt === null ? 'not reviewed' : c.status);
  record(
    ws,
    who,
    a.id,
    'claim_merged',
    quoteForHistory(`${a.text} [${verdictOf(a)}] + ${b.text} [${verdictOf(b)}]`),
    quoteForHistory(sameVerdict ? span.text : `${span.text} [not reviewed: the verdicts differed]`),
  );
  return claimDetail(ws, a.id);
}

// ---------------------------------------------------------------------------
// Add from a selection

/**
 * A new claim from text selected in the article view. It may take in words
 * that are stored as hidden rows (part of a headline, a question, a
 * sentence cut away earlier): those rows give up the selected words, and a
 * hidden row wholly inside the selection passes its notes and history to
 * the new claim. It may not overlap a claim that is shown.
 */
function addClaim(ws: Workspace, input: { articleId: number; start: number; end: number }): ClaimDetail {
  const body = articleBody(ws, input.articleId);
  if (input.end > body.length || input.start >= input.end) {
    throw new ClaimdeskError('invalid_edit', `The selection ${input.start}–${input.end} is not inside the article (0–${body.length}).`);
  }
  const span = trimSpan(body, input.start, input.end);
  if (!span || !HAS_WORDS.test(body.slice(span.start, span.end))) {
    throw new ClaimdeskError('invalid_edit', 'Select some words of the article to make a claim of.');
  }
  if (span.end - span.start > MAX_CLAIM_CHARS) {
    throw new ClaimdeskError('invalid_edit', `A claim is at most ${MAX_CLAIM_CHARS} characters; the selection has ${span.end - span.start}.`);
  }
  if (isLowSurrogate(body.charCodeAt(span.start)) || isHighSurrogate(body.charCodeAt(span.end - 1))) {
    throw new ClaimdeskError('invalid_edit', 'The selection cuts a character in half.');
  }
  const overlapping = rowsOverlapping(ws.db, input.articleId, span.start, span.end);
  const shown = overlapping.find((row) => !row.hidden);
  if (shown) {
    throw new ClaimdeskError(
      'invalid_edit',
      `The selection overlaps ${describeRow(shown)}, which is already a claim: split or edit that claim instead.`,
    );
  }
  const who = actorOf(ws);
  // The speaker already resolved for the row the words come from, if any; else read from the paragraphs around them.
  const source = overlapping.reduce<ArticleRowSpan | null>((best, row) => {
    const overlap = (r: ArticleRowSpan) => Math.min(r.end, span.end) - Math.max(r.start, span.start);
    return best === null || overlap(row) > overlap(best) ? row : best;
  }, null);
  const analysis = analyzeSpan(body, span.start, span.end, source ? source.speaker : undefined);
  const [newId] = insertClaims(ws.db, input.articleId, [
    { ...spanOf(body, span.start, span.end), ...analysis, position: 2_000_000_000, kind: 'claim', hidden: false },
  ]);
  const claimId = newId!;
  const swallowed: number[] = [];
  for (const row of overlapping) trimHiddenRow(ws, who, body, input.articleId, row, span, swallowed);
  if (swallowed.length > 0) {
    moveClaimTrail(ws.db, swallowed, claimId);
    deleteClaims(ws.db, swallowed);
  }
  renumberArticle(ws.db, input.articleId);
  record(ws, who, claimId, 'claim_added', null, quoteForHistory(body.slice(span.start, span.end)));
  return claimDetail(ws, claimId);
}

/**
 * A hidden row gives up the selected words: it keeps what is left (before
 * and after, the second part as a new hidden row), analysed afresh and
 * written to its history, or goes if nothing is left.
 */
function trimHiddenRow(
  ws: Workspace,
  who: Actor,
  body: string,
  articleId: number,
  row: ArticleRowSpan,
  taken: { start: number; end: number },
  swallowed: number[],
): void {
  const before = row.start < taken.start ? trimSpan(body, row.start, taken.start) : null;
  const after = row.end > taken.end ? trimSpan(body, taken.end, row.end) : null;
  const keep = [before, after].filter((s): s is { start: number; end: number } => s !== null && HAS_WORDS.test(body.slice(s.start, s.end)));
  const [first, second] = keep;
  if (!first) {
    swallowed.push(row.id);
    return;
  }
  const firstSpan = spanOf(body, first.start, first.end);
  setClaimSpan(ws.db, row.id, firstSpan);
  setClaimInsight(ws.db, row.id, analyzeSpan(body, first.start, first.end, row.speaker));
  record(ws, who, row.id, 'claim_edited', quoteForHistory(row.text), quoteForHistory(firstSpan.text));
  if (second) {
    const secondSpan = spanOf(body, second.start, second.end);
    const [secondId] = insertClaims(ws.db, articleId, [
      {
        ...secondSpan,
        ...analyzeSpan(body, second.start, second.end, row.speaker),
        position: 2_000_000_001,
        kind: row.kind as ClaimAnchor['kind'],
        hidden: true,
      },
    ]);
    record(ws, who, secondId!, 'claim_split', quoteForHistory(row.text), quoteForHistory(secondSpan.text));
  }
}

// ---------------------------------------------------------------------------
// Exclude and restore

/** Hides a claim as a non-claim, with its history entry; false when it was hidden already. */
export function excludeOne(ws: Workspace, claim: ClaimAnchor, actor: Actor): boolean {
  if (claim.hidden) return false;
  setClaimHidden(ws.db, claim.id, true);
  record(ws, actor, claim.id, 'claim_excluded', 'shown', 'excluded');
  return true;
}

/** Brings a hidden row back as a claim; false when it was shown already. */
/**
 * Shows a hidden row as a claim and scores it again as one: a question or a
 * sentence set aside was scored as such (low), and would otherwise keep a
 * score that sorts it last. The speaker is kept.
 */
export function restoreOne(ws: Workspace, claim: ClaimAnchor, actor: Actor): boolean {
  if (!claim.hidden) return false;
  setClaimHidden(ws.db, claim.id, false, 'claim');
  setClaimInsight(ws.db, claim.id, analyzeClaimText(articleBody(ws, claim.articleId), claim.text, claim.speaker));
  record(ws, actor, claim.id, 'claim_restored', claim.kind === 'claim' ? 'excluded' : `excluded (${claim.kind})`, 'shown');
  return true;
}

function excludeClaim(ws: Workspace, input: { claimId: number }): ClaimDetail {
  const claim = requireClaim(ws, input.claimId);
  excludeOne(ws, claim, actorOf(ws));
  return claimDetail(ws, claim.id);
}

/** Brings a hidden row back as a claim: a question, a caption or a sentence judged not worth checking. */
function restoreClaim(ws: Workspace, input: { claimId: number }): ClaimDetail {
  const claim = requireClaim(ws, input.claimId);
  restoreOne(ws, claim, actorOf(ws));
  return claimDetail(ws, claim.id);
}

const claimIdInput = z.object({ claimId: id }).strict();

export const claimEditOperations = {
  editClaim: defineOperation({
    input: z.object({ claimId: id, text: requiredText('Claim text', MAX_CLAIM_CHARS), seenText: z.string().max(MAX_CLAIM_CHARS * 2).optional() }).strict(),
    write: true, undoLabel: 'edit claim',
    handler: editClaim,
  }),
  splitClaim: defineOperation({
    input: z.object({ claimId: id, at: z.number().int() }).strict(),
    write: true, undoLabel: 'split claim',
    handler: splitClaim,
  }),
  mergeClaims: defineOperation({
    input: z.object({ claimIds: z.tuple([id, id]) }).strict(),
    write: true, undoLabel: 'merge claims',
    handler: mergeClaims,
  }),
  addClaim: defineOperation({
    input: z.object({ articleId: id, start: z.number().int().min(0), end: z.number().int().min(1) }).strict(),
    write: true, undoLabel: 'add claim',
    handler: addClaim,
  }),
  excludeClaim: defineOperation({ input: claimIdInput, write: true, undoLabel: 'exclude claim', handler: excludeClaim }),
  restoreClaim: defineOperation({ input: claimIdInput, write: true, undoLabel: 'restore claim', handler: restoreClaim }),
};
