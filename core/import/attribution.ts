/**
 * Gives every sentence of an article its first speaker: what the sentence
 * itself says (speaker.ts), then what the quotation around it says. A
 * quotation spanning several sentences, attributed only at its end (“A. B,”
 * said one diplomat.), gives that speaker to every sentence inside it.
 */
import { Coreference } from '../attribution/coreference';
import { reviewSpeaker } from '../nlp/speaker';
import { maskQuotations, type OpenQuote, type QuoteMasked } from './quotations';
import { documentSaidIn, issuedDocument, readAttribution } from './speaker';
import type { SpeakerLabel } from './transcript';
import { WRITINGS_PATTERN } from '../text/lexicon/documents';

export interface ArticleSentence {
  start: number;
  end: number;
  /** Index of the paragraph (block) the sentence is in: quotations are tracked per paragraph. */
  paragraph: number;
  /** In a transcript, the speaker label of the turn the sentence is in (transcript.ts). */
  turn?: SpeakerLabel | null;
}

export function attributeSpeakers(text: string, sentences: readonly ArticleSentence[], places: readonly string[] = []): (string | null)[] {
  const speakers: (string | null)[] = [];
  /** The sentence names who or what says it, even with no speaker to give ("“…,” one message read."). */
  const attributed: boolean[] = [];
  const quotes: QuoteMasked[] = [];
  const openAtStart: boolean[] = [];
  let open: OpenQuote = null;
  const coreference = new Coreference();
  coreference.knowPlaces(places);

  sentences.forEach((sentence, i) => {
    if (i > 0 && sentences[i - 1]?.paragraph !== sentence.paragraph) open = null;
    const original = text.slice(sentence.start, sentence.end);
    // (The rest of the paragraph where a single-mark quotation opens or runs on: where it may close.)
    const single = open === "'" || open === '‘' || /^\s*['‘]|:\s*['‘]/u.test(original);
    const quote = maskQuotations(original, open, single ? restOfParagraph(text, sentences, i) : '');
    openAtStart.push(open !== null);
    quotes.push(quote);
    open = quote.openAtEnd;
    coreference.observe(original, sentence.start, openAtStart[openAtStart.length - 1] === true);
    const read = readAttribution(quote.masked, original);
    attributed.push(read !== null);
    // The tagger's uses that are switched on (core/nlp/uses.ts) may add, drop or trim the rules' speaker.
    const found = reviewSpeaker(quote.masked, original, read !== null && 'speaker' in read ? read : null);
    if (found === null && read !== null && 'document' in read) {
      // "The report said …": whoever the article said issued the report ("Global Witness published a report …").
      speakers.push(coreference.issuerOf(read.document, i));
    } else {
      // "Gandapur" -> "Ali Amin Gandapur", "he" -> the last person who spoke (see coreference.ts).
      speakers.push(found === null ? null : coreference.resolve(found.speaker, found.pronoun, i, sentence.paragraph, quote.masked));
    }
    const issued = issuedDocument(quote.masked, original);
    if (issued) coreference.noteIssued(issued.noun, issued.issuer.speaker, i);
    else {
      // "The company denied the allegations in a statement.": a later "the statement read" is the company's.
      const said = speakers[i];
      const document = said ? documentSaidIn(quote.masked) : null;
      if (said && document) coreference.noteIssued(document, said, i);
    }
  });

  // Who each sentence itself names as its speaker, before quotations hand theirs on.
  const own = [...speakers];
  const opensWithQuotation = (i: number): boolean => opensQuoted(quotes[i]);

  // A quotation continues into the next paragraph when that paragraph opens with a quotation mark.
  const continues = (from: number, to: number): boolean => {
    const a = sentences[from];
    const b = sentences[to];
    if (!a || !b) return false;
    if (a.paragraph === b.paragraph) return true;
    return b.paragraph === a.paragraph + 1 && opensWithQuotation(to);
  };

  /**
   * “A,” he said. “B. C.” — a quotation opening a sentence right after an
   * attributed quotation in the same paragraph is the same speaker's.
   */
  const continuedQuotation = (i: number): string | null => {
    const sentence = sentences[i];
    const previous = sentences[i - 1];
    if (!sentence || !previous || previous.paragraph !== sentence.paragraph || !quotes[i - 1]?.hasQuote) return null;
    if (!opensWithQuotation(i)) return null;
    return speakers[i - 1] ?? null;
  };

  for (let i = 0; i < sentences.length; ) {
    if (openAtStart[i] || quotes[i]?.openAtEnd === null) {
      i++;
      continue;
    }
    let j = i;
    while (quotes[j]?.openAtEnd !== null && j + 1 < sentences.length && continues(j, j + 1)) j++;
    const closed = quotes[j]?.openAtEnd === null;
    const quotationSpeaker = (closed ? speakers[j] : null) ?? speakers[i] ?? continuedQuotation(i);
    if (quotationSpeaker !== null) for (let k = i; k <= j; k++) speakers[k] ??= quotationSpeaker;
    i = j + 1;
  }

  for (let i = 1; i < sentences.length; i++) {
    if (speakers[i] === null && quotes[i]?.fullyQuoted) speakers[i] = continuedQuotation(i);
  }
  quotationParagraphs(text, sentences, speakers, own, attributed, quotes);
  listAfterColon(text, sentences, speakers);
  attributeTurns(text, sentences, speakers, coreference);
  return speakers;
}

