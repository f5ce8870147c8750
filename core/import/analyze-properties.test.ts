import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../errors';
import { analyzeArticle } from './analyze';
import { decodeArticleBytes } from './decode';
import { spanProblems } from './test-support';

/** Pieces of news text and Markdown that have tripped splitters before. */
const PIECES = [
  'Mr.', 'U.S.', 'J.', 'e.g.', 'No.', 'Jan.', '3.5', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '# ', '## ', '#',
  '- ', '* ', '1. ', '---', '===', '“', '”', '"', "'", '’', '(', ')', '[', '.', '.', '?', '!', '…', '...', ',', ':', ' - ',
  ' — ', 'said', 'says', 'Khan', 'the', 'one diplomat', 'according to', 'KABUL', 'LONDON (Reuters)', 'date 2025-02-18 ',
  'By Jane Doe', 'Officials', 'that', 'He', 'Talks resume', '😀', '*', '_', 'Inc.', 'word',
];
const articleText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

describe('analyzeArticle on any text', () => {
  it('keeps every span exact, ordered and non-overlapping, and loses no character', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const article = analyzeArticle(text);
        expect(spanProblems(text, article)).toEqual([]);
        for (const claim of article.claims) {
          expect(['claim', 'headline', 'dateline', 'byline', 'question']).toContain(claim.kind);
          if (claim.speaker !== null) expect(claim.speaker).toMatch(/^\S(.*\S)?$/u);
        }
        expect(article.title.trim()).not.toBe('');
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1500) },
    );
  });
});

describe('decodeArticleBytes on any bytes', () => {
  it('returns text or refuses with a ClaimdeskError and a one-line message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          expect(typeof decodeArticleBytes(bytes)).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(ClaimdeskError);
          expect((err as ClaimdeskError).message).not.toMatch(/[\r\n]/u);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
