/**
 * Quotations that run on across paragraphs. News style leaves a quotation
 * open at the end of a paragraph when the same speaker goes on in the next,
 * and opens the next paragraph with a quotation mark again:
 *
 *   “Our farmers lose 2 million rupees a day when it is closed.
 *
 *   “Nobody in Islamabad wants that,” he said.
 *
 * A claim never crosses a paragraph break, except this one: it is one
 * statement, and merging its parts is the fix a fact-checker reaches for.
 * Pure functions on the article body; used by the backend's merge and by
 * the detail panel to find the part "Merge with next" means.
 */

/** Where paragraphs part: a blank line (LF, CRLF or CR; spaces or no-break spaces on it), or a line break before a list item. */
const PARAGRAPH_BREAKS = /(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)|(?:\r\n|\r|\n)[ \t]*(?:[-*+•]|\d{1,3}[.)])\s/gu;

type Family = 'double' | 'single' | 'guillemet';

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Which kind of quotation, if any, a paragraph leaves open at its end. */
export function quotationLeftOpen(paragraph: string): Family | null {
  if (count(paragraph, /“/g) > count(paragraph, /”/g)) return 'double';
  if (count(paragraph, /"/g) % 2 === 1) return 'double';
  if (count(paragraph, /«/g) > count(paragraph, /»/g)) return 'guillemet';
  // ’ is also the apostrophe (don’t, Pakistan’s): only one not followed by a letter closes a quotation.
  if (count(paragraph, /‘/g) > count(paragraph, /’(?!\p{L})/gu)) return 'single';
  return null;
}

const OPENING: Record<Family, RegExp> = {
  double: /^\s*["“]/u,
  single: /^\s*['‘]/u,
  guillemet: /^\s*«/u,
};

/** The paragraph breaks of `body` between `from` and `to`, as [start, end) offsets into the body. */
function breaksBetween(body: string, from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  PARAGRAPH_BREAKS.lastIndex = from;
  for (let m = PARAGRAPH_BREAKS.exec(body); m && m.index < to; m = PARAGRAPH_BREAKS.exec(body)) {
    // A list marker ends the break but is the next paragraph's text; keep the line breaks only.
    const lineBreaks = /^(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)?/u.exec(m[0])![0];
    found.push([m.index, m.index + lineBreaks.length]);
  }
  return found;
}

/** Where the paragraph holding `offset` starts. */
function paragraphStart(body: string, offset: number): number {
  let start = 0;
  for (const [, end] of breaksBetween(body, 0, offset)) if (end <= offset) start = end;
  return start;
}

/** Whether the break [start, end) sits inside a quotation the next paragraph takes up again. */
function isQuotationBreak(body: string, paragraphFrom: number, start: number, end: number): boolean {
  const family = quotationLeftOpen(body.slice(paragraphFrom, start));
  return family !== null && OPENING[family].test(body.slice(end, end + 8));
}

/**
 * Whether the text from `from` to `to` lies in one paragraph, or crosses
 * only breaks inside a quotation that runs on into the next paragraph.
 */
export function withinOneStatement(body: string, from: number, to: number): boolean {
  let paragraphFrom = paragraphStart(body, from);
  for (const [start, end] of breaksBetween(body, from, to)) {
    if (!isQuotationBreak(body, paragraphFrom, start, end)) return false;
    paragraphFrom = end;
  }
  return true;
}

/** Whether the text from `from` to `to` crosses a paragraph break. */
export function crossesParagraph(body: string, from: number, to: number): boolean {
  return breaksBetween(body, from, to).length > 0;
}

export interface MergeRow {
  id: number;
  position: number;
  start: number;
  end: number;
  kind: string;
  hidden: boolean;
}

/** Sentences a merge may take in; a headline, byline or dateline never. */
const MERGEABLE = new Set(['claim', 'question']);

/**
 * The rows "Merge with previous" and "Merge with next" join a shown claim
 * with: the nearest shown claim on that side, unless a quotation runs on
 * across a paragraph break into a part stored as a hidden row (the question
 * or sentence the analysis set aside), which is then the one meant —
 * otherwise the merge would skip the continuation and fail at the break.
 */
export function mergeNeighbours<R extends MergeRow>(body: string, rows: readonly R[], claimId: number): { previous: R | null; next: R | null } {
  const sorted = [...rows].sort((a, b) => a.position - b.position);
  const at = sorted.findIndex((r) => r.id === claimId);
  const current = sorted[at];
  if (!current || current.hidden) return { previous: null, next: null };

  const pick = (side: R[], gap: (r: R) => [number, number]): R | null => {
    const shown = side.find((r) => !r.hidden) ?? null;
    if (!shown || withinOneStatement(body, ...gap(shown))) return shown;
    // The shown one is beyond a break the quotation does not cross: is there a hidden part it does cross to?
    for (const r of side) {
      if (r === shown) break;
      if (!MERGEABLE.has(r.kind)) return shown;
      const [from, to] = gap(r);
      if (!withinOneStatement(body, from, to)) return shown;
      if (crossesParagraph(body, from, to)) return r;
    }
    return shown;
  };
  return {
    next: pick(sorted.slice(at + 1), (r) => [current.end, r.start]),
    previous: pick(sorted.slice(0, at).reverse(), (r) => [r.end, current.start]),
  };
}
