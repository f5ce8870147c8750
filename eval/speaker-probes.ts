/**
 * Speaker probes: single sentences (with the paragraphs before them) in the shapes wire, regional and
 * Commonwealth reports attribute, each with the speaker the annotation guide gives (eval/speaker-probes/*.jsonl;
 * written by someone who had not read the engine or the eval sets). Each line:
 * {"context": "paragraphs before", "text": "the sentence", "speaker": "expected or null", "aliases"?: [...], "class": "label"}.
 *
 *   npx tsx eval/speaker-probes.ts [--verbose]     right/total per file and overall (--verbose: every miss)
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { analyzeArticle } from '../core/import/analyze';
import { speakerMatches } from './score';

export const PROBES_DIR = path.join(__dirname, 'speaker-probes');

const ProbeSchema = z.object({
  context: z.string().default(''),
  text: z.string().min(1),
  speaker: z.string().nullable(),
  aliases: z.array(z.string()).optional(),
  class: z.string().optional(),
});

export interface ProbeMiss {
  file: string;
  class: string;
  text: string;
  expected: string | null;
  got: string | null;
}

export interface ProbeReport {
  files: Array<{ file: string; right: number; total: number }>;
  right: number;
  total: number;
  misses: ProbeMiss[];
}

/** Runs every probe: the article is the context, a blank line, the sentence; the speaker is the one of the row holding the sentence's middle. */
export function runProbes(dir: string = PROBES_DIR): ProbeReport {
  const report: ProbeReport = { files: [], right: 0, total: 0, misses: [] };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    let right = 0;
    let total = 0;
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const probe = ProbeSchema.parse(JSON.parse(line));
      const article = (probe.context.trim() === '' ? '' : `${probe.context.trim()}\n\n`) + probe.text;
      const middle = article.lastIndexOf(probe.text) + Math.floor(probe.text.length / 2);
      const row = analyzeArticle(article).claims.find((c) => c.start <= middle && c.end > middle);
      const got = row?.speaker ?? null;
      total++;
      if (speakerMatches({ speaker: probe.speaker, aliases: probe.aliases }, got)) right++;
      else report.misses.push({ file, class: probe.class ?? '', text: probe.text, expected: probe.speaker, got });
    }
    report.files.push({ file, right, total });
    report.right += right;
    report.total += total;
  }
  return report;
}

if (require.main === module) {
  const report = runProbes();
  for (const f of report.files) console.log(`${f.file.padEnd(40)} ${String(f.right).padStart(3)}/${f.total}`);
  console.log(`${'overall'.padEnd(40)} ${String(report.right).padStart(3)}/${report.total}  (${((100 * report.right) / report.total).toFixed(1)}%)`);
  if (process.argv.includes('--verbose')) {
    for (const m of report.misses) console.log(`\n[${m.file} ${m.class}] expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}\n  ${m.text}`);
  }
}
