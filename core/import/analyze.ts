/**
 * Article text -> metadata and claims. Every claim keeps its exact span in
 * the text as given; headlines, datelines, bylines and questions are kept too
 * (as hidden rows), so that together the rows cover the whole article.
 */
import type { ClaimKind } from '../../db/queries/types';
import { assertionBeforeQuestion, describeClaim, findDisputes, NON_CLAIM_BELOW, type ClaimInsight, type InArticleDispute } from '../analysis';
import { anchorFor } from './anchor';
import { attributeSpeakers, type ArticleSentence } from './attribution';
import { blockSpan, splitBlocks, type TextBlock } from './blocks';
import { trimSpan, type TextSpan } from '../text/characters';
import { CREDIT_ROLE_PATTERN, REPUBLICATION_PREPOSITIONS, REPUBLICATION_VERBS, REPUBLISHED_PIECES, SOURCE_CREDIT_WORDS } from '../text/lexicon/bylines';
import { alternation } from '../text/lexicon/words';
import { dateFromLines, isByline, isCaption, isNamesLine, isHeadline, isLeadIn, isTimestampLine, matchDatePrefix, matchDateline, readFrontMatter } from './front-matter';
import { checkArticleShape, countSentenceMarks } from './limits';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences';
import { titleFromHeadline, titleFromSentence, UNTITLED } from './title';
import { transcriptLabels, type SpeakerLabel } from './transcript';

export { anchorFor } from './anchor';

export type SentenceKind = ClaimKind;

export interface ExtractedClaim extends ClaimInsight {
  /** Exactly articleText.slice(start, end). */
  text: string;
  /** UTF-16 offsets into the article text as given (no normalisation). */
  start: number;
  end: number;
  /** Anything but 'claim' is stored hidden by default. */
  kind: SentenceKind;
  speaker: string | null;
  /** Up to 32 characters of article text immediately before `start`. */
  prefix: string;
  /** Up to 32 characters immediately after `end`. */
  suffix: string;
  /** Stored hidden: not a claim by kind, or too little in it to check (see NON_CLAIM_BELOW). */
  excluded: boolean;
}

export interface AnalyzedArticle {
  /** The headline if there is one, else the first words of the first claim; never empty. */
  title: string;
  titleFromHeadline: boolean;
  /** 'YYYY-MM-DD' from a leading `date YYYY-MM-DD`. */
  date: string | null;
  /** 'ISLAMABAD', 'LONDON (Reuters)'. */
  dateline: string | null;
  /** In article order, non-overlapping. */
  claims: ExtractedClaim[];
  /** Denials the article reports, each linked to a claim it targets (indices into `claims`). */
  disputes: InArticleDispute[];
}

interface Row extends TextSpan {
  kind: SentenceKind;
  /** The paragraph a sentence belongs to; null for headlines and other metadata. */
  paragraph: number | null;
}

/** A wire story's closing credits: "(Reporting by X; Editing by Y)", "Writing by Z". */
const CREDIT_ROLE = `(?:[Aa]dditional |[Ll]ive )?(?:${CREDIT_ROLE_PATTERN})(?: and \\w+| edited)? by`;
const CREDIT_NAMES = "\\p{Lu}[\\p{L}.'’-]*(?:,? (?:and )?\\p{Lu}[\\p{L}.'’-]*)*";
/** "Source: Al Jazeera and news agencies", "Sources: AP, Reuters": who the story came from, not a claim. */
const SOURCE_CREDIT = `Sources?: \\p{Lu}[\\p{L}.'’-]*(?:,? (?:and |& )?(?:\\p{Lu}[\\p{L}.'’-]*|${alternation(SOURCE_CREDIT_WORDS)}))*$`;
/** A publication's name: capitalised words, with "of", "the", "and" or "&" inside ("The Conversation", "Grist", "Substack"). */
const PUBLICATION_NAME = `\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?: (?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*|of|the|and|&|for))*`;
/** "Originally published on Global Voices", "This article first appeared in The Conversation.": where the story came from. */
const REPUBLISHED_PIECE = `(?:${alternation(REPUBLISHED_PIECES)})`;
const REPUBLICATION_CREDIT = `(?:This ${REPUBLISHED_PIECE} (?:was |is )?|A version of this ${REPUBLISHED_PIECE} )?(?:[Oo]riginally |[Ff]irst )?(?:${alternation(REPUBLICATION_VERBS)}) (?:${alternation(REPUBLICATION_PREPOSITIONS)}) (?:the author['’]s )?${PUBLICATION_NAME}(?:,? under an? [^.!?\\n]{1,60})?\\.?$`;
/**
 * Lines of labelled lists, as a page credits a recording: "Featuring: Taisa Sganzerla | L. Finch | Kevin Rothrock",
 * "Live from: London | Madrid | Lima" — a short label, a colon, three or more short items between bars, on every line;
 * no figures in them ("Results: Smith 52% | Jones 45% | Others 3%" is data).
 */
