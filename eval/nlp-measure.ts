/**
 * `npx tsx eval/nlp-measure.ts [--changes] [--timing] [USE...]`: what each use of the
 * wink-nlp tagger (core/nlp/uses.ts) changes against the hand rules alone, on
 * the tuned set and holdouts 1–3 (never holdout4: the blind set is scored once,
 * by the lead, at the end).
 *
 * For every use (alone, then all together) and every set: claim recall,
 * precision, speaker accuracy, dispute F1, contested F1, AUC and hidden
 * checkable, before → after, and whether the use wins (better on some figure,
 * worse on none, on every set). --changes lists each sentence whose speaker or
 * score the use changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../core/import';
import { tag, taggerStats } from '../core/nlp/tagger';
import { NO_NLP, setNlpUses, setTagger, type NlpUses } from '../core/nlp/uses';
import { EVAL_DIR, evaluateAll, loadCorpus } from './evaluate';
import type { EvalReport } from './score';

const SETS: { name: string; dir: string }[] = [
  { name: 'tuned', dir: EVAL_DIR },
  { name: 'holdout', dir: path.join(EVAL_DIR, 'holdout') },
  { name: 'holdout2', dir: path.join(EVAL_DIR, 'holdout2') },
  { name: 'holdout3', dir: path.join(EVAL_DIR, 'holdout3') },
];

const USES: { name: string; uses: Partial<NlpUses> }[] = [
  { name: 'speakerVerb', uses: { speakerVerb: true } },
  { name: 'speakerVerbNoun', uses: { speakerVerbNoun: true } },
  { name: 'speakerVeto', uses: { speakerVeto: true } },
  { name: 'names', uses: { names: true } },
  { name: 'namesRule', uses: { namesRule: true } },
  { name: 'worthiness', uses: { worthiness: true } },
  { name: 'worthinessDown', uses: { worthinessDown: true } },
  { name: 'all four', uses: { speakerVerb: true, speakerVeto: true, names: true, worthiness: true } },
];

interface Figure {
  key: string;
  label: string;
  lowerIsBetter?: boolean;
  get(r: EvalReport): number | null;
}

const FIGURES: Figure[] = [
  { key: 'recall', label: 'recall', get: (r) => r.overall.metrics.claimRecall.value },
  { key: 'precision', label: 'precision', get: (r) => r.overall.metrics.claimPrecision.value },
  { key: 'speaker', label: 'speaker', get: (r) => r.overall.metrics.speakerAccuracy.value },
  { key: 'disputeF1', label: 'dispute F1', get: (r) => r.overall.metrics.disputeF1 },
  { key: 'contestedF1', label: 'contested F1', get: (r) => r.overall.metrics.contestedF1 },
  { key: 'auc', label: 'AUC', get: (r) => r.overall.metrics.auc },
  { key: 'hidden', label: 'hidden', lowerIsBetter: true, get: (r) => r.overall.metrics.hiddenCheckable.value },
];

const fmt = (v: number | null): string => (v === null ? '—' : v.toFixed(3));
const EPS = 1e-9;

function run(uses: Partial<NlpUses>, dir: string): EvalReport {
  setNlpUses({ ...NO_NLP, ...uses });
  try {
    return evaluateAll({ dir });
  } finally {
    setNlpUses(NO_NLP);
  }
}

/** Per sentence: speaker and score under the rules alone and under the use. */
function changes(uses: Partial<NlpUses>, dir: string): string[] {
  const out: string[] = [];
  for (const entry of loadCorpus(dir)) {
    setNlpUses(NO_NLP);
    const before = analyzeArticle(entry.text).claims;
    setNlpUses({ ...NO_NLP, ...uses });
    const after = analyzeArticle(entry.text).claims;
    setNlpUses(NO_NLP);
    before.forEach((b, i) => {
      const a = after[i];
      if (!a) return;
      const snippet = b.text.length > 90 ? `${b.text.slice(0, 90)}…` : b.text;
      if (a.speaker !== b.speaker) out.push(`  ${entry.name}: speaker ${JSON.stringify(b.speaker)} -> ${JSON.stringify(a.speaker)}  «${snippet}»`);
      if (a.checkWorthiness !== b.checkWorthiness || a.excluded !== b.excluded) {
        out.push(`  ${entry.name}: score ${b.checkWorthiness} -> ${a.checkWorthiness}${a.excluded !== b.excluded ? (a.excluded ? ' (now hidden)' : ' (now shown)') : ''}  «${snippet}»`);
      }
    });
  }
  return out;
}

/** How many strings the tagger reads in one pass over a set. */
function taggedPerPass(uses: Partial<NlpUses>, dir: string): number {
  const texts = loadCorpus(dir).map((e) => e.text);
  setNlpUses({ ...NO_NLP, ...uses });
  try {
    const before = taggerStats().tagged;
    for (const t of texts) analyzeArticle(t);
    return taggerStats().tagged - before;
  } finally {
    setNlpUses(NO_NLP);
  }
}

/** Sentences (rows) the engine makes of a set. */
function sentenceCount(dir: string): number {
  return loadCorpus(dir).reduce((n, e) => n + analyzeArticle(e.text).claims.length, 0);
}

