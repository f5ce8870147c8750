import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities';
import { extractFigures } from './figures';
import { FEATURE_NAMES, worthinessFeatures, type FeatureName } from './worthiness-features';
import { handWorthiness, readCues, scoreWorthiness, type WorthinessInput } from './worthiness';
import { tokenize } from '../text/tokens';

function input(text: string, speaker: string | null = null): WorthinessInput {
  const tokens = tokenize(text);
  return {
    text,
    speaker,
    kind: 'claim',
    figures: extractFigures(text, tokens),
    entities: extractEntities(text, tokens, { article: null }),
    denial: false,
    wordCount: tokens.filter((t) => t.type !== 'symbol').length,
  };
}

function features(text: string): Record<FeatureName, number> {
  const x = worthinessFeatures(readCues(input(text)));
  return Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, x[i]!])) as Record<FeatureName, number>;
}

describe('worthiness features', () => {
  it('gives one number per feature name, each in [0, 1]', () => {
    const x = worthinessFeatures(readCues(input('Police arrested 12 people in Leeds on Tuesday, the force said.')));
    expect(x).toHaveLength(FEATURE_NAMES.length);
    for (const v of x) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('marks a specific report: a date, a body, a past verb, names inside', () => {
    const f = features('Police arrested 12 people in Leeds on Tuesday after the march.');
    expect(f['date or time']).toBe(1);
    expect(f['actor or body']).toBe(1);
    expect(f['past form']).toBe(1);
    expect(f['capitalised words inside']).toBeGreaterThan(0);
    expect(f['abstract subject']).toBe(0);
    expect(f['nothing specific']).toBe(0);
  });

  it('marks a generic judgement: an abstract subject, a copula and an evaluative adjective, nothing specific', () => {
    const f = features('The importance of patience is hard to overstate.');
    expect(f['abstract subject']).toBe(1);
    expect(f['copula then evaluative']).toBe(1);
    expect(f['present be without past']).toBe(1);
    expect(f['nothing specific']).toBe(1);
    expect(f['date or time']).toBe(0);
  });

  it('reads person and modality', () => {
    const f = features('We could do better, and you know it.');
    expect(f['first person']).toBe(1);
    expect(f['second person']).toBe(1);
    expect(f.modal).toBe(1);
  });
});

describe('readCues and handWorthiness', () => {
  it('are scoreWorthiness in two steps', () => {
    for (const t of ['Unemployment rose to 7.2% in March.', 'We will build a new bridge here.', 'Is this the end?', 'The bridge may have been weakened.']) {
      expect(handWorthiness(readCues(input(t)))).toEqual(scoreWorthiness(input(t)));
    }
  });

  it('read an empty speaker as no speaker', () => {
    const t = 'The bridge collapsed during the night.';
    expect(readCues({ ...input(t), speaker: '' }).attribution).toBe(false);
    expect(scoreWorthiness({ ...input(t), speaker: '' })).toEqual(scoreWorthiness(input(t)));
  });
});
