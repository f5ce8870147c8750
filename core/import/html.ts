/**
 * A saved web page (.html/.htm) -> the article in it and its metadata.
 *
 * linkedom parses the page (a DOM with no network, no scripts, no layout),
 * Mozilla's Readability (Firefox's Reader View) keeps the main article and
 * drops navigation, ads, share buttons, related links and comments, and
 * html-text.ts writes what is left as article text. Nothing is fetched:
 * linkedom loads no images, stylesheets or scripts.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ClaimdeskError } from '../errors';
import { decodeArticleBytes, decodeDeclaredBytes } from './decode';
import { blocksToText, htmlBlocks } from './html-text';
import type { ArticleMetadata, ExtractedArticle } from './extracted';

type Document = ReturnType<typeof parseHTML>['document'];

/** The HTML standard looks for a <meta charset> in the first 1024 bytes. */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const MAX_URL_LENGTH = 2048;

/**
 * Bytes -> HTML text. A byte-order mark wins (as in browsers); else a
 * `<meta charset>` (or http-equiv Content-Type) in the first 1024 bytes is
 * honoured when it names an encoding TextDecoder knows (windows-1252,
 * ISO-8859-x, Shift_JIS, GBK, …); with none, an unknown one, or one that
 * says UTF-16 without a mark, the page is read as UTF-8 — strictly, like a
 * text file: invalid bytes are a named error, never replaced.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const encoding = hasBom ? null : declaredEncoding(bytes);
  if (encoding === null || encoding === 'utf-8' || encoding.startsWith('utf-16')) return decodeArticleBytes(bytes);
  return decodeDeclaredBytes(bytes, encoding);
}

function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null; // A label no browser knows either: read as UTF-8.
  }
}

function attribute(document: Document, selector: string, name: string): string | null {
  const value = document.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

function webUrl(value: string | null | undefined): string | null {
  if (!value || value.length > MAX_URL_LENGTH) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** JSON-LD blocks' objects, flattened (@graph and arrays); a broken block is skipped. */
function jsonLdObjects(document: Document): Array<Record<string, unknown>> {
  const objects: Array<Record<string, unknown>> = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      objects.push(value as Record<string, unknown>);
      add((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]')) as Array<{ textContent: string | null }>) {
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // Not JSON: some sites ship broken blocks; the page is still readable.
    }
  }
  return objects;
}

function jsonLdUrl(objects: Array<Record<string, unknown>>): string | null {
  for (const o of objects) {
    const main = o.mainEntityOfPage;
    const candidates = [typeof main === 'object' && main !== null ? (main as Record<string, unknown>)['@id'] : main, o.url];
    for (const c of candidates) if (typeof c === 'string' && webUrl(c)) return webUrl(c);
  }
  return null;
}

/** The page's own address: its canonical link, og:url, JSON-LD, or the "saved from url=" note browsers write. */
function pageUrl(document: Document, html: string, jsonLd: Array<Record<string, unknown>>): string | null {
  return (
    webUrl(attribute(document, 'link[rel~="canonical"]', 'href')) ??
    webUrl(attribute(document, 'meta[property="og:url"]', 'content')) ??
    jsonLdUrl(jsonLd) ??
    webUrl(/<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1])
  );
}

/** 'YYYY-MM-DD' as the page wrote it (its own time zone, not converted). */
function isoDay(value: string | null | undefined): string | null {
  const day = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!day) return null;
  const [, y, m, d] = day.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 ? day[0] : null;
}

function pageDate(document: Document, published: string | null | undefined): string | null {
  return (
    isoDay(published) ??
    isoDay(attribute(document, '[itemprop="datePublished"]', 'datetime')) ??
    isoDay(attribute(document, '[itemprop="datePublished"]', 'content')) ??
    isoDay(attribute(document, 'meta[name="date"], meta[name="DC.date.issued"], meta[name="dcterms.date"]', 'content'))
  );
}

function oneLine(text: string | null | undefined): string | null {
  return text?.replace(/\s+/g, ' ').trim() || null;
}

/** The text of the page's only <h1>, if it has exactly one. */
function onlyHeadline(document: Document): string | null {
  const headings = document.querySelectorAll('h1');
  return headings.length === 1 ? oneLine(headings[0]?.textContent) : null;
}

/**
 * Article text has at least one paragraph of prose: a sentence, or eight words.
 * What Readability returns from a page without an article ("Home News", a form's
 * labels) has none.
 */
