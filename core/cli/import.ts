/**
 * `claimdesk import FILE|FOLDER|GLOB...`: many files at SQLite's speed.
 *
 * Analysis threads (core/import/analysis-pool.ts) read, decode, fingerprint
 * and analyse several files at once; this thread writes them, in the order
 * given, in batch transactions — a SAVEPOINT per article inside each, so an
 * article that fails to store rolls back alone and the rest go in. A file
 * that cannot be read or analysed is reported by name and skipped. Ctrl+C
 * stops cleanly: the batch written so far is committed (each article in it
 * whole), nothing else is, and the run exits with 130.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ClaimIndex } from '../api/claim-memory';
import { storeArticle, type ImportResult } from '../api/handlers/articles';
import { reviewerNameOf, type Workspace } from '../api/workspace';
import { ClaimdeskError, toErrorData } from '../errors';
import { inlineAnalysis, poolSizeFor, startAnalysisPool, THREADS_FROM_FILES, type AnalysisOutcome } from '../import/analysis-pool';
import { findArticleByHash } from '../../db/queries/articles';
import { installChangeCapture } from '../../db/undo';
import { articleFormatOf, SUPPORTED_EXTENSIONS_TEXT } from '../import/file-types';
import { userPath } from '../paths';
import type { CliIo } from './run';
import { printableName } from './printable';

// Required, not imported: the bundler then takes tinyglobby's CommonJS build (its ES build needs import.meta, which a CommonJS bundle lacks).
const { globSync, isDynamicPattern } = require('tinyglobby') as typeof import('tinyglobby');

export const EXIT_CANCELLED = 130;

/** A batch is committed once it holds this many articles ... */
const BATCH_ARTICLES = 200;
/**
 * ... or has been open this long (the write lock is not held for long while the threads catch up). Each commit
 * writes every page the batch touched, and the claims' indexes touch many: at 250 ms (a dozen articles) the
 * commits were a sixth of the writing thread's time, at a second they are a twentieth. Another window waiting
 * to write waits at most this long (its busy timeout is 5 s).
 */
const BATCH_MS = 1000;
/**
 * The write-ahead log is copied into the workspace file (a checkpoint) once it holds this many pages, rather
 * than SQLite's 1,000: a page the import changes again and again is copied once every 40 MB, not every 4 MB.
 */
const IMPORT_AUTOCHECKPOINT_PAGES = 10_000;
/**
 * SQLite's page cache during an import, in KiB (SQLite's own is 2 MB). Every claim goes into fourteen indexes
 * in text order, speaker order, verdict order ...: past a few thousand articles they no longer fit in 2 MB and
 * each insert read their pages back from the log or the file: a fifth to a quarter less time inserting at 2,000 files.
 */
const IMPORT_CACHE_KIB = 64 * 1024;

const byName = (a: string, b: string) => a.localeCompare(b);

/** Told of each link to a folder met inside a folder: not followed. */
export type SkippedLink = (link: string) => void;

/**
 * Every article file below a folder, any depth, by name; other files are skipped. A link (symbolic link) with an
 * article file's name is listed like a file, whatever it points to: read through, or, when what it points to is
 * not there, refused by name when read (never skipped without a word). A link to a folder is not followed (a
 * link back up the tree would never end; one to "/" would import the disk): `skipped` is told of it.
 */
function articleFilesIn(dir: string, skipped?: SkippedLink): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isSymbolicLink()) {
        let target: fs.Stats | undefined;
        try {
          target = fs.statSync(full);
        } catch {
          // Points at nothing (or at what cannot be looked at): readArticleFile says which, by name.
        }
        if (target?.isDirectory()) skipped?.(full);
        else if (articleFormatOf(entry.name) !== null) files.push(full);
      } else if (entry.isFile() && articleFormatOf(entry.name) !== null) files.push(full);
    }
  };
  walk(dir);
  return files;
}

/**
 * The files to import, in the order given: a folder stands for every article
 * file below it (any depth, by name), other files in it are skipped, and so
 * are links to folders in it (`skipped` is told of each); a glob
 * (`'cases/**\/*.txt'`, quoted so the shell leaves it alone) for the article
 * files it matches, by path; a file named directly is always tried, so a
 * wrong type gets its named error. A path that exists is never read as a
 * glob, whatever characters its name holds. A glob matching no article file
 * is an error naming it.
 */
export function expandImportPaths(paths: readonly string[], env: NodeJS.ProcessEnv, skipped?: SkippedLink): string[] {
  const files: string[] = [];
  for (const given of paths) {
    const full = userPath(given, env);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(full);
    } catch {
      // Not there: a glob, or a missing file that readArticleFile names.
    }
    if (stat?.isDirectory()) files.push(...articleFilesIn(full, skipped));
    else if (stat === undefined && isDynamicPattern(given)) files.push(...globbed(given, env));
    else files.push(given);
  }
  return files;
}

