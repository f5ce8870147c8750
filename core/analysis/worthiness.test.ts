import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeClaim, NON_CLAIM_BELOW } from './insight';
import { REASONS } from './reasons';

const score = (text: string, speaker: string | null = null, kind = 'claim') => describeClaim(text, speaker, { articleText: text, kind });

describe('check-worthiness', () => {
  it('ranks a figure-bearing attributed claim > plain fact > hedged > opinion, promise, question, small talk', () => {
    const attributed = score('Unemployment rose to 7.2% in March, the statistics office said.', 'the statistics office');
    const plain = score('The bridge over the river collapsed during the night.');
    const hedged = score('The bridge may have been weakened by the floods.');
    const opinion = score('I think this is a disgraceful way to treat people.');
    const promise = score('We will build a new bridge here.');
    const question = score('Who will pay for the new bridge?');
    const smallTalk = score('Thank you all for coming this morning.');
    expect(attributed.checkWorthiness).toBeGreaterThan(plain.checkWorthiness);
    expect(plain.checkWorthiness).toBeGreaterThan(hedged.checkWorthiness);
    for (const low of [opinion, promise, question, smallTalk]) expect(hedged.checkWorthiness).toBeGreaterThan(low.checkWorthiness);
  });

  it('hides only clear non-claims', () => {
    for (const s of ['Thank you all for coming this morning.', 'Who will pay for the new bridge?', 'I understand the frustration.', 'We will build a new bridge here.']) {
      expect(score(s).checkWorthiness, s).toBeLessThan(NON_CLAIM_BELOW);
    }
    for (const s of ['No contractor has been appointed.', 'The bridge over the river collapsed during the night.', 'Many residents oppose the scheme.', 'The ministry said the figures were disappointing.']) {
      expect(score(s).checkWorthiness, s).toBeGreaterThanOrEqual(NON_CLAIM_BELOW);
    }
  });

  it('says why', () => {
    const r = score('Prices rose 4% last year because of the drought, according to the central bank.').reasons;
    expect(r).toEqual(expect.arrayContaining(['figure', 'attribution', 'causal language', 'comparison']));
    expect(score('The court ruled the law unconstitutional.').reasons).toContain('legal language');
    expect(score('Output is expected to grow next year.').reasons).toContain('prediction');
    expect(score('The minister reportedly resigned.').reasons).toContain('hedging');
    expect(score('Is this the end?').reasons).toContain('question');
    expect(score('We will never abandon you.').reasons).toContain('promise');
    expect(score('Good morning, everyone.').reasons).toContain('small talk');
    expect(score('The ministry denied the allegations.').reasons).toContain('denial');
  });

  it('every reason is in the vocabulary the UI explains', () => {
    const texts = ['Prices rose 4% last year, officials said.', 'Is it true?', 'We will win.', 'The court denied the report.', 'Hello there.'];
    for (const t of texts) for (const r of score(t).reasons) expect(Object.keys(REASONS)).toContain(r);
  });

  it('non-claim kinds score low whatever they hold', () => {
    expect(score('EU fines three firms 412 million euros', null, 'headline').checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
    expect(score('By Jane Doe, Health Reporter', null, 'byline').checkWorthiness).toBeLessThan(NON_CLAIM_BELOW);
  });

  it('is deterministic, in [0, 1] with two decimals, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.string({ maxLength: 30 })), (text, speaker) => {
        const a = describeClaim(text, speaker, { articleText: `${text} ${text}` });
        const b = describeClaim(text, speaker, { articleText: `${text} ${text}` });
        expect(a).toEqual(b);
        expect(a.checkWorthiness).toBeGreaterThanOrEqual(0);
        expect(a.checkWorthiness).toBeLessThanOrEqual(1);
        expect(Math.round(a.checkWorthiness * 100) / 100).toBe(a.checkWorthiness);
        for (const f of a.figures) expect(text.includes(f)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
