/**
 * Pure scoring of the extraction engine against hand-labelled gold: span
 * matching, claim recall/precision, speaker accuracy, in-article dispute
 * precision/recall/F1 and the ROC AUC of check-worthiness. No I/O here;
 * eval/evaluate.ts loads the files and runs the engine.
 */
import { snippet, type ResolvedGold, type ResolvedSentence } from './gold-schema';

/** What the scorer needs from one predicted row (a subset of the engine's ExtractedClaim). */
export interface PredictedRow {
  text: string;
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  checkWorthiness: number;
  excluded: boolean;
}

export interface PredictedDispute {
  denial: number;
  target: number;
  phrase?: string;
  speaker?: string | null;
  /** Doubt, not denial: counts for contested only. */
  doubt?: boolean;
}

/** What the scorer needs from analyzeArticle's result. */
export interface PredictedArticle {
  claims: PredictedRow[];
  disputes: PredictedDispute[];
}

export interface Span {
  start: number;
  end: number;
}

export const MATCH_THRESHOLD = 0.6;

export const AIMS = {
  claimRecall: 0.95,
  claimPrecision: 0.85,
  speakerAccuracy: 0.85,
  disputeF1: 0.8,
  auc: 0.8,
  hiddenCheckable: 0.02,
  contestedF1: 0.6,
} as const;

export type AimName = keyof typeof AIMS;

/** Aims met at or below their target (the rest are met at or above it). */
export const AIMS_AT_MOST: ReadonlySet<AimName> = new Set<AimName>(['hiddenCheckable']);

// ---------------------------------------------------------------------------
// Spans and matching

/** The span without leading and trailing whitespace of `text` (the article); an all-blank span collapses to its start. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  const from = start;
  while (start < end && /\s/.test(text[start]!)) start++;
  if (start === end) return { start: from, end: from };
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Jaccard index of two character ranges: |a ∩ b| / |a ∪ b|; 0 when both are empty. */
export function jaccard(a: Span, b: Span): number {
  const inter = overlap(a, b);
  const union = a.end - a.start + (b.end - b.start) - inter;
  return union > 0 ? inter / union : 0;
}

export interface SpanMatch {
  /** Index of the predicted row with the largest overlap, or null when none overlaps. */
  best: number | null;
  jaccard: number;
  /** best, when its Jaccard reaches the threshold. */
  row: number | null;
}

/**
 * For every gold span, the predicted span with the largest character overlap
 * (ties: higher Jaccard, then the earlier row); it is a match when the
 * Jaccard index reaches `threshold`. Spans should already be trimmed.
 */
export function matchSpans(gold: Span[], predicted: Span[], threshold = MATCH_THRESHOLD): SpanMatch[] {
  return gold.map((g) => {
    let best: number | null = null;
    let bestOverlap = 0;
    let bestJaccard = 0;
    predicted.forEach((p, i) => {
      const o = overlap(g, p);
      if (o === 0) return;
      const j = jaccard(g, p);
      if (o > bestOverlap || (o === bestOverlap && j > bestJaccard)) {
        best = i;
        bestOverlap = o;
        bestJaccard = j;
      }
    });
    return { best, jaccard: bestJaccard, row: best !== null && bestJaccard >= threshold ? best : null };
  });
}

// ---------------------------------------------------------------------------
// Small statistics

export interface Ratio {
  num: number;
  den: number;
  /** num / den, or null when den is 0 (nothing to measure). */
  value: number | null;
}

export function ratio(num: number, den: number): Ratio {
  return { num, den, value: den > 0 ? num / den : null };
}

/** F1 of a precision and a recall; null when neither can be measured, 0 when there was something to find or predict and nothing was right. */
export function f1(tp: number, predicted: number, gold: number): number | null {
  if (predicted === 0 && gold === 0) return null;
  if (tp === 0) return 0;
  const p = tp / predicted;
  const r = tp / gold;
  return (2 * p * r) / (p + r);
}

