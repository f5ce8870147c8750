import fs from 'node:fs';
import path from 'node:path';
import { call, checkInput } from '../api/dispatch';
import type { ClaimFilter, OpCheckedInput } from '../api/contract';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, parseCliArgs, USAGE, UsageError, type CliArgs, type CliCommand } from './args';
import { closeWorkspace, openWorkspace, reviewerNameOf, type Workspace } from '../api/workspace';
import { ClaimdeskError } from '../errors';
import { articleFormatOf, SUPPORTED_EXTENSIONS_TEXT } from '../import/file-types';
import { decodeArticleBytes, extractArticle, readArticleFile, readFdCapped } from '../import';
import { analyzeText, formatAnalysis, type AnalyzedArticleJson } from './analyze';
import { dbPathFrom, userPath } from '../paths';
import { writeFileAtomic } from '../report/atomic-write';
import { csvReport } from '../report/csv';
import { reviewLabel } from '../report/labels';
import { damageOf, describeSalvage, salvageWorkspace } from '../../db/recover';

export { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, USAGE } from './args';

export interface CliIo {
  out: { write(text: string): unknown };
  /** isTTY: standard error is a terminal (a progress line is drawn on it). */
  err: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Standard input, read to its end (for `analyze -`); defaults to file descriptor 0. */
  readStdin?: () => Uint8Array;
}

/** Runs one CLI command and returns its exit code: 0 ok, 1 bad input, 2 usage. */
export function runCli(argv: string[], io: CliIo): number {
  let parsed: CliArgs;
  try {
    parsed = parseCliArgs(argv);
  } catch (err) {
    io.err.write(`claimdesk: ${(err as Error).message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const { command } = parsed;
  if (command.name === 'help') {
    io.out.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  let ws: Workspace | undefined;
  try {
    if (command.name === 'analyze') return analyze(io, command.file, command.json);
    if (command.name === 'recover') return recover(io, dbPathFrom(parsed.db, io.env), command.out);
    if (parsed.reviewer !== undefined && parsed.reviewer.trim() === '') throw new UsageError('--reviewer needs a name, and it was given an empty one');
    ws = openWorkspace({ dbPath: dbPathFrom(parsed.db, io.env), ...(parsed.reviewer !== undefined ? { reviewer: parsed.reviewer } : {}) });
    return runOnWorkspace(ws, io, command);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err.write(`claimdesk: ${err.message}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    io.err.write(`claimdesk: ${err instanceof ClaimdeskError ? err.message : String(err)}\n`);
    return EXIT_BAD_INPUT;
  } finally {
    if (ws) closeWorkspace(ws);
  }
}

/**
 * `recover`: salvages the workspace (db/recover.ts) and prints what was saved
 * and lost. In place only when the workspace is damaged; `--out FILE` makes a
 * salvaged copy of any workspace and leaves the file where it is.
 */
function recover(io: CliIo, dbPath: string, out: string | undefined): number {
  const problem = damageOf(dbPath);
  if (problem === null && out === undefined) {
    throw new ClaimdeskError('invalid_input', `The workspace ${dbPath} passes its check: nothing to recover. Give --out FILE to write a salvaged copy anyway.`);
  }
  if (problem !== null) io.err.write(`claimdesk: ${problem}
`);
  const report = salvageWorkspace(dbPath, out === undefined ? {} : { out: userPath(out, io.env) });
  io.out.write(`${describeSalvage(report).join('\n')}\n`);
  return EXIT_OK;
}

function runOnWorkspace(ws: Workspace, io: CliIo, command: Exclude<CliCommand, { name: 'help' | 'analyze' | 'recover' }>): number {
  switch (command.name) {
    case 'import':
      return importFiles(ws, io, command.files);
    case 'list':
      return list(ws, io, command.filter, command.json);
    case 'export':
      return exportCsv(ws, io, command.filter, command.out);
    case 'stats':
      return stats(ws, io);
  }
}

function analyze(io: CliIo, file: string, json: boolean): number {
  if (file !== '-') {
    const { bytes, filename } = readArticleFile(userPath(file, io.env));
    const { text, metadata } = extractArticle(bytes, filename);
    io.out.write(printAnalysis(analyzeText(text, metadata), json));
    return EXIT_OK;
  }
  const bytes = (io.readStdin ?? (() => readFdCapped(0, 'Standard input')))();
  if (bytes.length === 0) throw new ClaimdeskError('empty', 'Standard input is empty: nothing to analyse.');
  let text: string;
  try {
    text = decodeArticleBytes(bytes);
  } catch (err) {
    // The decoder speaks of "the file"; piped text is not one.
    if (err instanceof ClaimdeskError) throw new ClaimdeskError(err.code, err.message.replace(/^The file\b/, 'Standard input'));
    throw err;
  }
  io.out.write(printAnalysis(analyzeText(text), json));
  return EXIT_OK;
}

function printAnalysis(result: AnalyzedArticleJson, json: boolean): string {
  return json ? `${JSON.stringify(result, null, 2)}\n` : formatAnalysis(result);
}

/**
 * The files to import, in the order given: a folder stands for every article
 * file below it (any depth, by name), other files in it are skipped; a file
 * named directly is always tried, so a wrong type gets its named error.
 */
export function expandImportPaths(paths: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && articleFormatOf(entry.name) !== null) files.push(full);
    }
  };
  for (const given of paths) {
    const full = userPath(given, env);
    let isFolder = false;
    try {
      isFolder = fs.statSync(full).isDirectory();
    } catch {
      // Not there: readArticleFile names the problem.
    }
    if (isFolder) walk(full);
    else files.push(given);
  }
  return files;
}

