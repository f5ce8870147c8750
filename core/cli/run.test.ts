import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-workspace';
import { sampleArticlePath } from '../paths';
import { spawnSync } from 'node:child_process';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, runCli } from './run';
import type { AnalyzedArticleJson } from './analyze';
import { printableName } from './printable';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const tempDir = useTempDir();

function cli(args: string[], env: NodeJS.ProcessEnv = {}, stdin?: Uint8Array) {
  let out = '';
  let err = '';
  const code = runCli(args, {
    out: { write: (t: string) => (out += t) },
    err: { write: (t: string) => (err += t) },
    env,
    ...(stdin ? { readStdin: () => stdin } : {}),
  });
  return { code, out, err };
}

/** As cli(), for import (which runs on threads and answers with a promise). */
async function cliAsync(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, env });
  return { code, out, err };
}

describe('claimdesk CLI', () => {
  it('imports, lists, exports and counts against the --db file', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    const imported = await cliAsync(['--db', db, 'import', sampleArticlePath()]);
    expect(imported.code).toBe(EXIT_OK);
    expect(imported.out).toMatch(/imported as article 1 /);
    expect((await cliAsync(['--db', db, 'import', sampleArticlePath()])).out).toMatch(/already imported as article 1/);

    const listed = cli(['--db', db, 'list', '--json']);
    expect(listed.code).toBe(EXIT_OK);
    const rows = JSON.parse(listed.out) as Array<{ text: string; speaker: string | null }>;
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.some((r) => r.speaker === 'one diplomat')).toBe(true);

    const out = path.join(dir, 'report.csv');
    const exported = cli(['--db', db, 'export', '--format', 'csv', '--out', out, '--status', 'not-reviewed']);
    expect(await exported.code).toBe(EXIT_OK);
    const records = parse(fs.readFileSync(out, 'utf8'), { bom: true, columns: true }) as unknown[];
    expect(records).toHaveLength(rows.length);
    expect(cli(['--db', db, 'export', '--format', 'csv', '--status', 'verified']).out.split('\r\n').filter(Boolean)).toHaveLength(1);

    expect(cli(['--db', db, 'stats']).out).toMatch(new RegExp(`All articles: ${rows.length} claims: 0 verified, 0 disputed, 0 unverified, ${rows.length} not reviewed`));
  });

  it('refuses --article of no article in list and every export format: exit 1, the article named, no file written', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    expect((await cliAsync(['--db', db, 'import', sampleArticlePath()])).code).toBe(EXIT_OK);
    const missing = 'claimdesk: No article 99999 in this workspace (claimdesk stats lists its articles).\n';
    expect(cli(['--db', db, 'list', '--article', '99999'])).toEqual({ code: EXIT_BAD_INPUT, out: '', err: missing });
    expect(cli(['--db', db, 'list', '--json', '--article', '99999'])).toEqual({ code: EXIT_BAD_INPUT, out: '', err: missing });
    for (const format of ['csv', 'html', 'markdown', 'claimreview']) {
      const out = path.join(dir, `none.${format}`);
      const exported = cli(['--db', db, 'export', '--format', format, '--article', '99999', '--out', out]);
      expect({ ...exported, code: await exported.code }).toEqual({ code: EXIT_BAD_INPUT, out: '', err: missing });
      expect(cli(['--db', db, 'export', '--format', format, '--article', '99999'])).toEqual({ code: EXIT_BAD_INPUT, out: '', err: missing });
    }
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('none.'))).toEqual([]);
    // The article that is there still lists and exports.
    expect(cli(['--db', db, 'list', '--article', '1']).code).toBe(EXIT_OK);
    const exported = await cliAsync(['--db', db, 'export', '--format', 'csv', '--article', '1', '--out', path.join(dir, 'one.csv')]);
    expect(exported.code).toBe(EXIT_OK);
    expect(exported.err).toMatch(/^Wrote \d+ claims to /);
  });

  it('prints a file name with a line break or another control character escaped, on one line', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    const name = path.join(dir, 'emoji 🔥\nnewline.txt');
    fs.copyFileSync(sampleArticlePath(), name);
    const empty = path.join(dir, 'tab\there.txt');
    fs.writeFileSync(empty, '');
    const imported = await cliAsync(['--db', db, 'import', name, empty]);
    // (The empty file is refused.)
    expect(imported.code).toBe(EXIT_BAD_INPUT);
    expect(imported.out.split('\n')[0]).toMatch(new RegExp(`^${escapeRegExp(JSON.stringify(name))}: imported as article 1 `));
    expect(imported.err).toMatch(new RegExp(`^claimdesk: ${escapeRegExp(JSON.stringify(empty))}: .*\\n$`));
    expect(imported.err.split('\n')).toHaveLength(2);
    const out = path.join(dir, 'report\r\u001b[2J.csv');
    const exported = await cliAsync(['--db', db, 'export', '--format', 'csv', '--out', out]);
    expect(exported.code).toBe(EXIT_OK);
    expect(exported.err).toBe(`Wrote ${(JSON.parse(cli(['--db', db, 'list', '--json']).out) as unknown[]).length} claims to ${JSON.stringify(out)}\n`);
    expect(fs.existsSync(out)).toBe(true);
    // Names without one print as they are.
    expect(printableName('C:\\Users\\Ana\\café “draft”.txt')).toBe('C:\\Users\\Ana\\café “draft”.txt');
    expect(printableName('a\u2028b\u0085c\u007f')).toBe('"a\\u2028b\\u0085c\\u007f"');
  });

  it('uses CLAIMDESK_DB when --db is not given', async () => {
    const db = path.join(tempDir(), 'env.sqlite');
    expect((await cliAsync(['import', sampleArticlePath()], { CLAIMDESK_DB: db })).code).toBe(EXIT_OK);
    expect(fs.existsSync(db)).toBe(true);
  });

  it('stamps --reviewer on what it imports, and says so when there is no name at all', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    const unnamed = await cliAsync(['--db', db, 'import', sampleArticlePath()]);
    expect(unnamed.code).toBe(EXIT_OK);
    expect(unnamed.out).toContain('(no reviewer name saved and no --reviewer given: imported without one)');
    fs.writeFileSync(path.join(dir, 'second.txt'), 'LONDON - Officials said 1,200 families were moved in March.\n');
    const named = await cliAsync(['--db', db, '--reviewer', 'Farah Khan', 'import', path.join(dir, 'second.txt')]);
    expect(named.code).toBe(EXIT_OK);
    expect(named.out).not.toContain('no reviewer name');
    const stored = new Database(db, { readonly: true });
    try {
      expect(stored.prepare('SELECT imported_by FROM articles ORDER BY id').all()).toEqual([{ imported_by: '' }, { imported_by: 'Farah Khan' }]);
    } finally {
      stored.close();
    }
    expect(cli(['--db', db, '--reviewer', '  ', 'stats']).code).toBe(EXIT_USAGE);
  });

  it('exits 1 with a one-line message for bad input, importing the good files only', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    const binary = path.join(dir, 'photo.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const result = await cliAsync(['--db', db, 'import', path.join(dir, 'missing.txt'), binary, sampleArticlePath()]);
    expect(result.code).toBe(EXIT_BAD_INPUT);
    const lines = result.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^claimdesk: File not found: .*missing\.txt$/);
    expect(lines[1]).toMatch(/photo\.txt: /);
    expect(JSON.parse(cli(['--db', db, 'list', '--json']).out).length).toBeGreaterThan(0);
  });

  it('imports every article file below a folder, skips other files there, sums up, and draws progress only on a terminal', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    const articles = path.join(dir, 'inbox');
    fs.mkdirSync(path.join(articles, 'week 2', 'monday'), { recursive: true });
    const sample = fs.readFileSync(sampleArticlePath(), 'utf8');
    fs.writeFileSync(path.join(articles, 'a.txt'), `${sample}\n\nCopy A.`);
    fs.writeFileSync(path.join(articles, 'week 2', 'b.md'), `${sample}\n\nCopy B.`);
    fs.writeFileSync(path.join(articles, 'week 2', 'monday', 'c.TXT'), `${sample}\n\nCopy C.`);
    fs.writeFileSync(path.join(articles, 'week 2', 'notes.pdf'), '%PDF-1.4 not an article');
    fs.writeFileSync(path.join(articles, '.DS_Store'), 'junk');

    let out = '';
    let err = '';
    const code = await runCli(['--db', db, 'import', articles], { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t), isTTY: true }, env: {} });
    expect(code).toBe(EXIT_OK);
    // Depth first, by name; the PDF and the dot file are not articles and are not tried.
    expect([...out.matchAll(/^(.*): imported as article (\d+)/gm)].map((m) => [path.relative(articles, m[1]!), m[2]])).toEqual([
      ['a.txt', '1'],
      [path.join('week 2', 'b.md'), '2'],
      [path.join('week 2', 'monday', 'c.TXT'), '3'],
    ]);
    expect(out).toMatch(/^imported 3 of 3 files: \d+ sentences in [\d.]+ s \([\d,]+ a second\)$/m);
    // On a terminal: the progress line counts up and is cleared before each report line and at the end.
    expect(err).toContain('importing 0 of 3 files…');
    expect(err).toContain('importing 2 of 3 files…');
    expect(err.endsWith('\r\x1b[K')).toBe(true);

    // Not a terminal (a pipe, a log file): no progress drawn; an empty folder is said plainly.
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    const none = await cliAsync(['--db', db, 'import', empty]);
    expect(none.code).toBe(EXIT_BAD_INPUT);
    expect(none.err).toMatch(/no article files \(\.txt, \.md.*\) in .*empty/);
    const again = await cliAsync(['--db', db, 'import', articles]);
    expect(again.err).toBe('');
    expect(again.out).toMatch(/^imported 0 of 3 files: 0 sentences/m);
  });

  it('reads relative paths from the folder the command was typed in (INIT_CWD under npm run)', async () => {
    const dir = tempDir();
    fs.copyFileSync(sampleArticlePath(), path.join(dir, 'story.txt'));
    const env = { INIT_CWD: dir };
    expect((await cliAsync(['--db', 'w.sqlite', 'import', 'story.txt'], env)).code).toBe(EXIT_OK);
    expect((await cliAsync(['--db', 'w.sqlite', 'export', '--format', 'csv', '--out', 'r.csv'], env)).code).toBe(EXIT_OK);
    expect(fs.readdirSync(dir).sort()).toEqual(expect.arrayContaining(['r.csv', 'story.txt', 'w.sqlite']));
  });

  it('refuses an empty --db instead of falling back to the real workspace', () => {
    const home = tempDir();
    for (const args of [['--db=', 'stats'], ['--db', '', 'stats']]) {
      const result = cli(args, { HOME: home, XDG_CONFIG_HOME: home });
      expect(result.code).toBe(EXIT_USAGE);
      expect(result.err).toMatch(/--db needs a file path/);
    }
    expect(fs.readdirSync(home)).toEqual([]);
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['export']],
    [['export', '--format', 'xlsx']],
    [['list', '--status', 'maybe']],
    [['list', '--status', 'constructor']],
    [['list', '--status', '__proto__']],
    [['list', '--article', '0x10']],
    [['list', '--article', '1e3']],
    [['list', '--bogus']],
    [['import']],
  ])(
    'exits 2 on usage errors: %j',
    (args) => {
      const result = cli(['--db', path.join(tempDir(), 'w.sqlite'), ...args]);
      expect(result.code).toBe(EXIT_USAGE);
      expect(result.err).toMatch(/^claimdesk: .*\nusage: /);
    },
  );

  describe('analyze', () => {
    const sample = fs.readFileSync(sampleArticlePath(), 'utf8');

    it('prints every row of the article with every field, as JSON, and opens no workspace', () => {
      const db = path.join(tempDir(), 'never-created.sqlite');
      const result = cli(['analyze', sampleArticlePath(), '--json'], { CLAIMDESK_DB: db });
      expect(result.code).toBe(EXIT_OK);
      expect(fs.existsSync(db)).toBe(false);
      const json = JSON.parse(result.out) as AnalyzedArticleJson;
      expect(json.article).toEqual({ title: expect.any(String), date: '2025-02-18', dateline: 'ISLAMABAD', author: null, url: null });
      expect(json.claims.length).toBe(19);
      let previousEnd = 0;
      for (const claim of json.claims) {
        expect(Object.keys(claim)).toEqual(
          expect.arrayContaining(['text', 'start', 'end', 'speaker', 'figures', 'entities', 'checkWorthiness', 'reasons', 'excluded', 'disputedBy', 'contested', 'contestedWith']),
        );
        expect(sample.slice(claim.start, claim.end)).toBe(claim.text);
        expect(claim.start).toBeGreaterThanOrEqual(previousEnd);
        previousEnd = claim.end;
        expect(claim.checkWorthiness).toBeGreaterThanOrEqual(0);
        expect(claim.checkWorthiness).toBeLessThanOrEqual(1);
        expect(Array.isArray(claim.figures) && Array.isArray(claim.entities) && Array.isArray(claim.reasons)).toBe(true);
      }
      expect(json.claims[0]).toMatchObject({ kind: 'dateline', excluded: true });
      const quote = json.claims.filter((c) => c.speaker === 'one diplomat');
      expect(quote.map((c) => c.text)).toEqual([
        '“The provincial government cannot directly have talks with any foreign government.',
        'Without the federal government’s approval, nothing will be official,” said one diplomat.',
      ]);
    });

    it("reports the sample's denial against the claim about militant attacks", () => {
      const json = JSON.parse(cli(['analyze', sampleArticlePath(), '--json']).out) as AnalyzedArticleJson;
      const disputed = json.claims.filter((c) => c.disputedBy.length > 0);
      expect(disputed.map((c) => [c.text.slice(0, 60), c.disputedBy])).toEqual([
        [
          'Relations between Pakistan and Afghanistan have deteriorated',
          ['The Taliban government denies these allegations, asserting that Afghan soil was not being used against any nation.'],
        ],
      ]);
      // Both sides are contested, each pointing at the other.
      const contested = json.claims.filter((c) => c.contested);
      expect(contested.map((c) => [c.text.slice(0, 40), c.contestedWith.map((t) => t.slice(0, 40))])).toEqual([
        ['Relations between Pakistan and Afghanist', ['The Taliban government denies these alle']],
        ['The Taliban government denies these alle', ['Relations between Pakistan and Afghanist']],
      ]);
      expect(json.claims.filter((c) => !c.contested).every((c) => c.contestedWith.length === 0)).toBe(true);
    });

    it('reads standard input with -, the same as the file', () => {
      const fromFile = cli(['analyze', sampleArticlePath(), '--json']).out;
      expect(cli(['analyze', '-', '--json'], {}, fs.readFileSync(sampleArticlePath())).out).toBe(fromFile);
      // Through a real pipe into a real process.
      const tsx = path.resolve('node_modules/.bin/tsx');
      const piped = spawnSync(tsx, ['core/cli/main.ts', 'analyze', '-', '--json'], { input: fs.readFileSync(sampleArticlePath()), encoding: 'utf8' });
      expect(piped.status).toBe(0);
      expect(piped.stdout).toBe(fromFile);
    });

    it('without --json prints one readable line per row', () => {
      const result = cli(['analyze', sampleArticlePath()]);
      expect(result.code).toBe(EXIT_OK);
      expect(result.out).toMatch(/one diplomat: “The provincial government cannot/);
      expect(result.out).toMatch(/\(dateline\)/);
    });

    it('bad input: a clear message and exit 1; wrong use: exit 2', () => {
      expect(cli(['analyze', '-'], {}, new Uint8Array())).toMatchObject({ code: EXIT_BAD_INPUT, err: expect.stringMatching(/Standard input is empty/) });
      expect(cli(['analyze', '-'], {}, new Uint8Array([0, 1, 2, 0, 0, 0, 9, 0]))).toMatchObject({ code: EXIT_BAD_INPUT, err: expect.stringMatching(/^claimdesk: Standard input contains NUL bytes/) });
      expect(cli(['analyze', path.join(tempDir(), 'missing.txt')])).toMatchObject({ code: EXIT_BAD_INPUT, err: expect.stringMatching(/not found/i) });
      expect(cli(['analyze'])).toMatchObject({ code: EXIT_USAGE });
      expect(cli(['analyze', 'a.txt', 'b.txt'])).toMatchObject({ code: EXIT_USAGE });
      expect(cli(['analyze', sampleArticlePath(), '--status', 'verified'])).toMatchObject({ code: EXIT_USAGE });
    });
  });
});
