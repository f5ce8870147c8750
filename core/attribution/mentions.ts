/**
 * Finds where an article introduces a person, in any sentence (attributed or
 * not): "Khyber Pakhtunkhaw Chief Minister Ali Amin Gandapur has announced",
 * "Shafqat Ali Khan, the Foreign Office spokesperson,", "Dr. Fatima Shah",
 * "John Smith, 45,". Also notes the capitalised words that follow "in",
 * "from", "to" ... (places: "in Pakistan"), which are never read as surnames.
 */
import { DETERMINERS, FUNCTION_WORDS, PRONOUNS } from '../import/speaker-words';
import { bareWord, HONORIFICS, isCapitalisedWord, isInitials, isPersonName, PERSON_TITLES, roleKey, splitRoleAndName } from './names';

export interface PersonMention {
  /** The name as written, whitespace collapsed: "Ali Amin Gandapur". */
  name: string;
  /** Lower-cased name words without courtesy titles: ["ali", "amin", "gandapur"]. */
  key: string[];
  /** Lower-cased role words it was introduced with: ["foreign", "office", "spokesperson"]; empty if none. */
  role: string[];
  /** Introduced with a cue (a title, a role, an honorific, an age or a description), not just capitalised. */
  strong: boolean;
  /** The name opens the sentence (after words like "However,"): the person is probably its subject. */
  subject?: boolean;
  /** Offset in the article. */
  at: number;
}

interface Word {
  text: string;
  /** The word without surrounding punctuation. */
  core: string;
  start: number;
  /** Punctuation right after the word: ",", ".", "”" ... */
  trailing: string;
  /** Punctuation right before it: "“", "(" ... */
  leading: string;
}

const WORD = /\S+/gu;
/** A sentence longer than this is read only up to here: real sentences are shorter; junk costs time. */
const MAX_SCAN = 2000;
const LOCATIVE = new Set(['in', 'from', 'to', 'at', 'across', 'near', 'into', 'inside', 'outside', 'throughout', 'toward', 'towards', 'within', 'around']);

function wordsOf(text: string, offset: number): Word[] {
  const out: Word[] = [];
  const part = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(part); m; m = WORD.exec(part)) {
    const raw = m[0];
    const lead = /^[^\p{L}\p{N}]*/u.exec(raw)?.[0] ?? '';
    let rest = raw.slice(lead.length);
    let trailing = /[^\p{L}\p{N}.'’]*$/u.exec(rest)?.[0] ?? '';
    rest = rest.slice(0, rest.length - trailing.length);
    // A final period belongs to the word only in an abbreviation or initials ("Mr.", "J.").
    if (rest.endsWith('.') && !HONORIFICS.test(rest) && !isInitials(rest)) {
      trailing = `.${trailing}`;
      rest = rest.slice(0, -1);
    }
    out.push({ text: raw, core: rest, start: offset + m.index + lead.length, trailing, leading: lead });
  }
  return out;
}

/** Can this word be inside a run of name and title words? */
function inRun(word: Word, next: Word | undefined): boolean {
  const core = word.core;
  if (core === '') return false;
  if (isCapitalisedWord(core) || isInitials(core)) return true;
  const lower = core.toLowerCase();
  // "Foreign Office spokesperson Shafqat Ali Khan", "Ali bin Hassan": only when a capitalised word follows.
  const nextCore = next?.core ?? '';
  return (PERSON_TITLES.has(lower) || /^(?:bin|ibn|al|el|de|del|da|di|van|von|der|den|la|le)$/u.test(lower)) && word.trailing === '' && isCapitalisedWord(nextCore) && next?.leading === '';
}

/** Where a description set off by a comma ends: "the Foreign Office spokesperson," -> its words. */
function apposition(words: Word[], from: number): Word[] | null {
  const out: Word[] = [];
  for (let i = from; i < words.length && i < from + 12; i++) {
    const w = words[i];
    if (!w || w.leading !== '') return null;
    out.push(w);
    if (w.trailing !== '') return /^[,;.)—–]/u.test(w.trailing) || w.trailing.startsWith(',') ? out : null;
  }
  return null;
}

/** The role words of a description: "the Foreign Office spokesperson" -> foreign office spokesperson. */
function descriptionRole(description: Word[]): string[] | null {
  const first = description[0]?.core.toLowerCase() ?? '';
  if (!DETERMINERS.has(first) && !['a', 'an', 'the'].includes(first)) {
    // "chief executive of Acme": a bare title also works.
    if (!PERSON_TITLES.has(first)) return null;
  }
  // The head is the last word before "of", "at", "for", "in", "with", "who".
  const cut = description.findIndex((w, i) => i > 0 && /^(?:of|at|for|in|with|who|which|from|on|since|and)$/u.test(w.core));
  const phrase = (cut > 0 ? description.slice(0, cut) : description).map((w) => w.core);
  const head = bareWord(phrase[phrase.length - 1] ?? '').toLowerCase();
  if (head === '' || !/^\p{Ll}/u.test(phrase[phrase.length - 1] ?? '') && !PERSON_TITLES.has(head)) return null;
  // Keep the words after the head too, so "the ministry spokesperson" matches "a spokesperson for the ministry".
  return roleKey([...description.map((w) => w.core).filter((w, i) => i !== phrase.length - 1), phrase[phrase.length - 1] ?? '']);
}