const LABELLED_LIST = `(?:\\p{Lu}[\\p{L}]*(?: [\\p{L}]+){0,2}: *[^|\\n\\d]{1,40}(?: *\\| *[^|\\n\\d]{1,40}){2,}\\s*(?:\\n|$))+$`;
/**
 * Wire credits: in brackets ("(Reporting by X; Editing by Y)"), or a line of
 * nothing but credits with capitalised names ("Reporting by Jane Doe; Editing
 * by Omar Farooq"). "Research by the IMF found ..." is a claim.
 */
const CREDIT_LINE = new RegExp(
  `^(?:\\(${CREDIT_ROLE}\\b|${CREDIT_ROLE} ${CREDIT_NAMES}(?:[;,] ?${CREDIT_ROLE} ${CREDIT_NAMES})*[.)]?$|${SOURCE_CREDIT}|${REPUBLICATION_CREDIT}|${LABELLED_LIST})`,
  'u',
);

/**
 * A live blog's entry heading: a time, a dash, a few words with no full stop
 * ("15:50 GMT — Police: looting reports 'completely false'"). With a full
 * stop it is an entry's first sentence, a claim like any other.
 */
const TIMESTAMPED_HEADING = /^\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+(?:[A-Z]{2,4}|local time))?\s*[—–-]\s+\S/u;

