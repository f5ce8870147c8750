/**
 * Web pages and Word files imported as a fact-checker would: real files on
 * disk, the CLI's import, a real SQLite workspace, then what the app reads back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotDatabase, useTempDir } from '../../db/testing/temp-workspace';
import { callOrThrow, dispatch } from '../api/dispatch';
import { closeWorkspace, openWorkspace, type Workspace } from '../api/workspace';
import { FIXTURES } from '../import/test-support';
import { makeDocx, makeOtherZip } from '../import/test-docx';
import type { AnalyzedArticleJson } from './analyze';
import { EXIT_BAD_INPUT, EXIT_OK, runCli } from './run';

const tempDir = useTempDir();

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, env: {} });
  return { code, out, err };
}

function withWorkspace<T>(db: string, read: (ws: Workspace) => T): T {
  const ws = openWorkspace({ dbPath: db });
  try {
    return read(ws);
  } finally {
    closeWorkspace(ws);
  }
}

/** Every stored row of an article, shown or hidden, with its span checked against the stored text. */
function storedArticle(ws: Workspace, title: string) {
  const summary = callOrThrow(ws, 'listArticles', {}).find((a) => a.title === title);
  if (!summary) throw new Error(`no article titled ${title}`);
  const { article } = callOrThrow(ws, 'getArticle', { id: summary.id });
  const rows = ws.db
    .prepare('SELECT text, span_start AS start, span_end AS "end", kind, hidden, speaker FROM claims WHERE article_id = ? ORDER BY position')
    .all(summary.id) as Array<{ text: string; start: number; end: number; kind: string; hidden: number; speaker: string | null }>;
  return { article, rows, claims: rows.filter((r) => r.hidden === 0) };
}

const NEWSROOM_MEMO = [
  { text: 'Dam inquiry finds cracks in spillway', style: 'Title' as const },
  'KARACHI - Engineers found 14 cracks in the Tarbela spillway during the winter inspection, the Water and Power Development Authority said on Monday.',
  // Word splits paragraphs into runs wherever formatting changed; the text must come out joined.
  { text: '', runs: ['The repairs will cost ', 'Rs2.4 billion', ' and take until June, according to the authority’s chairman, Sajjad Ghani.'] },
  { text: 'What the report says', style: 'Heading1' as const },
  'The inspection report, seen by Dawn Wire, lists three cracks as “serious”.',
  'The authority denies that the dam is unsafe.',
];

const FIELD_NOTES = [
  'Flooding displaced 30,000 people in Dadu district last week, the provincial disaster authority said.',
  '“We have not received a single tent,” said Mai Bhagi, a resident of Johi. The authority says 4,000 tents were sent.',
];

