import fs from 'node:fs';
import path from 'node:path';

/**
 * Files a Claimdesk process writes under a temporary name and renames or
 * removes when it is done (a restore's private copy, a backup's partial
 * file, a report's temporary file) stay behind when the process is killed
 * (kill -9, a power cut). The next run of the same command removes the ones
 * of its own pattern whose process is gone: the name carries the writer's
 * process id, and a file is only removed when that process no longer runs
 * and the file was last written before this process started. A file a live
 * process may be writing is never touched.
 */

/** When this process started (ms since the epoch). */
const STARTED_AT = Date.now() - process.uptime() * 1000;

/** Whether a process with this id runs now (one we may not signal — another user's — counts as running). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the files in `folder` whose name `pattern` matches (its first group: the writer's process id) left by a
 * process that is gone, last written before this process started. Returns the paths removed. Never throws: a
 * folder that cannot be read, or a file that cannot be removed, is left as it is.
 */
export function removeLeftovers(folder: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    const file = path.join(folder, name);
    try {
      const stat = fs.lstatSync(file);
      if (!stat.isFile() || stat.mtimeMs >= STARTED_AT) continue;
      fs.rmSync(file);
      removed.push(file);
    } catch {
      // Gone already, or not ours to remove: left as it is.
    }
  }
  return removed;
}
