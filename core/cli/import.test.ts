import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-workspace';
import { sampleArticlePath } from '../paths';
import { callOrThrow } from '../api/dispatch';
import { closeWorkspace, openWorkspace } from '../api/workspace';
import { THREADS_FROM_FILES } from '../import/analysis-pool';
import { EXIT_CANCELLED, expandImportPaths, importFiles } from './import';

const tempDir = useTempDir();
const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'claimdesk.js');
const sample = fs.readFileSync(sampleArticlePath(), 'utf8');

/** `count` different articles (the sample, its figures changed per copy) in `dir`. */
function writeArticles(dir: string, count: number, name = (i: number) => `${String(i).padStart(4, '0')}.txt`): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, name(i));
    fs.writeFileSync(file, `${sample.replace(/\d+/g, (d) => String(Number(d) + i + 1))}\n\nCopy ${i}.`);
    return file;
  });
}

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** The real command, built as users run it, in a child process; `interrupt` says when to send it Ctrl+C. */
function claimdesk(args: string[], interrupt?: (out: string) => boolean): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (interrupt && !sent && interrupt(out)) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

function readWorkspace<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('claimdesk import: globs', () => {
  it('expands a quoted glob to the article files it matches, by path; a path that exists is never a glob', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'cases', 'week 2', 'monday'), { recursive: true });
    for (const file of ['cases/b.txt', 'cases/a.md', 'cases/week 2/c.txt', 'cases/week 2/monday/d.txt', 'cases/notes.pdf', 'cases/week 2/e.html']) {
      fs.writeFileSync(path.join(dir, file), 'x');
    }
    fs.writeFileSync(path.join(dir, '[draft].txt'), 'x');
    const env = { INIT_CWD: dir };
    const rel = (files: string[]) => files.map((f) => path.relative(dir, path.resolve(dir, f)));

    expect(rel(expandImportPaths(['cases/**/*.txt'], env))).toEqual(['cases/b.txt', 'cases/week 2/c.txt', 'cases/week 2/monday/d.txt'].map(path.normalize));
    // Only article files: the PDF matched by * is skipped, as in a folder.
    expect(rel(expandImportPaths([path.join(dir, 'cases', '*')], env))).toEqual(['cases/a.md', 'cases/b.txt'].map(path.normalize));
    expect(rel(expandImportPaths(['cases/**/*.{md,html}'], env))).toEqual(['cases/a.md', 'cases/week 2/e.html'].map(path.normalize));
    // A file whose name looks like a glob is that file.
    expect(expandImportPaths(['[draft].txt'], env)).toEqual(['[draft].txt']);
    expect(() => expandImportPaths(['cases/**/*.docx'], env)).toThrow(/No article files \(\.txt.*\) match cases\/\*\*\/\*\.docx/);
  });
});