describe('importing web pages and Word files from disk', () => {
  it('stores the article text, title, date and address, with every claim an exact span of the stored text', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    for (const name of ['news-page.html', 'blog-post.html', 'feature-figures.html']) fs.copyFileSync(path.join(FIXTURES, 'web', name), path.join(dir, name));
    fs.renameSync(path.join(dir, 'blog-post.html'), path.join(dir, 'blog-post.HTM'));
    fs.writeFileSync(path.join(dir, 'memo.docx'), await makeDocx(NEWSROOM_MEMO));
    fs.writeFileSync(path.join(dir, 'field notes.docx'), await makeDocx(FIELD_NOTES));

    const files = ['news-page.html', 'blog-post.HTM', 'feature-figures.html', 'memo.docx', 'field notes.docx'].map((f) => path.join(dir, f));
    const imported = await cli(['--db', db, 'import', ...files]);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(EXIT_OK);
    expect(imported.out).toContain('news-page.html: imported as article 1 "Torkham border crossing stays shut as talks stall"');
    expect(imported.out).toContain('from https://www.dawnwire.example/news/2025/02/18/torkham-border-crossing-stays-shut');
    expect(imported.out).toContain('memo.docx: imported as article 4 "Dam inquiry finds cracks in spillway"');

    withWorkspace(db, (ws) => {
      const news = storedArticle(ws, 'Torkham border crossing stays shut as talks stall');
      expect(news.article).toMatchObject({ date: '2025-02-18', dateline: 'ISLAMABAD', filename: 'news-page.html', url: 'https://www.dawnwire.example/news/2025/02/18/torkham-border-crossing-stays-shut' });
      expect(news.article.body).toMatch(/^# Torkham border crossing stays shut as talks stall\n\nBy Sana Qureshi\n\nISLAMABAD - The Torkham/);
      for (const noise of ['cookies', 'Advertisement', 'Share on', 'Related stories', 'patriot_1971', 'gtag']) expect(news.article.body).not.toContain(noise);
      expect(news.claims.map((c) => c.text)).toContain('Trade through Torkham was worth $1.6 billion in the last fiscal year, according to figures from the State Bank of Pakistan.');
      expect(news.rows.filter((r) => r.hidden).map((r) => r.kind)).toEqual(expect.arrayContaining(['headline', 'byline']));

      const blog = storedArticle(ws, "Why the flood relief numbers don't add up");
      expect(blog.article).toMatchObject({ date: '2024-09-03', filename: 'blog-post.HTM', url: 'https://datadesk.example.org/2024/09/flood-relief-numbers/' });
      expect(blog.article.body).not.toContain('Leave a Reply');
      expect(blog.claims.some((c) => c.text === 'cash transfers, which the government says reached 90,000 families.')).toBe(true);

      const feature = storedArticle(ws, 'Inside the glacier lake that could burst');
      expect(feature.article).toMatchObject({ date: '2024-06-12', url: 'https://mountainpost.example.com/features/glacier-lake-hunza' });
      expect(feature.article.body).toContain('By Léa Martin and Imran Baig');
      expect(feature.claims.find((c) => c.text.startsWith('“We had forty minutes’ warning,”'))?.speaker).toBe('Karim Khan');

      const memo = storedArticle(ws, 'Dam inquiry finds cracks in spillway');
      expect(memo.article).toMatchObject({ filename: 'memo.docx', url: null, dateline: 'KARACHI' });
      expect(memo.article.body).toBe(
        [
          '# Dam inquiry finds cracks in spillway',
          NEWSROOM_MEMO[1],
          'The repairs will cost Rs2.4 billion and take until June, according to the authority’s chairman, Sajjad Ghani.',
          '# What the report says',
          NEWSROOM_MEMO[4],
          NEWSROOM_MEMO[5],
        ].join('\n\n'),
      );

      const notes = storedArticle(ws, callOrThrow(ws, 'listArticles', {}).find((a) => a.filename === 'field notes.docx')!.title);
      expect(notes.article.body).toBe(FIELD_NOTES.join('\n\n'));
      expect(notes.claims.find((c) => c.text.startsWith('“We have not received'))?.speaker).toBe('Mai Bhagi');

      for (const { article, rows } of [news, blog, feature, memo, notes]) {
        expect(rows.length).toBeGreaterThan(2);
        for (const row of rows) expect(row.text, `${article.title}: ${row.text}`).toBe(article.body.slice(row.start, row.end));
      }
    });

    // The same page again is recognised, not stored twice.
    expect((await cli(['--db', db, 'import', files[0]!])).out).toMatch(/already imported as article 1/);
  });

  it('analyze --json prints the page address and author with exact spans', async () => {
    const file = path.join(FIXTURES, 'web', 'news-page.html');
    const result = await cli(['analyze', file, '--json']);
    expect(result.code).toBe(EXIT_OK);
    const json = JSON.parse(result.out) as AnalyzedArticleJson;
    expect(json.article).toEqual({
      title: 'Torkham border crossing stays shut as talks stall',
      date: '2025-02-18',
      dateline: 'ISLAMABAD',
      author: 'Sana Qureshi',
      url: 'https://www.dawnwire.example/news/2025/02/18/torkham-border-crossing-stays-shut',
    });
    const readable = await cli(['analyze', file]);
    expect(readable.out.split('\n').slice(0, 3)).toEqual([
      'Torkham border crossing stays shut as talks stall (2025-02-18) — ISLAMABAD',
      'by Sana Qureshi',
      'https://www.dawnwire.example/news/2025/02/18/torkham-border-crossing-stays-shut',
    ]);
  });
});

