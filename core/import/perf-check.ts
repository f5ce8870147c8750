/**
 * Hand-run timing check for the import path (not a test: timings depend on
 * the machine). Run: npx tsx core/import/perf-check.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from './analyze';
import { decodeArticleBytes } from './decode';
import { splitBlocks, blockSpan } from './blocks';
import { splitSentences } from './sentences';

const sample = decodeArticleBytes(fs.readFileSync(path.join(__dirname, '..', 'sample', '000_271fd31029f7693a.txt')));
const MB = 1024 * 1024;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function time(label: string, text: string, runs: number): void {
  analyzeArticle(text); // warm up
  const started = process.hrtime.bigint();
  let claims = 0;
  for (let i = 0; i < runs; i++) claims = analyzeArticle(text).claims.length;
  const ms = Number(process.hrtime.bigint() - started) / 1e6 / runs;
  console.log(`${label.padEnd(58)} ${(text.length / 1024).toFixed(0).padStart(6)} KB ${ms.toFixed(2).padStart(9)} ms  ${claims} rows`);
}

const body = sample.replace(/^\s*date \S+ ISLAMABAD - /u, '');
const oneLine = body.replace(/\s*\n\s*/gu, ' ');

time('sample article', sample, 200);
time('typical article (~5 KB, paragraphs)', `date 2025-02-18 ISLAMABAD - ${repeatTo(`${body}\n\n`, 5 * 1024)}`, 200);
time('1 MB, paragraphs', repeatTo(`${body}\n\n`, MB), 3);
time('1 MB, no paragraph breaks (sentences joined by spaces)', repeatTo(`${oneLine} `, MB), 3);
time('1 MB, no paragraph breaks (single line breaks)', repeatTo(body.replace(/\n\n/gu, '\n'), MB), 3);
time('1 MB, no sentence punctuation at all', repeatTo(`${oneLine.replace(/[.!?…]/gu, '')} `, MB), 3);
time('1 MB, no whitespace at all', repeatTo(oneLine.replace(/\s/gu, ''), MB), 3);
time('1 MB, quotation marks never closed', repeatTo('“He said the talks ', MB), 3);
time('1 MB, ". " repeated (punctuation without words)', repeatTo('. ', MB), 3);
time('1 MB, "said " repeated (speech verbs without speakers)', repeatTo('said ', MB), 3);
time('1 MB, "- a" list items (most rows a megabyte can give)', repeatTo('- a\n', MB), 1);
time('10 MB (the import limit), paragraphs', repeatTo(`${body}\n\n`, 10 * MB), 1);

// How Intl.Segmenter would split the sample, paragraph by paragraph, next to these rules.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
let differences = 0;
for (const block of splitBlocks(sample, 0)) {
  const span = blockSpan(sample, block);
  if (!span) continue;
  const paragraph = sample.slice(span.start, span.end);
  const ours = splitSentences(sample, span.start, span.end).map((s) => sample.slice(s.start, s.end));
  const theirs = [...segmenter.segment(paragraph)].map((s) => s.segment.trim()).filter((s) => s !== '');
  if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
    differences++;
    console.log('\nIntl.Segmenter differs:', JSON.stringify(theirs, null, 1), '\nrules:', JSON.stringify(ours, null, 1));
  }
}
console.log(`\nIntl.Segmenter and the rules disagree on ${differences} paragraph(s) of the sample.`);