describe('claimdesk import in a child process (analysis threads, batched writes)', () => {
  beforeAll(async () => {
    // Built once here, so each test below times the import, not the build.
    await (require(path.join(ROOT, 'scripts', 'lib', 'backend-build.js')) as { buildBackend(): Promise<void> }).buildBackend();
  }, 120_000);

  it('a bad file is reported by name and skipped, an article failing to store rolls back alone, the rest go in', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    const files = writeArticles(path.join(dir, 'in'), 6);
    fs.writeFileSync(files[1]!, Buffer.from([0, 1, 2, 0, 0, 0, 9, 0]));
    fs.writeFileSync(files[3]!, fs.readFileSync(files[0]!)); // the same article twice
    // An article whose fourth claim cannot be stored: its article row and first claims are already written when it fails.
    fs.writeFileSync(files[4]!, `${fs.readFileSync(files[4]!, 'utf8')}\n\nThe poison pill was counted at 12 tonnes, officials said.`);
    const created = await claimdesk(['--db', db, 'stats']);
    expect(created.code).toBe(0);
    readWorkspace(db, () => undefined);
    const writable = new Database(db);
    writable.exec("CREATE TRIGGER test_poison BEFORE INSERT ON claims WHEN new.text LIKE '%poison pill%' BEGIN SELECT RAISE(ABORT, 'poisoned'); END");
    writable.close();

    const run = await claimdesk(['--db', db, 'import', path.join(dir, 'in')]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/0000\.txt: imported as article 1 /);
    expect(run.out).toMatch(/0002\.txt: imported as article 2 /);
    expect(run.out).toMatch(/0003\.txt: already imported as article 1 /);
    // The article after the failed one goes in, its claims matched against the articles before it (claim memory's index, rebuilt after the rollback).
    expect(run.out).toMatch(/0005\.txt: imported as article 3 /);
    expect(run.out).toMatch(/^imported 3 of 6 files \(2 refused\)/m);
    expect(run.err).toMatch(/claimdesk: .*0001\.txt: The file contains NUL bytes/);
    // The store failure's report line names the file and says what happened in words (the SQL goes to the log line before it).
    expect(run.err).toMatch(/^claimdesk: .*0004\.txt: Something went wrong inside Claimdesk\. Nothing was changed/m);

    readWorkspace(db, (r) => {
      expect(r.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 3 });
      const matched = (where: string) =>
        (r.prepare(`SELECT count(*) AS n FROM claim_matches m JOIN claims c ON c.id = m.claim_id JOIN claims e ON e.id = m.earlier_claim_id WHERE ${where}`).get() as { n: number }).n;
      expect(matched('c.article_id = 3')).toBeGreaterThan(0);
      expect(matched('e.article_id >= c.article_id')).toBe(0);
      // Nothing of the failed article is left: no claims without their article, no search rows without their claim.
      expect(r.prepare('SELECT count(*) AS n FROM claims WHERE article_id NOT IN (SELECT id FROM articles)').get()).toEqual({ n: 0 });
      expect(r.prepare("SELECT count(*) AS n FROM claims WHERE text LIKE '%poison%'").get()).toEqual({ n: 0 });
      expect(r.prepare('SELECT (SELECT count(*) FROM claim_search) = (SELECT count(*) FROM claims) AS same').get()).toEqual({ same: 1 });
      expect(r.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  }, 60_000);

  it('names each refused file first, as every other line does, and counts in words that agree with the number', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    fs.mkdirSync(path.join(dir, 'in'));
    fs.writeFileSync(path.join(dir, 'in', 'a-empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'in', 'b-one.txt'), 'One sentence only.');
    const run = await claimdesk(['--db', db, 'import', path.join(dir, 'in')]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^claimdesk: \S*a-empty\.txt: The file is empty: there is no article text to import\.$/m);
    expect(run.out).toMatch(/b-one\.txt: imported as article 1 "One sentence only\." \(1 sentence, \d+ claims?\)$/m);
    expect(run.out).toMatch(/^imported 1 of 2 files \(1 refused\): 1 sentence in /m);
  });

  it('Ctrl+C stops cleanly: what was committed stays, each article whole, "cancelled after N of M files", exit 130', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    const files = writeArticles(path.join(dir, 'in'), 400);
    // Interrupted once the first batch is committed (its lines are printed after the commit).
    const run = await claimdesk(['--db', db, 'import', path.join(dir, 'in')], (out) => /imported as article/.test(out));
    expect(run.code).toBe(EXIT_CANCELLED);
    const summary = /^cancelled after ([\d,]+) of ([\d,]+) files: imported ([\d,]+)/m.exec(run.out);
    expect(summary, run.out.slice(-500)).not.toBeNull();
    const [done, total, imported] = summary!.slice(1).map((n) => Number(n.replace(/,/g, '')));
    expect(total).toBe(files.length);
    expect(done).toBeLessThan(files.length);
    expect(imported).toBe(done);

    // Every article reported is in the workspace with every one of its claims; nothing else is.
    const reported = [...run.out.matchAll(/imported as article (\d+) .*\((\d+) sentences/g)].map((m) => ({ id: Number(m[1]), claims: Number(m[2]) }));
    expect(reported).toHaveLength(imported!);
    readWorkspace(db, (r) => {
      expect(r.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = r.prepare('SELECT a.id, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims FROM articles a ORDER BY a.id').all();
      expect(stored).toEqual(reported);
      expect(r.prepare('SELECT (SELECT count(*) FROM claim_search) = (SELECT count(*) FROM claims) AS same').get()).toEqual({ same: 1 });
    });

    // The rest imports on the next run; the ones already in are recognised.
    const rest = await claimdesk(['--db', db, 'import', path.join(dir, 'in', '000[0-9].txt')]);
    expect(rest.code).toBe(0);
    expect(rest.out).toMatch(/^imported \d+ of 10 files/m);
    expect(rest.out).toMatch(/0000\.txt: already imported as article 1 /);
  }, 90_000);
});

describe('claimdesk import in the process that goes on using the workspace', () => {
  it('leaves the connection as it found it: temp_store, wal_autocheckpoint and cache_size back, and a change after the import can be undone', async () => {
    const dir = tempDir();
    const ws = openWorkspace({ dbPath: path.join(dir, 'w.sqlite'), reviewer: 'Ana' });
    try {
      const before = ws.db.pragma('temp_store', { simple: true });
      const checkpointEvery = ws.db.pragma('wal_autocheckpoint', { simple: true });
      const cacheSize = ws.db.pragma('cache_size', { simple: true });
      const out: string[] = [];
      const io = { out: { write: (t: string) => out.push(t) }, err: { write: (t: string) => out.push(t) }, env: process.env };
      expect(await importFiles(ws, io, writeArticles(path.join(dir, 'in'), THREADS_FROM_FILES))).toBe(0);
      expect(out.join('')).toMatch(new RegExp(`imported ${THREADS_FROM_FILES} of ${THREADS_FROM_FILES} files`));
      expect(ws.db.pragma('temp_store', { simple: true })).toBe(before);
      expect(ws.db.pragma('wal_autocheckpoint', { simple: true })).toBe(checkpointEvery);
      expect(ws.db.pragma('cache_size', { simple: true })).toBe(cacheSize);
      const claim = callOrThrow(ws, 'listClaims', {}).rows[0]!;
      callOrThrow(ws, 'setStatus', { claimId: claim.id, status: 'verified' });
      callOrThrow(ws, 'undo', {});
      expect(callOrThrow(ws, 'getClaim', { claimId: claim.id }).claim).toMatchObject({ status: claim.status, reviewedAt: null });
      // Later copies of the sample are its claims seen before.
      expect(ws.db.prepare('SELECT count(*) AS n FROM claim_matches').get()).not.toEqual({ n: 0 });
    } finally {
      closeWorkspace(ws);
    }
  }, 60_000);
});

describe('claimdesk import: links (symbolic links) in a folder', () => {
  // Windows lets only administrators (or developer mode) make links.
  it.skipIf(process.platform === 'win32')(
    'a link to a file is imported through it; one to nothing, or round in a circle, is refused by name and counted; a link to a folder is named and not followed',
    async () => {
      const dir = tempDir();
      const folder = path.join(dir, 'mixed');
      const [good] = writeArticles(folder, 1, () => 'good.txt');
      const [elsewhere] = writeArticles(path.join(dir, 'elsewhere'), 2, (i) => `other${i}.txt`).slice(1);
      const [inLinkedFolder] = writeArticles(path.join(dir, 'linked'), 3, () => 'hidden.txt').slice(2);
      fs.symlinkSync(elsewhere!, path.join(folder, 'alias.txt'));
      fs.symlinkSync(path.join(dir, 'nonexistent.txt'), path.join(folder, 'dangling.txt'));
      fs.symlinkSync(path.join(folder, 'loop2.txt'), path.join(folder, 'loop1.txt'));
      fs.symlinkSync(path.join(folder, 'loop1.txt'), path.join(folder, 'loop2.txt'));
      // Not an article file's name: skipped as any other such file in a folder is.
      fs.symlinkSync(path.join(dir, 'nonexistent.pdf'), path.join(folder, 'dangling.pdf'));
      // A link back up the tree would never end: no link to a folder is followed.
      fs.symlinkSync(dir, path.join(folder, 'up'));
      fs.symlinkSync(path.dirname(inLinkedFolder!), path.join(folder, 'linked'));

      const skipped: string[] = [];
      expect(expandImportPaths([folder], process.env, (link) => skipped.push(link))).toEqual(
        ['alias.txt', 'dangling.txt', 'good.txt', 'loop1.txt', 'loop2.txt'].map((name) => path.join(folder, name)),
      );
      expect(skipped).toEqual([path.join(folder, 'linked'), path.join(folder, 'up')]);

      const ws = openWorkspace({ dbPath: path.join(dir, 'w.sqlite'), reviewer: 'Ana' });
      try {
        const out: string[] = [];
        const err: string[] = [];
        const io = { out: { write: (t: string) => out.push(t) }, err: { write: (t: string) => err.push(t) }, env: process.env };
        expect(await importFiles(ws, io, [folder])).toBe(1);
        expect(out.join('')).toMatch(/^imported 2 of 5 files \(3 refused\)/m);
        expect(out.join('')).toMatch(/alias\.txt: imported as article \d+ /);
        expect(out.join('')).toMatch(/good\.txt: imported as article \d+ /);
        const errors = err.join('');
        expect(errors).toContain(`claimdesk: Cannot read ${path.join(folder, 'dangling.txt')}: it is a link to ${path.join(dir, 'nonexistent.txt')}, which does not exist.\n`);
        expect(errors).toContain(`claimdesk: Cannot read ${path.join(folder, 'loop1.txt')}: it is a link that leads round in a circle.\n`);
        expect(errors).toContain(`claimdesk: Cannot read ${path.join(folder, 'loop2.txt')}: it is a link that leads round in a circle.\n`);
        expect(errors).toContain(`claimdesk: ${path.join(folder, 'up')}: a link to a folder, not followed (give the folder itself to import the articles in it)\n`);
        expect(errors).toContain(`claimdesk: ${path.join(folder, 'linked')}: a link to a folder, not followed`);
        expect(errors).not.toContain('dangling.pdf');
        // What was imported is the two files: the link's target and good.txt, not the article in the linked folder.
        const stored = ws.db.prepare('SELECT body FROM articles ORDER BY id').pluck().all() as string[];
        expect(stored.map((body) => body.trim())).toEqual([fs.readFileSync(elsewhere!, 'utf8').trim(), fs.readFileSync(good!, 'utf8').trim()]);
      } finally {
        closeWorkspace(ws);
      }
      // Named directly, a link to nothing gets the same named error.
      const direct = openWorkspace({ dbPath: path.join(dir, 'w.sqlite'), reviewer: 'Ana' });
      try {
        const err: string[] = [];
        const io = { out: { write: () => true }, err: { write: (t: string) => err.push(t) }, env: process.env };
        expect(await importFiles(direct, io, [path.join(folder, 'dangling.txt')])).toBe(1);
        expect(err.join('')).toContain(`Cannot read ${path.join(folder, 'dangling.txt')}: it is a link to ${path.join(dir, 'nonexistent.txt')}, which does not exist.`);
        expect(direct.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
      } finally {
        closeWorkspace(direct);
      }
    },
    60_000,
  );
});
