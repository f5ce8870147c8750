import os from 'node:os';
import path from 'node:path';

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

/** `--db PATH` (or `--db=PATH`) wins, then CLAIMDESK_DB, then the per-user data folder. */
export function resolveDbPath(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db' && argv[i + 1]) return path.resolve(argv[i + 1]!);
    if (arg.startsWith('--db=') && arg.length > 5) return path.resolve(arg.slice(5));
  }
  if (env.CLAIMDESK_DB) return path.resolve(env.CLAIMDESK_DB);
  return path.join(defaultDataDir(env), DB_FILE);
}

/** The sample article as it ships in a source checkout (the packaged app passes its own path). */
export function sampleArticlePath(): string {
  return path.join(__dirname, 'sample', '000_271fd31029f7693a.txt');
}