/** A sentence's end in any script (., ?, !, Urdu ۔, Devanagari ।, CJK 。 …), before closing quotes or brackets. */
const SENTENCE_END = /[\p{Sentence_Terminal}:;,]["'”’»)\]\p{Pe}\p{Pf}]*$/u;

function isTimestampedHeading(text: string, span: TextSpan): boolean {
  if (span.end - span.start > 160) return false;
  const line = text.slice(span.start, span.end);
  if (!TIMESTAMPED_HEADING.test(line) || SENTENCE_END.test(line)) return false;
  // A heading is a few words and one phrase: "Police: looting reports 'completely false'".
  return line.split(/\s+/u).length <= 14 && !/\p{Sentence_Terminal}\s+\p{Lu}/u.test(line);
}

/** At most this many words make a section heading inside the body. */
const MAX_SUBHEADING_WORDS = 10;

/**
 * A section heading inside the body, written as a plain paragraph ("Houthis
 * gaining ground", "The road ahead"): one short line that opens on a capital,
 * ends without any closing punctuation (no full stop, colon, comma, dash or
 * closing quotation mark), and is followed by a paragraph of prose (one that
 * ends a sentence). A line of a list or a quotation's fragment ("the Human
 * Rights Council") opens lower case; a clause cut off by a dash ends on it.
 */
function isSubheading(text: string, span: TextSpan, next: TextBlock | undefined): boolean {
  if (span.end - span.start > 120 || !next || next.kind !== 'paragraph') return false;
  const line = text.slice(span.start, span.end);
  if (!/^[\p{Lu}\p{N}]/u.test(line) || !/[\p{L}\p{N})]$/u.test(line) || line.split(/\s+/u).length > MAX_SUBHEADING_WORDS) return false;
  const body = blockSpan(text, next);
  return body !== null && /[.!?]["'”’)\]]*$/u.test(text.slice(Math.max(body.start, body.end - 4), body.end));
}

/**
 * A question that asserts nothing (its last mark, before closing quotes, is
 * "?") or a credit line is kept but is not a claim. A question put after an
 * assertion ("We spent $4 million, so why are lists still rising?") is a
 * claim, scored on what it asserts: hidden only when that is not checkable.
 */
function kindOfSentence(text: string, span: TextSpan): SentenceKind {
  if (span.end - span.start <= 300 && CREDIT_LINE.test(text.slice(span.start, span.end))) return 'byline';
  const tail = text.slice(Math.max(span.start, span.end - 8), span.end).replace(/["'”’»)\]*_]+$/u, '');
  if (!/[?\uff1f\u061f][!?\uff1f\u061f]*$/u.test(tail)) return 'claim';
  return assertionBeforeQuestion(text.slice(span.start, span.end)) === null ? 'question' : 'claim';
}

/** Rows of one kind for a span, cut to the same length limit as sentences. */
function pushWhole(rows: Row[], text: string, span: TextSpan | null, kind: SentenceKind): void {
  if (!span) return;
  if (span.end - span.start <= MAX_SENTENCE_CHARS) rows.push({ ...span, kind, paragraph: null });
  else for (const piece of splitSentences(text, span.start, span.end)) rows.push({ ...piece, kind, paragraph: null });
}

function pushSentences(rows: Row[], text: string, start: number, end: number, paragraph: number): void {
  for (const sentence of splitSentences(text, start, end)) rows.push({ ...sentence, kind: kindOfSentence(text, sentence), paragraph });
}

/** Reads the article's rows, block by block, recognising the front matter before the first claim. */
class ArticleReader {
  readonly rows: Row[] = [];
  date: string | null = null;
  dateline: string | null = null;
  /** A `title:` from Markdown front matter, used when there is no headline. */
  frontMatterTitle: string | null = null;
  private bodyStarted = false;
  /** One deck per article, under its headline. */
  private deckTaken = false;
  /** Time-stamped one-line entries ("15:50 GMT — …"): two or more make the article a live blog. */
  private liveBlog = false;
  private firstLineSeen = false;
  /** A transcript's speaker labels, by block index (empty unless the article is a transcript). */
  private labels = new Map<number, SpeakerLabel>();
  /** The turn each body block is in: the last label at or before it. */
  readonly turns = new Map<number, SpeakerLabel>();
  private turn: SpeakerLabel | null = null;

  constructor(private readonly text: string) {}

  read(): void {
    const from = this.readDatePrefix();
    const blocks = splitBlocks(this.text, from);
    let stamped = 0;
    for (const block of blocks) {
      const first = block.lines[0];
      if (first && TIMESTAMPED_HEADING.test(this.text.slice(first.start, Math.min(first.end, first.start + 40)).trimStart())) stamped++;
      if (stamped >= 2) break;
    }
    this.liveBlog = stamped >= 2;
    this.labels = transcriptLabels(
      this.text,
      blocks.map((b) => (b.kind === 'paragraph' ? blockSpan(this.text, b) : null)),
    );
    blocks.forEach((block, index) => this.readBlock(block, index, blocks[index + 1]));
  }

  /** `date 2025-02-18 ISLAMABAD -`: one dateline row; returns where the rest begins. */
  private readDatePrefix(): number {
    const prefix = matchDatePrefix(this.text);
    if (!prefix) return 0;
    this.date = prefix.date;
    const lineBreak = /[\r\n]/.exec(this.text.slice(prefix.end, prefix.end + 4096));
    const lineEnd = lineBreak ? prefix.end + lineBreak.index : Math.min(this.text.length, prefix.end + 4096);
    const rest = trimSpan(this.text, prefix.end, lineEnd);
    const dateline = rest ? matchDateline(this.text, rest.start, rest.end) : null;
    if (dateline) {
      this.dateline = dateline.place;
      this.bodyStarted = true;
      this.rows.push({ start: prefix.start, end: dateline.end, kind: 'dateline', paragraph: null });
      return dateline.end;
    }
    this.rows.push({ start: prefix.start, end: prefix.end, kind: 'dateline', paragraph: null });
    return prefix.end;
  }

  private readBlock(block: TextBlock, index: number, next: TextBlock | undefined): void {
    const { text, rows } = this;
    const span = blockSpan(text, block);
    if (!span) return;
    const label = this.labels.get(index);
    if (label) {
      // "MR. KIRBY:  Thanks, everybody. …": the label is a row of its own. A named speaker's turn runs until the
      // next label (a transcript labels only a change of speaker); a Q&A labels every answer, so "A:" is one paragraph.
      this.turn = label.voice === 'answer' ? null : label;
      this.bodyStarted = this.firstLineSeen = true;
      this.turns.set(index, label);
      const labelSpan = trimSpan(text, span.start, label.end);
      if (labelSpan) rows.push({ ...labelSpan, kind: 'metadata', paragraph: null });
      if (label.bodyStart < span.end) pushSentences(rows, text, label.bodyStart, span.end, index);
      return;
    }
    if (this.turn) this.turns.set(index, this.turn);
    if (block.kind === 'front-matter') {
      const meta = readFrontMatter(text.slice(span.start, span.end));
      this.frontMatterTitle = meta.title;
      this.date ??= meta.date;
      pushWhole(rows, text, span, 'metadata');
      return;
    }
    if (block.kind === 'table-rule') {
      pushWhole(rows, text, span, 'metadata');
      return;
    }
    if (block.kind === 'table-row') {
      // The row above the rule is the table's header; every other row is one claim, cells and all.
      this.bodyStarted = this.firstLineSeen = true;
      if (next?.kind === 'table-rule') pushWhole(rows, text, span, 'headline');
      else rows.push({ ...span, kind: 'claim', paragraph: index });
      return;
    }
    if (block.kind === 'paragraph' && block.lines.length === 1 && isLeadIn(text, span)) {
      pushWhole(rows, text, span, 'headline');
      return;
    }
    if (block.kind === 'paragraph' && isCaption(text, span)) {
      pushWhole(rows, text, span, 'caption');
      return;
    }
    if (this.liveBlog && block.kind === 'paragraph' && block.lines.length === 1 && isTimestampedHeading(text, span)) {
      this.bodyStarted = this.firstLineSeen = true;
      pushWhole(rows, text, span, 'headline');
      return;
    }
    if (block.kind === 'paragraph' && block.lines.length === 1 && isTimestampLine(text, span)) {
      pushWhole(rows, text, span, 'metadata');
      return;
    }
    if (block.kind === 'heading') {
      this.firstLineSeen = true;
      pushWhole(rows, text, span, 'headline');
      return;
    }
    if (block.kind === 'list-item') {
      this.bodyStarted = this.firstLineSeen = true;
      pushSentences(rows, text, span.start, span.end, index);
      return;
    }
    if (this.bodyStarted) {
      // A byline may also stand alone further down ("By Jane Doe" between sections).
      if (block.lines.length === 1 && isByline(text, span)) rows.push({ ...span, kind: 'byline', paragraph: null });
      else if (block.lines.length === 1 && isSubheading(text, span, next)) rows.push({ ...span, kind: 'headline', paragraph: null });
      else pushSentences(rows, text, span.start, span.end, index);
      return;
    }
    const bodyFrom = this.readFrontLines(block, next);
    if (bodyFrom !== null) pushSentences(rows, text, bodyFrom, span.end, index);
  }

  /**
   * A deck (standfirst): one line of at most 45 words straight under the
   * headline and straight before the byline, dateline or time stamp. Without
   * that byline after it, the line may be the story's own first sentence
   * (in any script, with or without a full stop), so it stays a claim.
   */
  private isDeck(line: TextSpan, next: TextBlock | undefined): boolean {
    const words = this.text.slice(line.start, line.end).split(/\s+/u).length;
    if (words > 45 || isByline(this.text, line) || isTimestampLine(this.text, line) || matchDateline(this.text, line.start, line.end)) return false;
    if (CREDIT_LINE.test(this.text.slice(line.start, line.end))) return false;
    if (/^\s*\|/u.test(this.text.slice(line.start, line.end))) return false; // a table row
    const first = next?.lines[0] ? trimSpan(this.text, next.lines[0].start, next.lines[0].end) : null;
    if (!first) return false;
    return isByline(this.text, first) || isTimestampLine(this.text, first) || matchDateline(this.text, first.start, first.end) !== null;
  }

  /**
   * Bylines, the headline and the dateline at the top of the article, line by
   * line. Returns where the story itself begins in this block, or null if
   * the whole block was front matter.
   */
  private readFrontLines(block: TextBlock, next: TextBlock | undefined): number | null {
    const { text, rows } = this;
    // A standfirst (deck) under the headline: one line, as a sub-heading with no full stop, or straight before the byline or dateline.
    const only = block.lines.length === 1 && block.lines[0] ? trimSpan(text, block.lines[0].start, block.lines[0].end) : null;
    if (only && rows[rows.length - 1]?.kind === 'headline' && !this.deckTaken && this.isDeck(only, next)) {
      this.deckTaken = true;
      rows.push({ ...only, kind: 'headline', paragraph: null });
      return null;
    }
    for (let i = 0; i < block.lines.length; i++) {
      const raw = block.lines[i];
      const line = raw ? trimSpan(text, raw.start, raw.end) : null;
      if (!line) continue;
      // (A line of names alone straight under the headline is a byline without "By": "Sun Narin and Malis Tum".)
      if (isByline(text, line) || (rows[rows.length - 1]?.kind === 'headline' && isNamesLine(text.slice(line.start, line.end)))) {
        rows.push({ ...line, kind: 'byline', paragraph: null });
        continue;
      }
      const dateline = matchDateline(text, line.start, line.end, rows[rows.length - 1]?.kind === 'byline');
      if (dateline) {
        this.dateline ??= dateline.place;
        this.bodyStarted = this.firstLineSeen = true;
        rows.push({ start: dateline.start, end: dateline.end, kind: 'dateline', paragraph: null });
        return dateline.end;
      }
      if (!this.firstLineSeen) {
        this.firstLineSeen = true;
        const following = block.lines[i + 1];
        const nextLine = following ? trimSpan(text, following.start, following.end) : null;
        // The first line of the next block, when this line stands alone: a byline there makes it a headline.
        const below = block.lines.length === 1 && next?.lines[0] ? trimSpan(text, next.lines[0].start, next.lines[0].end) : null;
        if (isHeadline(text, line, nextLine, below !== null && isByline(text, below))) {
          rows.push({ ...line, kind: 'headline', paragraph: null });
          continue;
        }
      }
      this.bodyStarted = true;
      return line.start;
    }
    return null;
  }
}

export function analyzeArticle(text: string): AnalyzedArticle {
  checkArticleShape(text, countSentenceMarks(text), true); // plainly no article: refused in one pass
  const reader = new ArticleReader(text);
  reader.read();
  const rows = reader.rows;
  checkArticleShape(text, rows.length); // before the slow part: a file that is no article is refused at once

  const sentences: ArticleSentence[] = [];
  const sentenceRows: number[] = [];
  rows.forEach((row, i) => {
    if (row.paragraph === null) return;
    sentences.push({ start: row.start, end: row.end, paragraph: row.paragraph, turn: reader.turns.get(row.paragraph) ?? null });
    sentenceRows.push(i);
  });
  const speakers = new Array<string | null>(rows.length).fill(null);
  // The dateline's place ("Phnom Penh —") is a place wherever the story names it again, never a person "he" may be.
  attributeSpeakers(text, sentences, reader.dateline === null ? [] : reader.dateline.split(',')).forEach((speaker, i) => {
    const row = sentenceRows[i];
    if (row !== undefined) speakers[row] = speaker;
  });

  const context = { articleText: text };
  const claims: ExtractedClaim[] = rows.map((row, i) => {
    const claimText = text.slice(row.start, row.end);
    const speaker = speakers[i] ?? null;
    const insight = describeClaim(claimText, speaker, { ...context, kind: row.kind });
    return {
      text: claimText,
      start: row.start,
      end: row.end,
      kind: row.kind,
      speaker,
      ...anchorFor(text, row.start, row.end),
      ...insight,
      excluded: row.kind !== 'claim' || insight.checkWorthiness < NON_CLAIM_BELOW,
    };
  });
  const disputes = findDisputes(text, claims);
  // The disputing side of every link that is not a doubt — a denial, a contradiction, a correction, a competing
  // figure — is an event worth checking whatever its words alone score ("That's false." answering an allegation).
  // Doubt ("cautious about the findings") is a view and stays as scored.
  for (const d of disputes) {
    const c = claims[d.denial]!;
    if (d.doubt || c.kind !== 'claim' || !c.excluded) continue;
    claims[d.denial] = { ...c, excluded: false, checkWorthiness: Math.max(c.checkWorthiness, NON_CLAIM_BELOW) };
  }

  const headline = claims.find((c) => c.kind === 'headline');
  const firstClaim = claims.find((c) => c.kind === 'claim') ?? claims[0];
  return {
    // Front matter names the article outright; a heading may be a later section's.
    title: reader.frontMatterTitle
      ? titleFromHeadline(reader.frontMatterTitle)
      : headline
        ? titleFromHeadline(headline.text)
        : firstClaim
          ? titleFromSentence(firstClaim.text)
          : UNTITLED,
    titleFromHeadline: reader.frontMatterTitle !== null || headline !== undefined,
    // A `date` prefix or front matter first; else a date line under the byline ("Tue 14 May 2024 18.32 BST").
    date: reader.date ?? dateFromLines(text, rows),
    dateline: reader.dateline,
    claims,
    disputes,
  };
}

/** A span's speaker and insight, for claims the fact-checker shapes (edit, split, merge, add from a selection). */
export interface SpanAnalysis extends ClaimInsight {
  speaker: string | null;
}

/** How much of the article before a span is read to find its speaker (coreference needs what came before). */
const SPEAKER_CONTEXT_CHARS = 20_000;

/** Paragraphs before a span read for its speaker: "She said …" needs the paragraph that named her. */
const SPEAKER_CONTEXT_PARAGRAPHS = 3;

/**
 * The start of the paragraph SPEAKER_CONTEXT_PARAGRAPHS back from the one
 * holding `at` (paragraphs part at blank lines), looking back at most
 * `limit` characters.
 */
function paragraphStartBefore(text: string, at: number, limit: number): number {
  const floor = Math.max(0, at - limit);
  const blank = /\n[ \t]*\r?\n/g;
  const starts = [floor];
  blank.lastIndex = floor;
  for (let m = blank.exec(text); m && m.index < at; m = blank.exec(text)) starts.push(m.index + m[0].length);
  const start = starts[Math.max(0, starts.length - 1 - SPEAKER_CONTEXT_PARAGRAPHS)]!;
  return start === floor && floor > 0 ? (text.indexOf('\n', floor) + 1 || floor) : start;
}

/** The end of the paragraph (before a blank line) at or after `at`. */
function paragraphEndAfter(text: string, at: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = at;
  const m = blank.exec(text);
  return m ? m.index : text.length;
}

/**
 * Analyses the words at [start, end) of the article. The speaker is the one
 * given (a split keeps its claim's speaker) or, when undefined, the speaker
 * the analysis gives the sentence those words overlap most, reading the
 * paragraphs around them (up to SPEAKER_CONTEXT_CHARS before), never the
 * whole of a long article.
 */
export function analyzeSpan(text: string, start: number, end: number, speaker?: string | null): SpanAnalysis {
  let resolved = speaker;
  if (resolved === undefined) {
    const from = paragraphStartBefore(text, start, SPEAKER_CONTEXT_CHARS);
    const to = paragraphEndAfter(text, end);
    let best = 0;
    resolved = null;
    for (const row of analyzeArticle(text.slice(from, to)).claims) {
      const overlap = Math.min(end, row.end + from) - Math.max(start, row.start + from);
      if (overlap > best) {
        best = overlap;
        resolved = row.speaker;
      }
    }
  }
  return { speaker: resolved, ...describeClaim(text.slice(start, end), resolved, { articleText: text }) };
}

/** The insight for a claim's own (possibly reworded) text, keeping its speaker. */
export function analyzeClaimText(articleText: string, claimText: string, speaker: string | null): SpanAnalysis {
  return { speaker, ...describeClaim(claimText, speaker, { articleText }) };
}
