/**
 * The import figure of `npm run bench`: `claimdesk import FOLDER` (the built
 * CLI, in a child process, as a user runs it) over a folder of real-looking
 * articles (bench/import-corpus.ts), in claims a second, beside a bare
 * INSERT loop of the same claim rows into a table of the same columns in a
 * fresh file with the same settings (WAL, synchronous=FULL, one
 * transaction): SQLite's own speed on this machine, in the same run.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeCorpus } from './import-corpus';

export interface ImportBench {
  files: number;
  articles: number;
  claims: number;
  seconds: number;
  baselineSeconds: number;
}

const CLAIM_COLUMNS = ['article_id', 'position', 'text', 'span_start', 'span_end', 'prefix', 'suffix', 'kind', 'hidden', 'speaker', 'figures', 'check_worthiness', 'reasons'];

/** `bin`: another build of the command to measure (a checkout of an earlier commit, for a before/after). */
export function benchImport(dir: string, files: number, bin = path.join(__dirname, '..', 'bin', 'claimdesk.js')): ImportBench {
  const corpus = path.join(dir, 'import-corpus');
  writeCorpus(corpus, files);
  const dbPath = path.join(dir, 'import.sqlite');
  execFileSync(process.execPath, [bin, '--help']); // built before the clock starts
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [bin, '--db', dbPath, '--reviewer', 'Bench', 'import', corpus], { stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const imported = new Database(dbPath, { readonly: true });
  const rows = imported.prepare(`SELECT ${CLAIM_COLUMNS.join(', ')} FROM claims ORDER BY id`).raw().all() as unknown[][];
  const articles = (imported.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  imported.close();

  const bare = new Database(path.join(dir, 'bare-insert.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.exec(`CREATE TABLE claims (id INTEGER PRIMARY KEY, ${CLAIM_COLUMNS.join(', ')})`);
  const insert = bare.prepare(`INSERT INTO claims (${CLAIM_COLUMNS.join(', ')}) VALUES (${CLAIM_COLUMNS.map(() => '?').join(', ')})`);
  const baselineStarted = process.hrtime.bigint();
  bare.transaction(() => {
    for (const row of rows) insert.run(...row);
  })();
  const baselineSeconds = Number(process.hrtime.bigint() - baselineStarted) / 1e9;
  bare.close();
  return { files, articles, claims: rows.length, seconds, baselineSeconds };
}

/** One line for the bench's table. */
export function importLine(r: ImportBench): string {
  const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');
  return (
    `${`CLI import of ${r.files.toLocaleString('en')} files (aim ≥ 10,000 claims/s)`.padEnd(52)} ${rate(r.claims, r.seconds).padStart(10)} claims/s` +
    `  (${r.claims.toLocaleString('en')} claims, ${r.articles.toLocaleString('en')} articles in ${r.seconds.toFixed(1)} s;` +
    ` baseline: a bare INSERT loop of the same rows ${rate(r.claims, r.baselineSeconds)} claims/s, ×${(r.seconds / r.baselineSeconds).toFixed(1)} of it)`
  );
}

if (require.main === module) {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'claimdesk-import-bench-'));
  try {
    // tsx bench/import.ts [FILES [BIN]]
    console.log(importLine(benchImport(dir, Number(process.argv[2] ?? process.env.BENCH_IMPORT_FILES ?? 600), process.argv[3])));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