export interface ScoredSample {
  score: number;
  positive: boolean;
}

/**
 * ROC AUC by the Mann–Whitney U statistic: the probability that a random
 * positive scores higher than a random negative, ties counting one half.
 * Null when there are no positives or no negatives.
 */
export function auc(samples: ScoredSample[]): number | null {
  const positives = samples.filter((s) => s.positive).length;
  const negatives = samples.length - positives;
  if (positives === 0 || negatives === 0) return null;
  const sorted = [...samples].sort((a, b) => a.score - b.score);
  // Ranks 1..n, tied scores sharing the mean of their ranks.
  let positiveRankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.score === sorted[i]!.score) j++;
    const meanRank = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) if (sorted[k]!.positive) positiveRankSum += meanRank;
    i = j + 1;
  }
  const u = positiveRankSum - (positives * (positives + 1)) / 2;
  return u / (positives * negatives);
}

// ---------------------------------------------------------------------------
// Speakers

/** Case-insensitive, whitespace collapsed, curly apostrophes straight, a leading "the " dropped; empty counts as null. */
export function normaliseSpeaker(speaker: string | null | undefined): string | null {
  if (speaker === null || speaker === undefined) return null;
  const s = speaker
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
  return s === '' ? null : s;
}

export function speakerMatches(gold: { speaker: string | null; aliases?: string[] | undefined }, predicted: string | null): boolean {
  const got = normaliseSpeaker(predicted);
  if (gold.speaker === null) return got === null;
  if (got === null) return false;
  return [gold.speaker, ...(gold.aliases ?? [])].some((s) => normaliseSpeaker(s) === got);
}

// ---------------------------------------------------------------------------
// One article

export function isPredictedClaim(row: PredictedRow): boolean {
  return row.kind === 'claim' && !row.excluded;
}

export interface MissedClaim {
  gold: string;
  /** Why it was not recalled. */
  reason: string;
  /** The predicted row that overlaps it most, if any. */
  row: string | null;
}

export interface FalsePositive {
  row: string;
  /** Why it does not count: the gold sentence it matches is not check-worthy, or it matches none. */
  reason: string;
  gold: string | null;
}

export interface WrongSpeaker {
  gold: string;
  expected: string | null;
  aliases: string[];
  got: string | null;
}

export interface DisputePair {
  target: string;
  denial: string;
  phrase?: string | undefined;
}

export interface Counts {
  goldSentences: number;
  goldCheckWorthy: number;
  /** Gold sentences matched to any predicted row. */
  goldMatched: number;
  recalled: number;
  /** Check-worthy gold sentences whose matched row is stored hidden (excluded): checkable claims the engine hides. */
  hiddenCheckable: number;
  predictedClaims: number;
  precise: number;
  speakerTotal: number;
  speakerRight: number;
  goldDisputes: number;
  predictedDisputes: number;
  disputesRight: number;
  /** Sentences on either side of a disagreement the article reports (gold: disputedBy pairs and contested marks; predicted: either side of a dispute). */
  goldContested: number;
  predictedContested: number;
  contestedRight: number;
}

/** Every count at zero: where an article's counts, and the sum over articles, start. */
function noCounts(): Counts {
  return {
    goldSentences: 0,
    goldCheckWorthy: 0,
    goldMatched: 0,
    recalled: 0,
    hiddenCheckable: 0,
    predictedClaims: 0,
    precise: 0,
    speakerTotal: 0,
    speakerRight: 0,
    goldDisputes: 0,
    predictedDisputes: 0,
    disputesRight: 0,
    goldContested: 0,
    predictedContested: 0,
    contestedRight: 0,
  };
}

