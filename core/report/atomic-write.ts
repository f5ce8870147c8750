import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { removeLeftovers } from '../../db/leftovers';
import { escapeRegExp } from '../text/lexicon/words';
import { ClaimdeskError } from '../errors';

/**
 * Writes a file so that a reader (or a crash) only ever sees the old file or
 * the complete new one: write a temporary file beside it, flush it to disk,
 * rename it over the target, then flush the folder so the rename itself is
 * durable. A report replaced keeps its permissions (it may be sensitive).
 * `data` may come in chunks (a streamed report), each written as it comes: a
 * failure in the middle — in the chunks' source too — leaves no file behind.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array | Iterable<string>): void {
  const file = openTemp(target);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writeAll(file.fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    else for (const chunk of data) writeAll(file.fd, Buffer.from(chunk, 'utf8'));
  } catch (err) {
    file.abandon(err);
  }
  file.commit();
}

/**
 * writeFileAtomic for a long report: the same steps, but the event loop runs
 * between chunks, so a signal handler (Ctrl+C) can abort `signal` midway. An
 * abort, or any failure, leaves no temporary file and the old file untouched,
 * and rejects with the signal's reason (an AbortError).
 */
export async function writeFileAtomicAsync(target: string, chunks: Iterable<string>, signal?: AbortSignal): Promise<void> {
  const file = openTemp(target);
  try {
    for (const chunk of chunks) {
      writeAll(file.fd, Buffer.from(chunk, 'utf8'));
      await new Promise((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
    }
  } catch (err) {
    file.abandon(err);
  }
  file.commit();
}

/** The temporary file beside `target`, open for writing; commit() renames it over the target, abandon() removes it. */
function openTemp(target: string): { fd: number; commit(): void; abandon(err: unknown): never } {
  const dir = path.dirname(path.resolve(target));
  if (!fs.existsSync(dir)) throw new ClaimdeskError('not_found', `Folder not found: ${dir}`);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    throw new ClaimdeskError('is_directory', `Cannot write the report over a folder: ${target}`);
  }
  // A report written here before by a process that was killed left its temporary file: removed now (never one a
  // running process may be writing: the process id in its name is checked).
  removeLeftovers(dir, new RegExp(`^\\.${escapeRegExp(path.basename(target))}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  const mode = fs.existsSync(target) ? fs.statSync(target).mode & 0o777 : 0o644;
  let fd: number | undefined;
  const abandon = (err: unknown): never => {
    if (fd !== undefined) fs.closeSync(fd);
    fd = undefined;
    fs.rmSync(temp, { force: true });
    if (err instanceof ClaimdeskError || (err instanceof Error && err.name === 'AbortError')) throw err;
    throw new ClaimdeskError('write_failed', `Cannot write ${target}: ${(err as Error).message}`);
  };
  try {
    fd = fs.openSync(temp, 'wx', mode);
    fs.fchmodSync(fd, mode); // exactly the old mode, whatever the umask
  } catch (err) {
    abandon(err);
  }
  const open = fd!;
  return {
    fd: open,
    abandon,
    commit() {
      try {
        fs.fsyncSync(open);
        fs.closeSync(open);
        fd = undefined;
        fs.renameSync(temp, target);
        syncFolder(dir);
      } catch (err) {
        abandon(err);
      }
    },
  };
}

/** fs.writeSync may write less than asked (a full disk, a signal): write until all of it is out. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done);
}

/** Flushes a folder's entries to disk; not possible on every platform (Windows), where the rename is already durable enough. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on Windows: nothing more to do.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
