/**
 * `npm run three-writers [-- --seconds N]`: one workspace file, three
 * processes writing to it at once, as when a fact-checker has the desktop
 * app open, a colleague's browser-mode tab on the same file, and a script
 * importing with the CLI:
 *
 * - browser mode (`npm run web`), two clients setting verdicts, notes and
 *   sources over its HTTP API;
 * - a Node process running the desktop app's worker backend
 *   (scripts/three-writers-desktop.ts), doing the same on other claims;
 * - the CLI (`bin/claimdesk.js`), importing new article files run after run
 *   and setting the publisher now and then.
 *
 * In the middle, a fourth connection holds the write lock longer than the
 * busy timeout, so each writer meets `database_busy` (a writer that meets it
 * tries again, as a user — or the UI — does). Afterwards the file is read
 * directly: every acknowledged write must be there, every busy one absent
 * ("Nothing was changed"), integrity_check ok, and no refusal other than
 * `database_busy`. Prints the counts; exits 1 on any fault.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { spawnBrowserMode, waitForAddress } from '../e2e/server';
import type { ApiResult } from '../core/api/result';
import { emptyLog, writeUntil, type WriterLog } from './three-writers-writes';

const ROOT = path.join(__dirname, '..');
/** The named answer to a write that found the workspace locked (core/errors.ts). */
const BUSY_TEXT = 'is busy with another Claimdesk window or command';

export interface ThreeWritersOptions {
  /** How long the three write at once (default 20). */
  seconds?: number;
  /** Hold the write lock from a fourth connection for this long, starting a quarter of the way in (0: never). Default 6.5 s: past the 5 s busy timeout. */
  lockSeconds?: number;
  log?: (line: string) => void;
}

export interface CliLog {
  runs: number;
  /** Files the CLI said it imported, with the article and its claim count. */
  imported: Array<{ file: string; articleId: number; claims: number }>;
  /** Publisher names the CLI said it set, in order. */
  publishers: string[];
  /** Imports or publisher runs answered busy (files are tried again on the next run). */
  busy: string[];
  otherErrors: string[];
}

export interface ThreeWritersResult {
  browser: WriterLog;
  desktop: WriterLog;
  cli: CliLog;
  /** The busy messages seen, each once: they must name the problem, never SQL. */
  busyMessages: string[];
  integrity: string;
  /** Acknowledged writes not in the file, and busy writes that are. */
  lost: string[];
  /** Milliseconds the lock was held (0 when not). */
  lockHeldMs: number;
}

/** A short article whose every sentence is a claim; `tag` makes its text (and fingerprint) unique. */
function articleText(tag: string, n: number): string {
  return [
    `Three writers report ${tag}`,
    '',
    `The ministry said on Monday that ${100 + n} schools would reopen by March, according to a statement.`,
    `Officials estimated the repairs cost ${200 + n} million dollars, up from ${150 + n} million last year.`,
    `"We have hired ${300 + n} new teachers," the minister told reporters in the capital.`,
    `Critics said the figure of ${400 + n} classrooms was exaggerated.`,
  ].join('\n');
}

class BrowserMode {
  private constructor(
    private readonly child: ChildProcess,
    private readonly origin: string,
    private readonly token: string,
  ) {}

  static async start(dbPath: string): Promise<BrowserMode> {
    const child = spawnBrowserMode(dbPath);
    const url = new URL(await waitForAddress(child));
    child.stdout?.resume();
    child.stderr?.resume();
    return new BrowserMode(child, url.origin, url.searchParams.get('token') ?? '');
  }

