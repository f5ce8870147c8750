/**
 * Reads the words that name a speaker: "Shafqat Ali Khan", "one diplomat",
 * "The Taliban government", "Foreign Office spokesperson Shafqat Ali Khan".
 * A speaker is a run of capitalised words and known title, role and
 * determiner words, ending on a name or a role noun.
 */
import { isTitleAbbreviation } from './abbreviations';
import {
  ACCORDING_TO_CONNECTORS,
  AFTER_INVERTED_SPEAKER,
  AUXILIARIES,
  DETERMINERS,
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

function isSpeakerWord(word: string, extraConnectors?: Set<string>): boolean {
  const w = bare(word);
  if (w === '' || /[^\p{L}\p{M}\p{N}.&'’-]/u.test(w)) return false;
  if (isCapitalised(w)) return true;
  const lower = w.toLowerCase();
  return (
    DETERMINERS.has(lower) ||
    MODIFIERS.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    NAME_CONNECTORS.has(lower) ||
    PRONOUNS.has(lower) ||
    (extraConnectors?.has(lower) ?? false)
  );
}

/** The word a speaker's description can end on: a name, or a noun like "diplomat". */
function isHead(word: string): boolean {
  const w = bare(word);
  const lower = w.toLowerCase();
  if (ROLE_NOUNS.has(lower)) return true;
  return isCapitalised(w) && !FUNCTION_WORDS.has(lower) && !DETERMINERS.has(lower) && !PERSONAL_PRONOUNS.has(lower);
}

function isValidSpeaker(run: Token[]): boolean {
  const last = run[run.length - 1];
  const first = run[0];
  if (!last || !first || run.length > MAX_SPEAKER_WORDS) return false;
  if (run.length === 1 && PRONOUNS.has(first.text.toLowerCase())) return true;
  if (run.some((t) => PERSONAL_PRONOUNS.has(t.text.toLowerCase()))) return false;
  if (NAME_CONNECTORS.has(first.text.toLowerCase())) return false;
  return isHead(last.text);
}

/** "the provincial disaster authority": a determiner, a few words, then a role noun. */
function describedRole(tokens: Token[]): Token[] | null {
  const last = tokens[tokens.length - 1];
  if (!last || !ROLE_NOUNS.has(bare(last.text).toLowerCase())) return null;
  for (let k = tokens.length - 2; k >= Math.max(0, tokens.length - 6); k--) {
    const token = tokens[k];
    if (!token) return null;
    const lower = bare(token.text).toLowerCase();
    if (DETERMINERS.has(lower)) return tokens.slice(k);
    if (FUNCTION_WORDS.has(lower) || PRONOUNS.has(lower) || /[^\p{L}\p{N}'’.-]/u.test(token.text)) return null;
  }
  return null;
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
  while (i > 0 && isSpeakerWord(words[i - 1]?.text ?? '')) i--;
  let run = words.length - i > MAX_SPEAKER_WORDS ? [] : words.slice(i);
  // "Recently Khan", "as Pakistan": drop words capitalised only by position.
  while (run.length > 0) {
    const lower = bare(run[0]?.text ?? '').toLowerCase();
    if (!FUNCTION_WORDS.has(lower) && !NAME_CONNECTORS.has(lower)) break;
    run = run.slice(1);
  }
  const described = describedRole(words);
  if (described && described.length > run.length) run = described;
  return isValidSpeaker(run) ? run : null;
}

/** The speaker after the verb: "..., said one diplomat.", "according to the ministry". */
export function speakerAfter(masked: string, from: number, inverted: boolean): Token[] | null {
  const tokens = tokensIn(masked, from, Math.min(masked.length, from + 200));
  const extra = inverted ? undefined : ACCORDING_TO_CONNECTORS;
  const run: Token[] = [];
  let endedAtBoundary = true;
  let nextWord = '';
  for (const token of tokens) {
    if (/^["“«([]/u.test(token.text)) {
      endedAtBoundary = false;
      nextWord = token.text;
      break;
    }
    const m = /^(.*?)([,.;:!?”"»)\]]+)$/u.exec(token.text);
    let core = m?.[1] ?? token.text;
    let trailing = m?.[2] ?? '';
    if (trailing === '.' && isTitleAbbreviation(core)) {
      core = token.text; // "Mr.", "J."
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