function importFiles(ws: Workspace, io: CliIo, paths: string[]): number {
  const files = expandImportPaths(paths, io.env);
  if (files.length === 0) {
    io.err.write(`claimdesk: no article files (${SUPPORTED_EXTENSIONS_TEXT}) in ${paths.join(', ')}\n`);
    return EXIT_BAD_INPUT;
  }
  // On a terminal, a progress line on standard error, rewritten in place and cleared before each report line.
  const progress = io.err.isTTY === true && files.length > 1;
  const clearProgress = () => progress && io.err.write('\r\x1b[K');
  const showProgress = (done: number) => progress && io.err.write(`importing ${done.toLocaleString('en')} of ${files.length.toLocaleString('en')} files…`);
  const started = process.hrtime.bigint();
  let failed = 0;
  let imported = 0;
  let claims = 0;
  files.forEach((file, done) => {
    showProgress(done);
    try {
      const { bytes, filename } = readArticleFile(userPath(file, io.env));
      const result = call(ws, 'importArticle', { bytesBase64: Buffer.from(bytes).toString('base64'), filename });
      if (!result.ok) throw new ClaimdeskError(result.error.code, result.error.message);
      const { article, duplicate, claimsCreated } = result.value;
      if (!duplicate) {
        imported++;
        claims += claimsCreated;
      }
      clearProgress();
      io.out.write(
        duplicate
          ? `${file}: already imported as article ${article.id} "${article.title}" (nothing added)\n`
          : `${file}: imported as article ${article.id} "${article.title}" (${claimsCreated} sentences, ${article.counts.total} claims)${article.url ? ` from ${article.url}` : ''}\n`,
      );
    } catch (err) {
      failed++;
      clearProgress();
      const message = err instanceof ClaimdeskError ? err.message : String(err);
      // Messages that already name the file ("File not found: x.txt") are not prefixed with it again.
      io.err.write(`claimdesk: ${message.includes(file) ? '' : `${file}: `}${message}\n`);
    }
  });
  clearProgress();
  if (files.length > 1) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    io.out.write(
      `imported ${imported.toLocaleString('en')} of ${files.length.toLocaleString('en')} files${failed ? ` (${failed.toLocaleString('en')} refused)` : ''}: ` +
        `${claims.toLocaleString('en')} sentences in ${seconds.toFixed(1)} s (${Math.round(claims / Math.max(seconds, 1e-3)).toLocaleString('en')} a second)\n`,
    );
  }
  // Said, not guessed: no OS account name stands in for the reviewer.
  if (imported > 0 && reviewerNameOf(ws) === null) io.out.write('(no reviewer name saved and no --reviewer given: imported without one)\n');
  return failed ? EXIT_BAD_INPUT : EXIT_OK;
}

function list(ws: Workspace, io: CliIo, filter: ClaimFilter, json: boolean): number {
  const PAGE = 500;
  let offset = 0;
  const rows = [];
  for (;;) {
    const page = call(ws, 'listClaims', { filter, offset, limit: PAGE });
    if (!page.ok) throw new ClaimdeskError(page.error.code, page.error.message);
    rows.push(...page.value.rows);
    offset += page.value.rows.length;
    if (page.value.rows.length < PAGE || offset >= page.value.total) break;
  }
  if (json) {
    io.out.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT_OK;
  }
  for (const r of rows) {
    const text = r.text.replace(/\s+/g, ' ');
    io.out.write(`${r.id}\t${r.articleId}#${r.position}\t${reviewLabel(r)}\t${r.speaker ?? '-'}\t${text.length > 100 ? `${text.slice(0, 99)}…` : text}\n`);
  }
  return EXIT_OK;
}

function exportCsv(ws: Workspace, io: CliIo, filter: ClaimFilter, out: string | undefined): number {
  const checked = checkInput('exportCsv', { filter });
  if (!checked.ok) throw new ClaimdeskError(checked.error.code, checked.error.message);
  const input = checked.value.data as OpCheckedInput<'exportCsv'>;
  // Streamed: rows go from SQLite to the file (or standard output) a chunk at a time.
  const tally = { rowCount: 0 };
  const report = csvReport(ws.db, input.filter, input.sort, tally);
  if (out === undefined) {
    for (const chunk of report) io.out.write(chunk);
  } else {
    writeFileAtomic(userPath(out, io.env), report);
    io.err.write(`Wrote ${tally.rowCount} claims to ${out}\n`);
  }
  return EXIT_OK;
}

function stats(ws: Workspace, io: CliIo): number {
  const result = call(ws, 'getStats', {});
  if (!result.ok) throw new ClaimdeskError(result.error.code, result.error.message);
  const line = (label: string, c: { total: number; verified: number; disputed: number; unverified: number; notReviewed: number }) =>
    `${label}: ${c.total} claims: ${c.verified} verified, ${c.disputed} disputed, ${c.unverified} unverified, ${c.notReviewed} not reviewed\n`;
  io.out.write(line('All articles', result.value.overall));
  for (const a of result.value.articles) io.out.write(line(`  ${a.id} ${a.title}`, a.counts));
  return EXIT_OK;
}
