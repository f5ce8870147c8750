/**
 * `npx tsx eval/fit-worthiness.ts [--cv] [--cv-articles] [--weights] [--lambda L] [--hidden H]`:
 * fits weights for check-worthiness by L2-regularised logistic regression over
 * the feature vector of core/analysis/worthiness-features.ts, on the gold
 * check-worthy labels of the tuned set, holdouts 1–3 and dev5 (never
 * holdout4), and measures them against today's hand weights.
 *
 * --cv           leave one set out: train on four sets, score the fifth (the default).
 * --cv-articles  leave one article out: train on every other article, score it.
 * --weights      fit on all five sets and print the weights.
 * --lambda L     L2 strength (default 3); --hidden H: the share of training
 *                claims a fitted threshold may hide (default 0.01).
 *
 * Each cross-validated table gives, per held-out set: today's scorer (hand
 * weights, NON_CLAIM_BELOW 0.35); the hand weights with the threshold refit on
 * the training folds; the learned weights with their own fitted threshold;
 * and the learned order inside today's hidden/shown decision (scores moved,
 * nothing hidden or shown differently). Training rows: every engine row matched
 * to a gold sentence (label: its checkWorthy), and every unmatched row as not
 * check-worthy (what precision counts it as). A threshold is the highest that
 * hides at most H of the training folds' check-worthy claims.
 *
 * The engine still scores with the hand weights: the learned ones did not beat
 * them on precision (eval/README.md, "Learned check-worthiness weights").
 */
import path from 'node:path';
import { findDenial } from '../core/analysis/denial';
import { FEATURE_NAMES, worthinessFeatures } from '../core/analysis/worthiness-features';
import { handWorthiness, readCues } from '../core/analysis/worthiness';
import { analyzeArticle } from '../core/import/analyze';
import { tokenize } from '../core/text/tokens';
import { DEV5_DIR, EVAL_DIR, HOLDOUT_DIR, loadCorpus } from './evaluate';
import type { ResolvedGold } from './gold-schema';
import { combine, matchSpans, scoreArticle, trimSpan, type Metrics, type PredictedArticle } from './score';

export const SETS: ReadonlyArray<{ name: string; dir: string }> = [
  { name: 'tuned', dir: EVAL_DIR },
  { name: 'holdout', dir: HOLDOUT_DIR },
  { name: 'holdout2', dir: path.join(EVAL_DIR, 'holdout2') },
  { name: 'holdout3', dir: path.join(EVAL_DIR, 'holdout3') },
  { name: 'dev5', dir: DEV5_DIR },
];

interface Row {
  x: number[];
  /** 1 check-worthy, 0 not (an unmatched row counts as not). */
  y: number;
  matched: boolean;
  kind: string;
  hand: number;
}

interface Article {
  set: string;
  text: string;
  gold: ResolvedGold;
  predicted: PredictedArticle;
  rows: Row[];
}

/** Every article of every set, run through the engine, each row with its features and label. */
export function loadArticles(): Article[] {
  const articles: Article[] = [];
  let drift = 0;
  for (const set of SETS) {
    for (const entry of loadCorpus(set.dir)) {
      const predicted = analyzeArticle(entry.text);
      const goldSpans = entry.gold.sentences.map((s) => trimSpan(entry.text, s));
      const rowSpans = predicted.claims.map((r) => trimSpan(entry.text, r));
      const label = new Map<number, number>();
      matchSpans(goldSpans, rowSpans).forEach((m, gi) => {
        if (m.row !== null && !label.has(m.row)) label.set(m.row, entry.gold.sentences[gi]!.checkWorthy ? 1 : 0);
      });
      const rows = predicted.claims.map((c, i): Row => {
        const tokens = tokenize(c.text);
        let wordCount = 0;
        for (const t of tokens) if (t.type !== 'symbol') wordCount++;
        const denial = c.kind === 'claim' && findDenial(c.text, tokens) !== null;
        const cues = readCues({ text: c.text, speaker: c.speaker, kind: c.kind, figures: c.figures, entities: c.entities, denial, wordCount });
        if (handWorthiness(cues).score !== c.checkWorthiness) drift++;
        return { x: worthinessFeatures(cues), y: label.get(i) ?? 0, matched: label.has(i), kind: c.kind, hand: c.checkWorthiness };
      });
      articles.push({ set: set.name, text: entry.text, gold: entry.gold, predicted, rows });
    }
  }
  if (drift > 0) throw new Error(`${drift} rows: the features were read from other inputs than the engine's (scores differ)`);
  return articles;
}

