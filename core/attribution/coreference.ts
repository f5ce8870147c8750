/**
 * Resolves a speaker, as written at its attribution, to the fullest form the
 * article has introduced before it:
 *
 * - a surname or part of a name to the full name ("Gandapur" -> "Ali Amin Gandapur");
 * - a role to the person introduced holding it ("The Foreign Office
 *   spokesperson" -> "Shafqat Ali Khan", after "Foreign Office spokesperson
 *   Shafqat Ali Khan" or "Shafqat Ali Khan, the Foreign Office spokesperson,");
 * - "he"/"she" to the last person who spoke, "it" to the last organisation,
 *   "they" to the last group, when nobody else has come in between;
 * - a role title before a name is dropped ("Foreign Office spokesperson
 *   Shafqat Ali Khan" -> "Shafqat Ali Khan"); courtesy and abbreviated titles
 *   stay ("Dr. Fatima Shah", "Sen. J.R. Ortiz").
 *
 * Anything else stays as written: "The Taliban government", "Islamabad",
 * "Senior Pakistani diplomats", "one diplomat".
 *
 * Feed it the article's sentences in order: `observe` each sentence, then
 * `resolve` the speaker found in it.
 */
import { DETERMINERS, ROLE_NOUNS, words } from '../import/speaker-words';
import { scanMentions, type PersonMention } from './mentions';
import {
  bareWord,
  isCapitalisedWord,
  isPersonName,
  isSingularPersonRole,
  nameKey,
  ORGANISATION_WORDS,
  roleKey,
  sameRoleHead,
  splitRoleAndName,
} from './names';

export type SpeakerKind = 'person' | 'group' | 'organisation';

interface Spoken {
  sentence: number;
  paragraph: number;
  speaker: string;
  kind: SpeakerKind;
  /** Lower-cased name words, for a person. */
  key: string[];
}

/** How far back (in sentences) a pronoun may look for whom it stands for. */
const PRONOUN_REACH = 4;
/** Words a speaker can be that name no one: resolving them would guess. */
const INDEFINITE = words(`a an one some several many two three four five another any`);
const ORGANISATION_HEADS = words(`
  ministry ministries government governments office department agency agencies company companies firm council
  committee commission court army military police party union bank board cabinet parliament assembly administration
  authority authorities organisation organization group network newspaper broadcaster channel outlet website
  hospital school university institute regime junta coalition alliance bloc country nation side camp delegation
  team statement report study survey data figures records`);

function tokensOf(speaker: string): string[] {
  return speaker.split(/\s+/u).filter((t) => t !== '');
}

function isPlural(word: string): boolean {
  const lower = bareWord(word).toLowerCase();
  if (/^(?:people|police|staff|media|data|forces|troops|authorities|elders|leadership)$/u.test(lower)) return true;
  return ROLE_NOUNS.has(lower) && /[^s]s$|men$|people$/u.test(lower) && !/(?:ss|us|is)$/u.test(lower);
}

export class Coreference {
  private readonly persons: PersonMention[] = [];
  /** Last word of a name -> the people whose name ends on it, in article order. */
  private readonly bySurname = new Map<string, PersonMention[]>();
  private readonly places = new Set<string>();
  private readonly spoken: Spoken[] = [];
  /** Per sentence: the people it mentions (name keys joined) and a capitalised opening subject. */
  private readonly mentioned: { names: string[]; opening: string | null }[] = [];

  /** Reads the people and places a sentence introduces. Call once per sentence, in order. */
  observe(sentence: string, offset: number): void {
    const found = scanMentions(sentence, offset);
    for (const place of found.places) this.places.add(place);
    for (const person of found.persons) this.addPerson(person);
    this.mentioned.push({ names: found.persons.map((p) => p.key.join(' ')), opening: found.openingSubject });
  }

  private addPerson(person: PersonMention): void {
    this.persons.push(person);
    const surname = person.key[person.key.length - 1];
    if (surname === undefined) return;
    const list = this.bySurname.get(surname);
    if (list) list.push(person);
    else this.bySurname.set(surname, [person]);
  }

  /** The fullest earlier name that ends on these name words ("Gandapur", "Ali Khan", "Mr. Khan"). */
  private fullName(key: string[]): PersonMention | null {
    const surname = key[key.length - 1];
    if (surname === undefined) return null;
    if (key.length === 1 && this.places.has(surname)) return null;
    const list = this.bySurname.get(surname);
    if (!list) return null;
    for (let i = list.length - 1; i >= 0; i--) {
      const p = list[i];
      if (!p || p.key.length < key.length) continue;
      if (!p.strong && key.length === 1 && list.some((q) => q.strong)) continue;
      const tail = p.key.slice(p.key.length - key.length);
      if (tail.every((w, k) => w === key[k])) return p;
    }
    return null;
  }

