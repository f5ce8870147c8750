import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimdeskError } from '../errors';
import { analyzeArticle } from './analyze';
import { extractArticle } from './extract';
import { decodeHtmlBytes, extractHtmlArticle } from './html';
import { htmlBlocks } from './html-text';
import { makeDocx } from './test-docx';
import { fixtureBytes, spanProblems } from './test-support';

const page = (name: string) => extractArticle(fixtureBytes(`web/${name}`), name);
const paragraphs = (text: string) => text.split('\n\n');

function refusal(run: () => unknown): ClaimdeskError {
  try {
    run();
  } catch (err) {
    if (err instanceof ClaimdeskError) return err;
    throw err;
  }
  throw new Error('expected a ClaimdeskError');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a news page with navigation, cookie banner, ads, share buttons, related links, comments and scripts', () => {
  const { text, metadata } = page('news-page.html');

  it('keeps the article: headline, byline, every paragraph and the sub-heading, a blank line between blocks', () => {
    expect(paragraphs(text)).toEqual([
      '# Torkham border crossing stays shut as talks stall',
      'By Sana Qureshi',
      'ISLAMABAD - The Torkham border crossing between Pakistan and Afghanistan remained closed for a sixth day on Tuesday, leaving more than 5,000 lorries stranded on both sides, customs officials said.',
      'The crossing was shut on February 12 after border guards exchanged fire over the construction of a new checkpost, according to the Frontier Corps. Two soldiers were injured in the clash, the military’s media wing said in a statement.',
      'Traders say the closure is costing them about $3 million a day. “Our fruit is rotting in the trucks,” said Ziaul Haq Sarhadi, a senior official of the Pakistan-Afghanistan Joint Chamber of Commerce. “Every day the border stays closed, we lose customers we may never get back.”',
      'Foreign Office spokesperson Shafqat Ali Khan said on Monday that Pakistan wanted the crossing reopened “as soon as the security situation permits”. The Taliban administration in Kabul denies that its guards fired first.',
      '## Flag meeting planned',
      'Officials from both sides are expected to hold a flag meeting at the border on Wednesday, a local administration official told reporters. Previous closures in 2023 and 2024 lasted between four days and nine days.',
      'Trade through Torkham was worth $1.6 billion in the last fiscal year, according to figures from the State Bank of Pakistan.',
    ]);
  });

  it('drops everything around the article', () => {
    for (const noise of ['cookies', 'Subscribe', 'Advertisement', 'Share on', 'Copy link', 'Related stories', 'Chaman', 'Comments', 'patriot_1971', 'sovereignty', 'Most read', 'newsletter', 'All rights reserved', 'googletag', 'dataLayer', 'Breadcrumb', 'NewsArticle']) {
      expect(text, noise).not.toContain(noise);
    }
  });

  it('reads the title, date, author and canonical address from the page', () => {
    expect(metadata).toEqual({
      title: 'Torkham border crossing stays shut as talks stall',
      date: '2025-02-18',
      author: 'Sana Qureshi',
      url: 'https://www.dawnwire.example/news/2025/02/18/torkham-border-crossing-stays-shut',
    });
  });

  it('gives the analyser an article it reads like a text file: headline and byline hidden, dateline found, exact spans', () => {
    const analysis = analyzeArticle(text);
    expect(spanProblems(text, analysis)).toEqual([]);
    expect(analysis.dateline).toBe('ISLAMABAD');
    expect(analysis.claims.slice(0, 2).map((c) => c.kind)).toEqual(['headline', 'byline']);
    const speakers = analysis.claims.filter((c) => !c.excluded).map((c) => c.speaker);
    expect(speakers).toContain('Ziaul Haq Sarhadi');
  });
});

