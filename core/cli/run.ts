import { call, checkInput } from '../api/dispatch';
import type { ClaimFilter, OpCheckedInput } from '../api/contract';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, parseCliArgs, USAGE, UsageError, type CliArgs, type CliCommand } from './args';
import { closeWorkspace, openWorkspace, reviewerNameOf, type Workspace } from '../api/workspace';
import { ClaimdeskError, toErrorData } from '../errors';
import { decodeArticleBytes, extractArticle, readArticleFile, readFdCapped } from '../import';
import { analyzeText, formatAnalysis, type AnalyzedArticleJson } from './analyze';
import { importFiles } from './import';
import { dbPathFrom, userPath } from '../paths';
import { writeFileAtomicAsync } from '../report/atomic-write';
import type { ReportFormat } from '../report/format-names';
import { publisherPreferences, reportChunks } from '../report/formats';
import { reviewLabel } from '../report/labels';
import { isBackupCommand, runBackupCommand, type BackupCommand } from './backups';
import { damageOf, describeSalvage, salvageWorkspace } from '../../db/recover';
import { getArticleSummary } from '../../db/queries/articles';
import { printableName } from './printable';

export { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, USAGE } from './args';
export { EXIT_CANCELLED, expandImportPaths } from './import';

export interface CliIo {
  out: { write(text: string): unknown };
  /** isTTY: standard error is a terminal (a progress line is drawn on it). */
  err: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Standard input, read to its end (for `analyze -`); defaults to file descriptor 0. */
  readStdin?: () => Uint8Array;
}

/**
 * runCli, and the commands that wait on SQLite's online backup (backup,
 * backups, restore; core/cli/backups.ts). The program's entry point.
 */
export async function runCliAsync(argv: string[], io: CliIo): Promise<number> {
  let parsed: CliArgs;
  try {
    parsed = parseCliArgs(argv);
  } catch {
    return runCli(argv, io);
  }
  const { command } = parsed;
  if (!isBackupCommand(command)) return runCli(argv, io);
  try {
    return await runBackupCommand({ ...parsed, command }, io);
  } catch (err) {
    io.err.write(`claimdesk: ${messageOf(err)}\n`);
    return EXIT_BAD_INPUT;
  }
}

/** A ClaimdeskError's message; a workspace locked by another process (SQLITE_BUSY) named as such, never as SQLite's words. */
function messageOf(err: unknown): string {
  if (err instanceof ClaimdeskError) return err.message;
  const data = toErrorData(err);
  return data.code === 'database_busy' ? data.message : String(err);
}

/**
 * Runs one CLI command and returns its exit code: 0 ok, 1 bad input, 2 usage,
 * 130 interrupted. Import (on threads) and an export to a file answer with a
 * promise (Ctrl+C is taken between files or chunks).
 */
