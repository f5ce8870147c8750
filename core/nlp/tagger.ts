/**
 * Part-of-speech tags, lemmas and entity types from wink-nlp 2.4 with its
 * English model (wink-eng-lite-web-model 1.8), for one sentence at a time.
 *
 * Loading the model costs ~0.5–1 s and tagging ~1.3 µs a character, more
 * than the engine's whole budget if done over every word, so the model is
 * loaded on first use (once per process) and callers tag only the sentences
 * where a tag decides something. Everything is read from node_modules; the
 * packages have no install scripts and make no network requests.
 *
 * The engine does not import this file: the uses in core/nlp read whatever
 * tagger is registered with setTagger (core/nlp/uses.ts), so with every use
 * off (the default) the app's bundle holds no part of wink-nlp.
 */

export interface TaggedToken {
  /** As written. */
  text: string;
  /** UTF-16 offsets into the tagged string. */
  start: number;
  end: number;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADP, DET, PRON, SCONJ, PUNCT … */
  pos: string;
  /** Lower-case lemma ("reasserted" -> "reassert"). */
  lemma: string;
  /** The type of the entity the token is in (DATE, CARDINAL, MONEY, PERCENT, TIME …), else null. */
  entity: string | null;
}

interface WinkDoc {
  tokens(): { out(f: unknown): string[] };
  entities(): { each(fn: (e: { out(f: unknown): unknown }) => void): void };
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let nlp: WinkNlp | null = null;
let loadMs = 0;
let tagged = 0;

/** Loads the model on first call (synchronously, from node_modules). */
function engine(): WinkNlp {
  if (nlp) return nlp;
  const started = performance.now();
  // Required here, not imported at the top: requiring the model alone takes ~0.5 s, which every
  // test file and CLI call would otherwise pay whether or not it analyses an article.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkNlp;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model') as unknown;
  nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  loadMs = performance.now() - started;
  return nlp;
}

/** Longer input is cut: the engine's sentences are at most 2,000 characters anyway. */
const MAX_CHARS = 2000;

/** The tokens of `text` (at most MAX_CHARS of it) with their tags and offsets. */
export function tag(text: string): TaggedToken[] {
  const input = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const w = engine();
  const its = w.its;
  const doc = w.readDoc(input);
  tagged++;
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  const lemma = doc.tokens().out(its.lemma);
  const tokens: TaggedToken[] = [];
  let at = 0;
  values.forEach((value, i) => {
    const found = input.indexOf(value, at);
    const start = found < 0 ? at : found;
    const end = found < 0 ? at : found + value.length;
    at = end;
    tokens.push({ text: value, start, end, pos: pos[i] ?? 'X', lemma: (lemma[i] ?? value).toLowerCase(), entity: null });
  });
  // Entities as token ranges: [first, last] index into the tokens.
  doc.entities().each((e) => {
    const type = e.out(its.type) as string;
    const span = e.out(its.span) as [number, number];
    for (let k = span[0]; k <= span[1]; k++) {
      const t = tokens[k];
      if (t) t.entity = type;
    }
  });
  return tokens;
}

/** Has the model been loaded in this process, how long did it take, and how many strings were tagged. */
export function taggerStats(): { loaded: boolean; loadMs: number; tagged: number } {
  return { loaded: nlp !== null, loadMs, tagged };
}
