import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEV5_DIR, EVAL_DIR, HOLDOUT_DIR, loadCorpus } from './evaluate';
import { GoldError, isUnlabelledFiller, nthIndexOf, resolveGold, type ResolvedGold } from './gold-schema';
import {
  auc,
  combine,
  f1,
  formatHiddenCheckable,
  formatTable,
  jaccard,
  matchSpans,
  normaliseSpeaker,
  reportJson,
  scoreArticle,
  speakerMatches,
  trimSpan,
  type ArticleResult,
  type PredictedArticle,
  type PredictedRow,
  type ScoredSample,
} from './score';

const pos = (score: number): ScoredSample => ({ score, positive: true });
const neg = (score: number): ScoredSample => ({ score, positive: false });

/** The O(n²) definition: pairs ranked right count 1, ties ½. */
function bruteAuc(samples: ScoredSample[]): number | null {
  const p = samples.filter((s) => s.positive);
  const n = samples.filter((s) => !s.positive);
  if (p.length === 0 || n.length === 0) return null;
  let sum = 0;
  for (const a of p) for (const b of n) sum += a.score > b.score ? 1 : a.score === b.score ? 0.5 : 0;
  return sum / (p.length * n.length);
}

describe('auc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, ½ when every score ties', () => {
    expect(auc([pos(0.9), pos(0.8), neg(0.2), neg(0.1)])).toBe(1);
    expect(auc([pos(0.1), pos(0.2), neg(0.8), neg(0.9)])).toBe(0);
    expect(auc([pos(0.5), pos(0.5), neg(0.5)])).toBe(0.5);
  });

  it('counts ties as half on hand-computed cases', () => {
    // pairs: (.9,.5)=1 (.9,.1)=1 (.5,.5)=½ (.5,.1)=1 → 3.5/4
    expect(auc([pos(0.9), pos(0.5), neg(0.5), neg(0.1)])).toBe(0.875);
    // pairs: (.3,.3)=½ (.3,.2)=1 (.3,.4)=0 → 1.5/3
    expect(auc([pos(0.3), neg(0.3), neg(0.2), neg(0.4)])).toBe(0.5);
    // pairs: (.7,.6)=1 (.7,.7)=½ (.2,.6)=0 (.2,.7)=0 (.7,.6)=1 (.7,.7)=½ → 3/6
    expect(auc([pos(0.7), pos(0.2), pos(0.7), neg(0.6), neg(0.7)])).toBe(0.5);
    // pairs: (.8,.1)=1 (.8,.9)=0 (.4,.1)=1 (.4,.9)=0 → 2/4, order of input irrelevant
    expect(auc([neg(0.9), pos(0.4), neg(0.1), pos(0.8)])).toBe(0.5);
  });

  it('is null without positives or without negatives', () => {
    expect(auc([])).toBeNull();
    expect(auc([pos(0.4), pos(0.9)])).toBeNull();
    expect(auc([neg(0.4)])).toBeNull();
  });

  it('agrees with the pairwise definition on random samples with many ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 5 }).map((n) => n / 5), positive: fc.boolean() }), { maxLength: 40 }),
        (samples) => {
          const expected = bruteAuc(samples);
          const got = auc(samples);
          if (expected === null) expect(got).toBeNull();
          else expect(got).toBeCloseTo(expected, 12);
        },
      ),
    );
  });
});

