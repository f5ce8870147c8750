/** Test support for the dispute tests: articles written as one sentence per line. */
import { findDisputes } from './disputes';
import type { AnalysisRow } from './types';

/** Rows from plain sentences: one per line, blank lines between paragraphs; "Speaker|text" sets a speaker. */
export function rows(article: string): { text: string; rows: AnalysisRow[] } {
  const out: AnalysisRow[] = [];
  let text = '';
  for (const line of article.trim().split('\n')) {
    if (line.trim() === '') {
      text += '\n';
      continue;
    }
    const bar = line.indexOf('|');
    const speaker = bar > 0 ? line.slice(0, bar) : null;
    const sentence = bar > 0 ? line.slice(bar + 1) : line;
    const start = text.length;
    text += `${sentence}\n`;
    out.push({ text: sentence, start, end: start + sentence.length, kind: 'claim', speaker });
  }
  return { text, rows: out };
}

/** [denial's first words, target's first words, phrase] for every dispute, for readable assertions. */
export function pairs(article: string): Array<[string, string, string]> {
  const { text, rows: r } = rows(article);
  return findDisputes(text, r).map((d) => [r[d.denial]!.text.slice(0, 24), r[d.target]!.text.slice(0, 24), d.phrase]);
}

/** A finding, then others' doubt about it (a doubt, not a denial): the dispute tests and the API's suggestion tests share it. */
export const DOUBTED_FINDING = [
  'Egypt finds hints of hidden chambers',
  '',
  'Lead researcher Mamdouh Eldamaty told Nature that the results were suggestive of concealed structures beyond the tomb.',
  '',
  'However, other experts are cautious about the findings.',
].join('\n');