export interface Model {
  bias: number;
  weights: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round2 = (p: number) => Math.round(p * 100) / 100;

export function predict(model: Model, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += model.weights[j]! * x[j]!;
  return round2(sigmoid(z));
}

/** Solves A v = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * v[k]!;
    v[r] = s / m[r]![r]!;
  }
  return v;
}

/**
 * L2-regularised logistic regression by Newton's method: minimises the summed
 * log loss + lambda/2 · |w|² (the bias is not penalised). Deterministic.
 */
export function fitLogistic(xs: readonly number[][], ys: readonly number[], lambda: number): Model {
  const d = xs[0]!.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x0, i) => {
      const x = [1, ...x0];
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = sigmoid(z);
      const r = p - ys[i]!;
      const s = p * (1 - p);
      for (let j = 0; j < d; j++) {
        if (x[j] === 0) continue;
        grad[j]! += r * x[j]!;
        for (let k = 0; k < d; k++) hess[j]![k]! += s * x[j]! * x[k]!;
      }
    });
    for (let j = 1; j < d; j++) {
      grad[j]! += lambda * w[j]!;
      hess[j]![j]! += lambda;
    }
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    w = w.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return { bias: w[0]!, weights: w.slice(1) };
}

/** The highest threshold (0.05–0.60) that hides at most `maxHidden` of the check-worthy claim rows. */
export function fitThreshold(scored: ReadonlyArray<{ score: number; y: number; kind: string; matched: boolean }>, maxHidden: number): number {
  const positives = scored.filter((r) => r.matched && r.y === 1 && r.kind === 'claim');
  let best = 0.05;
  for (let k = 5; k <= 60; k++) {
    const hidden = positives.filter((r) => r.score < k / 100).length;
    if (hidden <= maxHidden * positives.length) best = k / 100;
  }
  return best;
}

/** The learned weights on `rows` and their threshold. */
function train(rows: readonly Row[], lambda: number, maxHidden: number): { model: Model; threshold: number } {
  const model = fitLogistic(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
    lambda,
  );
  const threshold = fitThreshold(
    rows.map((r) => ({ score: predict(model, r.x), y: r.y, kind: r.kind, matched: r.matched })),
    maxHidden,
  );
  return { model, threshold };
}

/** A row's score and whether it is stored hidden. */
export interface Decision {
  score: number;
  hidden: boolean;
}

/** The eval figures of articles when each claim row is scored and hidden by `decide` (other kinds stay hidden). */
export function evaluate(articles: readonly Article[], decide: (row: Row, article: Article) => Decision): Metrics {
  const results = articles.map((a) => {
    const claims = a.predicted.claims.map((c, i) => {
      const d = decide(a.rows[i]!, a);
      return { ...c, checkWorthiness: d.score, excluded: c.kind !== 'claim' || d.hidden };
    });
    return scoreArticle(a.text, a.gold, { claims, disputes: a.predicted.disputes });
  });
  return combine(results).overall.metrics;
}

export const HAND_THRESHOLD = 0.35;

/** How each scorer decides a row, trained on `training` (the hand weights need no training, only their threshold may be refit). */
function scorers(training: readonly Article[], lambda: number, maxHidden: number): Array<[string, (row: Row) => Decision]> {
  const rows = training.flatMap((a) => a.rows);
  const handT = fitThreshold(
    rows.map((r) => ({ score: r.hand, y: r.y, kind: r.kind, matched: r.matched })),
    maxHidden,
  );
  const { model, threshold: t } = train(rows, lambda, maxHidden);
  return [
    ['hand weights (today)', (r) => ({ score: r.hand, hidden: r.hand < HAND_THRESHOLD })],
    [`hand weights, threshold refit`, (r) => ({ score: r.hand, hidden: r.hand < handT })],
    [`learned`, (r) => ({ score: predict(model, r.x), hidden: predict(model, r.x) < t })],
    [
      'learned order, hidden as today',
      (r) => {
        const hidden = r.hand < HAND_THRESHOLD;
        const p = predict(model, r.x);
        return { score: hidden ? Math.min(p, HAND_THRESHOLD - 0.01) : Math.max(p, HAND_THRESHOLD), hidden };
      },
    ],
  ];
}