export interface Metrics {
  claimRecall: Ratio;
  claimPrecision: Ratio;
  /** Share of check-worthy gold sentences stored hidden: lower is better. */
  hiddenCheckable: Ratio;
  speakerAccuracy: Ratio;
  disputePrecision: Ratio;
  disputeRecall: Ratio;
  disputeF1: number | null;
  /** Either side of a disagreement found as contested, whichever side the engine linked from. */
  contestedPrecision: Ratio;
  contestedRecall: Ratio;
  contestedF1: number | null;
  auc: number | null;
}

export interface ArticleResult {
  article: string;
  counts: Counts;
  metrics: Metrics;
  /** (check-worthiness, gold check-worthy) of every gold sentence matched to a row; pooled for the overall AUC. */
  samples: ScoredSample[];
  missedClaims: MissedClaim[];
  falsePositives: FalsePositive[];
  wrongSpeakers: WrongSpeaker[];
  missedDisputes: DisputePair[];
  extraDisputes: DisputePair[];
}

export function metricsFrom(c: Counts, samples: ScoredSample[]): Metrics {
  return {
    claimRecall: ratio(c.recalled, c.goldCheckWorthy),
    claimPrecision: ratio(c.precise, c.predictedClaims),
    hiddenCheckable: ratio(c.hiddenCheckable, c.goldCheckWorthy),
    speakerAccuracy: ratio(c.speakerRight, c.speakerTotal),
    disputePrecision: ratio(c.disputesRight, c.predictedDisputes),
    disputeRecall: ratio(c.disputesRight, c.goldDisputes),
    disputeF1: f1(c.disputesRight, c.predictedDisputes, c.goldDisputes),
    contestedPrecision: ratio(c.contestedRight, c.predictedContested),
    contestedRecall: ratio(c.contestedRight, c.goldContested),
    contestedF1: f1(c.contestedRight, c.predictedContested, c.goldContested),
    auc: auc(samples),
  };
}

