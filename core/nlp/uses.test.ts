import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../import';
import { tag } from './tagger';
import { DEFAULT_NLP_USES, NO_NLP, nlpUses, setNlpUses, setTagger } from './uses';

const speakerOf = (text: string): string | null => analyzeArticle(text).claims[0]?.speaker ?? null;
const scoreOf = (text: string): number => analyzeArticle(text).claims[0]?.checkWorthiness ?? NaN;

afterEach(() => {
  setNlpUses(DEFAULT_NLP_USES);
  setTagger(null);
});

describe('the engine with the measured defaults (core/nlp/uses.ts)', () => {
  it('runs no tagger use: none won over the rules on every set (eval/README.md, "A tagger beside the rules")', () => {
    expect(DEFAULT_NLP_USES).toEqual(NO_NLP);
    expect(nlpUses()).toEqual(NO_NLP);
  });

  it('analyses every tuned article with no tagger registered, so nothing in the engine reaches for wink-nlp', () => {
    const dir = path.join(__dirname, '..', '..', 'eval', 'articles');
    for (const file of fs.readdirSync(dir)) {
      expect(() => analyzeArticle(fs.readFileSync(path.join(dir, file), 'utf8'))).not.toThrow();
    }
  });

  it('ships wink-nlp only if a use is on by default (it is a devDependency while none is)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const anyOn = Object.values(DEFAULT_NLP_USES).some(Boolean);
    for (const name of ['wink-nlp', 'wink-eng-lite-web-model']) {
      expect(name in pkg.dependencies, name).toBe(anyOn);
      expect(name in pkg.devDependencies || name in pkg.dependencies, name).toBe(true);
    }
  });

  it('refuses a use switched on without a tagger, instead of silently doing nothing', () => {
    setNlpUses({ speakerVerb: true });
    expect(() => analyzeArticle('Mitsotakis groused that the deal was illegal.')).toThrow(/no tagger is registered/);
  });
});

describe('what each measured use does when switched on (for eval/nlp-measure.ts)', () => {
  it('speakerVerb: a subject, a verb the rules do not list, then "that"', () => {
    const text = 'Mitsotakis groused that the deal was illegal.';
    expect(speakerOf(text)).toBe(null);
    setTagger(tag);
    setNlpUses({ speakerVerb: true });
    expect(speakerOf(text)).toBe('Mitsotakis');
    // Not a subject of its own: "The move means that" names nobody, and an infinitive has no speaker.
    expect(speakerOf('The move means that prices will rise.')).toBe(null);
    expect(speakerOf('Greece declined to grouse that the deal was illegal.')).toBe(null);
  });

  it('names: a lower-case description before a run of proper nouns is dropped', () => {
    const text = 'The ruling Congress alleged that the contract had been awarded without a tender.';
    expect(speakerOf(text)).toBe('The ruling Congress');
    setTagger(tag);
    setNlpUses({ names: true });
    expect(speakerOf(text)).toBe('Congress');
    // A name with a preposition inside stays whole; a body named with a common-noun head is not a name run.
    expect(speakerOf('The Joint Council for the Welfare of Immigrants said the plan was cruel.')).toBe('The Joint Council for the Welfare of Immigrants');
    expect(speakerOf('The Taliban government said the border was open.')).toBe('The Taliban government');
  });

  it('speakerVeto: drops the agent of a document, which is why it lost (the rules credit "commissioned by X")', () => {
    const text = "A report commissioned by the Harford Tenants' Association found that rebuilding would cost £40 million.";
    expect(speakerOf(text)).toBe("the Harford Tenants' Association");
    setTagger(tag);
    setNlpUses({ speakerVeto: true });
    expect(speakerOf(text)).toBe(null);
  });

  it('worthinessDown: a quality with no number or name scores lower near the threshold; a figure is untouched', () => {
    // Scored by the rules between 0.25 and 0.6, where the use may move it (a bare "That is …" now scores below).
    const opinion = 'The plan is fair, up to a point.';
    const figure = 'The acceptance rate is already above 95%.';
    const before = [scoreOf(opinion), scoreOf(figure)];
    setTagger(tag);
    setNlpUses({ worthinessDown: true });
    expect(scoreOf(opinion)).toBeLessThan(before[0]!);
    expect(scoreOf(figure)).toBe(before[1]);
  });
});
