/**
 * (c) Check-worthiness near the threshold, read with the tagger: a sentence
 * scored between NEAR_FROM and NEAR_TO by the rules is nudged up when it holds a
 * number or a name, down when all it asserts is a quality ("is fair", "could
 * hardly be more awkward") or its speaker's own "we will". Other scores are
 * left alone, so the tagger runs only where it may move a sentence across the line.
 */
import type { TaggedToken } from './tagger';
import { nlpUses, tagWith as tag } from './uses';

const NEAR_FROM = 0.25;
const NEAR_TO = 0.6;
const MEASURES = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY', 'ORDINAL']);

/** "is fair", "was hardly awkward": a form of "be", perhaps adverbs, then an adjective not before a noun. */
function predicativeAdjective(tokens: TaggedToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as TaggedToken).lemma !== 'be') continue;
    let k = i + 1;
    while (k < tokens.length && ((tokens[k] as TaggedToken).pos === 'ADV' || (tokens[k] as TaggedToken).pos === 'PART')) k++;
    const adj = tokens[k];
    if (adj?.pos === 'ADJ' && tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'PROPN') return true;
  }
  return false;
}

/** "We will ...", "I'll ...": the speaker's own intention. */
function ownIntention(tokens: TaggedToken[]): boolean {
  return tokens.some((t, i) => t.pos === 'PRON' && /^(?:i|we)$/u.test(t.lemma) && /^(?:will|'ll|shall)$/u.test(tokens[i + 1]?.lemma ?? ''));
}

export function reviewWorthiness(text: string, kind: string, score: number): number {
  const uses = nlpUses();
  if (!(uses.worthiness || uses.worthinessDown) || kind !== 'claim' || score < NEAR_FROM || score > NEAR_TO) return score;
  const tokens = tag(text);
  const number = tokens.some((t) => (t.pos === 'NUM' && t.entity !== 'DATE') || (t.entity !== null && MEASURES.has(t.entity)));
  const names = tokens.some((t, i) => i > 0 && t.pos === 'PROPN' && t.entity !== 'DATE' && t.entity !== 'TIME');
  let z = score;
  if (number || names) z += uses.worthiness ? 0.08 : 0;
  else if (predicativeAdjective(tokens)) z -= 0.12;
  if (!number && ownIntention(tokens)) z -= 0.1;
  return Math.round(Math.min(1, Math.max(0, z)) * 100) / 100;
}