/** Scores one article's prediction against its resolved gold. `text` is the article text the offsets refer to. */
export function scoreArticle(text: string, gold: ResolvedGold, predicted: PredictedArticle): ArticleResult {
  const rows = predicted.claims;
  const rowSpans = rows.map((r) => trimSpan(text, r));
  const goldSpans = gold.sentences.map((s) => trimSpan(text, s));
  const matches = matchSpans(goldSpans, rowSpans);
  const rowText = (i: number) => snippet(text.slice(rowSpans[i]!.start, rowSpans[i]!.end) || rows[i]!.text);

  /** Predicted row index → the gold sentence matched to it. */
  const goldOfRow = new Map<number, ResolvedSentence>();
  matches.forEach((m, gi) => {
    if (m.row !== null && !goldOfRow.has(m.row)) goldOfRow.set(m.row, gold.sentences[gi]!);
  });

  const counts: Counts = { ...noCounts(), goldSentences: gold.sentences.length };
  const samples: ScoredSample[] = [];
  const missedClaims: MissedClaim[] = [];
  const wrongSpeakers: WrongSpeaker[] = [];

  gold.sentences.forEach((g, gi) => {
    const m = matches[gi]!;
    const row = m.row === null ? null : rows[m.row]!;
    if (row) {
      counts.goldMatched++;
      samples.push({ score: row.checkWorthiness, positive: g.checkWorthy });
    }
    if (!g.checkWorthy) return;
    counts.goldCheckWorthy++;
    if (row?.excluded) counts.hiddenCheckable++;
    if (row && isPredictedClaim(row)) counts.recalled++;
    else {
      const reason =
        row === null
          ? m.best === null
            ? 'no predicted row overlaps it'
            : `no row matches its span (best overlap has Jaccard ${m.jaccard.toFixed(2)} < ${MATCH_THRESHOLD})`
          : row.kind !== 'claim'
            ? `matched row has kind '${row.kind}'${row.excluded ? ' (excluded)' : ''}`
            : 'matched row is excluded';
      missedClaims.push({ gold: snippet(g.text), reason, row: m.best === null ? null : rowText(m.best) });
    }
    if (row) {
      counts.speakerTotal++;
      if (speakerMatches(g, row.speaker)) counts.speakerRight++;
      else wrongSpeakers.push({ gold: snippet(g.text), expected: g.speaker, aliases: g.aliases ?? [], got: row.speaker });
    }
  });

  const falsePositives: FalsePositive[] = [];
  rows.forEach((row, ri) => {
    if (!isPredictedClaim(row)) return;
    counts.predictedClaims++;
    const g = goldOfRow.get(ri);
    if (g?.checkWorthy) counts.precise++;
    else if (g) falsePositives.push({ row: rowText(ri), reason: `gold says not check-worthy${g.kind ? ` (${g.kind})` : ''}`, gold: snippet(g.text) });
    else falsePositives.push({ row: rowText(ri), reason: 'matches no gold sentence (span differs)', gold: null });
  });

  // Disputes as (target, denial) pairs of gold sentence indices.
  const goldPairs = new Map<string, DisputePair>();
  for (const g of gold.sentences) {
    for (const d of g.disputedByIndex) {
      goldPairs.set(`${g.index}:${d}`, { target: snippet(g.text), denial: snippet(gold.sentences[d]!.text) });
    }
  }
  const goldIndexOfRow = (ri: number): string => {
    const g = goldOfRow.get(ri);
    return g ? String(g.index) : `row${ri}`;
  };
  const describeRow = (ri: number): string => {
    if (ri < 0 || ri >= rows.length || !Number.isInteger(ri)) return `(invalid row index ${ri})`;
    const g = goldOfRow.get(ri);
    return g ? snippet(g.text) : `(row matching no gold sentence) ${rowText(ri)}`;
  };
  const predictedPairs = new Map<string, DisputePair>();
  for (const d of predicted.disputes) {
    if (d.doubt) continue; // contested (below), not a dispute
    const key = `${goldIndexOfRow(d.target)}:${goldIndexOfRow(d.denial)}`;
    if (!predictedPairs.has(key)) predictedPairs.set(key, { target: describeRow(d.target), denial: describeRow(d.denial), phrase: d.phrase });
  }
  counts.goldDisputes = goldPairs.size;
  counts.predictedDisputes = predictedPairs.size;
  const missedDisputes: DisputePair[] = [];
  const extraDisputes: DisputePair[] = [];
  for (const [key, pair] of goldPairs) {
    if (predictedPairs.has(key)) counts.disputesRight++;
    else missedDisputes.push(pair);
  }
  for (const [key, pair] of predictedPairs) if (!goldPairs.has(key)) extraDisputes.push(pair);

  // Contested: the sentences on either side, as sets (a side found from the other direction counts).
  const goldContested = new Set<string>();
  for (const g of gold.sentences) {
    for (const d of g.disputedByIndex) goldContested.add(String(g.index)).add(String(d));
  }
  for (const [a, b] of gold.contestedPairs ?? []) goldContested.add(String(a)).add(String(b));
  const predictedContested = new Set<string>();
  for (const d of predicted.disputes) predictedContested.add(goldIndexOfRow(d.target)).add(goldIndexOfRow(d.denial));
  counts.goldContested = goldContested.size;
  counts.predictedContested = predictedContested.size;
  for (const key of predictedContested) if (goldContested.has(key)) counts.contestedRight++;

  return {
    article: gold.article,
    counts,
    metrics: metricsFrom(counts, samples),
    samples,
    missedClaims,
    falsePositives,
    wrongSpeakers,
    missedDisputes,
    extraDisputes,
  };
}

// ---------------------------------------------------------------------------
// All articles

export interface AimResult {
  name: AimName;
  label: string;
  target: number;
  /** Met at or below the target (hidden checkable) rather than at or above it. */
  atMost: boolean;
  value: number | null;
  met: boolean;
}

export interface EvalReport {
  articles: ArticleResult[];
  overall: { counts: Counts; metrics: Metrics };
  aims: AimResult[];
}