/** The sentence opens with a quotation mark (as the masked text reads it: single marks are written “). */
function opensQuoted(quote: QuoteMasked | undefined): boolean {
  return /^[“"«]/u.test(quote?.masked ?? '');
}

/**
 * Where a quotation opened by a single mark at the start of sentence `i` (or after a colon in it) may close: the rest of
 * its paragraph, and of the paragraphs after it when the sentence opens one (up to about 4,000 characters).
 */
function restOfParagraph(text: string, sentences: readonly ArticleSentence[], i: number): string {
  const sentence = sentences[i] as ArticleSentence;
  // ("'I do not accept the statement. … ¶ 'We are really disappointed. … ¶ '… mental health.'": a quotation opening a
  // paragraph may close paragraphs later, as the British press runs one speaker's words on, each paragraph reopening it
  // and only the last closing it; so the paragraphs after the first sentence of one count too.)
  const opensParagraph = i === 0 || sentences[i - 1]?.paragraph !== sentence.paragraph;
  let end = sentence.end;
  for (let k = i + 1; k < sentences.length && (opensParagraph || sentences[k]?.paragraph === sentence.paragraph) && end - sentence.end < 4000; k++) end = sentences[k]?.end ?? end;
  return text.slice(sentence.end, end);
}

/**
 * “A,” X said. ¶ “B. C.” — a paragraph that opens with a quotation and has no
 * words of the article's own until the quotation closes, right after a
 * paragraph that ends on a quotation attributed to X, is X's too (newswire
 * style: a speaker's quotation runs on over paragraphs). So is one right after
 * a paragraph ending on what X said in the article's words ("Mr Tse said
 * ungrounded reports … ¶ “Such wild talks include …”"): the quotation bears the
 * paraphrase out. Only the quoted sentences are given; a paragraph with an
 * attribution of its own keeps it.
 */
function quotationParagraphs(
  text: string,
  sentences: readonly ArticleSentence[],
  speakers: (string | null)[],
  own: readonly (string | null)[],
  attributed: readonly boolean[],
  quotes: readonly QuoteMasked[],
): void {
  for (let i = 1; i < sentences.length; i++) {
    const sentence = sentences[i] as ArticleSentence;
    const previous = sentences[i - 1] as ArticleSentence;
    if (previous.paragraph === sentence.paragraph || previous.paragraph + 1 !== sentence.paragraph) continue;
    const before = speakers[i - 1] ?? null;
    if (before === null || !opensQuoted(quotes[i])) continue;
    // After a paraphrase (no quotation of its own): only when it tells what X said, not what X said was written
    // ("Police said the man had posted a series of messages on Facebook" ¶ "“Someone should sort him out.”").
    if (!quotes[i - 1]?.hasQuote && (own[i - 1] === null || TELLS_OF_WRITING.test(text.slice(previous.start, previous.end)))) continue;
    // The quoted sentences at the paragraph's start; none of the paragraph's sentences names a speaker (or a document
    // that speaks: "“You will regret leaving me,” one message read.").
    let end = i;
    while (end < sentences.length && sentences[end]?.paragraph === sentence.paragraph && !/\p{L}/u.test(quotes[end]?.masked ?? 'x')) end++;
    let k = end;
    while (k < sentences.length && sentences[k]?.paragraph === sentence.paragraph && speakers[k] === null) k++;
    if (end === i || (k < sentences.length && sentences[k]?.paragraph === sentence.paragraph)) continue;
    if (speakers.slice(i, end).some((s) => s !== null)) continue;
    // A quoted line with no stop before its closing mark (“… prevent the evacuation of the civilians”): a heading or
    // a fragment quoted from a document, not the speaker's words running on (those end on a stop inside the quotation).
    if (end === i + 1 && sentences[end]?.paragraph !== sentence.paragraph && UNSTOPPED_QUOTATION.test(text.slice(sentence.start, sentence.end))) continue;
    if (attributed.slice(i, k).some(Boolean)) continue;
    for (let j = i; j < end; j++) speakers[j] = before;
    i = end - 1;
  }
}

/**
 * "In a wide-ranging interview, President Obama also said:" ¶ "The UK must stay in the EU" ¶ "Syria needs a political
 * solution" …: a paragraph that ends on a speaker's colon, then a list of one-line paragraphs with no stop at their
 * end (as bullet points are written) and no speaker of their own: each item is what that speaker said. The list ends
 * at the first paragraph that ends a sentence.
 */
function listAfterColon(text: string, sentences: readonly ArticleSentence[], speakers: (string | null)[]): void {
  for (let i = 0; i < sentences.length - 1; i++) {
    const speaker = speakers[i] ?? null;
    const sentence = sentences[i] as ArticleSentence;
    if (speaker === null || sentences[i + 1]?.paragraph === sentence.paragraph || !/:\s*$/u.test(text.slice(sentence.end - 3, sentence.end))) continue;
    for (let j = i + 1; j < sentences.length; j++) {
      const item = sentences[j] as ArticleSentence;
      const alone = sentences[j - 1]?.paragraph !== item.paragraph && sentences[j + 1]?.paragraph !== item.paragraph;
      if (!alone || (speakers[j] !== null && speakers[j] !== speaker) || /[.!?:;"”’)\]]\s*$/u.test(text.slice(item.end - 2, item.end))) break;
      speakers[j] = speaker;
    }
  }
}

/** A quotation closing on a word, not on a stop: “… from the Rubkan camp” (a heading). */
const UNSTOPPED_QUOTATION = /[\p{L}\p{N})\]][”"»’']\s*$/u;

/** A paraphrase telling of something written: messages, posts, letters … in lower case (its quotation may be that text; not "the Post Office", "his comments"). */
const TELLS_OF_WRITING = new RegExp(String.raw`(?<![\p{L}])(?:${WRITINGS_PATTERN})(?![\p{L}])`, 'u');

/**
 * A transcript's turns (transcript.ts): everything said in an answer ("A:")
 * is the interviewee's (the person the article is about), and everything
 * said in a named speaker's turn ("MR. KIRBY:") is theirs, whatever it cites,
 * since they are the one asserting it. The name resolves like any speaker
 * ("Kirby" -> "John Kirby" when the article gave the full name). The
 * questioner's and the host's turns are the publication's voice: what a
 * sentence there attributes stands.
 */
function attributeTurns(text: string, sentences: readonly ArticleSentence[], speakers: (string | null)[], coreference: Coreference): void {
  const resolved = new Map<SpeakerLabel['name'], string | null>();
  let interviewee: string | null | undefined;
  /** Sentences per paragraph, and the paragraph each turn's label opens. */
  const inParagraph = new Map<number, number>();
  for (const s of sentences) inParagraph.set(s.paragraph, (inParagraph.get(s.paragraph) ?? 0) + 1);
  const labelled = new Map<SpeakerLabel, number>();
  const asks = sentences.map((s) => QUESTION_END.test(text.slice(s.start, s.end)));
  const isLoneQuestion = (k: number): boolean => asks[k] === true && inParagraph.get((sentences[k] as ArticleSentence).paragraph) === 1;
  // Only the last turn of an interview whose labels stop after the first exchange, with questions alternating with
  // answers at least twice, reads its lone questions as the asker's (a one-off "Why?" or "Do I like the bill?" is the
  // speaker's own, and so is any question in a transcript whose turns keep their labels).
  const lastTurn = sentences.reduce<SpeakerLabel | null>((last, s) => s.turn ?? last, null);
  let loneQuestionsInLastTurn = 0;
  sentences.forEach((s, k) => {
    if (s.turn === lastTurn && isLoneQuestion(k)) loneQuestionsInLastTurn++;
  });
  /** Who asked the last question put in a turn of its own (undefined: no question turn yet). */
  let asker: string | null | undefined;
  let previousTurn: SpeakerLabel | null = null;
  sentences.forEach((sentence, i) => {
    const turn = sentence.turn;
    if (!turn) return;
    if (!labelled.has(turn)) labelled.set(turn, sentence.paragraph);
    // "Catherine Meyers: How is the mood?" ¶ "Yamir Moreno: It seems …" ¶ "How severe are the restrictions?" ¶ "They are …":
    // after a question in a turn of its own, a paragraph that is one question inside the answerer's turn is asked again
    // by the same voice, not by the one answering.
    const unlabelledQuestion =
      asker !== undefined && turn === lastTurn && loneQuestionsInLastTurn >= 2 && turn !== previousTurn && turn.voice !== 'press' && labelled.get(turn) !== sentence.paragraph && isLoneQuestion(i);
    if (unlabelledQuestion) {
      speakers[i] = asker ?? null;
      return;
    }
    // (A turn is a question when its labelled paragraph ends on one: not "We will keep the pressure on. Why? Because …".)
    const endsAQuestion = asks[i] === true && labelled.get(turn) === sentence.paragraph && sentences[i + 1]?.paragraph !== sentence.paragraph;
    if (turn.voice === 'press') {
      if (endsAQuestion) {
        asker = null;
        previousTurn = turn;
      }
      return;
    }
    if (turn.voice === 'answer') {
      interviewee ??= coreference.mainPerson();
      if (interviewee !== null) speakers[i] = interviewee;
      return;
    }
    if (turn.name === null) return;
    if (!resolved.has(turn.name)) resolved.set(turn.name, coreference.resolveLabel(turn.name, i, sentence.paragraph));
    speakers[i] = resolved.get(turn.name) ?? turn.name;
    if (endsAQuestion) {
      asker = speakers[i] ?? null;
      previousTurn = turn;
    }
  });
}

/** A sentence that ends as a question (closing quotation marks or brackets after the mark allowed). */
const QUESTION_END = /\?["'”’)\]]*\s*$/u;
