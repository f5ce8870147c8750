/**
 * Reads the words that name a speaker: "Shafqat Ali Khan", "one diplomat",
 * "The Taliban government", "Foreign Office spokesperson Shafqat Ali Khan".
 * A speaker is a run of capitalised words and known title, role and
 * determiner words, ending on a name or a role noun.
 */
import { isTitleAbbreviation } from './abbreviations';
import {
  words,
  ACCORDING_TO_CONNECTORS,
  AFTER_INVERTED_SPEAKER,
  AUXILIARIES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  MODIFIERS,
  NAME_CONNECTORS,
  PRONOUNS,
  ROLE_NOUNS,
} from './speaker-words';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const MAX_SPEAKER_WORDS = 10;
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'them']);
/** "We asked her", "I said": the writer's own voice, never a speaker. */
const FIRST_AND_SECOND_PERSON = new Set(['i', 'we', 'us', 'you', 'me', 'our', 'my', 'your']);

/** The words of s[from, to), with their offsets in s. */
export function tokensIn(s: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  const part = s.slice(from, to);
  for (let m = re.exec(part); m; m = re.exec(part)) out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** "Gandapur's" -> "Gandapur", "diplomats’" -> "diplomats". */
function bare(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
}

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

/** "WHO", "IMF", "U.N.": an acronym is a name even when it spells a common word. */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,}\p{Lu}?)$/u.test(word) && !/^(?:I|A)$/u.test(word);
}