/**
 * Median ms to analyse the bench's 5 KB article (the sample, then the sample again up to 5 KB) with the rules
 * alone and with the given uses, interleaved so that load from other processes falls on both alike.
 */
function timing(uses: Partial<NlpUses>): { rules: number; withUses: number } {
  const typical = typicalArticle();
  const rules: number[] = [];
  const withUses: number[] = [];
  const batch = (u: Partial<NlpUses>): number => {
    setNlpUses({ ...NO_NLP, ...u });
    const start = performance.now();
    for (let k = 0; k < 50; k++) analyzeArticle(typical);
    setNlpUses(NO_NLP);
    return (performance.now() - start) / 50;
  };
  batch(uses); // loads the model
  for (let round = 0; round < 15; round++) {
    rules.push(batch(NO_NLP));
    withUses.push(batch(uses));
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { rules: median(rules), withUses: median(withUses) };
}

/** The bench's 5 KB article: the sample, then the sample again up to 5 KB (as in bench/run.ts). */
function typicalArticle(): string {
  const sample = fs.readFileSync(path.join(EVAL_DIR, 'articles', '000_sample.txt'), 'utf8');
  return `${sample}\n\n${sample.slice(0, 5 * 1024 - sample.length - 2).replace(/\s+\S*$/, '.')}`;
}

/** What the tagger alone costs if it read every sentence of the 5 KB article (median ms of 15 passes). */
function tagEverySentence(): { ms: number; sentences: number } {
  const text = typicalArticle();
  const sentences = analyzeArticle(text).claims.map((c) => c.text);
  for (const s of sentences) tag(s);
  const runs: number[] = [];
  for (let k = 0; k < 15; k++) {
    const start = performance.now();
    for (const s of sentences) tag(s);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[7] as number, sentences: sentences.length };
}

function main(): void {
  setTagger(tag);
  const args = process.argv.slice(2);
  const showChanges = args.includes('--changes');
  const only = args.filter((a) => !a.startsWith('--'));
  const baseline = new Map(SETS.map((s) => [s.name, run(NO_NLP, s.dir)]));
  // Warm up: load the model and let the JIT settle before any timing, so the first row is not the slowest.
  for (const s of SETS) run({ speakerVerb: true, speakerVeto: true, names: true, worthiness: true }, s.dir);
  const lines: string[] = [];
  lines.push(`| use | set | ${FIGURES.map((f) => f.label).join(' | ')} | sentences tagged |`);
  lines.push(`|---|---|${FIGURES.map(() => '---').join('|')}|---|`);
  SETS.forEach((s) => {
    const r = baseline.get(s.name) as EvalReport;
    lines.push(`| rules alone | ${s.name} | ${FIGURES.map((f) => fmt(f.get(r))).join(' | ')} | 0 |`);
  });
  const verdicts: string[] = [];
  for (const use of USES) {
    if (only.length > 0 && !only.includes(use.name)) continue;
    let better = 0;
    const worse: string[] = [];
    SETS.forEach((s) => {
      const before = baseline.get(s.name) as EvalReport;
      const after = run(use.uses, s.dir);
      const tagged = taggedPerPass(use.uses, s.dir);
      const cells = FIGURES.map((f) => {
        const b = f.get(before);
        const a = f.get(after);
        if (b === null || a === null || Math.abs(a - b) < EPS) return fmt(a);
        const up = f.lowerIsBetter ? a < b : a > b;
        if (up) better++;
        else worse.push(`${s.name} ${f.label}`);
        const digits = fmt(a) === fmt(b) ? 4 : 3;
        return `**${b.toFixed(digits)} → ${a.toFixed(digits)}**`;
      });
      lines.push(`| ${use.name} | ${s.name} | ${cells.join(' | ')} | ${tagged} of ${sentenceCount(s.dir)} |`);
      if (showChanges) for (const c of changes(use.uses, s.dir)) verdicts.push(`[${use.name}] ${c.trim()}`);
    });
    const verdict = worse.length > 0 ? `drop (worse: ${worse.join(', ')})` : better > 0 ? 'keep (better, worse nowhere)' : 'drop (no change)';
    lines.push(`| ${use.name} | **verdict** | ${verdict} | | | | | | | |`);
  }
  console.log(lines.join('\n'));
  const stats = taggerStats();
  console.log(`\nmodel load: ${stats.loadMs.toFixed(0)} ms (once per process, on first use)`);
  if (args.includes('--timing')) {
    const tagCost = tagEverySentence();
    console.log(`tag every sentence of the 5 KB bench article (${tagCost.sentences} sentences), median of 15: ${tagCost.ms.toFixed(2)} ms`);
    for (const use of USES) {
      if (only.length > 0 && !only.includes(use.name)) continue;
      const t = timing(use.uses);
      console.log(`analyze the 5 KB bench article, median of 15×50: rules alone ${t.rules.toFixed(2)} ms, with ${use.name} ${t.withUses.toFixed(2)} ms`);
    }
  }
  if (showChanges) console.log(`\nchanges:\n${verdicts.join('\n')}`);
}

main();
