import { parseArgs } from 'node:util';
import { call } from '../api/dispatch';
import type { ClaimFilter, StatusFilter } from '../api/contract';
import { closeWorkspace, openWorkspace, reviewerNameOf, type Workspace } from '../api/workspace';
import { ClaimdeskError } from '../errors';
import { decodeArticleBytes, extractArticle, readArticleFile, readFdCapped } from '../import';
import { analyzeText, formatAnalysis, type AnalyzedArticleJson } from './analyze';
import { dbPathFrom, userPath } from '../paths';
import { writeFileAtomic } from '../report/atomic-write';
import { reviewLabel } from '../report/labels';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export const USAGE = `usage: claimdesk [--db PATH] [--reviewer NAME] <command>
  import FILE...                          import articles: .txt, .md, web pages (.html,
                                          .htm: the article only) and Word files (.docx)
  list [--status S] [--article ID] [--search WORDS] [--all] [--json]
  export --format csv [--out FILE] [--status S] [--article ID]
  stats                                   verdict counts, overall and per article
  analyze FILE|- [--json]                 claims, speakers, figures, scores and in-article
                                          disputes of one article (- reads standard input);
                                          opens no workspace
S is one of: verified, disputed, unverified, not-reviewed
--db defaults to CLAIMDESK_DB, then the desktop app's workspace.
--reviewer NAME is stamped on what this run records, ahead of the name saved in
the workspace (imports record it when there is one).`;

export interface CliIo {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  /** Standard input, read to its end (for `analyze -`); defaults to file descriptor 0. */
  readStdin?: () => Uint8Array;
}

class UsageError extends Error {}

const STATUS_WORDS: Record<string, StatusFilter> = {
  verified: 'verified',
  disputed: 'disputed',
  unverified: 'unverified',
  'not-reviewed': 'not_reviewed',
  not_reviewed: 'not_reviewed',
};

/** Runs one CLI command and returns its exit code: 0 ok, 1 bad input, 2 usage. */
export function runCli(argv: string[], io: CliIo): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    io.err.write(`claimdesk: ${(err as Error).message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.out.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  let ws: Workspace | undefined;
  try {
    if (parsed.standalone) return parsed.standalone(io);
    if (parsed.reviewer !== undefined && parsed.reviewer.trim() === '') throw new UsageError('--reviewer needs a name, and it was given an empty one');
    ws = openWorkspace({ dbPath: dbPathFrom(parsed.db, io.env), ...(parsed.reviewer !== undefined ? { reviewer: parsed.reviewer } : {}) });
    return parsed.run(ws, io);
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

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      reviewer: { type: 'string' },
      status: { type: 'string' },
      article: { type: 'string' },
      search: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      all: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...args] = positionals;
  if (values.db !== undefined && values.db.trim() === '') throw new UsageError('--db needs a file path, and it was given an empty one');
  if (values.help || command === 'help') return { help: true as const, db: values.db, reviewer: values.reviewer, run: () => EXIT_OK };
  if (command === 'analyze') {
    if (args.length !== 1) throw new UsageError('analyze needs one FILE, or - for standard input');
    for (const option of ['status', 'article', 'search', 'format', 'out', 'all'] as const) {
      if (values[option] !== undefined) throw new UsageError(`analyze does not take --${option}`);
    }
    const file = args[0]!;
    return { help: false as const, db: values.db, reviewer: values.reviewer, standalone: (io: CliIo) => analyze(io, file, values.json ?? false), run: () => EXIT_OK };
  }
  if (!command) throw new UsageError('no command given');

  const filter = (): ClaimFilter => {
    const f: ClaimFilter = {};
    if (values.status !== undefined) {
      const status = Object.hasOwn(STATUS_WORDS, values.status) ? STATUS_WORDS[values.status] : undefined;
      if (!status) throw new UsageError(`unknown status "${values.status}"`);
      f.status = status;
    }
    if (values.article !== undefined) {
      const id = /^\d{1,15}$/.test(values.article) ? Number(values.article) : NaN;
      if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--article must be an article id (a positive number), not "${values.article}"`);
      f.articleId = id;
    }
    if (values.search) f.search = values.search;
    if (values.all) f.includeHidden = true;
    return f;
  };

  const noArgs = () => {
    if (args.length) throw new UsageError(`${command} takes no arguments (got "${args[0]}")`);
  };

  switch (command) {
    case 'import':
      if (args.length === 0) throw new UsageError('import needs at least one FILE');
      return { help: false as const, db: values.db, reviewer: values.reviewer, run: (ws: Workspace, io: CliIo) => importFiles(ws, io, args) };
    case 'list': {
      noArgs();
      const f = filter();
      return { help: false as const, db: values.db, reviewer: values.reviewer, run: (ws: Workspace, io: CliIo) => list(ws, io, f, values.json ?? false) };
    }
    case 'export': {
      noArgs();
      if (values.format === undefined) throw new UsageError('export needs --format csv');
      if (values.format !== 'csv') throw new UsageError(`unsupported format "${values.format}" (this version exports csv)`);
      const f = filter();
      return { help: false as const, db: values.db, reviewer: values.reviewer, run: (ws: Workspace, io: CliIo) => exportCsv(ws, io, f, values.out) };
    }
    case 'stats':
      noArgs();
      return { help: false as const, db: values.db, reviewer: values.reviewer, run: (ws: Workspace, io: CliIo) => stats(ws, io) };
    default:
      throw new UsageError(`unknown command "${command}"`);
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

function importFiles(ws: Workspace, io: CliIo, files: string[]): number {
  let failed = 0;
  let imported = 0;
  for (const file of files) {
    try {
      const { bytes, filename } = readArticleFile(userPath(file, io.env));
      const result = call(ws, 'importArticle', { bytesBase64: Buffer.from(bytes).toString('base64'), filename });
      if (!result.ok) throw new ClaimdeskError(result.error.code, result.error.message);
      const { article, duplicate, claimsCreated } = result.value;
      if (!duplicate) imported++;
      io.out.write(
        duplicate
          ? `${file}: already imported as article ${article.id} "${article.title}" (nothing added)\n`
          : `${file}: imported as article ${article.id} "${article.title}" (${claimsCreated} sentences, ${article.counts.total} claims)${article.url ? ` from ${article.url}` : ''}\n`,
      );
    } catch (err) {
      failed++;
      const message = err instanceof ClaimdeskError ? err.message : String(err);
      // Messages that already name the file ("File not found: x.txt") are not prefixed with it again.
      io.err.write(`claimdesk: ${message.includes(file) ? '' : `${file}: `}${message}\n`);
    }
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
  const result = call(ws, 'exportCsv', { filter });
  if (!result.ok) throw new ClaimdeskError(result.error.code, result.error.message);
  if (out === undefined) {
    io.out.write(result.value.csv);
  } else {
    writeFileAtomic(userPath(out, io.env), result.value.csv);
    io.err.write(`Wrote ${result.value.rowCount} claims to ${out}\n`);
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
