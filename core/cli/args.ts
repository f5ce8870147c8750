import { parseArgs } from 'node:util';
import type { ClaimFilter, StatusFilter } from '../api/contract';
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from '../report/format-names';

// Imports nothing heavy on purpose: `claimdesk --help` and a usage error are
// answered from this module alone, before the workspace code is loaded.

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export const USAGE = `usage: claimdesk [--db PATH] [--reviewer NAME] <command>
  import FILE|FOLDER|GLOB...              import articles: .txt, .md, web pages (.html,
                                          .htm: the article only) and Word files (.docx);
                                          a folder: every such file below it; a glob in
                                          quotes ('cases/**/*.txt'): the files it matches;
                                          Ctrl+C stops, keeping what was imported
  list [--status S] [--article ID] [--search WORDS] [--all] [--json]
  export --format F [--out FILE] [--status S] [--article ID] [--search WORDS] [--all]
                                          F: csv (spreadsheet), html (a report to read
                                          and print), markdown, claimreview (schema.org
                                          JSON-LD of the reviewed claims, for publishing)
  publisher [--name NAME] [--url URL] [--review-url TEMPLATE]
                                          show or set the organisation ClaimReview names:
                                          TEMPLATE is each fact-check's address, with
                                          {claimId} where the claim's ID goes
  stats                                   verdict counts, overall and per article
  recover [--out FILE]                    salvage a damaged workspace: every row that can
                                          be read goes to a new workspace (in its place,
                                          the damaged file renamed beside it; or to FILE)
  analyze FILE|- [--json]                 claims, speakers, figures, scores and in-article
                                          disputes of one article (- reads standard input);
                                          opens no workspace
  backup [--out FILE]                     back the workspace up now (into backups/ beside it,
                                          or to FILE), verified
  backups                                 list the backups: date, kind, size, claims
  restore FILE                            replace the workspace with a backup (or another
                                          workspace file); backs the current one up first
  merge FILE                              bring a colleague's workspace (or a backup) into
                                          this one; backs it up first, prints the counts
S is one of: verified, disputed, unverified, not-reviewed
--db defaults to CLAIMDESK_DB, then the desktop app's workspace.
--reviewer NAME is stamped on what this run records, ahead of the name saved in
the workspace (imports record it when there is one).`;

export class UsageError extends Error {}

/** One command line, understood: which command, with what. */
export type CliCommand =
  | { name: 'help' }
  | { name: 'analyze'; file: string; json: boolean }
  | { name: 'import'; files: string[] }
  | { name: 'list'; filter: ClaimFilter; json: boolean }
  | { name: 'export'; format: ReportFormat; filter: ClaimFilter; out: string | undefined }
  | { name: 'publisher'; set: { name?: string; url?: string; reviewUrl?: string } }
  | { name: 'stats' }
  | { name: 'backup'; out: string | undefined }
  | { name: 'backups' }
  | { name: 'restore'; file: string }
  | { name: 'merge'; file: string }
  | { name: 'recover'; out: string | undefined };

export interface CliArgs {
  db: string | undefined;
  reviewer: string | undefined;
  command: CliCommand;
}

const STATUS_WORDS: Record<string, StatusFilter> = {
  verified: 'verified',
  disputed: 'disputed',
  unverified: 'unverified',
  'not-reviewed': 'not_reviewed',
  not_reviewed: 'not_reviewed',
};

/** Reads the command line; wrong use throws (a UsageError, or parseArgs's own error). */
export function parseCliArgs(argv: string[]): CliArgs {
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
      name: { type: 'string' },
      url: { type: 'string' },
      'review-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...args] = positionals;
  if (values.db !== undefined && values.db.trim() === '') throw new UsageError('--db needs a file path, and it was given an empty one');
  const parsed = (c: CliCommand): CliArgs => ({ db: values.db, reviewer: values.reviewer, command: c });
  if (values.help || command === 'help') return parsed({ name: 'help' });
  if (command === 'analyze') {
    if (args.length !== 1) throw new UsageError('analyze needs one FILE, or - for standard input');
    for (const option of ['status', 'article', 'search', 'format', 'out', 'all'] as const) {
      if (values[option] !== undefined) throw new UsageError(`analyze does not take --${option}`);
    }
    return parsed({ name: 'analyze', file: args[0]!, json: values.json ?? false });
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

  if (command !== 'publisher') {
    for (const option of ['name', 'url', 'review-url'] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} is for the publisher command`);
    }
  }

  switch (command) {
    case 'import':
      if (args.length === 0) throw new UsageError('import needs at least one FILE');
      return parsed({ name: 'import', files: args });
    case 'list':
      noArgs();
      return parsed({ name: 'list', filter: filter(), json: values.json ?? false });
    case 'export':
      noArgs();
      if (values.format === undefined) throw new UsageError(`export needs --format, one of: ${REPORT_FORMATS.join(', ')}`);
      if (!isReportFormat(values.format)) throw new UsageError(`unsupported format "${values.format}" (one of: ${REPORT_FORMATS.join(', ')})`);
      return parsed({ name: 'export', format: values.format, filter: filter(), out: values.out });
    case 'publisher': {
      noArgs();
      const set: { name?: string; url?: string; reviewUrl?: string } = {};
      if (values.name !== undefined) set.name = values.name;
      if (values.url !== undefined) set.url = values.url;
      if (values['review-url'] !== undefined) set.reviewUrl = values['review-url'];
      return parsed({ name: 'publisher', set });
    }
    case 'stats':
      noArgs();
      return parsed({ name: 'stats' });
    case 'backup':
      noArgs();
      return parsed({ name: 'backup', out: values.out });
    case 'backups':
      noArgs();
      return parsed({ name: 'backups' });
    case 'restore':
      if (args.length !== 1) throw new UsageError('restore needs one FILE: a backup (see `claimdesk backups`) or a workspace file');
      return parsed({ name: 'restore', file: args[0]! });
    case 'merge':
      if (args.length !== 1) throw new UsageError("merge needs one FILE: a colleague's workspace or a backup");
      return parsed({ name: 'merge', file: args[0]! });
    case 'recover':
      noArgs();
      for (const option of ['status', 'article', 'search', 'format', 'json', 'all'] as const) {
        if (values[option] !== undefined) throw new UsageError(`recover does not take --${option}`);
      }
      if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out needs a file path, and it was given an empty one');
      return parsed({ name: 'recover', out: values.out });
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