describe('bad web pages and Word files', () => {
  const LOGIN_PAGE = '<!doctype html><title>Sign in</title><nav><a href="/">Home</a> <a href="/news">News</a></nav><form><input name="u"><button>Sign in</button></form><script>boot()</script>';

  async function badFiles(dir: string): Promise<Array<[string, string, RegExp]>> {
    const good = await makeDocx(FIELD_NOTES);
    const write = (name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(dir, name), bytes);
    write('truncated.docx', good.subarray(0, Math.floor(good.length / 2)));
    const scrambled = Buffer.from(good);
    scrambled.fill(0x41, 200, scrambled.length - 200); // the zip's entries overwritten, its header kept
    write('scrambled.docx', scrambled);
    write('figures.docx', await makeOtherZip());
    write('notes.docx', 'Meeting notes, typed in a text editor and saved as .docx by mistake.');
    write('old-word.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    write('login.html', LOGIN_PAGE);
    write('photo.htm', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const huge = path.join(dir, 'archive-page.html');
    fs.writeFileSync(huge, '<p>x</p>');
    fs.truncateSync(huge, 10 * 1024 * 1024 + 1);
    return [
      ['truncated.docx', 'invalid_docx', /damaged/],
      ['scrambled.docx', 'invalid_docx', /damaged/],
      ['figures.docx', 'invalid_docx', /zip archive but not a Word document/],
      ['notes.docx', 'invalid_docx', /not a Word document: a \.docx file is a zip archive/],
      ['old-word.docx', 'invalid_docx', /older Word \(\.doc\)/],
      ['login.html', 'no_article_text', /no article text/],
      ['photo.htm', 'binary', /binary/],
      ['archive-page.html', 'too_large', /10,485,761 bytes/],
    ];
  }

  it('each gets its named error with the file name once, and the workspace is unchanged', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    expect((await cli(['--db', db, 'import', path.join(FIXTURES, 'web', 'news-page.html')])).code).toBe(EXIT_OK);
    const before = withWorkspace(db, snapshotDatabase);

    for (const [name, code, message] of await badFiles(dir)) {
      const result = await cli(['--db', db, 'import', path.join(dir, name)]);
      expect(result.code, name).toBe(EXIT_BAD_INPUT);
      expect(result.err, name).toMatch(message);
      expect(result.err.split(name).length - 1, `${name} named once in: ${result.err}`).toBe(1);
      expect(result.err.trim().split('\n'), name).toHaveLength(1);

      // The UI and browser mode send the bytes with the name, and show the name in front of the message.
      if (code !== 'too_large') {
        withWorkspace(db, (ws) => {
          const sent = dispatch(ws, 'importArticle', { bytesBase64: fs.readFileSync(path.join(dir, name)).toString('base64'), filename: name });
          expect(sent, name).toMatchObject({ ok: false, error: { code } });
          if (!sent.ok) expect(sent.error.message, name).not.toContain(name);
        });
      }
    }
    expect(withWorkspace(db, snapshotDatabase)).toEqual(before);
  });

  it('an unsupported type names the supported ones, and the name only once', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'scan.pdf');
    fs.writeFileSync(file, '%PDF-1.7');
    const result = await cli(['--db', path.join(dir, 'w.sqlite'), 'import', file]);
    expect(result.code).toBe(EXIT_BAD_INPUT);
    expect(result.err).toMatch(/cannot import "\.pdf" files\. Supported: \.txt, \.md, \.markdown, \.text, \.html, \.htm, \.docx\./);
    expect(result.err.split('scan.pdf').length - 1).toBe(1);
  });
});