describe('span matching', () => {
  it('measures Jaccard on character ranges', () => {
    expect(jaccard({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(jaccard({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
    expect(jaccard({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });

  it('matches at Jaccard 0.6 and above, not below', () => {
    const gold = [{ start: 0, end: 10 }];
    expect(matchSpans(gold, [{ start: 0, end: 6 }])[0]!.row).toBe(0); // 6/10
    expect(matchSpans(gold, [{ start: 0, end: 5 }])[0]!.row).toBeNull(); // 5/10
    expect(matchSpans(gold, [{ start: 0, end: 5 }])[0]!.best).toBe(0);
    expect(matchSpans(gold, [{ start: 20, end: 30 }])[0]).toEqual({ best: null, jaccard: 0, row: null });
  });

  it('takes the row with the largest overlap', () => {
    const gold = [{ start: 10, end: 30 }];
    const rows = [
      { start: 0, end: 14 }, // overlap 4
      { start: 14, end: 30 }, // overlap 16, Jaccard 0.8
      { start: 30, end: 40 },
    ];
    expect(matchSpans(gold, rows)[0]).toMatchObject({ best: 1, row: 1 });
    expect(matchSpans(gold, rows)[0]!.jaccard).toBeCloseTo(0.8);
  });

  it('lets a row that merges two sentences match only the one it mostly is', () => {
    // "Long sentence of forty characters here." + " Short one."
    const gold = [
      { start: 0, end: 40 },
      { start: 41, end: 51 },
    ];
    const merged = [{ start: 0, end: 51 }];
    const m = matchSpans(gold, merged);
    expect(m[0]!.row).toBe(0); // 40/51
    expect(m[1]!.row).toBeNull(); // 10/51
  });

  it('trims whitespace before comparing', () => {
    const text = 'One.  \n\n  Two.';
    expect(trimSpan(text, { start: 4, end: 14 })).toEqual({ start: 10, end: 14 });
    expect(trimSpan(text, { start: 4, end: 10 })).toEqual({ start: 4, end: 4 });
  });
});

describe('speakers', () => {
  it('normalises case, spaces, apostrophes and a leading "the"', () => {
    expect(normaliseSpeaker('The  Taliban\ngovernment')).toBe('taliban government');
    expect(normaliseSpeaker('Estravia’s foreign ministry')).toBe("estravia's foreign ministry");
    expect(normaliseSpeaker('  ')).toBeNull();
    expect(normaliseSpeaker(null)).toBeNull();
    expect(normaliseSpeaker('Theresa May')).toBe('theresa may');
  });

  it('accepts aliases; null equals only null', () => {
    const gold = { speaker: 'UK Health Security Agency', aliases: ['UKHSA'] };
    expect(speakerMatches(gold, 'the UKHSA')).toBe(true);
    expect(speakerMatches(gold, 'uk health security agency')).toBe(true);
    expect(speakerMatches(gold, 'UK Health Security')).toBe(false);
    expect(speakerMatches(gold, null)).toBe(false);
    expect(speakerMatches({ speaker: null }, null)).toBe(true);
    expect(speakerMatches({ speaker: null }, 'Islamabad')).toBe(false);
  });
});

// A tiny article with hand-checkable numbers.
const TEXT = [
  'Headline here', // 0..13
  '',
  'Alpha said the bridge cost 5 million. Nice weather today. Beta denies this claim. Who knows?',
].join('\n');
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const S1 = 'Alpha said the bridge cost 5 million.';
const S2 = 'Nice weather today.';
const S3 = 'Beta denies this claim.';
const S4 = 'Who knows?';

function goldFor(): ResolvedGold {
  return resolveGold('tiny.txt', TEXT, {
    article: 'tiny.txt',
    sentences: [
      { text: 'Headline here', kind: 'headline', checkWorthy: false, speaker: null, disputedBy: [] },
      { text: S1, checkWorthy: true, speaker: 'Alpha', disputedBy: [S3] },
      { text: S2, checkWorthy: false, speaker: null, disputedBy: [] },
      { text: S3, checkWorthy: true, speaker: 'Beta', disputedBy: [] },
      { text: S4, kind: 'question', checkWorthy: false, speaker: null, disputedBy: [] },
    ],
  });
}

function row(text: string, over: Partial<PredictedRow> = {}): PredictedRow {
  return { text, ...at(text), kind: 'claim', speaker: null, checkWorthiness: 0.5, excluded: false, ...over };
}

describe('scoreArticle', () => {
  it('computes recall, precision, speaker accuracy, disputes and AUC by hand', () => {
    const predicted: PredictedArticle = {
      claims: [
        row('Headline here', { kind: 'headline', checkWorthiness: 0.1 }),
        row(S1, { speaker: 'alpha', checkWorthiness: 0.9 }), // right claim, right speaker
        row(S2, { checkWorthiness: 0.6 }), // false positive (gold: not check-worthy)
        row(S3, { speaker: null, checkWorthiness: 0.6, excluded: true }), // missed: excluded; speaker wrong
        row('Who', { kind: 'claim', checkWorthiness: 0.2 }), // false positive, span too short to match
      ],
      disputes: [
        { denial: 3, target: 1, phrase: 'denies this claim', speaker: 'Beta' }, // right
        { denial: 3, target: 2, phrase: 'denies this claim', speaker: 'Beta' }, // extra
        { denial: 3, target: 1, phrase: 'denies', speaker: 'Beta' }, // duplicate pair, counted once
      ],
    };
    const r = scoreArticle(TEXT, goldFor(), predicted);
    expect(r.counts).toMatchObject({
      goldSentences: 5,
      goldCheckWorthy: 2,
      goldMatched: 4,
      recalled: 1,
      hiddenCheckable: 1,
      predictedClaims: 3,
      precise: 1,
      speakerTotal: 2,
      speakerRight: 1,
      goldDisputes: 1,
      predictedDisputes: 2,
      disputesRight: 1,
    });
    expect(r.metrics.claimRecall.value).toBe(0.5);
    expect(r.metrics.claimPrecision.value).toBeCloseTo(1 / 3);
    expect(r.metrics.speakerAccuracy.value).toBe(0.5);
    expect(r.metrics.disputePrecision.value).toBe(0.5);
    expect(r.metrics.disputeRecall.value).toBe(1);
    expect(r.metrics.disputeF1).toBeCloseTo(2 / 3);
    // matched gold: headline 0.1 (neg), S1 0.9 (pos), S2 0.6 (neg), S3 0.6 (pos) → (1 + 1 + 1 + ½) / 4
    expect(r.metrics.auc).toBe(0.875);
    expect(r.missedClaims.map((m) => m.reason)).toEqual(['matched row is excluded']);
    expect(r.falsePositives.map((f) => f.row)).toEqual([S2, 'Who']);
    expect(r.wrongSpeakers).toEqual([{ gold: S3, expected: 'Beta', aliases: [], got: null }]);
    expect(r.missedDisputes).toEqual([]);
    expect(r.extraDisputes).toHaveLength(1);
    expect(r.extraDisputes[0]!.target).toBe(S2);
  });

  it('finds nothing and measures what it can when the engine returns no rows', () => {
    const r = scoreArticle(TEXT, goldFor(), { claims: [], disputes: [] });
    expect(r.metrics.claimRecall).toEqual({ num: 0, den: 2, value: 0 });
    expect(r.metrics.claimPrecision.value).toBeNull();
    expect(r.metrics.speakerAccuracy.value).toBeNull();
    expect(r.metrics.disputeF1).toBe(0);
    expect(r.metrics.auc).toBeNull();
    expect(r.missedClaims.map((m) => m.reason)).toEqual(['no predicted row overlaps it', 'no predicted row overlaps it']);
    expect(r.missedDisputes).toHaveLength(1);
  });

  it('micro-averages over articles rather than averaging the article ratios', () => {
    const perfect = scoreArticle(TEXT, goldFor(), {
      claims: [row(S1, { speaker: 'Alpha' }), row(S3, { speaker: 'Beta' })],
      disputes: [{ denial: 1, target: 0 }],
    });
    const empty = scoreArticle(TEXT, goldFor(), { claims: [], disputes: [] });
    expect(perfect.metrics.claimRecall.value).toBe(1);
    const overall = combine([perfect, empty, empty]).overall.metrics;
    expect(overall.claimRecall).toEqual({ num: 2, den: 6, value: 2 / 6 });
    expect(overall.claimPrecision).toEqual({ num: 2, den: 2, value: 1 });
    expect(overall.disputeRecall.value).toBeCloseTo(1 / 3);
    expect(f1(1, 1, 3)).toBeCloseTo(0.5);
    const report = combine([perfect, empty, empty]);
    expect(report.aims.find((a) => a.name === 'claimPrecision')!.met).toBe(true);
    expect(report.aims.find((a) => a.name === 'claimRecall')!.met).toBe(false);
    expect(report.aims.find((a) => a.name === 'auc')).toMatchObject({ value: null, met: false });
  });
});

describe('hidden checkable', () => {
  it('counts check-worthy gold sentences whose matched row is stored hidden, of any kind, and nothing else', () => {
    const r = scoreArticle(TEXT, goldFor(), {
      claims: [
        row('Headline here', { kind: 'headline', excluded: true }), // hidden, but gold says not check-worthy
        row(S1, { kind: 'question', excluded: true }), // check-worthy, hidden as a question
        row(S2, { excluded: true }), // hidden non-claim: right
        row(S3, { excluded: false }), // check-worthy, shown
        row(S4, { excluded: true }),
      ],
      disputes: [],
    });
    expect(r.counts.hiddenCheckable).toBe(1);
    expect(r.metrics.hiddenCheckable).toEqual({ num: 1, den: 2, value: 0.5 });
    // A check-worthy sentence no row matches is missed from recall but not counted as hidden.
    const unmatched = scoreArticle(TEXT, goldFor(), { claims: [row('Alpha said', { excluded: true })], disputes: [] });
    expect(unmatched.counts.hiddenCheckable).toBe(0);
    expect(unmatched.metrics.claimRecall.value).toBe(0);
  });

  it('is an aim met at or below 2%, printed with its count', () => {
    const shown = scoreArticle(TEXT, goldFor(), { claims: [row(S1), row(S3)], disputes: [] });
    const hidden = scoreArticle(TEXT, goldFor(), { claims: [row(S1, { excluded: true }), row(S3)], disputes: [] });
    const aim = (articles: ArticleResult[]) => combine(articles).aims.find((a) => a.name === 'hiddenCheckable')!;
    expect(aim([shown])).toMatchObject({ value: 0, atMost: true, met: true });
    // 1 of 2 × 1 + 0 of 2 × 49 = 1/100: under the aim; 1/2 alone is over it.
    expect(aim([hidden, ...Array.from({ length: 49 }, () => shown)])).toMatchObject({ value: 0.01, met: true });
    expect(aim([hidden])).toMatchObject({ value: 0.5, met: false });
    expect(aim([hidden, shown])).toMatchObject({ value: 0.25, met: false });
    const report = combine([hidden, shown, shown]);
    expect(formatHiddenCheckable(report.overall.metrics)).toBe('hidden checkable  16.7%     1/6');
    const table = formatTable(report);
    expect(table).toContain('hidden checkable  16.7%     1/6');
    expect(table).toMatch(/hidden checkable\s+≤ 0\.02\s+0\.167\s+MISSED/);
    expect(table).toMatch(/claim recall\s+≥ 0\.95/);
    expect(JSON.stringify(reportJson(report))).toContain('"hiddenCheckable":{"num":1,"den":6');
  });
});

describe('gold validation', () => {
  const base = (sentences: unknown[]) => ({ article: 'tiny.txt', sentences });
  const ok = [
    { text: 'Headline here', checkWorthy: false, speaker: null, disputedBy: [] },
    { text: S1, checkWorthy: true, speaker: 'Alpha', disputedBy: [] },
    { text: S2, checkWorthy: false, speaker: null, disputedBy: [] },
    { text: S3, checkWorthy: true, speaker: 'Beta', disputedBy: [] },
    { text: S4, checkWorthy: false, speaker: null, disputedBy: [] },
  ];
  const problems = (raw: unknown, text = TEXT): string[] => {
    try {
      resolveGold('tiny.txt', text, raw);
      return [];
    } catch (err) {
      if (err instanceof GoldError) return err.problems;
      throw err;
    }
  };

  it('resolves offsets and denials of a valid file', () => {
    const g = goldFor();
    expect(g.sentences[1]).toMatchObject({ start: at(S1).start, end: at(S1).end });
    expect(g.sentences[1]!.disputedByIndex).toEqual([3]);
    expect(problems(base(ok))).toEqual([]);
  });

  it('rejects a text that is not in the article', () => {
    const bad = ok.map((s, i) => (i === 2 ? { ...s, text: 'Nice weather tomorrow.' } : s));
    expect(problems(base(bad)).join('\n')).toMatch(/#3 .*text not found/);
  });

  it('rejects article text left unlabelled, and sentences out of order', () => {
    expect(problems(base(ok.filter((_, i) => i !== 2))).join('\n')).toMatch(/not labelled: “Nice weather today\.”/);
    const swapped = [ok[0], ok[2], ok[1], ok[3], ok[4]];
    expect(problems(base(swapped)).join('\n')).toMatch(/article order/);
  });

  it('rejects a denial that is not a gold sentence, and schema errors', () => {
    const bad = ok.map((s, i) => (i === 1 ? { ...s, disputedBy: ['Beta denies it.'] } : s));
    expect(problems(base(bad)).join('\n')).toMatch(/disputedBy “Beta denies it\.” is not a gold sentence/);
    const noSpeaker = ok.map((s, i) => (i === 1 ? { text: s.text, checkWorthy: true, disputedBy: [] } : s));
    expect(problems(base(noSpeaker)).join('\n')).toMatch(/sentences\.1\.speaker/);
    expect(problems({ ...base(ok), article: 'other.txt' }).join('\n')).toMatch(/expected "tiny.txt"/);
  });

  it('resolves "occurrence" for repeated text', () => {
    const text = 'Yes. No. Yes.';
    const raw = {
      article: 'tiny.txt',
      sentences: [
        { text: 'Yes.', checkWorthy: false, speaker: null, disputedBy: [] },
        { text: 'No.', checkWorthy: false, speaker: null, disputedBy: [] },
        { text: 'Yes.', occurrence: 2, checkWorthy: false, speaker: null, disputedBy: [] },
      ],
    };
    expect(resolveGold('tiny.txt', text, raw).sentences[2]).toMatchObject({ start: 9, end: 13 });
    const missingOccurrence = { ...raw, sentences: raw.sentences.map((s, i) => (i === 2 ? { ...s, occurrence: undefined } : s)) };
    expect(problems(missingOccurrence, text).join('\n')).toMatch(/article order/);
    expect(nthIndexOf(text, 'Yes.', 3)).toBe(-1);
  });

  it('lets only whitespace, Markdown markers and Q:/A: labels go unlabelled', () => {
    expect(isUnlabelledFiller('\n\n## ')).toBe(true);
    expect(isUnlabelledFiller('*\n\n*')).toBe(true);
    expect(isUnlabelledFiller('\n- ')).toBe(true);
    expect(isUnlabelledFiller('\n\nQ: ')).toBe(true);
    expect(isUnlabelledFiller('\n\n2. ')).toBe(true);
    expect(isUnlabelledFiller(' he said. ')).toBe(false);
    expect(isUnlabelledFiller(' Q: ')).toBe(false);
    expect(isUnlabelledFiller(' 5 ')).toBe(false);
  });
});

/** A gold file with sentences of both kinds, each one exactly where it says in its article. */
function expectMeasurable(entry: ReturnType<typeof loadCorpus>[number]) {
  expect(entry.gold.sentences.length, entry.name).toBeGreaterThan(10);
  expect(entry.gold.sentences.some((s) => s.checkWorthy), entry.name).toBe(true);
  expect(entry.gold.sentences.some((s) => !s.checkWorthy), entry.name).toBe(true);
  for (const s of entry.gold.sentences) expect(entry.text.slice(s.start, s.end)).toBe(s.text);
}

describe('the evaluation set', () => {
  it('has a valid gold file for every article', () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(8);
    for (const entry of corpus) {
      expect(entry.gold.sentences.length, entry.name).toBeGreaterThan(10);
      expect(entry.gold.sentences.some((s) => s.checkWorthy), entry.name).toBe(true);
      for (const s of entry.gold.sentences) expect(entry.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('keeps the sample article byte for byte', () => {
    const copy = fs.readFileSync(path.join(EVAL_DIR, 'articles', '000_sample.txt'));
    const original = fs.readFileSync(path.join(EVAL_DIR, '..', 'core', 'sample', '000_271fd31029f7693a.txt'));
    expect(copy.equals(original)).toBe(true);
  });

  it('holds articles of 300 to 1,200 words with LF line endings', () => {
    for (const entry of loadCorpus()) {
      const words = entry.text.split(/\s+/).filter(Boolean).length;
      expect(words, entry.name).toBeGreaterThanOrEqual(300);
      expect(words, entry.name).toBeLessThanOrEqual(1200);
      expect(entry.text.includes('\r'), entry.name).toBe(false);
    }
  });
});

describe('the held-out set', () => {
  it('has a valid gold file for every article, with something to measure for every metric', () => {
    const corpus = loadCorpus(HOLDOUT_DIR);
    expect(corpus.length).toBeGreaterThanOrEqual(6);
    for (const entry of corpus) {
      expectMeasurable(entry);
      expect(entry.gold.sentences.some((s) => s.disputedByIndex.length > 0), entry.name).toBe(true);
    }
  });

  it('holds articles of 300 to 1,200 words with LF line endings, none of them also in the main set', () => {
    const main = new Set(loadCorpus().map((e) => e.text));
    for (const entry of loadCorpus(HOLDOUT_DIR)) {
      const words = entry.text.split(/\s+/).filter(Boolean).length;
      expect(words, entry.name).toBeGreaterThanOrEqual(300);
      expect(words, entry.name).toBeLessThanOrEqual(1200);
      expect(entry.text.includes('\r'), entry.name).toBe(false);
      expect(main.has(entry.text), entry.name).toBe(false);
    }
  });
});

describe('the development set (dev5)', () => {
  it('has a valid gold file for every article, with something to measure for every metric', () => {
    const corpus = loadCorpus(DEV5_DIR);
    expect(corpus.length).toBeGreaterThanOrEqual(7);
    for (const entry of corpus) expectMeasurable(entry);
    // Disputes and contested marks are measured over the set: not every article reports a disagreement.
    const disputed = corpus.filter((e) => e.gold.sentences.some((s) => s.disputedByIndex.length > 0));
    expect(disputed.length).toBeGreaterThanOrEqual(2);
    expect(corpus.filter((e) => (e.gold.contestedPairs ?? []).length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('marks every disputedBy pair in its contested file too, on both sides, and has no contested file without an article', () => {
    const corpus = loadCorpus(DEV5_DIR);
    for (const entry of corpus) {
      const pairs = new Set((entry.gold.contestedPairs ?? []).map(([a, b]) => `${a}-${b}`));
      for (const s of entry.gold.sentences) {
        for (const d of s.disputedByIndex) {
          expect(pairs.has(`${s.index}-${d}`), `${entry.name}: ${s.text}`).toBe(true);
          expect(pairs.has(`${d}-${s.index}`), `${entry.name}: ${s.text}`).toBe(true);
        }
      }
    }
    const stems = new Set(corpus.map((e) => path.basename(e.name, path.extname(e.name))));
    for (const f of fs.readdirSync(path.join(DEV5_DIR, 'contested'))) expect(stems.has(path.basename(f, '.json')), f).toBe(true);
  });

  it('holds articles of 300 to 1,200 words with LF line endings, none of them also in the main or a held-out set', () => {
    const others = new Set(
      [EVAL_DIR, HOLDOUT_DIR, ...['holdout2', 'holdout3', 'holdout4'].map((d) => path.join(EVAL_DIR, d))].flatMap((dir) =>
        loadCorpus(dir).map((e) => e.text),
      ),
    );
    for (const entry of loadCorpus(DEV5_DIR)) {
      const words = entry.text.split(/\s+/).filter(Boolean).length;
      expect(words, entry.name).toBeGreaterThanOrEqual(300);
      expect(words, entry.name).toBeLessThanOrEqual(1200);
      expect(entry.text.includes('\r'), entry.name).toBe(false);
      expect(others.has(entry.text), entry.name).toBe(false);
    }
  });
});

describe('the blind held-out set (holdout5)', () => {
  const HOLDOUT5_DIR = path.join(EVAL_DIR, 'holdout5');

  it('has a valid gold file for every article, with something to measure for every metric', () => {
    const corpus = loadCorpus(HOLDOUT5_DIR);
    expect(corpus.length).toBe(8);
    for (const entry of corpus) expectMeasurable(entry);
    // At least five of the eight report a disagreement (a disputedBy pair or a contested mark).
    const disagreeing = corpus.filter(
      (e) => e.gold.sentences.some((s) => s.disputedByIndex.length > 0) || (e.gold.contestedPairs ?? []).length > 0,
    );
    expect(disagreeing.length).toBeGreaterThanOrEqual(5);
    expect(corpus.filter((e) => e.gold.sentences.some((s) => s.disputedByIndex.length > 0)).length).toBeGreaterThanOrEqual(4);
  });

  it('marks every disputedBy pair in its contested file too, on both sides, and has no contested file without an article', () => {
    expectContestedOnBothSides(HOLDOUT5_DIR);
  });

  it('holds articles of 300 to 1,200 words with LF line endings, sharing no paragraph with any other set (dev5 and holdout4 included)', () => {
    expectArticlesApart(HOLDOUT5_DIR, ['dev5', 'holdout4']);
  });

});

describe('the development set (dev6)', () => {
  const DEV6_DIR = path.join(EVAL_DIR, 'dev6');

  it('has a valid gold file for every article, with something to measure for every metric', () => {
    const corpus = loadCorpus(DEV6_DIR);
    expect(corpus.length).toBeGreaterThanOrEqual(8);
    for (const entry of corpus) expectMeasurable(entry);
    // dev6 was collected for reported disagreements: most articles carry dispute pairs or contested marks.
    const disputed = corpus.filter((e) => e.gold.sentences.some((s) => s.disputedByIndex.length > 0));
    expect(disputed.length).toBeGreaterThanOrEqual(4);
    expect(corpus.filter((e) => (e.gold.contestedPairs ?? []).length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('marks every contested pair on both sides, every disputedBy pair in its contested file too, and has no contested file without an article', () => {
    const corpus = loadCorpus(DEV6_DIR);
    for (const entry of corpus) {
      const pairs = new Set((entry.gold.contestedPairs ?? []).map(([a, b]) => `${a}-${b}`));
      for (const [a, b] of entry.gold.contestedPairs ?? []) expect(pairs.has(`${b}-${a}`), `${entry.name}: ${a}-${b}`).toBe(true);
      for (const s of entry.gold.sentences) {
        for (const d of s.disputedByIndex) {
          expect(pairs.has(`${s.index}-${d}`), `${entry.name}: ${s.text}`).toBe(true);
          expect(pairs.has(`${d}-${s.index}`), `${entry.name}: ${s.text}`).toBe(true);
        }
      }
    }
    const stems = new Set(corpus.map((e) => path.basename(e.name, path.extname(e.name))));
    for (const f of fs.readdirSync(path.join(DEV6_DIR, 'contested'))) expect(stems.has(path.basename(f, '.json')), f).toBe(true);
  });

  it('holds articles of 300 to 1,200 words with LF line endings, none of them also in the main, a held-out or the dev5 set', () => {
    const others = new Set(
      [EVAL_DIR, HOLDOUT_DIR, DEV5_DIR, ...['holdout2', 'holdout3', 'holdout4'].map((d) => path.join(EVAL_DIR, d))].flatMap((dir) =>
        loadCorpus(dir).map((e) => e.text),
      ),
    );
    for (const entry of loadCorpus(DEV6_DIR)) {
      const words = entry.text.split(/\s+/).filter(Boolean).length;
      expect(words, entry.name).toBeGreaterThanOrEqual(300);
      expect(words, entry.name).toBeLessThanOrEqual(1200);
      expect(entry.text.includes('\r'), entry.name).toBe(false);
      expect(others.has(entry.text), entry.name).toBe(false);
      // No shared paragraph either (a longer copy of the same piece would not be caught by the whole-text check).
      // Short lines may repeat legitimately: transcript titles ("On-the-Record Press Gaggle by … John Kirby").
      for (const text of others) {
        const shared = entry.text.split('\n\n').filter((p) => p.length > 120 && text.includes(p));
        expect(shared, entry.name).toEqual([]);
      }
    }
  });
});

describe('the development set (dev7)', () => {
  const DEV7_DIR = path.join(EVAL_DIR, 'dev7');

  it('has a valid gold file for every article, with something to measure for every metric', () => {
    const corpus = loadCorpus(DEV7_DIR);
    expect(corpus.length).toBe(8);
    for (const entry of corpus) expectMeasurable(entry);
    // dev7 was collected for speakers across paragraphs: most check-worthy sentences are attributed to someone.
    const checkWorthy = corpus.flatMap((e) => e.gold.sentences.filter((s) => s.checkWorthy));
    expect(checkWorthy.filter((s) => s.speaker !== null).length / checkWorthy.length).toBeGreaterThan(0.5);
    expect(corpus.filter((e) => e.gold.sentences.some((s) => s.disputedByIndex.length > 0)).length).toBeGreaterThanOrEqual(5);
    expect(corpus.filter((e) => (e.gold.contestedPairs ?? []).length > 0).length).toBe(8);
  });

  it('marks every contested pair on both sides, every disputedBy pair in its contested file too, and has no contested file without an article', () => {
    expectContestedOnBothSides(DEV7_DIR);
  });

  it('holds articles of 300 to 1,200 words with LF line endings, sharing no paragraph of 80 or more characters with any other set', () => {
    expectArticlesApart(DEV7_DIR, ['dev6', 'holdout5']);
  });

});

describe('contested', () => {
  const rows = () => [row('Headline here', { kind: 'headline', excluded: true }), row(S1), row(S2), row(S3), row(S4, { excluded: true })];

  it('counts the sentences on either side of a disagreement, whichever way the engine linked them', () => {
    // Gold: S1 disputed by S3 -> {S1, S3} contested. The engine links S3 -> S1 the other way round: still both sides.
    const reversed = scoreArticle(TEXT, goldFor(), { claims: rows(), disputes: [{ denial: 1, target: 3 }] });
    expect(reversed.counts).toMatchObject({ goldContested: 2, predictedContested: 2, contestedRight: 2 });
    expect(reversed.metrics.contestedF1).toBe(1);
    expect(reversed.counts.disputesRight).toBe(0); // the directed dispute pair is wrong
    // One side right, one wrong (S2): precision 1/2, recall 1/2.
    const half = scoreArticle(TEXT, goldFor(), { claims: rows(), disputes: [{ denial: 2, target: 1 }] });
    expect(half.metrics.contestedPrecision).toEqual({ num: 1, den: 2, value: 0.5 });
    expect(half.metrics.contestedRecall).toEqual({ num: 1, den: 2, value: 0.5 });
    // Nothing found: recall 0, precision unmeasured.
    const none = scoreArticle(TEXT, goldFor(), { claims: rows(), disputes: [] });
    expect(none.metrics.contestedRecall.value).toBe(0);
    expect(none.metrics.contestedF1).toBe(0);
  });

  it('takes in contested marks beyond disputedBy, and is an aim of 0.60 printed under the table', () => {
    const gold = { ...goldFor(), contestedPairs: [[2, 4]] as Array<[number, number]> }; // S2 and S4 also contested
    const r = scoreArticle(TEXT, gold, { claims: rows(), disputes: [{ denial: 3, target: 1 }] });
    expect(r.counts).toMatchObject({ goldContested: 4, predictedContested: 2, contestedRight: 2 });
    const report = combine([r]);
    expect(report.aims.find((a) => a.name === 'contestedF1')).toMatchObject({ target: 0.6, atMost: false, value: 2 / 3, met: true });
    expect(formatTable(report)).toMatch(/contested\s+P 1\.000\s+2\/2\s+R 0\.500\s+2\/4\s+F1 0\.667/);
  });
});

/** Every contested pair is listed from both sides, every disputedBy pair is a contested pair, and no contested file is orphaned. */
function expectContestedOnBothSides(dir: string): void {
  const corpus = loadCorpus(dir);
  for (const entry of corpus) {
    const pairs = new Set((entry.gold.contestedPairs ?? []).map(([a, b]) => `${a}-${b}`));
    for (const [a, b] of entry.gold.contestedPairs ?? []) expect(pairs.has(`${b}-${a}`), `${entry.name}: ${a}-${b} one-sided`).toBe(true);
    for (const s of entry.gold.sentences) {
      for (const d of s.disputedByIndex) {
        expect(pairs.has(`${s.index}-${d}`), `${entry.name}: ${s.text}`).toBe(true);
        expect(pairs.has(`${d}-${s.index}`), `${entry.name}: ${s.text}`).toBe(true);
      }
    }
  }
  const stems = new Set(corpus.map((e) => path.basename(e.name, path.extname(e.name))));
  for (const f of fs.readdirSync(path.join(dir, 'contested'))) expect(stems.has(path.basename(f, '.json')), f).toBe(true);
}

/**
 * The set's articles are 300 to 1,200 words with LF line endings and share no paragraph of 80 or more characters
 * with any other set of eval/ (the main set and every folder with articles/ in it; `mustSee` among them).
 */
function expectArticlesApart(dir: string, mustSee: string[]): void {
  const otherDirs = [
    EVAL_DIR,
    ...fs
      .readdirSync(EVAL_DIR)
      .filter((d) => d !== path.basename(dir) && fs.existsSync(path.join(EVAL_DIR, d, 'articles')))
      .map((d) => path.join(EVAL_DIR, d)),
  ];
  expect(otherDirs.map((d) => path.basename(d))).toEqual(expect.arrayContaining(mustSee));
  const others = otherDirs.flatMap((other) => fs.readdirSync(path.join(other, 'articles')).map((n) => fs.readFileSync(path.join(other, 'articles', n), 'utf8')));
  for (const entry of loadCorpus(dir)) {
    const words = entry.text.split(/\s+/).filter(Boolean).length;
    expect(words, entry.name).toBeGreaterThanOrEqual(300);
    expect(words, entry.name).toBeLessThanOrEqual(1200);
    expect(entry.text.includes('\r'), entry.name).toBe(false);
    for (const para of entry.text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length >= 80)) {
      expect(others.some((o) => o.includes(para)), `${entry.name}: ${para.slice(0, 60)}`).toBe(false);
    }
  }
}