  async call(op: string, input: unknown): Promise<ApiResult<unknown>> {
    const response = await fetch(`${this.origin}/api/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-claimdesk-token': this.token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResult<unknown>;
  }

  /** As Ctrl+C does: the server closes the workspace and exits. */
  stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((done) => this.child.once('exit', () => done()));
    this.child.kill('SIGTERM');
    return exited;
  }
}

interface Desktop {
  /** Settles once its backend has the workspace open. */
  ready: Promise<void>;
  /** Starts its writes: for `seconds`, on `claimIds`. */
  go(seconds: number, claimIds: number[]): void;
  done: Promise<WriterLog>;
  kill(): void;
}

/** The desktop app's stand-in: opens the workspace at once, says `ready`, writes when told. */
function startDesktop(dbPath: string): Desktop {
  const args = { dbPath, workerScript: path.join(ROOT, 'out', 'backend', 'backend-worker.js') };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'three-writers-desktop.ts'), JSON.stringify(args)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.startsWith('ready\n')) markReady();
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const done = new Promise<WriterLog>((resolve, reject) => {
    child.once('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`the desktop stand-in exited with ${code}:\n${out}\n${err}`));
      else resolve(JSON.parse(last) as WriterLog);
    });
  });
  // A stand-in that dies before it is ready must not leave the harness waiting.
  done.catch(() => markReady());
  return {
    ready,
    done,
    go: (seconds, claimIds) => child.stdin!.end(`${JSON.stringify({ seconds, claimIds })}\n`),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

function runCli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'claimdesk.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => resolve({ code, out, err }));
  });
}

/** The CLI, run after run until `stop()`: three new articles each time (and the ones a busy run did not import), the publisher every fourth run. */
async function cliWrites(dbPath: string, articleDir: string, stop: () => boolean, log: CliLog, busyMessages: Set<string>): Promise<void> {
  let pending: string[] = [];
  let serial = 0;
  const base = ['--db', dbPath, '--reviewer', 'CLI reviewer'];
  while (!stop()) {
    log.runs++;
    const errors = (err: string) => err.split('\n').filter((line) => line.trim() !== '');
    if (log.runs % 4 === 0) {
      const name = `Three writers desk ${log.runs}`;
      const run = await runCli([...base, 'publisher', '--name', name, '--review-url', 'https://example.org/checks/{claimId}']);
      const lines = errors(run.err);
      if (run.code === 0 && lines.length === 0) log.publishers.push(name);
      for (const line of lines) (line.includes(BUSY_TEXT) ? log.busy : log.otherErrors).push(`publisher ${name}: ${line}`);
      for (const line of lines) if (line.includes(BUSY_TEXT)) busyMessages.add(line.replace(/^claimdesk: /, ''));
      if (run.code !== 0 && lines.length === 0) log.otherErrors.push(`publisher ${name}: exit ${run.code} with nothing said`);
      continue;
    }
    const files = [...pending];
    for (let i = 0; i < 3; i++) {
      const file = path.join(articleDir, `cli-${++serial}.txt`);
      fs.writeFileSync(file, articleText(`cli ${serial}`, serial));
      files.push(file);
    }
    const run = await runCli([...base, 'import', ...files]);
    const said = new Set<string>();
    for (const match of run.out.matchAll(/^(.+): imported as article (\d+) "[^"]*" \((\d+) sentences/gm)) {
      log.imported.push({ file: match[1]!, articleId: Number(match[2]), claims: Number(match[3]) });
      said.add(match[1]!);
    }
    pending = files.filter((file) => !said.has(file));
    const lines = errors(run.err);
    for (const line of lines) {
      if (line.includes(BUSY_TEXT)) {
        log.busy.push(`import: ${line}`);
        busyMessages.add(line.replace(/^claimdesk: (.*: )?(not saved: )?/, ''));
      } else log.otherErrors.push(`import: ${line}`);
    }
    // Files neither imported nor refused as busy were lost without a word.
    if (pending.length > 0 && !lines.some((line) => line.includes(BUSY_TEXT))) log.otherErrors.push(`import: ${pending.join(', ')}: neither imported nor refused (exit ${run.code})`);
    if (run.code !== 0 && lines.length === 0) log.otherErrors.push(`import: exit ${run.code} with nothing said`);
  }
}

/** Holds the write lock (BEGIN IMMEDIATE, nothing written) from its own connection for `ms`. */
async function holdWriteLock(dbPath: string, ms: number): Promise<number> {
  const db = new Database(dbPath);
  try {
    db.pragma('busy_timeout = 10000');
    db.exec('BEGIN IMMEDIATE');
    const took = Date.now();
    await new Promise((r) => setTimeout(r, ms));
    db.exec('ROLLBACK');
    return Date.now() - took;
  } finally {
    db.close();
  }
}

/** The shown claims of these articles. */
function claimIdsOf(dbPath: string, articleIds: number[]): number[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const query = db.prepare('SELECT id FROM claims WHERE hidden = 0 AND article_id = ? ORDER BY id');
    return articleIds.flatMap((articleId) => (query.all(articleId) as Array<{ id: number }>).map((r) => r.id));
  } finally {
    db.close();
  }
}

/** Reads the file, every process closed, against what each was told. */
function verify(dbPath: string, result: Omit<ThreeWritersResult, 'integrity' | 'lost'>): { integrity: string; lost: string[] } {
  const db = new Database(dbPath, { readonly: true });
  const lost: string[] = [];
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const status = db.prepare('SELECT status FROM claims WHERE id = ?');
    const note = db.prepare('SELECT count(*) AS n FROM notes WHERE claim_id = ? AND body = ?');
    const anyNote = db.prepare('SELECT count(*) AS n FROM notes WHERE body = ?');
    const link = db.prepare('SELECT count(*) AS n FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = ? AND s.url = ?');
    const anySource = db.prepare('SELECT count(*) AS n FROM sources WHERE url = ?');
    const count = (stmt: Database.Statement, ...params: unknown[]) => (stmt.get(...params) as { n: number }).n;
    for (const [name, log] of [['browser', result.browser], ['desktop', result.desktop]] as const) {
      const lastVerdict = new Map<number, string>();
      for (const write of log.acknowledged) {
        if (write.op === 'setStatus') lastVerdict.set(write.claimId, write.status);
        else if (write.op === 'addNote' && count(note, write.claimId, write.body) !== 1) lost.push(`${name}: note "${write.body}" on claim ${write.claimId} missing`);
        else if (write.op === 'addSource' && count(link, write.claimId, write.url) !== 1) lost.push(`${name}: source ${write.url} on claim ${write.claimId} missing`);
      }
      // Each writer has claims of its own: the last verdict it was told it set is the one the file holds.
      for (const [claimId, verdict] of lastVerdict) {
        const row = status.get(claimId) as { status: string } | undefined;
        if (row?.status !== verdict) lost.push(`${name}: claim ${claimId} is ${row?.status ?? 'missing'}, its last acknowledged verdict was ${verdict}`);
      }
      for (const write of log.busy) {
        if (write.op === 'addNote' && count(anyNote, write.body) !== 0) lost.push(`${name}: note "${write.body}" was answered busy but is in the file`);
        if (write.op === 'addSource' && count(anySource, write.url) !== 0) lost.push(`${name}: source ${write.url} was answered busy but is in the file`);
      }
    }
    const article = db.prepare('SELECT filename, (SELECT count(*) FROM claims WHERE article_id = a.id) AS claims FROM articles a WHERE id = ?');
    for (const imported of result.cli.imported) {
      const row = article.get(imported.articleId) as { filename: string | null; claims: number } | undefined;
      if (!row) lost.push(`cli: article ${imported.articleId} (${imported.file}) missing`);
      else if (row.filename !== path.basename(imported.file) || row.claims !== imported.claims) {
        lost.push(`cli: article ${imported.articleId} is ${row.filename} with ${row.claims} claims, the CLI said ${path.basename(imported.file)} with ${imported.claims}`);
      }
    }
    const publisher = (db.prepare("SELECT value FROM preferences WHERE key = 'publisherName'").get() as { value: string } | undefined)?.value;
    const lastPublisher = result.cli.publishers.at(-1);
    if (lastPublisher !== undefined && publisher !== lastPublisher) lost.push(`cli: publisher is "${publisher}", the last one set was "${lastPublisher}"`);
    return { integrity, lost };
  } finally {
    db.close();
  }
}

export async function runThreeWriters(options: ThreeWritersOptions = {}): Promise<ThreeWritersResult> {
  const seconds = options.seconds ?? 20;
  const lockMs = Math.round((options.lockSeconds ?? 6.5) * 1000);
  const log = options.log ?? (() => undefined);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-three-writers-'));
  const dbPath = path.join(dir, 'workspace.sqlite');
  const articleDir = path.join(dir, 'articles');
  fs.mkdirSync(articleDir);
  const browserLog = emptyLog();
  const cli: CliLog = { runs: 0, imported: [], publishers: [], busy: [], otherErrors: [] };
  const busyMessages = new Set<string>();
  let browser: BrowserMode | null = null;
  let desktop: Desktop | null = null;
  let stopAt = Number.POSITIVE_INFINITY;
  const stop = () => Date.now() >= stopAt;
  let cliRunning: Promise<void> = Promise.resolve();
  try {
    // Built once first (`claimdesk --help` builds the backend when stale): the three start from the same bundle.
    await runCli(['--help']);
    // All three open the new file at once: browser mode, the desktop app, and the CLI's first import (it creates it if first).
    const starting = BrowserMode.start(dbPath);
    desktop = startDesktop(dbPath);
    cliRunning = cliWrites(dbPath, articleDir, stop, cli, busyMessages);
    browser = await starting;
    await desktop.ready;
    const server = browser;
    const named = await server.call('setPreferences', { reviewerName: 'Three writers' });
    if (!named.ok) throw new Error(`setPreferences: ${named.error.message}`);
    const seeded: number[] = [];
    for (const n of [1, 2]) {
      const imported = await server.call('importArticle', { text: articleText(`seed ${n}`, n) });
      if (!imported.ok) throw new Error(`importArticle: ${imported.error.message}`);
      seeded.push((imported.value as { article: { id: number } }).article.id);
    }
    const claimIds = claimIdsOf(dbPath, seeded);
    // Claims of their own for each tab of browser mode and the desktop app: the last verdict each set is then knowable.
    const browserClaims = claimIds.filter((_, i) => i % 3 !== 2);
    const desktopClaims = claimIds.filter((_, i) => i % 3 === 2);

    log(`workspace ${dbPath}: ${claimIds.length} claims to review; three writers for ${seconds} s`);
    stopAt = Date.now() + seconds * 1000;
    desktop.go(seconds, desktopClaims);
    const call = (op: string, input: unknown) => server.call(op, input);
    const writers = [
      // Two tabs; answers to two connections may arrive in either order, so each has claims of its own.
      writeUntil('browser-a', browserClaims.filter((_, i) => i % 2 === 0), call, stop, browserLog),
      writeUntil('browser-b', browserClaims.filter((_, i) => i % 2 === 1), call, stop, browserLog),
      cliRunning,
    ];
    let lockHeldMs = 0;
    const lock =
      lockMs > 0
        ? new Promise((r) => setTimeout(r, (seconds * 1000) / 4)).then(async () => {
            log(`holding the write lock for ${lockMs} ms`);
            lockHeldMs = await holdWriteLock(dbPath, lockMs);
          })
        : Promise.resolve();
    const [desktopLog] = await Promise.all([desktop.done, lock, ...writers]);
    desktop = null;
    await browser.stop();
    browser = null;
    const partial = { browser: browserLog, desktop: desktopLog, cli, busyMessages: [...busyMessages], lockHeldMs };
    return { ...partial, ...verify(dbPath, partial) };
  } finally {
    stopAt = 0;
    desktop?.kill();
    await browser?.stop();
    await cliRunning.catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function describeResult(result: ThreeWritersResult): string[] {
  const writer = (name: string, acknowledged: number, busy: number, other: number) => `  ${name.padEnd(8)} ${String(acknowledged).padStart(5)} acknowledged, ${String(busy).padStart(3)} busy, ${other} other errors`;
  return [
    `three writers on one workspace${result.lockHeldMs ? ` (write lock held ${result.lockHeldMs} ms from a fourth connection)` : ''}:`,
    writer('browser', result.browser.acknowledged.length, result.browser.busy.length, result.browser.otherErrors.length),
    writer('desktop', result.desktop.acknowledged.length, result.desktop.busy.length, result.desktop.otherErrors.length),
    `${writer('cli', result.cli.imported.length + result.cli.publishers.length, result.cli.busy.length, result.cli.otherErrors.length)} (${result.cli.runs} runs: ${result.cli.imported.length} articles imported, ${result.cli.publishers.length} publisher changes)`,
    `  lost ${result.lost.length}, integrity ${result.integrity}`,
    ...result.busyMessages.map((m) => `  busy said: ${m}`),
    ...[...result.browser.otherErrors, ...result.desktop.otherErrors, ...result.cli.otherErrors].slice(0, 20).map((e) => `  ERROR ${e}`),
    ...result.lost.slice(0, 20).map((l) => `  LOST ${l}`),
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { seconds: { type: 'string' }, 'lock-seconds': { type: 'string' } }, strict: true });
  const seconds = Number(values.seconds ?? 20);
  const lockSeconds = Number(values['lock-seconds'] ?? 6.5);
  if (!(seconds > 0)) throw new Error(`--seconds must be a positive number, not "${values.seconds}"`);
  if (!(lockSeconds >= 0)) throw new Error(`--lock-seconds must be 0 or more, not "${values['lock-seconds']}"`);
  const result = await runThreeWriters({ seconds, lockSeconds, log: (line) => process.stderr.write(`${line}\n`) });
  console.log(describeResult(result).join('\n'));
  const errors = result.browser.otherErrors.length + result.desktop.otherErrors.length + result.cli.otherErrors.length;
  return result.lost.length === 0 && result.integrity === 'ok' && errors === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error('three-writers:', err);
      process.exit(2);
    },
  );
}