const AIM_LABELS: Record<AimName, string> = {
  claimRecall: 'claim recall',
  claimPrecision: 'claim precision',
  speakerAccuracy: 'speaker accuracy',
  disputeF1: 'dispute F1',
  auc: 'check-worthiness AUC',
  hiddenCheckable: 'hidden checkable',
  contestedF1: 'contested F1',
};

function aimValue(m: Metrics, name: AimName): number | null {
  switch (name) {
    case 'claimRecall':
      return m.claimRecall.value;
    case 'claimPrecision':
      return m.claimPrecision.value;
    case 'speakerAccuracy':
      return m.speakerAccuracy.value;
    case 'disputeF1':
      return m.disputeF1;
    case 'auc':
      return m.auc;
    case 'hiddenCheckable':
      return m.hiddenCheckable.value;
    case 'contestedF1':
      return m.contestedF1;
  }
}

/** Micro-averages: counts summed over articles, the AUC over the pooled samples. An aim whose value cannot be measured is missed. */
export function combine(articles: ArticleResult[]): EvalReport {
  const counts = articles.reduce<Counts>(
    (sum, a) => {
      for (const k of Object.keys(sum) as (keyof Counts)[]) sum[k] += a.counts[k];
      return sum;
    },
    noCounts(),
  );
  const metrics = metricsFrom(
    counts,
    articles.flatMap((a) => a.samples),
  );
  const aims = (Object.keys(AIMS) as AimName[]).map((name) => {
    const value = aimValue(metrics, name);
    const atMost = AIMS_AT_MOST.has(name);
    const met = value !== null && (atMost ? value <= AIMS[name] : value >= AIMS[name]);
    return { name, label: AIM_LABELS[name], target: AIMS[name], atMost, value, met };
  });
  return { articles, overall: { counts, metrics }, aims };
}

// ---------------------------------------------------------------------------
// Printing

const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(3));
const frac = (r: Ratio) => `${fmt(r.value)} ${`${r.num}/${r.den}`.padStart(7)}`;
const percent = (r: Ratio) => `${r.value === null ? '—' : `${(r.value * 100).toFixed(1)}%`} ${`${r.num}/${r.den}`.padStart(7)}`;

/** "hidden checkable    2.1%   3/140": check-worthy gold sentences the engine stores hidden. */
export function formatHiddenCheckable(m: Metrics): string {
  return `hidden checkable  ${percent(m.hiddenCheckable)}`;
}

/** "contested  P 0.500   1/2  R 0.091   1/11  F1 0.154": both sides of the disagreements the articles report. */
export function formatContested(m: Metrics): string {
  return `contested         P ${frac(m.contestedPrecision)}  R ${frac(m.contestedRecall)}  F1 ${fmt(m.contestedF1)}`;
}

const COLUMNS: [string, number][] = [
  ['article', 22],
  ['gold', 5],
  ['cw', 4],
  ['claims', 7],
  ['recall', 14],
  ['precision', 14],
  ['speaker', 14],
  ['disp P', 12],
  ['disp R', 12],
  ['disp F1', 8],
  ['AUC', 6],
];

function line(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(COLUMNS[i]![1]) : c.padStart(COLUMNS[i]![1]))).join(' ');
}

function tableRow(name: string, c: Counts, m: Metrics): string {
  return line([
    name.length > 22 ? `${name.slice(0, 21)}…` : name,
    String(c.goldSentences),
    String(c.goldCheckWorthy),
    String(c.predictedClaims),
    frac(m.claimRecall),
    frac(m.claimPrecision),
    frac(m.speakerAccuracy),
    frac(m.disputePrecision),
    frac(m.disputeRecall),
    fmt(m.disputeF1),
    fmt(m.auc),
  ]);
}

