import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeSpeakers, type ArticleSentence } from '../import/attribution';
import { analyzeArticle } from '../import/analyze';

/** Pieces of news prose that exercise every rule: names, titles, roles, verbs, quotes, pronouns. */
const PIECES = [
  'Khan', 'Ali Amin Gandapur', 'Gandapur', 'Mr.', 'Sen. J.R. Ortiz', 'Foreign Office spokesperson', 'The Foreign Office spokesperson',
  'the minister', 'Finance Minister', 'Maria Okonkwo', 'one diplomat', 'Officials in', 'Ohio', 'Nevada', 'and', 'Islamabad',
  'The Taliban government', 'China’s', "China's", 'commerce ministry', 'the WHO', 'Records', 'a statement from', 'he', 'she',
  'it', 'they', 'He', 'She', 'It', 'They', 'said', 'says', 'told reporters', 'according to', 'denies', 'asserted that',
  'urged', 'highlighted that', 'reiterated', 'reported', 'show', 'added', 'was quoted as saying', ', who', ', the', ', 45,',
  ', a spokesperson for', 'the talks', 'would resume', 'in', 'Pakistan', '“', '”', '"', ',', ', ', '.', '. ', '?', ' ', ' ',
  '\n\n', ' - ', ' — ', ':', 'R-Texas', 'General Motors', 'called', 'the decision', 'believes', 'rates will rise',
];
const prose = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(prose, fc.string({ unit: 'grapheme', maxLength: 300 }));

const collapse = (s: string) => s.replace(/\s+/gu, ' ');

describe('attribution on any text', () => {
  it('never throws, and every speaker is words of the article as written there', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = analyzeArticle(text);
        const flat = collapse(text);
        for (const claim of article.claims) {
          if (claim.speaker === null) continue;
          expect(claim.speaker).toMatch(/^\S(.*\S)?$/u);
          expect(flat).toContain(claim.speaker);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1500) },
    );
  });

  it('returns one speaker or null per sentence, whatever the sentences', () => {
    fc.assert(
      fc.property(prose, fc.array(fc.tuple(fc.nat(400), fc.nat(400), fc.nat(5)), { maxLength: 20 }), (text, spans) => {
        const sentences: ArticleSentence[] = spans
          .map(([a, b, paragraph]) => ({ start: Math.min(a, b, text.length), end: Math.min(Math.max(a, b), text.length), paragraph }))
          .sort((x, y) => x.start - y.start || x.paragraph - y.paragraph);
        const speakers = attributeSpeakers(text, sentences);
        expect(speakers).toHaveLength(sentences.length);
        for (const s of speakers) expect(s === null || typeof s === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
