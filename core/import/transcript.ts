/**
 * Transcripts: a paragraph that opens on a speaker label ("MR. KIRBY:",
 * "MODERATOR:", "Q", "Q:", "A:", "SECRETARY BLINKEN:") starts that speaker's
 * turn, which runs over the following paragraphs until the next label. The
 * label is markup of the transcript, kept as a metadata row of its own; the
 * turn's speaker is who asserts what is said in it.
 *
 * Who a turn belongs to:
 * - `press`: the questioner and whoever runs the event ("Q", "MODERATOR"):
 *   the publication's voice, as the annotation guide treats an interviewer;
 *   attributions inside the turn ("they've said this morning that …") stand.
 * - `answer`: "A:" — the interviewee (the person the article is about).
 * - `named`: a name, its titles left out ("MR. KIRBY" -> "Kirby",
 *   "SECRETARY BLINKEN" -> "Blinken", "THE PRESIDENT" -> "the President"):
 *   everything said in the turn is theirs, whatever it cites.
 *
 * Labels count only in a transcript: at least two paragraphs open on one and
 * at least two different labels occur (a question and an answer, a host and
 * a guest), so a lone "WASHINGTON:" or "Q fever" is never read as one.
 */
import { isNameWord, isPersonName } from '../attribution/names';
import * as titlesAndRolesLexicon from '../text/lexicon/titles-and-roles';
import { escapeRegExp } from '../text/lexicon/words';
import type { TextSpan } from '../text/characters';

const { ANSWER_LABELS, HONORIFICS, NOT_SPEAKER_LABELS, OTHER_OFFICE_MARKERS, PERSON_TITLES, PRESS_LABELS, TITLE_MODIFIERS, TITLES } = titlesAndRolesLexicon;

export type TurnVoice = 'press' | 'answer' | 'named';

export interface SpeakerLabel {
  /** The label as written, without markup or its colon ("MR. KIRBY", "Q"). */
  label: string;
  /** The label's span (colon included, emphasis markers included). */
  end: number;
  /** Where the turn's words begin (after the label and the spaces after it); the block's end if none follow. */
  bodyStart: number;
  voice: TurnVoice;
  /** For a named turn, the name in the article's own casing ("Kirby", "Jean-Pierre", "the President"); set by `transcriptLabels`. */
  name: string | null;
  /** Written alone on the paragraph's first line, with no colon ("DAVID LIPSON"). */
  line?: true;
}

