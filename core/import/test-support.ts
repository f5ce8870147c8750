/**
 * Checks shared by the import tests: every row's span is exact, rows never
 * overlap, and together they cover every non-whitespace character of the
 * article except Markdown markup ("# ", "- ", "1. ", "> ", "---").
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AnalyzedArticle } from './analyze';

export const FIXTURES = path.join(__dirname, 'fixtures');
export const SAMPLE_PATH = path.join(__dirname, '..', 'sample', '000_271fd31029f7693a.txt');

export function fixtureBytes(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, name));
}

/** Offsets of Markdown markers, found line by line independently of the analyser. */
function markupOffsets(text: string): Set<number> {
  const offsets = new Set<number>();
  const add = (from: number, to: number) => {
    for (let i = from; i < to; i++) offsets.add(i);
  };
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    const rule = /^[ \t]*([-=*_])(?:[ \t]*\1){2,}[ \t]*$/.exec(line);
    const heading = /^([ \t]{0,3})(#{1,6})(?=[ \t]|$)/.exec(line);
    const bullet = /^([ \t]*)([-*+•‣◦▪]|\d{1,3}[.)])[ \t]/.exec(line);
    const quote = /^[ \t]{0,3}>[ \t]?/.exec(line);
    if (rule) add(lineStart, lineEnd);
    else if (heading) {
      add(lineStart, lineStart + heading[0].length);
      const closing = /[ \t](#+)[ \t]*$/.exec(line);
      if (closing) add(lineStart + closing.index, lineEnd);
    } else if (bullet) add(lineStart, lineStart + bullet[0].length);
    else if (quote) add(lineStart, lineStart + quote[0].length);
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  return offsets;
}

export function spanProblems(text: string, article: AnalyzedArticle): string[] {
  const problems: string[] = [];
  const covered = new Uint8Array(text.length);
  let previousEnd = 0;
  article.claims.forEach((claim, i) => {
    const where = `row ${i} [${claim.start}, ${claim.end})`;
    if (claim.text !== text.slice(claim.start, claim.end)) problems.push(`${where}: text is not the slice at its span`);
    if (!(claim.start < claim.end)) problems.push(`${where}: empty span`);
    if (/^\s|\s$/u.test(claim.text)) problems.push(`${where}: not trimmed`);
    if (claim.start < previousEnd) problems.push(`${where}: overlaps or is out of order`);
    if (!text.slice(0, claim.start).endsWith(claim.prefix) || claim.prefix.length > 32 || claim.prefix.length < Math.min(31, claim.start)) {
      problems.push(`${where}: wrong prefix`);
    }
    if (!text.slice(claim.end).startsWith(claim.suffix) || claim.suffix.length > 32 || claim.suffix.length < Math.min(31, text.length - claim.end)) {
      problems.push(`${where}: wrong suffix`);
    }
    previousEnd = Math.max(previousEnd, claim.end);
    for (let k = claim.start; k < claim.end; k++) covered[k] = 1;
  });
  const markup = markupOffsets(text);
  let lost = 0;
  for (let i = 0; i < text.length; i++) {
    if (covered[i] || markup.has(i) || /\s/u.test(text.charAt(i))) continue;
    if (lost++ < 5) problems.push(`character ${i} (${JSON.stringify(text.charAt(i))}) is in no row: …${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}…`);
  }
  if (lost > 5) problems.push(`${lost - 5} more characters are in no row`);
  if (article.title.trim() === '') problems.push('empty title');
  return problems;
}
