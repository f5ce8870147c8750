/**
 * An article's HTML (Readability's output for a web page, mammoth's for a
 * Word file) -> article text: one block per paragraph, heading, list item,
 * caption or table cell, a blank line between blocks. Headings and list
 * items keep Markdown markers ("## ", "- ", "1. "), which the analyser
 * already reads as headings and list items and leaves outside every span.
 * Whitespace inside a block collapses to one space, as a browser shows it;
 * a <br> stays a line break.
 */
import { parseHTML } from 'linkedom';

/** Ends the block before it and starts a new one. */
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION',
  'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
/** Never article text, wherever they are. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD']);
const HEADING = /^H([1-6])$/;
/** HTML's whitespace (not NBSP, which is a character an author chose). */
const COLLAPSIBLE = /[ \t\n\f\r]+/g;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  hasAttribute?(name: string): boolean;
}

class BlockWriter {
  readonly blocks: string[] = [];
  private lines: string[] = [];
  private line = '';
  private marker = '';

  /** Ends the text before a block element and starts the block with its marker. */
  start(marker: string): void {
    const pushed = this.flush();
    // A list item's own paragraph (<li><p>…</p></li>) keeps the item's marker.
    if (marker !== '' || pushed || this.marker.startsWith('#')) this.marker = marker;
  }

  /** Ends a block element: its text is one block. */
  end(): void {
    this.flush();
    this.marker = '';
  }

  /** Pushes the text so far as a block (if it has any); true when it did. */
  private flush(): boolean {
    const text = [...this.lines, this.line]
      .map((l) => l.replace(COLLAPSIBLE, ' ').trim())
      .filter((l) => l !== '')
      .join('\n');
    this.lines = [];
    this.line = '';
    if (text === '') return false;
    this.blocks.push(this.marker + text);
    this.marker = '';
    return true;
  }

  append(text: string): void {
    this.line += text;
  }

  /** A <br>: the only line break inside a block (the source's own newlines are whitespace). */
  breakLine(): void {
    this.lines.push(this.line);
    this.line = '';
  }

  /** Preformatted text: kept as written, apart from the ends. */
  appendBlock(text: string): void {
    this.end();
    const kept = text.replace(/^\n+|\s+$/g, '');
    if (kept.trim() !== '') this.blocks.push(kept);
  }
}

function markerFor(node: DomNode, listIndex: Map<DomNode, number>): string {
  const heading = HEADING.exec(node.nodeName);
  if (heading) return `${'#'.repeat(Number(heading[1]))} `;
  if (node.nodeName !== 'LI') return '';
  const list = node.parentNode;
  if (list?.nodeName !== 'OL') return '- ';
  const n = (listIndex.get(list) ?? 0) + 1;
  listIndex.set(list, n);
  return `${n}. `;
}

function walk(node: DomNode, out: BlockWriter, listIndex: Map<DomNode, number>): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      out.append(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const name = child.nodeName;
    if (SKIPPED.has(name) || child.hasAttribute?.('hidden')) continue;
    if (name === 'BR') {
      out.breakLine();
    } else if (name === 'PRE') {
      out.appendBlock(child.textContent ?? '');
    } else if (BLOCKS.has(name)) {
      out.start(markerFor(child, listIndex));
      walk(child, out, listIndex);
      out.end();
    } else {
      walk(child, out, listIndex);
    }
  }
}

/** The blocks of an HTML fragment or document, in order, each one line or a few (<br>). */
export function htmlBlocks(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out = new BlockWriter();
  walk(document.body as unknown as DomNode, out, new Map());
  out.end();
  return out.blocks;
}

/** Blocks joined as article text: a blank line between blocks. */
export function blocksToText(blocks: readonly string[]): string {
  return blocks.join('\n\n');
}