describe('a blog post (WordPress) with a list, a quotation, post navigation and comments', () => {
  const { text, metadata } = page('blog-post.html');

  it('keeps paragraphs, the sub-heading and the list items, and drops the rest', () => {
    const blocks = paragraphs(text);
    expect(blocks[0]).toBe("# Why the flood relief numbers don't add up");
    expect(blocks).toContain('## Where the gap comes from');
    expect(blocks).toContain('- how many packs went to the same household;');
    expect(blocks).toContain('“We stand by the figure of 1.2 million, which was verified by our field teams,” a spokesperson for the authority said in an email.');
    expect(blocks.at(-1)).toBe('Update, 5 September: the authority says it will publish district totals next week.');
    for (const noise of ['Post navigation', 'Wheat prices', 'Leave a Reply', 'Ayesha', 'Dadu', 'Recent posts', 'Donate', 'WordPress', 'Posted in', 'Tagged']) {
      expect(text, noise).not.toContain(noise);
    }
  });

  it('takes the headline without the site name, the date and the author', () => {
    expect(metadata).toEqual({
      title: "Why the flood relief numbers don't add up",
      date: '2024-09-03',
      author: 'Omar Farooq',
      url: 'https://datadesk.example.org/2024/09/flood-relief-numbers/',
    });
  });
});

describe('a feature with figures, captions and a byline, saved as windows-1252', () => {
  const { text, metadata } = page('feature-figures.html');

  it('decodes the charset the page declares: curly quotes, dashes and accents survive', () => {
    expect(text).toContain('HUNZA — The lake that forms each spring');
    expect(text).toContain('“We had forty minutes’ warning,” said Karim Khan, who runs a café near the bridge.');
    expect(metadata.author).toBe('Léa Martin and Imran Baig');
  });

  it('keeps captions as their own paragraphs and drops the embedded post and the page furniture', () => {
    expect(paragraphs(text)).toContain('What was left of the Hassanabad bridge after the 2022 flood.');
    for (const noise of ['Shisper lake today', '@hunzaupdates', 'More features', 'free articles', 'Log in', 'Cookie settings']) {
      expect(text, noise).not.toContain(noise);
    }
  });

  it('reads og:url and the microdata date', () => {
    expect(metadata).toMatchObject({ title: 'Inside the glacier lake that could burst', date: '2024-06-12', url: 'https://mountainpost.example.com/features/glacier-lake-hunza' });
  });
});