/** "MR. KIRBY:", "**MS. JEAN-PIERRE:**": capitals, full stops, hyphens, apostrophes, up to six words, then a colon. */
const CAPITAL_LABEL = /^(?:\*\*|__)?(\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+[\p{Lu}.'’-]+){0,5})(?:\*\*|__)?:(?:\*\*|__)?(?=\s|$)/u;
/**
 * "Q:", "A.", "Q —", "**Q:**", or a bare "Q" followed by a tab or two spaces ("Q    Hey, John."), or by one space
 * and a capitalised word with a comma or full stop soon after ("Q Thanks, Ian.", as copies that squeeze spaces
 * have it; "Q Street" is no label). Never "A" so: "A Republican, John Smith, voted …" opens a sentence.
 */
const LETTER_LABEL = /^(?:\*\*|__)?(?:([QA])(?:\*\*|__)?(?:[ \t]*[:.—–-](?:\*\*|__)?(?=\s)|(?=\t|[ ]{2,}))|(Q)(?= \p{Lu}\p{Ll}*[,.?!] ))/u;
/** "DAVID LIPSON" or "BRADBURY" alone on the paragraph's first line, the turn on the lines after it (as ministers' transcripts print it). */
const LINE_LABEL = /^(?:\*\*|__)?(\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+[\p{Lu}.'’-]+){0,5})(?:\*\*|__)?[ \t]*(?=\r?\n[ \t]*\S)/u;
/** "Sam Rainsy:", "**Kem Monovithya:**": a person's name in ordinary case, two to four words, then a colon (as interviews print it). */
const NAME_LABEL = /^(?:\*\*|__)?(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3})(?:\*\*|__)?:(?:\*\*|__)?(?=\s)/u;
/** Look at the first characters of a paragraph only. */
const LABEL_WINDOW = 64;

function voiceOf(words: string[]): TurnVoice | null {
  const key = words.join(' ').toLowerCase();
  if (ANSWER_LABELS.has(key)) return 'answer';
  if (words.length <= 2 && words.every((w) => PRESS_LABELS.has(w.toLowerCase()))) return 'press';
  return null;
}

/**
 * The speaker label a paragraph opens on, if any; `text.slice(start, end)` is
 * the paragraph. Whether the article is a transcript is decided over all of
 * them (see `transcriptLabels`).
 */
export function matchSpeakerLabel(text: string, start: number, end: number): SpeakerLabel | null {
  const head = text.slice(start, Math.min(end, start + LABEL_WINDOW));
  const letter = LETTER_LABEL.exec(head);
  const colon = letter ? null : CAPITAL_LABEL.exec(head);
  const line = letter || colon ? null : LINE_LABEL.exec(head);
  // (Without a colon only a person or a role is a label: not a subheading run on into its text, "BACKGROUND".)
  if (line && !isLineLabel(text, (line[1] ?? '').trim().split(/[ \t]+/u))) return null;
  const capital = colon ?? line;
  const named = letter || capital ? null : NAME_LABEL.exec(head);
  if (named && !isPersonName((named[1] ?? '').split(/[ \t]+/u))) return null;
  const m = letter ?? capital ?? named;
  if (!m) return null;
  const label = (m[1] ?? m[2] ?? '').trim();
  const words = label.split(/[ \t]+/u);
  // Two or more capitals make a label ("MR. KIRBY"), not a word that opens a sentence ("A: …" is a letter label).
  if (capital && (label.replace(/[^\p{Lu}]/gu, '').length < 2 || words.some((w) => NOT_SPEAKER_LABELS.has(w.toLowerCase().replace(/:$/u, ''))))) return null;
  const labelEnd = start + m[0].length;
  let bodyStart = labelEnd;
  while (bodyStart < end && /\s/u.test(text[bodyStart] ?? '')) bodyStart++;
  const voice = voiceOf(words);
  return { label, end: labelEnd, bodyStart, voice: voice ?? 'named', name: null, ...(line && { line: true as const }) };
}

/**
 * A label on a line of its own names a person ("DAVID LIPSON"), one the article names elsewhere ("LIPSON" after
 * "David Lipson"), or a role or the press ("TREASURER", "JOURNALIST", "THE PRESIDENT").
 */
function isLineLabel(text: string, words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase().replace(/\.$/u, ''));
  if (lower.every((w) => w === 'the' || TITLES.has(w) || PERSON_TITLES.has(w) || PRESS_LABELS.has(w))) return true;
  const cased = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  if (cased.length >= 2 && isPersonName(cased)) return true;
  // ("BRADBURY" after "DAVID BRADBURY" or "David Bradbury".)
  return cased.length === 1 && new RegExp(`(?:\\p{Lu}\\p{Ll}+ ${escapeRegExp(cased[0] ?? '')}|\\p{Lu}{2,} ${escapeRegExp(words[0] ?? '')})(?![\\p{L}])`, 'u').test(text);
}

/** "MR. KIRBY" -> "Kirby"; "THE PRESIDENT" -> "the President"; null when nothing is left ("MR."). */
function nameOfLabel(text: string, words: string[]): string | null {
  const rest = words.filter((w, i) => !(i === 0 && /^the$/iu.test(w)));
  const name = rest.filter((w) => !TITLES.has(w.toLowerCase()) && !TITLES.has(w.toLowerCase().replace(/\.$/u, '')));
  // ("TREASURER", "SPEAKER": a role alone is "the Treasurer"; "DEAN SMITH" keeps his given name; "PRIME MINISTER",
  // "DEPUTY PREMIER": a role's modifier is no name either.)
  if (name.length === 0 || name.every((w) => PERSON_TITLES.has(w.toLowerCase()) || (TITLE_MODIFIERS.has(w.toLowerCase()) && rest.some((r) => TITLES.has(r.toLowerCase()))))) {
    const role = rest.filter((w) => !/\.$/u.test(w)).map((w) => asWritten(text, w));
    return role.length > 0 ? `the ${role.join(' ')}` : null;
  }
  return fullestForm(text, name.map((w) => asWritten(text, w)).join(' '));
}

/** How many given names may stand before a label's surname in its fullest form ("Karine Jean-Pierre"). */
const MAX_GIVEN_NAMES = 2;

/**
 * The fullest form of a label's name the article writes anywhere, the
 * headline included ("Kirby" -> "John Kirby" after "Advisor John Kirby"):
 * name words straight before it, titles and honorifics left out.
 */
function fullestForm(text: string, name: string): string {
  const escaped = escapeRegExp(name);
  const pattern = new RegExp(`(?<![\\p{L}.'’-])((?:[\\p{L}.'’-]+[ \\t]+){1,${MAX_GIVEN_NAMES}})${escaped}(?![\\p{L}])`, 'gu');
  let best = name;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const before = (m[1] ?? '').trim().split(/[ \t]+/u);
    const given: string[] = [];
    for (let i = before.length - 1; i >= 0; i--) {
      const word = before[i] ?? '';
      if (!isNameWord(word) || HONORIFICS.test(word) || TITLES.has(word.toLowerCase())) break;
      given.unshift(word);
    }
    const full = [...given, name].join(' ');
    if (given.length > 0 && full.length > best.length) best = full;
  }
  return best;
}

/** A capitalised label word as the article writes it elsewhere ("KIRBY" -> "Kirby", "MCDONALD" -> "McDonald"), else title case. */
function asWritten(text: string, word: string): string {
  const escaped = escapeRegExp(word);
  const pattern = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (/\p{Ll}/u.test(m[0]) && /^\p{Lu}/u.test(m[0])) return m[0];
  }
  // ("VOA", "BBC": a short label in capitals the article never writes otherwise is an acronym.)
  if (word.length <= 4 && !/\./u.test(word)) return word;
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The labels of paragraphs (`spans`, in article order, keyed by their index in
 * it) if the article is a transcript: at least two labelled paragraphs and two
 * different labels. Otherwise an empty map.
 */
export function transcriptLabels(text: string, spans: readonly (TextSpan | null)[]): Map<number, SpeakerLabel> {
  const labels = new Map<number, SpeakerLabel>();
  spans.forEach((span, i) => {
    if (!span) return;
    const label = matchSpeakerLabel(text, span.start, span.end);
    if (label) labels.set(i, label);
  });
  const distinct = new Set([...labels.values()].map((l) => l.label.toUpperCase()));
  const voices = new Set([...labels.values()].map((l) => l.voice));
  // "A:" alone is not an interview; a question label needs an answer or a named speaker beside it.
  if (labels.size < 2 || distinct.size < 2 || (voices.size === 1 && !voices.has('named'))) return new Map();
  // Labels on lines of their own head turns, not a factbox's profiles ("KEMI BADENOCH", "ROBERT JENRICK", "THE JUDGE",
  // "THE PROSECUTOR"): those open on the person, and nobody in them speaks twice.
  if ([...labels.values()].every((l) => l.line)) {
    const surnames = [...labels.values()].map((l) => l.label.split(/[ \t]+/u).at(-1)?.toUpperCase());
    // A profile opens on the person's surname or age ("Badenoch, 44, is", "Justice Juan Merchan, 61, has"); a turn
    // does not ("Minister, will the submarines …?").
    const profile = [...labels.values()].some((l) => {
      const body = text.slice(l.bodyStart, l.bodyStart + 60);
      const surname = l.label.split(/[ \t]+/u).at(-1) ?? '';
      return /^[^.?!]{0,40},\s*\d{1,3},/u.test(body) || body.toUpperCase().split(/[\s,]+/u).slice(0, 3).includes(surname.toUpperCase());
    });
    if (profile || (new Set(surnames).size === surnames.length && labels.size >= 3)) return new Map();
  }
  // Each name is looked up once (its casing is read from the article).
  const names = new Map<string, string | null>();
  const intro = text.slice(0, Math.min(...[...labels.keys()].map((i) => spans[i]?.start ?? text.length)));
  for (const label of labels.values()) {
    if (label.voice !== 'named') continue;
    if (!names.has(label.label)) {
      const name = nameOfLabel(text, label.label.split(/[ \t]+/u));
      names.set(label.label, name !== null && name.startsWith('the ') ? (holderInIntro(text, intro, name.slice(4)) ?? name) : name);
    }
    label.name = names.get(label.label) ?? null;
  }
  return labels;
}

/** "Honourable", "Hon", "Dr": what may stand between a role and the name of whoever holds it in a transcript's heading. */
const BEFORE_A_HOLDER = /^(?:the|hon\.?|honourable|honorable|rt|right|dr\.?|mr\.?|mrs\.?|ms\.?)$/iu;

/**
 * "Prime Minister John Howard spoke in Cairns", "TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP": whoever the
 * text before the first label names in the label's role ("Prime Minister"), right after it with no punctuation between.
 * Only there: questions may name others who held the role ("former Prime Minister Paul Keating said …").
 */
function holderInIntro(text: string, intro: string, role: string): string | null {
  const escaped = escapeRegExp(role).replace(/\s+/gu, '\\s+');
  // (Not "Shadow Treasurer Angus Taylor", "Deputy Prime Minister Richard Marles", "Former Prime Minister Scott Morrison":
  // a modifier before the role makes it another office.)
  const pattern = new RegExp(`(?<![\\p{L}])${escaped}[ \\t]+((?:[\\p{L}.'’-]+[ \\t]+){0,6}[\\p{L}.'’-]+)`, 'giu');
  let m: RegExpExecArray | null = null;
  for (let found = pattern.exec(intro); found; found = pattern.exec(intro)) {
    const before = /(\p{L}+)[ \t]+$/u.exec(intro.slice(Math.max(0, found.index - 30), found.index))?.[1]?.toLowerCase() ?? '';
    if (OTHER_OFFICE_MARKERS.has(before)) {
      pattern.lastIndex = found.index + role.length; // the role again, further on
      continue;
    }
    m = found;
    break;
  }
  if (!m) return null;
  const words = (m[1] ?? '').split(/[ \t]+/u);
  let k = 0;
  while (k < words.length && BEFORE_A_HOLDER.test(words[k] ?? '')) k++;
  const name: string[] = [];
  for (; k < words.length && name.length < 3; k++) {
    const raw = words[k] ?? '';
    // ("… Anthony Albanese.", "Scott Morrison's comments": a stop or a possessive ends the name.)
    const word = raw.replace(/(?:['’]s?|[.,])$/u, '');
    if (!/^\p{Lu}/u.test(word) || TITLES.has(word.toLowerCase()) || PERSON_TITLES.has(word.toLowerCase()) || HONORIFICS.test(word)) break;
    // ("JOHN" is no acronym here: a heading in capitals writes names so.)
    const written = asWritten(text, word);
    name.push(written === word && /^\p{Lu}+$/u.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : written);
    if (word !== raw) break;
  }
  return name.length >= 2 && isPersonName(name) ? name.join(' ') : null;
}