function isProse(block: string): boolean {
  if (/^#{1,6} /.test(block)) return false;
  // Line by line, the end first: one pattern over the whole block backtracked quadratically
  // (found by the import fuzz: a 300 KB line with no full stop took 150 s).
  const endsASentence = block.split(/\r\n|[\n\r\u2028\u2029]/u).some((line) => {
    const end = /[.!?。।۔]["'”’»)]*$/u.exec(line);
    return end !== null && /[\p{L}\p{N}]/u.test(line.slice(0, end.index));
  });
  return endsASentence || block.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 8;
}

/** A heading with nothing after it ("Post navigation", "Comments") heads something Readability dropped. */
function withoutTrailingHeadings(blocks: string[]): string[] {
  let end = blocks.length;
  while (end > 0 && /^#{1,6} /.test(blocks[end - 1]!)) end--;
  return blocks.slice(0, end);
}

/** Readability's byline as one short line: "By Sana Qureshi". */
function bylineLine(byline: string | null | undefined): string | null {
  const line = byline?.replace(/\s+/g, ' ').trim();
  if (!line || line.length > 200) return null;
  return /^by\b/i.test(line) ? line : `By ${line}`;
}

/** The title as the page's first line, unless the article already starts with it. */
function withTitleAndByline(blocks: string[], title: string | null, byline: string | null): string[] {
  const plain = (block: string | undefined) => block?.replace(/^#+ /, '').trim().toLowerCase();
  const head: string[] = [];
  if (title && plain(blocks[0]) !== title.toLowerCase()) head.push(`# ${title}`);
  const body = [...head, ...blocks];
  if (byline && !body.slice(0, 4).some((b) => b.toLowerCase().includes(byline.replace(/^by /i, '').toLowerCase()))) {
    body.splice(title || /^#/.test(body[0] ?? '') ? 1 : 0, 0, byline);
  }
  return body;
}

/**
 * linkedom builds no document element from a page with no element at its top (plain text,
 * a lone comment or doctype), and Readability throws on that: such a page is read as a body.
 */
function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement) return document;
  const wrapped = parseHTML(`<html><body>${html}</body></html>`).document;
  if (wrapped.documentElement) return wrapped;
  throw new ClaimdeskError('no_article_text', 'The web page holds no article text (it is not HTML). Copy the article text and paste it.');
}

/**
 * Real pages nest elements a few dozen levels deep, a few hundred at most; Readability's time
 * grows with the square of the depth (found by the import fuzz: 5,000 unclosed <div>s took
 * 25 s, 10,000 took 90 s). Deeper than this is no article page.
 */
const MAX_NESTING = 1000;

function refuseDeepNesting(document: Document): void {
  const stack: Array<[{ children: ArrayLike<unknown> }, number]> = [[document.documentElement as unknown as { children: ArrayLike<unknown> }, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > MAX_NESTING) {
      throw new ClaimdeskError('no_article_text', `The web page nests its elements over ${MAX_NESTING} levels deep, as no article page does, so Claimdesk does not read it. Copy the article text and paste it.`);
    }
    const children = Array.from(element.children ?? []) as Array<{ children: ArrayLike<unknown> }>;
    for (const child of children) stack.push([child, depth + 1]);
  }
}

/** The main article of a web page, its text laid out for claims, and what the page says about it. */
export function extractHtmlArticle(html: string): ExtractedArticle {
  const document = parsePage(html);
  const jsonLd = jsonLdObjects(document);
  const url = pageUrl(document, html, jsonLd);
  // Readability changes the document it reads, so the metadata above and below is taken first.
  const dateFallback = pageDate(document, null);
  const headline = onlyHeadline(document);
  const author = oneLine(document.querySelector('[itemprop~="author"] [itemprop="name"], [itemprop~="author"]')?.textContent);
  refuseDeepNesting(document);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document, { charThreshold: 200 }).parse();
  } catch (err) {
    // Readability over what linkedom made of broken markup (found by the import fuzz: a page flooded with bidi marks).
    console.warn('claimdesk: Readability failed on a page:', err);
    throw new ClaimdeskError('no_article_text', 'The web page is too broken to find an article in. Copy the article text and paste it.');
  }
  const blocks = withoutTrailingHeadings(parsed?.content ? htmlBlocks(parsed.content) : []);
  if (!blocks.some(isProse)) {
    throw new ClaimdeskError('no_article_text', 'The web page holds no article text (only navigation, scripts or an empty page). Save the page once its article has loaded, or copy the article text and paste it.');
  }
  const pageTitle = oneLine(parsed?.title);
  // "Headline – Site name": the page's one <h1> is the headline without the site's name.
  const title = headline && pageTitle?.toLowerCase().startsWith(headline.toLowerCase()) ? headline : pageTitle;
  const byline = bylineLine(author ?? parsed?.byline);
  const metadata: ArticleMetadata = {
    title,
    date: isoDay(parsed?.publishedTime) ?? dateFallback,
    author: byline ? byline.replace(/^by\s+/i, '') : null,
    url,
  };
  return { text: blocksToText(withTitleAndByline(blocks, title, byline)), metadata };
}