const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/**
 * Cross-validation: leave one set out (train on the other four sets, score the
 * fifth) or, with `byArticle`, leave one article out (train on every other
 * article of all five sets, score it; figures pooled per set).
 */
export function crossValidate(articles: readonly Article[], lambda: number, maxHidden: number, byArticle: boolean): string {
  const lines = [
    byArticle
      ? `Leave one article out (train on every other article of the five sets), L2 lambda ${lambda}, thresholds fitted to hide ≤ ${pct(maxHidden)} of training claims:`
      : `Leave one set out (train on the other four sets), L2 lambda ${lambda}, thresholds fitted to hide ≤ ${pct(maxHidden)} of training claims:`,
    '',
    '| held-out set | scorer | recall | precision | AUC | hidden checkable |',
    '|---|---|---|---|---|---|',
  ];
  for (const set of SETS) {
    const test = articles.filter((a) => a.set === set.name);
    const folds = byArticle ? test.map((a) => [a]) : [test];
    /** Per scorer, each test article's decisions from the model trained without it. */
    const decided = new Map<string, Map<Article, (row: Row) => Decision>>();
    for (const fold of folds) {
      const training = articles.filter((a) => (byArticle ? a !== fold[0] : a.set !== set.name));
      for (const [name, decide] of scorers(training, lambda, maxHidden)) {
        const byArt = decided.get(name) ?? new Map<Article, (row: Row) => Decision>();
        for (const a of fold) byArt.set(a, decide);
        decided.set(name, byArt);
      }
    }
    for (const [name, byArt] of decided) {
      const m = evaluate(test, (r, a) => byArt.get(a)!(r));
      lines.push(`| ${set.name} | ${name} | ${f3(m.claimRecall.value)} | ${f3(m.claimPrecision.value)} | ${f3(m.auc)} | ${pct(m.hiddenCheckable.value)} |`);
    }
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  let lambda = 3;
  let maxHidden = 0.01;
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lambda') lambda = Number(argv[++i]);
    else if (a === '--hidden') maxHidden = Number(argv[++i]);
    else if (a === '--cv' || a === '--cv-articles' || a === '--weights') flags.add(a);
    else {
      console.error(`unknown argument ${a}\n${USAGE}`);
      return 2;
    }
  }
  if (!(lambda >= 0) || !(maxHidden >= 0 && maxHidden < 1)) {
    console.error(`--lambda takes a number ≥ 0, --hidden a share from 0 to 1\n${USAGE}`);
    return 2;
  }
  if (flags.size === 0) flags.add('--cv');
  const articles = loadArticles();
  if (flags.has('--cv')) console.log(`${crossValidate(articles, lambda, maxHidden, false)}\n`);
  if (flags.has('--cv-articles')) console.log(`${crossValidate(articles, lambda, maxHidden, true)}\n`);
  if (flags.has('--weights')) {
    const rows = articles.flatMap((a) => a.rows);
    const { model, threshold: t } = train(rows, lambda, maxHidden);
    console.log(`Fitted on all five sets (${rows.length} rows), lambda ${lambda}:`);
    for (const [j, n] of FEATURE_NAMES.entries()) console.log(`${model.weights[j]!.toFixed(3).padStart(8)}  ${n}`);
    console.log(`${model.bias.toFixed(3).padStart(8)}  (bias); threshold ${t.toFixed(2)}`);
  }
  return 0;
}

const USAGE = 'usage: npx tsx eval/fit-worthiness.ts [--cv] [--cv-articles] [--weights] [--lambda L] [--hidden H]';

if (require.main === module) process.exitCode = main(process.argv.slice(2));
