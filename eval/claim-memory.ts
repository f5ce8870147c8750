/**
 * `npx tsx eval/claim-memory.ts [--verbose | --json] [FILE...]`: precision
 * and recall of claim memory on hand-written claim pairs, scored pair by
 * pair and end to end in a workspace file. By default both sets:
 * eval/claim-memory/pairs.json (the matcher was tuned on it) and
 * eval/claim-memory/holdout.json (written after tuning, never tuned on).
 * --verbose lists every pair with its score.
 */
import path from 'node:path';
import { evaluateClaimMemory, loadPairs, PAIR_KINDS, PAIRS_DIR, type Rates } from './claim-memory/evaluate';

const pct = (v: number | null) => (v === null ? '—' : v.toFixed(3));
const line = (label: string, r: Rates) =>
  `  ${label.padEnd(36)} precision ${pct(r.precision)}  recall ${pct(r.recall)}  (${r.truePositives} right, ${r.falsePositives} wrong, ${r.falseNegatives} missed)`;

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const json = argv.includes('--json');
  const given = argv.filter((a) => !a.startsWith('-'));
  const files = given.length > 0 ? given.map((f) => path.resolve(f)) : ['pairs.json', 'holdout.json'].map((f) => path.join(PAIRS_DIR, f));
  const reports = files.map((file) => ({ file: path.relative(process.cwd(), file), report: evaluateClaimMemory(loadPairs(file)) }));
  if (json) {
    console.log(JSON.stringify(reports.map(({ file, report }) => ({ file, threshold: report.threshold, pairs: report.pairs, workspace: report.workspace, matchedShare: report.matchedShare })), null, 2));
    return 0;
  }
  for (const { file, report } of reports) {
    console.log(`${file}: ${report.outcomes.length} pairs, threshold ${report.threshold}`);
    if (verbose) {
      for (const o of report.outcomes) {
        const wrong = (o.kind === 'same') !== o.matched ? '✗' : ' ';
        console.log(`  ${wrong} ${o.kind.padEnd(9)} ${o.score.toFixed(3)} ${o.matchedInWorkspace ? 'stored' : '      '}  ${o.a}\n${' '.repeat(37)}${o.b}`);
      }
    }
    console.log(`  judged the same claim: ${PAIR_KINDS.map((k) => `${k} ${report.matchedShare[k].matched}/${report.matchedShare[k].of}`).join(', ')}`);
    console.log(line('pairs scored on their own', report.pairs));
    console.log(line('end to end (FTS5 candidates + score)', report.workspace));
    console.log('');
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