describe('nothing touches the network', () => {
  it('reads all three pages and a Word file with every way out refused', async () => {
    const docx = await makeDocx(['Flood defences failed in 2022, the report says.']);
    const refuse = () => {
      throw new Error('network access during import');
    };
    const spies = [
      vi.spyOn(net, 'connect').mockImplementation(refuse),
      vi.spyOn(net, 'createConnection').mockImplementation(refuse),
      vi.spyOn(tls, 'connect').mockImplementation(refuse),
      vi.spyOn(http, 'request').mockImplementation(refuse),
      vi.spyOn(http, 'get').mockImplementation(refuse),
      vi.spyOn(https, 'request').mockImplementation(refuse),
      vi.spyOn(https, 'get').mockImplementation(refuse),
      vi.spyOn(dns, 'lookup').mockImplementation(refuse),
      vi.spyOn(globalThis, 'fetch').mockImplementation(refuse),
    ];
    for (const name of ['news-page.html', 'blog-post.html', 'feature-figures.html']) expect(page(name).text.length).toBeGreaterThan(500);
    expect(extractArticle(docx, 'report.docx').text).toContain('Flood defences failed');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('bad web pages get a named error', () => {
  const bytes = (html: string) => Buffer.from(html, 'utf8');

  it('a page with no article text (a login page: navigation, a form and scripts)', () => {
    const html = `<!doctype html><html><head><title>Sign in</title><script src="https://x.example/app.js"></script></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><form><input name="user"><button>Sign in</button></form>
      <script>window.app = {};</script><div id="root"></div></body></html>`;
    const err = refusal(() => extractArticle(bytes(html), 'login.html'));
    expect(err.code).toBe('no_article_text');
    expect(err.message).not.toContain('login.html');
  });

  it('an empty shell whose article a script would have filled in', () => {
    expect(refusal(() => extractArticle(bytes('<html><body><div id="app"></div><script>render()</script></body></html>'), 'app.htm')).code).toBe('no_article_text');
  });

  it('a binary file named .html', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(refusal(() => extractArticle(png, 'photo.html')).code).toBe('binary');
  });

  it('a page that is not the UTF-8 it (by default) claims to be', () => {
    const latin1 = Buffer.concat([bytes('<html><body><p>Caf'), Buffer.from([0xe9]), bytes(' owners said prices rose.</p></body></html>')]);
    expect(refusal(() => extractArticle(latin1, 'cafe.html')).code).toBe('invalid_encoding');
    // The same bytes with their charset declared are read.
    const declared = Buffer.concat([bytes('<meta charset="iso-8859-1">'), latin1]);
    expect(decodeHtmlBytes(declared)).toContain('Café owners');
  });

  it('an empty file', () => {
    expect(refusal(() => extractArticle(new Uint8Array(), 'empty.html')).code).toBe('empty');
  });
});

describe('decodeHtmlBytes', () => {
  it('lets a byte-order mark win over a meta charset', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<meta charset="windows-1252"><p>Zürich — “quoted”</p>', 'utf16le')]);
    expect(decodeHtmlBytes(utf16)).toBe('<meta charset="windows-1252"><p>Zürich — “quoted”</p>');
  });

  it('reads an http-equiv Content-Type charset, and an unknown label as UTF-8', () => {
    const cp1251 = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>'), Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0])]);
    expect(decodeHtmlBytes(cp1251)).toContain('Москва');
    expect(decodeHtmlBytes(Buffer.from('<meta charset="klingon-8"><p>Plain words.</p>'))).toContain('Plain words.');
  });
});

describe('htmlBlocks', () => {
  it('one block per paragraph, heading, list item and caption; numbered lists counted; <br> kept; whitespace collapsed', () => {
    const html = `<h2>What  we
      know</h2><p>First   line<br>second line</p><ol><li><p>one</p></li><li>two</li></ol><ul><li>dot</li></ul>
      <figure><img src="x.jpg"><figcaption>A caption.</figcaption></figure><p>After&nbsp;it.</p><script>x()</script><p hidden>secret</p>`;
    expect(htmlBlocks(html)).toEqual(['## What we know', 'First line\nsecond line', '1. one', '2. two', '- dot', 'A caption.', 'After\u00a0it.']);
  });
});

describe('a page linkedom builds no document from (found by the import fuzz)', () => {
  it('plain text, a lone doctype or comment in an .html file is a named error or the text, never an internal one', () => {
    for (const html of ['hello', '<!DOCTYPE html>', '<!-- only a comment', '<?xml version="1.0"?>', '<>']) {
      try {
        extractHtmlArticle(html);
      } catch (err) {
        expect(err, html).toBeInstanceOf(ClaimdeskError);
        expect((err as ClaimdeskError).code, html).toBe('no_article_text');
      }
    }
    const prose = 'Officials said on Monday that forty schools had closed in the province after the floods. '.repeat(6);
    expect(extractHtmlArticle(prose).text).toContain('forty schools had closed');
  });
});

describe('pages that once took minutes or crashed inside Readability (found by the import fuzz)', () => {
  it('elements nested over 1,000 deep are refused by name; 900 deep (Readability fails on it) too', () => {
    for (const html of [`<p>Officials said this.</p>${'<div>'.repeat(1500)}`, `${'<div>'.repeat(900)}<p>${'Officials said on Monday that forty schools had closed. '.repeat(8)}</p>`]) {
      let err: unknown;
      try {
        extractHtmlArticle(html);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ClaimdeskError);
      expect((err as ClaimdeskError).code).toBe('no_article_text');
    }
  });

  it('a 100 KB line of words with no full stop is read (the prose test no longer backtracks over it)', () => {
    const text = extractHtmlArticle(`Officials said this. ${'word '.repeat(20_000)}\n`).text;
    expect(text).toContain("Officials said this. word word");
    expect(text.length).toBeGreaterThan(90_000);
  });
});