export function runCli(argv: string[], io: CliIo): number | Promise<number> {
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
    if (isBackupCommand(command)) throw new UsageError(`${command.name} runs through runCliAsync`);
    ws = openWorkspace({ dbPath: dbPathFrom(parsed.db, io.env), ...(parsed.reviewer !== undefined ? { reviewer: parsed.reviewer } : {}) });
    if (command.name === 'import') {
      // Asynchronous: the workspace is closed when the import is done, not here.
      const importing = ws;
      ws = undefined;
      return importFiles(importing, io, command.files)
        .catch((err: unknown) => failed(io, err))
        .finally(() => closeWorkspace(importing));
    }
    const code = runOnWorkspace(ws, io, command);
    if (typeof code === 'number') return code;
    // Still running: the workspace is closed when it ends.
    const running = ws;
    ws = undefined;
    return code.catch((err: unknown) => failed(io, err)).finally(() => closeWorkspace(running));
  } catch (err) {
    return failed(io, err);
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

function failed(io: CliIo, err: unknown): number {
  if (err instanceof UsageError) {
    io.err.write(`claimdesk: ${err.message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  io.err.write(`claimdesk: ${messageOf(err)}\n`);
  return EXIT_BAD_INPUT;
}

function runOnWorkspace(ws: Workspace, io: CliIo, command: Exclude<CliCommand, { name: 'help' | 'analyze' | 'import' | 'recover' } | BackupCommand>): number | Promise<number> {
  switch (command.name) {
    case 'list':
      return list(ws, io, command.filter, command.json);
    case 'export':
      return exportReport(ws, io, command.format, command.filter, command.out);
    case 'publisher':
      return publisher(ws, io, command.set);
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

/** `--article ID` of no article is a typo, not an empty list or report: refused before anything is written. */
function checkArticle(ws: Workspace, filter: ClaimFilter): void {
  if (filter.articleId !== undefined && !getArticleSummary(ws.db, filter.articleId)) {
    throw new ClaimdeskError('not_found_article', `No article ${filter.articleId} in this workspace (claimdesk stats lists its articles).`);
  }
}

function list(ws: Workspace, io: CliIo, filter: ClaimFilter, json: boolean): number {
  checkArticle(ws, filter);
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

/** The exit code of an export stopped by Ctrl+C: 128 + SIGINT, as a shell reports it. */
export const EXIT_INTERRUPTED = 130;

function exportReport(ws: Workspace, io: CliIo, format: ReportFormat, filter: ClaimFilter, out: string | undefined): number | Promise<number> {
  const checked = checkInput('exportReport', { format, filter });
  if (!checked.ok) throw new ClaimdeskError(checked.error.code, checked.error.message);
  const input = checked.value.data as OpCheckedInput<'exportReport'>;
  checkArticle(ws, input.filter);
  const tally = { rowCount: 0 };
  const what = format === 'claimreview' ? 'claim reviews' : 'claims';
  // On a terminal, a progress line on standard error ("40,000 of 101,573 rows"), rewritten in place, cleared at the end.
  const progress = io.err.isTTY === true;
  const onRows = progress
    ? (written: number, total: number) => io.err.write(`\r\x1b[Kexporting ${written.toLocaleString('en')} of ${total.toLocaleString('en')} rows…`)
    : undefined;
  const clearProgress = () => progress && io.err.write('\r\x1b[K');
  // Streamed: rows go from SQLite to the file (or standard output) a chunk at a time, in one read
  // transaction, so the rows and the count the progress line gives are of the same moment.
  ws.db.exec('BEGIN');
  if (out === undefined) {
    try {
      for (const chunk of reportChunks(ws.db, input.format, input.filter, input.sort, { now: ws.now(), tally, ...(onRows && { onRows }) })) io.out.write(chunk);
    } finally {
      ws.db.exec('COMMIT');
      clearProgress();
    }
    return EXIT_OK;
  }
  // To a file, the event loop runs between chunks: Ctrl+C aborts the export there, the temporary file is removed
  // and an old report stays as it was.
  const target = userPath(out, io.env);
  return (async () => {
    const interrupted = new AbortController();
    const interrupt = () => interrupted.abort();
    process.once('SIGINT', interrupt);
    try {
      const report = reportChunks(ws.db, input.format, input.filter, input.sort, { now: ws.now(), tally, signal: interrupted.signal, ...(onRows && { onRows }) });
      await writeFileAtomicAsync(target, report, interrupted.signal);
      clearProgress();
      io.err.write(`Wrote ${tally.rowCount} ${what} to ${printableName(out)}\n`);
      return EXIT_OK;
    } catch (err) {
      clearProgress();
      if (!interrupted.signal.aborted) throw err;
      io.err.write(`claimdesk: export interrupted: nothing written to ${printableName(out)}\n`);
      return EXIT_INTERRUPTED;
    } finally {
      process.off('SIGINT', interrupt);
      ws.db.exec('COMMIT');
    }
  })();
}

/** Shows the publishing organisation, or sets what was given (the rest kept as it was). */
function publisher(ws: Workspace, io: CliIo, set: { name?: string; url?: string; reviewUrl?: string }): number {
  const current = publisherPreferences(ws.db);
  if (set.name !== undefined || set.url !== undefined || set.reviewUrl !== undefined) {
    const result = call(ws, 'setPublisher', {
      name: set.name ?? current.name ?? '',
      url: set.url ?? current.url ?? '',
      reviewUrlTemplate: set.reviewUrl ?? current.reviewUrlTemplate ?? '',
    });
    if (!result.ok) throw new ClaimdeskError(result.error.code, result.error.message);
  }
  const now = publisherPreferences(ws.db);
  io.out.write(`Organisation: ${now.name ?? '(not set)'}\nWebsite: ${now.url ?? '(not set)'}\nFact-check address: ${now.reviewUrlTemplate ?? '(not set)'}\n`);
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