  /** The person last introduced holding a role these words name ("The Foreign Office spokesperson"). */
  private holderOf(role: string[]): PersonMention | null {
    const head = role[role.length - 1];
    if (head === undefined) return null;
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i];
      const theirHead = p?.role[p.role.length - 1];
      if (!p || theirHead === undefined) continue;
      const roleWords = new Set(p.role);
      if (sameRoleHead(head, theirHead) && role.slice(0, -1).every((w) => roleWords.has(w))) return p;
    }
    return null;
  }

  /** What kind of source a speaker is, as far as its words tell. */
  kindOf(tokens: string[]): SpeakerKind {
    const last = tokens[tokens.length - 1] ?? '';
    const lowerLast = bareWord(last).toLowerCase();
    if (tokens.some((t) => t === 'and' || t === 'or') || isPlural(last)) return 'group';
    if (/^\p{Lu}{2,}$/u.test(last) || ORGANISATION_HEADS.has(lowerLast) || ORGANISATION_WORDS.has(lowerLast)) return 'organisation';
    if (tokens.length === 1 && this.places.has(lowerLast)) return 'organisation';
    if (DETERMINERS.has((tokens[0] ?? '').toLowerCase()) && tokens.slice(1).every((t) => isCapitalisedWord(t))) return 'organisation'; // "The Guardian"
    return 'person';
  }

  /** Did someone other than `key` come up between sentence `from` (excluded) and `to` (excluded)? */
  private someoneElseBetween(from: number, to: number, key: string[]): boolean {
    const own = new Set(key);
    const name = key.join(' ');
    for (let s = from + 1; s < to; s++) {
      const m = this.mentioned[s];
      if (!m) continue;
      if (m.names.some((n) => n !== name && !n.endsWith(` ${key[key.length - 1] ?? ''}`))) return true;
      if (m.opening !== null && !own.has(m.opening) && !this.spoken.some((p) => p.sentence === s)) return true;
    }
    return false;
  }

  private pronoun(pronoun: string, sentence: number, paragraph: number): string | null {
    const wanted: SpeakerKind[] = pronoun === 'it' ? ['organisation'] : pronoun === 'they' ? ['group', 'organisation'] : ['person'];
    for (let i = this.spoken.length - 1; i >= 0; i--) {
      const p = this.spoken[i];
      if (!p || sentence - p.sentence > PRONOUN_REACH || paragraph - p.paragraph > 2) return null;
      if (!wanted.includes(p.kind)) {
        // "it"/"they" refer back to the last speaker only; "he"/"she" may pass over organisations and groups.
        if (pronoun === 'it' || pronoun === 'they') return null;
        continue;
      }
      if (p.kind === 'person' && this.someoneElseBetween(p.sentence, sentence, p.key)) return null;
      if (p.kind !== 'person' && sentence - p.sentence > 2) return null;
      return p.speaker;
    }
    return null;
  }

  /**
   * The speaker of sentence `sentence` (as found there, e.g. "Gandapur",
   * "he", "Foreign Office spokesperson Shafqat Ali Khan") resolved against
   * what the article said before. Records the result for later pronouns.
   */
  resolve(written: string, isPronoun: boolean, sentence: number, paragraph: number): string | null {
    if (isPronoun) {
      const resolved = this.pronoun(written.toLowerCase(), sentence, paragraph);
      if (resolved !== null) this.remember(resolved, sentence, paragraph);
      return resolved;
    }
    const tokens = tokensOf(written);
    let speaker = written;
    let key: string[] = [];
    const split = splitRoleAndName(tokens);
    if (split) {
      const name = split.name.join(' ');
      key = nameKey(split.name);
      const full = this.fullName(key);
      if (full && full.key.length > key.length) {
        speaker = full.name;
        key = full.key;
      } else speaker = name;
    } else if (!INDEFINITE.has((tokens[0] ?? '').toLowerCase()) && isSingularPersonRole(tokens)) {
      const holder = this.holderOf(roleKey(tokens));
      if (holder) {
        speaker = holder.name;
        key = holder.key;
      }
    }
    this.remember(speaker, sentence, paragraph, key);
    return speaker;
  }

  private remember(speaker: string, sentence: number, paragraph: number, key?: string[]): void {
    const tokens = tokensOf(speaker);
    const kind = key && key.length > 0 ? 'person' : this.kindOf(tokens);
    const personKey = key && key.length > 0 ? key : kind === 'person' ? nameKey(tokens.filter((t) => isCapitalisedWord(t))) : [];
    this.spoken.push({ sentence, paragraph, speaker, kind, key: personKey });
    // A full name said to speak is a person later sentences may call by surname.
    if (kind === 'person' && isPersonName(tokens) && tokens.length >= 2 && !this.fullName(nameKey(tokens))) {
      this.addPerson({ name: speaker, key: nameKey(tokens), role: [], strong: true, at: -1 });
    }
  }
}
