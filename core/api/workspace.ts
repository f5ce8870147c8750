import { openDatabase, openReader, type Db } from '../../db/open';
import { ClaimdeskError } from '../errors';
import { getPreference } from '../../db/queries/preferences';
import { installChangeCapture } from '../../db/undo';
import { sampleArticlePath } from '../paths';
import { scoreUnscoredClaims } from './backfill';
import { backfillClaimMemory } from './claim-memory';

export interface OpenWorkspaceOptions {
  dbPath: string;
  /** better_sqlite3.node built for Electron; the Node build is used when absent. */
  nativeBinding?: string;
  samplePath?: string;
  /** Clock for timestamps; tests pin it. */
  now?: () => string;
  /** Who is reviewing in this run (the CLI's --reviewer), ahead of the name saved in the workspace. */
  reviewer?: string;
}

/** Everything a handler may touch: the open SQLite file and a few facts about this run. */
export interface Workspace {
  readonly db: Db;
  readonly dbPath: string;
  readonly samplePath: string;
  /** The name given for this run (CLI --reviewer), else null: the saved name is used. */
  readonly reviewer: string | null;
  now(): string;
}

export function openWorkspace(options: OpenWorkspaceOptions): Workspace {
  const db = openDatabase(options.dbPath, bindingOf(options));
  try {
    installChangeCapture(db);
    scoreUnscoredClaims(db);
    backfillClaimMemory(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return workspaceOn(db, options);
}

/**
 * A read-only view of a workspace that another connection opened and keeps
 * (browser mode's reader thread): nothing migrated, scored or backfilled.
 */
export function openReadOnlyWorkspace(options: OpenWorkspaceOptions): Workspace {
  return workspaceOn(openReader(options.dbPath, bindingOf(options)), options);
}

const bindingOf = (options: OpenWorkspaceOptions) => (options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});

function workspaceOn(db: Db, options: OpenWorkspaceOptions): Workspace {
  return {
    db,
    dbPath: options.dbPath,
    samplePath: options.samplePath ?? sampleArticlePath(),
    reviewer: options.reviewer?.trim() || null,
    now: options.now ?? (() => new Date().toISOString()),
  };
}

export function closeWorkspace(ws: Workspace): void {
  if (ws.db.open) ws.db.close();
}

/** The reviewer's name if there is one: given for this run, else saved in the workspace. */
export function reviewerNameOf(ws: Workspace): string | null {
  return ws.reviewer ?? getPreference(ws.db, 'reviewerName') ?? null;
}

/**
 * The name stamped on a change. There is no silent fallback (never the OS
 * account): without a name the change is refused with `reviewer_required`,
 * which the UI answers by asking for one, and the CLI with --reviewer.
 */
export function reviewerOf(ws: Workspace): string {
  const name = reviewerNameOf(ws);
  if (name === null) throw new ClaimdeskError('reviewer_required', 'Who is reviewing? Give your name first: it is stamped on every change.');
  return name;
}
