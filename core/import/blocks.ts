/**
 * Cuts article text into blocks: paragraphs (separated by blank lines) and,
 * for Markdown, each heading and each list item. Offsets always point into
 * the original text; Markdown markers ("# ", "- ", "1. ") are left outside
 * the blocks because they are markup, not something the article claims.
 */
import { isSpaceCode, trimSpan, type TextSpan } from '../text/characters';

export interface TextLine {
  start: number;
  end: number; // before the line break
}

/** A Markdown table is read row by row: each row may state a figure; its rule line ("|---|---|") is markup. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'front-matter' | 'table-row' | 'table-rule';

export interface TextBlock {
  kind: BlockKind;
  /** Lines of the block; for a heading or list item the first starts after its marker. */
  lines: TextLine[];
}

const ATX_HEADING = /^[ \t]{0,3}#{1,6}(?=[ \t]|$)/;
const LIST_MARKER = /^[ \t]*(?:[-*+•‣◦▪]|\d{1,3}[.)])[ \t]+(?=\S)/;
/** "---", "***", "===": a rule or a setext underline. */
const RULE_LINE = /^[ \t]*([-=*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TABLE_ROW = /^[ \t]{0,3}\|.*\|/;
const TABLE_RULE = /^[ \t]{0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
/** "> quoted text": the marker is markup; the quotation starts after it. */
const BLOCKQUOTE_MARKER = /^[ \t]{0,3}>[ \t]?(?=\S)/;
/** YAML front matter opens and closes with a line of three dashes ("..." may close it). */
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
const FRONT_MATTER_END = /^(?:---|\.\.\.)[ \t]*$/;
const MAX_FRONT_MATTER_LINES = 60;
/** YAML lines: "key: value", "- item", or an indented continuation. Prose between two rules is not front matter. */
const YAML_LINE = /^(?:[\w-]+[ \t]*:(?:[ \t]|$)|[ \t]*-[ \t]|[ \t]+\S)/u;
/** Markers sit at the start of a line; never run a pattern over a whole 1 MB line. */
const MARKER_WINDOW = 64;

/** Lines of text[from...], split at \n, \r\n and \r. */
export function splitLines(text: string, from: number): TextLine[] {
  const lines: TextLine[] = [];
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    lines.push({ start, end: i });
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

function isBlank(text: string, line: TextLine): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The words of an ATX heading, without the leading and optional closing "#"s. */
function headingContent(text: string, line: TextLine, markerLength: number): TextLine {
  const start = line.start + markerLength;
  let end = line.end;
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  let hashes = end;
  while (hashes > start && text.charCodeAt(hashes - 1) === 0x23) hashes--;
  const before = text.charCodeAt(hashes - 1);
  if (hashes < end && (hashes === start || before === 0x20 || before === 0x09)) end = hashes; // CommonMark: space or tab only
  return { start, end };
}

/**
 * Markdown front matter at the very top ("---" ... "---"): the number of
 * lines it takes, fences included, or 0 when there is none.
 */
function frontMatterLength(text: string, lines: TextLine[]): number {
  const first = lines[0];
  if (!first || first.start !== 0 || !FRONT_MATTER_FENCE.test(text.slice(first.start, Math.min(first.end, MARKER_WINDOW)))) return 0;
  for (let i = 1; i < Math.min(lines.length, MAX_FRONT_MATTER_LINES); i++) {
    const line = lines[i]!;
    const head = text.slice(line.start, Math.min(line.end, line.start + MARKER_WINDOW));
    if (FRONT_MATTER_END.test(head)) return i > 1 ? i + 1 : 0;
    if (!YAML_LINE.test(head)) return 0;
  }
  return 0;
}

export function splitBlocks(text: string, from: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  // Reading from the middle of a line (after a date prefix): its rest is plain text, not a marker.
  const midLine = from > 0 && text.charCodeAt(from - 1) !== 0x0a && text.charCodeAt(from - 1) !== 0x0d;
  let lines = splitLines(text, from);
  const frontMatter = from === 0 ? frontMatterLength(text, lines) : 0;
  if (frontMatter > 0) {
    blocks.push({ kind: 'front-matter', lines: lines.slice(0, frontMatter) });
    lines = lines.slice(frontMatter);
  }
  let inQuote = false;
  for (const line of lines) {
    if (isBlank(text, line)) {
      current = null;
      inQuote = false;
      continue;
    }
    const head = midLine && line.start === from ? '' : text.slice(line.start, Math.min(line.end, line.start + MARKER_WINDOW));
    const heading = ATX_HEADING.exec(head);
    if (heading) {
      blocks.push({ kind: 'heading', lines: [headingContent(text, line, heading[0].length)] });
      current = null;
      continue;
    }
    if (line.end - line.start <= MARKER_WINDOW && RULE_LINE.test(head)) {
      // "Title\n=====": the single line above an underline is a heading.
      if (current?.kind === 'paragraph' && current.lines.length === 1) current.kind = 'heading';
      current = null;
      continue;
    }
    if (TABLE_ROW.test(head)) {
      blocks.push({ kind: TABLE_RULE.test(head) && line.end - line.start <= MARKER_WINDOW ? 'table-rule' : 'table-row', lines: [line] });
      current = null;
      inQuote = false;
      continue;
    }
    const quote = BLOCKQUOTE_MARKER.exec(head);
    if (quote) {
      // The first "> " of a quotation opens a paragraph after the marker; later lines keep theirs inside it.
      if (!inQuote || !current) {
        current = { kind: 'paragraph', lines: [{ start: line.start + quote[0].length, end: line.end }] };
        blocks.push(current);
        inQuote = true;
      } else current.lines.push(line);
      continue;
    }
    inQuote = false;
    const marker = LIST_MARKER.exec(head);
    if (marker) {
      current = { kind: 'list-item', lines: [{ start: line.start + marker[0].length, end: line.end }] };
      blocks.push(current);
      continue;
    }
    if (current) current.lines.push(line);
    else {
      current = { kind: 'paragraph', lines: [line] };
      blocks.push(current);
    }
  }
  return blocks;
}

/** The block's text from its first to its last non-space character. */
export function blockSpan(text: string, block: TextBlock): TextSpan | null {
  const first = block.lines[0];
  const last = block.lines[block.lines.length - 1];
  if (!first || !last) return null;
  return trimSpan(text, first.start, last.end);
}
