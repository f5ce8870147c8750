import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClaimdeskError } from './errors';

const APP_FOLDER = 'Claimdesk';
const DB_FILE = 'claimdesk.sqlite';

/** The OS's per-user data folder for Claimdesk, where Electron's app.getPath('userData') points too. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  switch (platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_FOLDER);
    default:
      return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_FOLDER);
  }
}

/**
 * A path the user typed, relative to the folder they typed it in. `npm run`
 * runs scripts from the package folder, so that is INIT_CWD, not cwd().
 */
export function userPath(p: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.INIT_CWD || process.cwd(), p);
}

/**
 * The workspace file: the --db value when one was given, then CLAIMDESK_DB,
 * then the per-user data folder. An empty --db (say `--db "$UNSET"`) is an
 * error, never a silent fall-back to the user's real workspace.
 */
export function dbPathFrom(db: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (db !== undefined) {
    if (db.trim() === '') throw new ClaimdeskError('invalid_input', '--db needs a file path, and it was given an empty one.');
    return userPath(db, env);
  }
  if (env.CLAIMDESK_DB) return userPath(env.CLAIMDESK_DB, env);
  return path.join(defaultDataDir(env), DB_FILE);
}

/** `--db PATH` or `--db=PATH` in a raw argument list (the desktop app's), else as dbPathFrom. */
export function resolveDbPath(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  let db: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') db = argv[i + 1]?.startsWith('--') ? '' : (argv[i + 1] ?? '');
    else if (arg.startsWith('--db=')) db = arg.slice('--db='.length);
  }
  return dbPathFrom(db, env);
}

/**
 * The checkout this code runs from: the nearest folder above it holding package.json.
 * Found rather than fixed, because the same module runs from its source (core/) and
 * bundled into out/backend/ (scripts/lib/backend-build.js), at different depths.
 */
export function checkoutRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.join(__dirname, '..');
  }
}

/** The sample article as it ships in a source checkout (the packaged app passes its own path). */
export function sampleArticlePath(): string {
  return path.join(checkoutRoot(), 'core', 'sample', '000_271fd31029f7693a.txt');
}
