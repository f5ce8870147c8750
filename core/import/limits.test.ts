import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../errors';
import { analyzeArticle } from './analyze';
import { extractArticle } from './extract';
import { ARTICLE_SHAPE, checkArticleShape, countSentenceMarks, MAX_ARTICLE_BYTES, tooLargeError } from './limits';

const EVAL = path.join(__dirname, '..', '..', 'eval');

function refusal(run: () => unknown): ClaimdeskError {
  try {
    run();
  } catch (err) {
    if (err instanceof ClaimdeskError) return err;
    throw err;
  }
  throw new Error('accepted');
}

/** Every article text under eval/ (the articles the analyser is scored on, in every format). */
function evalArticles(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isDirectory()) walk(file);
      else if (/\.(txt|md|html?)$/.test(name)) texts.push(extractArticle(fs.readFileSync(file), name).text);
    }
  };
  walk(EVAL);
  return texts;
}

describe('what is still an article', () => {
  it('900 KB of "1. 2. 3. " (once 299,999 claims and 34 s) is refused as not an article, naming the density', () => {
    const text = '1. 2. 3. '.repeat(100_000);
    const err = refusal(() => analyzeArticle(text));
    expect(err.code).toBe('not_an_article');
    expect(err.message).toMatch(/^The text is not an article: its about 300,000 sentences average 3 bytes \(\d+ per KiB; articles have under 60\)/);
  });

  it('a short numbered list, a flood of marks and a one-word-a-line dump are refused the same way', () => {
    for (const text of ['1. 2. 3. '.repeat(300), '! ? . '.repeat(2000), 'word\n'.repeat(5000), 'Yes. No. '.repeat(1000)]) {
      expect(refusal(() => analyzeArticle(text)).code, text.slice(0, 12)).toBe('not_an_article');
    }
  });

  it(`a text of real sentences over ${ARTICLE_SHAPE.maxRows.toLocaleString('en-US')} rows is refused as too long, by its count`, () => {
    const text = 'Officials said that 40 schools had closed in the province last week. '.repeat(ARTICLE_SHAPE.maxRows + 1);
    const err = refusal(() => analyzeArticle(text));
    expect(err.code).toBe('too_large');
    expect(err.message).toBe('The text splits into 20,001 sentences; Claimdesk imports articles of up to 20,000. Split it into several articles.');
  });

  it('checkArticleShape: the exact count is held to the limits, an estimate to twice them; short pieces are never judged by density', () => {
    const kib = 'x'.repeat(1024);
    expect(() => checkArticleShape(kib.repeat(10), 601)).toThrow(/not an article/); // over 60 per KiB
    expect(() => checkArticleShape(kib.repeat(10), 601, true)).not.toThrow(); // an estimate gets 120
    expect(() => checkArticleShape(kib, 499)).not.toThrow(); // under 500 rows: a short piece
    expect(() => checkArticleShape(kib.repeat(1000), 20_000)).not.toThrow();
    expect(() => checkArticleShape(kib.repeat(1000), 20_001)).toThrow(/20,001 sentences/);
    expect(() => checkArticleShape(kib.repeat(1000), 40_000, true)).not.toThrow();
  });

  it('every real article imports, and so do long ones: the eval articles end to end as one text, and a transcript 12 times over', () => {
    const articles = evalArticles();
    expect(articles.length).toBeGreaterThan(40);
    for (const text of articles) {
      const kib = Buffer.byteLength(text) / 1024;
      expect(countSentenceMarks(text) / kib).toBeLessThan(ARTICLE_SHAPE.maxRowsPerKiB); // far below twice the limit
    }
    const all = articles.join('\n\n');
    expect(analyzeArticle(all).claims.length).toBeGreaterThan(1500); // 2,060 rows, 8 per KiB
    // A question-and-answer interview: short turns, the densest real text here (19 rows per KiB).
    const interview = fs.readFileSync(path.join(EVAL, 'articles', '06_interview.txt'), 'utf8');
    const transcript = Array(12).fill(interview).join('\n\n');
    expect(analyzeArticle(transcript).claims.length).toBeGreaterThan(ARTICLE_SHAPE.densityFromRows);
  });
});

describe('sizes over the byte limit', () => {
  it('just over the limit both numbers are exact bytes, so they differ; far over, in MiB', () => {
    expect(tooLargeError(MAX_ARTICLE_BYTES + 1).message).toBe('The file is 10,485,761 bytes; Claimdesk imports articles up to 10,485,760 bytes (10 MiB).');
    expect(tooLargeError(MAX_ARTICLE_BYTES + 60_000, 'The pasted text').message).toBe('The pasted text is 10.1 MiB; Claimdesk imports articles up to 10 MiB.');
    expect(tooLargeError(12 * 1024 * 1024).message).toBe('The file is 12.0 MiB; Claimdesk imports articles up to 10 MiB.');
  });
});
