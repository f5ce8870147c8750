import os from 'node:os';
import { openDatabase, type Db } from '../../db/open';
import { getPreference } from '../../db/queries/preferences';
import { installChangeCapture } from '../../db/undo';
import { sampleArticlePath } from '../paths';
import { scoreUnscoredClaims } from './backfill';

export interface OpenWorkspaceOptions {
  dbPath: string;
  /** better_sqlite3.node built for Electron; the Node build is used when absent. */
  nativeBinding?: string;
  samplePath?: string;
  /** Clock for timestamps; tests pin it. */
  now?: () => string;
}

/** Everything a handler may touch: the open SQLite file and a few facts about this run. */
export interface Workspace {
  readonly db: Db;
  readonly dbPath: string;
  readonly samplePath: string;
  /** Stamped on changes until the reviewer sets a name in preferences. */
  readonly defaultReviewer: string;
  now(): string;
}

export function openWorkspace(options: OpenWorkspaceOptions): Workspace {
  const db = openDatabase(options.dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    installChangeCapture(db);
    scoreUnscoredClaims(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return {
    db,
    dbPath: options.dbPath,
    samplePath: options.samplePath ?? sampleArticlePath(),
    defaultReviewer: osUserName(),
    now: options.now ?? (() => new Date().toISOString()),
  };
}

export function closeWorkspace(ws: Workspace): void {
  if (ws.db.open) ws.db.close();
}

/** The name stamped on every change: the reviewer's chosen name, else the OS account name. */
export function reviewerOf(ws: Workspace): string {
  return getPreference(ws.db, 'reviewerName') ?? ws.defaultReviewer;
}

function osUserName(): string {
  try {
    return os.userInfo().username || 'reviewer';
  } catch {
    return 'reviewer';
  }
}