/** "J.R", "J", "A.B.C": initials, whose period does not end a name. */
function isInitials(word: string): boolean {
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/** "China's", "Pakistan’s": a capitalised possessive that can open a description. */
function isPossessiveName(word: string): boolean {
  return /^[\p{Lu}\p{N}].*['’]s?$/u.test(word) && bare(word) !== word;
}

function isSpeakerWord(word: string, extraConnectors?: Set<string>): boolean {
  const w = bare(word);
  if (w === '' || /[^\p{L}\p{M}\p{N}.&'’-]/u.test(w)) return false;
  if (isCapitalised(w)) return true;
  const lower = w.toLowerCase();
  return (
    DETERMINERS.has(lower) ||
    MODIFIERS.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    DOCUMENT_NOUNS.has(lower) ||
    NAME_CONNECTORS.has(lower) ||
    PRONOUNS.has(lower) ||
    (extraConnectors?.has(lower) ?? false)
  );
}

/** The word a speaker's description can end on: a name, or a noun like "diplomat". */
function isHead(word: string): boolean {
  const w = bare(word);
  const lower = w.toLowerCase();
  if (ROLE_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower) || isAcronym(w)) return true;
  return isCapitalised(w) && !FUNCTION_WORDS.has(lower) && !DETERMINERS.has(lower) && !PERSONAL_PRONOUNS.has(lower);
}

function isValidSpeaker(run: Token[]): boolean {
  const last = run[run.length - 1];
  const first = run[0];
  if (!last || !first || run.length > MAX_SPEAKER_WORDS) return false;
  if (run.length === 1 && PRONOUNS.has(first.text.toLowerCase())) return true;
  if (run.some((t) => PERSONAL_PRONOUNS.has(t.text.toLowerCase()) || FIRST_AND_SECOND_PERSON.has(t.text.toLowerCase()))) return false;
  if (NAME_CONNECTORS.has(first.text.toLowerCase())) return false;
  return isHead(last.text);
}

/** Capitalised words just before index `k` ("South Korea’s": "South"). */
function capitalisedBefore(tokens: Token[], k: number): number {
  let j = k;
  while (j > 0 && j > k - 4) {
    const text = tokens[j - 1]?.text ?? '';
    const lower = text.toLowerCase();
    if (!isCapitalised(text) || FUNCTION_WORDS.has(lower) || DETERMINERS.has(lower) || /[^\p{L}\p{N}.&-]/u.test(text)) break;
    j--;
  }
  return j;
}

/**
 * "the provincial disaster authority", "China’s commerce ministry": a
 * determiner or a possessive name, a few words, then a role noun.
 */
function describedRole(tokens: Token[]): Token[] | null {
  const last = tokens[tokens.length - 1];
  if (!last || !ROLE_NOUNS.has(bare(last.text).toLowerCase())) return null;
  for (let k = tokens.length - 2; k >= Math.max(0, tokens.length - 6); k--) {
    const token = tokens[k];
    if (!token) return null;
    const lower = bare(token.text).toLowerCase();
    if (DETERMINERS.has(lower)) return tokens.slice(k);
    if (isPossessiveName(token.text) && !PRONOUNS.has(lower)) {
      const from = capitalisedBefore(tokens, k);
      const opener = bare(tokens[from - 1]?.text ?? '').toLowerCase();
      return tokens.slice(from > 0 && DETERMINERS.has(opener) ? from - 1 : from);
    }
    if (FUNCTION_WORDS.has(lower) || PRONOUNS.has(lower) || /[^\p{L}\p{N}'’.-]/u.test(token.text)) return null;
  }
  return null;
}

/** "A statement from the ministry", "a report by Human Rights Watch": the one who issued it. */
const ISSUED = words(`statement statements release letter memo report filing document email post message`);
const ISSUED_BY = words(`from by of`);

function sourceOfStatement(run: Token[]): Token[] {
  let k = 0;
  if (DETERMINERS.has((run[0]?.text ?? '').toLowerCase())) k++;
  while (k < run.length - 2 && !ISSUED.has((run[k]?.text ?? '').toLowerCase()) && /^\p{Ll}/u.test(run[k]?.text ?? '')) k++;
  if (!ISSUED.has((run[k]?.text ?? '').toLowerCase()) || !ISSUED_BY.has((run[k + 1]?.text ?? '').toLowerCase())) return run;
  const source = run.slice(k + 2);
  return isValidSpeaker(source) ? source : run;
}

/** The speaker at the end of `tokens` (the words just before the verb), if they form one. */
export function speakerAtEnd(tokens: Token[]): Token[] | null {
  const words = [...tokens];
  while (words.length > 0) {
    const word = words[words.length - 1]?.text ?? '';
    const lower = word.toLowerCase();
    const adverb = /^\p{Ll}{3,}ly$/u.test(word) && !ROLE_NOUNS.has(lower); // "recently", not "family" or "Italy"
    if (!AUXILIARIES.has(lower) && !adverb) break;
    words.pop();
  }
  let i = words.length;
  for (;;) {
    if (i > 0 && isSpeakerWord(words[i - 1]?.text ?? '')) i--;
    // "Officials in Ohio", "a spokesperson from the ministry": a role noun, then where it is from.
    else if (i > 1 && ACCORDING_TO_CONNECTORS.has(words[i - 1]?.text ?? '') && ROLE_NOUNS.has(bare(words[i - 2]?.text ?? '').toLowerCase())) i--;
    else break;
  }
  let run = words.length - i > MAX_SPEAKER_WORDS ? [] : words.slice(i);
  // "Recently Khan", "as Pakistan": drop words capitalised only by position.
  while (run.length > 0) {
    const text = bare(run[0]?.text ?? '');
    const lower = text.toLowerCase();
    if (isAcronym(text) || (!FUNCTION_WORDS.has(lower) && !NAME_CONNECTORS.has(lower) && !ACCORDING_TO_CONNECTORS.has(lower))) break;
    run = run.slice(1);
  }
  const described = describedRole(words);
  if (described && described.length > run.length) run = described;
  return isValidSpeaker(run) ? sourceOfStatement(run) : null;
}

/** The speaker after the verb: "..., said one diplomat.", "according to the ministry". */
export function speakerAfter(masked: string, from: number, inverted: boolean): Token[] | null {
  const tokens = tokensIn(masked, from, Math.min(masked.length, from + 200));
  const extra = inverted ? undefined : ACCORDING_TO_CONNECTORS;
  const run: Token[] = [];
  let endedAtBoundary = true;
  let nextWord = '';
  for (const [index, token] of tokens.entries()) {
    if (/^["“«([]/u.test(token.text)) {
      endedAtBoundary = false;
      nextWord = token.text;
      break;
    }
    const m = /^(.*?)([,.;:!?”"»)\]]+)$/u.exec(token.text);
    let core = m?.[1] ?? token.text;
    let trailing = m?.[2] ?? '';
    const next = tokens[index + 1]?.text ?? '';
    if (trailing === '.' && (isTitleAbbreviation(core) || (isInitials(core) && /^\p{Lu}/u.test(next)))) {
      core = token.text; // "Mr.", "J.", "J.R."
      trailing = '';
    }
    if (core !== '' && !isSpeakerWord(core, extra)) {
      endedAtBoundary = false;
      nextWord = core;
      break;
    }
    if (core !== '') run.push({ text: core, start: token.start, end: token.start + core.length });
    if (trailing !== '' || run.length > MAX_SPEAKER_WORDS) break;
  }
  // "said Khan at a press conference": end on the name, not on "at a".
  while (run.length > 0 && !isHead(run[run.length - 1]?.text ?? '')) {
    nextWord = run.pop()?.text ?? '';
    endedAtBoundary = false;
  }
  if (inverted && !endedAtBoundary && !AFTER_INVERTED_SPEAKER.has(nextWord.toLowerCase())) return null;
  if (inverted && run.length === 1 && PRONOUNS.has(run[0]?.text.toLowerCase() ?? '') && !endedAtBoundary) return null;
  return isValidSpeaker(run) ? run : null;
}