function globbed(pattern: string, env: NodeJS.ProcessEnv): string[] {
  const cwd = userPath('.', env);
  const matched = globSync(pattern, { cwd, absolute: true, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false })
    .map((file) => path.normalize(file))
    .filter((file) => articleFormatOf(file) !== null)
    .sort(byName);
  if (matched.length === 0) throw new ClaimdeskError('not_found', `No article files (${SUPPORTED_EXTENSIONS_TEXT}) match ${pattern}`);
  return matched;
}

/** What one file came to, said once its batch is committed. */
interface Reported {
  file: string;
  result?: ImportResult;
  error?: string;
}

export async function importFiles(ws: Workspace, io: CliIo, paths: string[]): Promise<number> {
  let files: string[];
  try {
    files = expandImportPaths(paths, io.env, (link) =>
      io.err.write(`claimdesk: ${printableName(link)}: a link to a folder, not followed (give the folder itself to import the articles in it)\n`),
    );
  } catch (err) {
    io.err.write(`claimdesk: ${toErrorData(err).message}\n`);
    return 1;
  }
  if (files.length === 0) {
    io.err.write(`claimdesk: no article files (${SUPPORTED_EXTENSIONS_TEXT}) in ${paths.map(printableName).join(', ')}\n`);
    return 1;
  }

  // Ctrl+C: stop taking files, commit what is written, report. A second Ctrl+C stops at once (the open batch is rolled back).
  let cancelled = false;
  const onInterrupt = () => {
    if (cancelled) {
      io.err.write('\nclaimdesk: stopped; the files after the last commit were not imported\n');
      process.exit(EXIT_CANCELLED);
    }
    cancelled = true;
  };
  process.on('SIGINT', onInterrupt);

  // On a terminal, a progress line on standard error, rewritten in place and cleared before each report line.
  const progress = io.err.isTTY === true && files.length > 1;
  const clearProgress = () => progress && io.err.write('\r\x1b[K');
  const showProgress = (done: number) => progress && io.err.write(`\r\x1b[Kimporting ${done.toLocaleString('en')} of ${files.length.toLocaleString('en')} files…`);

  const started = process.hrtime.bigint();
  const tally = { done: 0, imported: 0, failed: 0, claims: 0 };
  const report = (r: Reported) => {
    tally.done++;
    // A name with a line break in it is printed escaped: one file, one line.
    const name = printableName(r.file);
    if (r.error !== undefined) {
      tally.failed++;
      // Messages that already name the file ("File not found: x.txt") are not prefixed with it again.
      io.err.write(`claimdesk: ${r.error.includes(r.file) ? r.error.split(r.file).join(name) : `${name}: ${r.error}`}\n`);
      return;
    }
    const { article, duplicate, claimsCreated } = r.result!;
    if (!duplicate) {
      tally.imported++;
      tally.claims += claimsCreated;
    }
    io.out.write(
      duplicate
        ? `${name}: already imported as article ${article.id} "${article.title}" (nothing added)\n`
        : `${name}: imported as article ${article.id} "${article.title}" (${plural(claimsCreated, 'sentence')}, ${plural(article.counts.total, 'claim')})${article.url ? ` from ${article.url}` : ''}\n`,
    );
  };

  const db = ws.db;
  // The savepoint journal of each article (and the claim index's scratch table) in memory: in temporary files they were
  // nine writes in ten of an import. Changing temp_store drops the connection's temporary triggers: undo's change
  // capture is put back when the import ends (it records nothing during it: the CLI's imports are not change sets).
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  db.pragma('temp_store = MEMORY');
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${IMPORT_AUTOCHECKPOINT_PAGES}`);
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  // The open batch transaction's files (null: none open). In an object, so the closures and the loop see one value.
  const open: { batch: Reported[] | null; since: number } = { batch: null, since: 0 };
  // Claim memory's candidates for the whole run from one in-memory index of the workspace (built at the first batch, rebuilt
  // only when another process writes between batches), instead of FTS5 queries for every word of every claim.
  const index = files.length >= THREADS_FROM_FILES ? new ClaimIndex() : undefined;
  const commit = () => {
    if (open.batch === null) return;
    const written = open.batch;
    open.batch = null;
    try {
      db.exec('COMMIT');
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      index?.invalidate();
      const message = toErrorData(err).message;
      for (const r of written) if (r.error === undefined) Object.assign(r, { result: undefined, error: `not saved: ${message}` });
    }
    clearProgress();
    written.forEach(report);
    showProgress(tally.done);
  };
  const write = (file: string, outcome: AnalysisOutcome) => {
    if (!outcome.ok) {
      const refused = { file, error: outcome.error.message };
      if (open.batch !== null) open.batch.push(refused);
      else {
        clearProgress();
        report(refused);
        showProgress(tally.done);
      }
      return;
    }
    if (open.batch === null) {
      db.exec('BEGIN IMMEDIATE');
      open.batch = [];
      open.since = Date.now();
      // With the write lock held: brought up to date if another process wrote since the last batch.
      index?.refresh(db);
    }
    db.exec('SAVEPOINT import_article');
    try {
      index?.expect(outcome.claimKeys);
      open.batch.push({ file, result: storeArticle(ws, outcome.prepared, undefined, index) });
      index?.expect(undefined);
      db.exec('RELEASE import_article');
    } catch (err) {
      db.exec('ROLLBACK TO import_article');
      db.exec('RELEASE import_article');
      index?.invalidate();
      index?.expect(undefined);
      if (!(err instanceof ClaimdeskError)) console.error(`claimdesk: storing ${file} failed:`, err);
      open.batch.push({ file, error: toErrorData(err).message });
    }
  };

  const pool =
    files.length < THREADS_FROM_FILES
      ? inlineAnalysis((contentHash) => findArticleByHash(db, contentHash) !== undefined)
      : startAnalysisPool(poolSizeFor(files.length), { dbPath: ws.dbPath });
  // Enough files in flight to keep every thread busy, few enough that memory stays flat: a file's outcome (its text,
  // analysis and claim keys) is let go once written. (Kept for the whole run, 600 files held 450 MB.)
  const ahead = pool.size * 4;
  const inFlight: Array<{ promise: Promise<AnalysisOutcome>; settled: boolean }> = [];
  let launched = 0;
  const launch = (upTo: number) => {
    while (launched < Math.min(upTo, files.length)) {
      const entry = { promise: pool.analyse(userPath(files[launched++]!, io.env)), settled: false };
      void entry.promise.then(() => (entry.settled = true));
      inFlight.push(entry);
    }
  };
  try {
    showProgress(0);
    for (let i = 0; i < files.length && !cancelled; i++) {
      launch(i + 1 + ahead);
      // File i's: the oldest in flight.
      const next = inFlight.shift()!;
      // Never hold the write lock while waiting for a slow file.
      if (!next.settled && open.batch !== null && Date.now() - open.since >= BATCH_MS) commit();
      const outcome = await next.promise;
      if (cancelled) break;
      write(files[i]!, outcome);
      showProgress(tally.done + (open.batch?.length ?? 0));
      if (open.batch !== null && (open.batch.length >= BATCH_ARTICLES || Date.now() - open.since >= BATCH_MS)) commit();
    }
    commit();
  } catch (err) {
    // The workspace itself failed (busy past the timeout, disk full): what is committed stays; the rest is not written.
    if (db.inTransaction) db.exec('ROLLBACK');
    index?.invalidate();
    open.batch = null;
    clearProgress();
    io.err.write(`claimdesk: ${toErrorData(err).message}\n`);
    tally.failed += files.length - tally.done;
  } finally {
    process.off('SIGINT', onInterrupt);
    await pool.close();
    db.pragma(`temp_store = ${tempStore}`);
    db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
    db.pragma(`cache_size = ${cacheSize}`);
    installChangeCapture(db);
  }
  clearProgress();

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = `${plural(tally.claims, 'sentence')} in ${seconds.toFixed(1)} s (${Math.round(tally.claims / Math.max(seconds, 1e-3)).toLocaleString('en')} a second)`;
  const refused = tally.failed ? ` (${tally.failed.toLocaleString('en')} refused)` : '';
  if (cancelled) {
    io.out.write(`cancelled after ${tally.done.toLocaleString('en')} of ${files.length.toLocaleString('en')} files: imported ${tally.imported.toLocaleString('en')}${refused}, ${rate}\n`);
  } else if (files.length > 1) {
    io.out.write(`imported ${tally.imported.toLocaleString('en')} of ${files.length.toLocaleString('en')} files${refused}: ${rate}\n`);
  }
  // Said, not guessed: no OS account name stands in for the reviewer.
  if (tally.imported > 0 && reviewerNameOf(ws) === null) io.out.write('(no reviewer name saved and no --reviewer given: imported without one)\n');
  if (cancelled) return EXIT_CANCELLED;
  return tally.failed ? 1 : 0;
}

/** "1 sentence", "1,200 sentences". */
function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