/** The fixed-width table: one line per article, an overall line, and the aims. */
export function formatTable(report: EvalReport): string {
  const out: string[] = [];
  const header = line(COLUMNS.map(([h]) => h));
  out.push(header, '-'.repeat(header.length));
  for (const a of report.articles) out.push(tableRow(a.article, a.counts, a.metrics));
  out.push('-'.repeat(header.length), tableRow('overall', report.overall.counts, report.overall.metrics), '');
  out.push(`${formatHiddenCheckable(report.overall.metrics)}   (check-worthy gold sentences whose row is stored hidden)`);
  out.push(`${formatContested(report.overall.metrics)}   (sentences on either side of a reported disagreement)`, '');
  out.push('gold = gold sentences, cw = check-worthy gold sentences, claims = predicted rows of kind claim, not excluded;');
  out.push(`a gold sentence matches the row it overlaps most when Jaccard ≥ ${MATCH_THRESHOLD}; overall = micro-average.`, '');
  out.push('aims (overall):');
  for (const aim of report.aims) {
    out.push(`  ${aim.label.padEnd(22)} ${aim.atMost ? '≤' : '≥'} ${aim.target.toFixed(2)}   ${fmt(aim.value).padStart(5)}   ${aim.met ? 'met' : 'MISSED'}`);
  }
  const met = report.aims.filter((a) => a.met).length;
  out.push(`  ${met} of ${report.aims.length} aims met`);
  return out.join('\n');
}

/** Every miss, article by article, for engineers improving the engine. */
export function formatMisses(report: EvalReport): string {
  const out: string[] = [];
  const q = (s: string | null) => (s === null ? 'null' : JSON.stringify(s));
  for (const a of report.articles) {
    const total = a.missedClaims.length + a.falsePositives.length + a.wrongSpeakers.length + a.missedDisputes.length + a.extraDisputes.length;
    out.push(`== ${a.article}: ${total === 0 ? 'no misses' : `${total} miss(es)`}`);
    if (a.missedClaims.length) {
      out.push(`  check-worthy gold sentences not recalled as claims (${a.missedClaims.length}):`);
      for (const m of a.missedClaims) {
        out.push(`    - “${m.gold}”`, `      ${m.reason}${m.row ? `; nearest row: “${m.row}”` : ''}`);
      }
    }
    if (a.falsePositives.length) {
      out.push(`  false-positive claims (${a.falsePositives.length}):`);
      for (const f of a.falsePositives) {
        out.push(`    - “${f.row}”`, `      ${f.reason}${f.gold && f.gold !== f.row ? `; gold: “${f.gold}”` : ''}`);
      }
    }
    if (a.wrongSpeakers.length) {
      out.push(`  wrong speakers (${a.wrongSpeakers.length}):`);
      for (const w of a.wrongSpeakers) {
        const also = w.aliases.length ? ` (or ${w.aliases.map((x) => q(x)).join(', ')})` : '';
        out.push(`    - “${w.gold}”`, `      expected ${q(w.expected)}${also}, got ${q(w.got)}`);
      }
    }
    if (a.missedDisputes.length) {
      out.push(`  missed disputes (${a.missedDisputes.length}):`);
      for (const d of a.missedDisputes) out.push(`    - target “${d.target}”`, `      denied by “${d.denial}”`);
    }
    if (a.extraDisputes.length) {
      out.push(`  extra disputes (${a.extraDisputes.length}):`);
      for (const d of a.extraDisputes) {
        out.push(`    - target “${d.target}”`, `      denied by “${d.denial}”${d.phrase ? ` (phrase ${q(d.phrase)})` : ''}`);
      }
    }
  }
  return out.join('\n');
}

/** The metrics as plain data (no per-sample scores, no miss lists). */
export function reportJson(report: EvalReport): unknown {
  return {
    articles: report.articles.map((a) => ({ article: a.article, counts: a.counts, metrics: a.metrics })),
    overall: report.overall,
    aims: report.aims,
  };
}