export interface SentenceMentions {
  persons: PersonMention[];
  /** Lower-cased capitalised words seen after "in", "from", "to" ...: places. */
  places: string[];
  /** The sentence opens on a capitalised word used as a subject ("Ali welcomed the report"). */
  openingSubject: string | null;
  /** Lower-cased capitalised words after the first word, in order ("Asked about jobs, Rao was cautious": rao). */
  capitalised: string[];
}

/** People and places a sentence mentions. `offset` is where the sentence starts in the article. */
export function scanMentions(sentence: string, offset: number): SentenceMentions {
  const words = wordsOf(sentence, offset);
  const persons: PersonMention[] = [];
  const places: string[] = [];

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const lower = w.core.toLowerCase();
    if (LOCATIVE.has(lower) && w.trailing === '') {
      const next = words[i + 1];
      if (next && isCapitalisedWord(next.core) && next.leading === '' && !HONORIFICS.test(next.core)) places.push(bareWord(next.core).toLowerCase());
    }
    if (!inRun(w, words[i + 1])) continue;
    // A maximal run of name and title words, ending at punctuation.
    let j = i;
    while (j < words.length) {
      const wj = words[j] as Word;
      if (!inRun(wj, words[j + 1]) || (j > i && wj.leading !== '')) break;
      j++;
      if (wj.trailing !== '') break;
    }
    let s = i;
    i = j - 1;
    // "The", "In", "However": capitalised by position only.
    const skip = (word: Word | undefined) => {
      const l = (word?.core ?? '').toLowerCase();
      return FUNCTION_WORDS.has(l) || DETERMINERS.has(l) || PRONOUNS.has(l);
    };
    while (s < j && skip(words[s])) s++;
    const run = words.slice(s, j);
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) continue;
    const previous = words[s - 1];
    const tokens = run.map((r) => r.core);
    const split = splitRoleAndName(tokens);
    if (!split) continue;
    const nameWords = run.slice(tokens.length - split.name.length);
    const nameStart = nameWords[0]?.start ?? first.start;
    const name = sentence.slice(nameStart - offset, last.start - offset + last.core.length).replace(/\s+/gu, ' ');
    const key = split.name.filter((t) => !/^(?:Mr|Mrs|Ms|Messrs|Mme|Dr|Prof|Sir|Dame)\.?$/u.test(t)).map((t) => bareWord(t).toLowerCase());
    let role = split.role.length > 0 ? roleKey(split.role) : [];
    const before = previous?.core.toLowerCase() ?? '';
    let strong = role.length > 0 || HONORIFICS.test(split.name[0] ?? '');
    // "Shafqat Ali Khan, the Foreign Office spokesperson," / "John Smith, 45,"
    if (last.trailing.startsWith(',') && bareWord(last.core) === last.core) {
      const description = apposition(words, j);
      if (description) {
        const described = descriptionRole(description);
        if (described && described.length > 0) {
          if (role.length === 0) role = described;
          strong = true;
        } else if (description.length === 1 && /^\d{1,3}$/u.test(description[0]?.core ?? '')) strong = true;
      }
    }
    // "The finance minister, Maria Okonkwo, said": a role set off before the name.
    if (role.length === 0 && previous && previous.trailing.startsWith(',') && PERSON_TITLES.has(bareWord(previous.core).toLowerCase())) {
      const roleWords: string[] = [];
      for (let k = s - 1; k >= 0 && k > s - 7; k--) {
        const rw = words[k];
        if (!rw || (k !== s - 1 && rw.trailing !== '')) break;
        roleWords.unshift(rw.core);
        if (DETERMINERS.has(rw.core.toLowerCase())) break;
      }
      role = roleKey(roleWords);
      strong = true;
    }
    // A bare capitalised pair mid-sentence is probably a name ("Police arrested John Smith"), but weakly.
    const weak = !strong && split.name.length >= 2 && split.name.length <= 4 && s > 0 && !['the', 'a', 'an', 'of'].includes(before);
    if (!strong && !weak) continue;
    if (!isPersonName(split.name)) continue;
    let opening = 0;
    while (opening < words.length && skip(words[opening])) opening++;
    persons.push({ name, key, role, strong, at: nameStart, subject: s === opening });
  }

  const w0 = words[0];
  const w1 = words[1];
  let openingSubject: string | null = null;
  if (w0 && w1 && w0.leading === '' && w0.trailing === '' && isCapitalisedWord(w0.core) && /^\p{Ll}/u.test(w1.core)) {
    const lower = w0.core.toLowerCase();
    // "Asked about jobs, ...", "Speaking in Kabul, ...": a participle, not a subject.
    const participle = /\p{Ll}(?:ed|ing)$/u.test(w0.core);
    if (!participle && !FUNCTION_WORDS.has(lower) && !DETERMINERS.has(lower) && !PRONOUNS.has(lower) && !/^(?:i|we|you)$/u.test(lower)) {
      openingSubject = bareWord(w0.core).toLowerCase();
    }
  }
  const capitalised: string[] = [];
  for (let i = 1; i < words.length && capitalised.length < 40; i++) {
    const core = words[i]?.core ?? '';
    if (isCapitalisedWord(core)) capitalised.push(bareWord(core).toLowerCase());
  }
  return { persons, places, openingSubject, capitalised };
}
