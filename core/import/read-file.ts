/**
 * Reads an article file from disk, refusing what cannot be an article before
 * reading it: a missing path, a folder, another file type, a file over the
 * size limit (checked with stat, so a huge file is never loaded).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ClaimdeskError } from '../errors';
import { ARTICLE_FILE_TYPES, articleFormatOf, SUPPORTED_EXTENSIONS_TEXT } from './file-types';
import { MAX_ARTICLE_BYTES, tooLargeError } from './limits';

export { MAX_ARTICLE_BYTES } from './limits';

/** Every extension Claimdesk imports (core/import/file-types.ts holds the list and each one's format). */
export const SUPPORTED_EXTENSIONS: readonly string[] = ARTICLE_FILE_TYPES.map((t) => t.extension);

/**
 * Throws 'unsupported_type' unless the name ends in one of SUPPORTED_EXTENSIONS (any case).
 * The message does not repeat the file's name: every caller shows it in front.
 */
export function checkArticleFilename(filename: string): void {
  if (articleFormatOf(filename) !== null) return;
  const extension = path.extname(filename).toLowerCase();
  const what = extension === '' ? 'a file without an extension' : `"${extension}" files`;
  throw new ClaimdeskError('unsupported_type', `Claimdesk cannot import ${what}. Supported: ${SUPPORTED_EXTENSIONS_TEXT}.`);
}

function errnoCode(err: unknown): string | undefined {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/** Where a symbolic link points, or null when the path is no link (or cannot be looked at). */
function linkTarget(filePath: string): string | null {
  try {
    return fs.readlinkSync(filePath);
  } catch {
    return null;
  }
}

function fileError(err: unknown, filePath: string): ClaimdeskError {
  const code = errnoCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    // A link whose target is gone is there to see in the folder: say what it is, not only that nothing was found.
    const target = linkTarget(filePath);
    if (target !== null) return new ClaimdeskError('not_found', `Cannot read ${filePath}: it is a link to ${target}, which does not exist.`);
    return new ClaimdeskError('not_found', `File not found: ${filePath}`);
  }
  if (code === 'ELOOP') return new ClaimdeskError('unreadable', `Cannot read ${filePath}: it is a link that leads round in a circle.`);
  if (code === 'EISDIR') return new ClaimdeskError('is_directory', `${filePath} is a folder, not a file. Choose an article file inside it.`);
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'read error');
  return new ClaimdeskError('unreadable', `Cannot read ${filePath} (${reason}).`);
}

/** Reads at most MAX_ARTICLE_BYTES + 1 bytes, so a file that grew after stat is still refused. */
function readCapped(filePath: string): Uint8Array {
  const fd = fs.openSync(filePath, 'r');
  try {
    return readFdCapped(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Waits a little without spinning (a pipe with nothing in it yet). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Reads an open file or pipe to its end, refusing more than the article
 * limit as soon as it is passed (never buffering an unbounded stream).
 */
export function readFdCapped(fd: number, subject = 'The file'): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, MAX_ARTICLE_BYTES + 1 - total));
    let read: number;
    try {
      read = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      // A non-blocking pipe (standard input) with nothing to read yet.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        pause(5);
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > MAX_ARTICLE_BYTES) throw tooLargeError(total, subject);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

export function readArticleFile(filePath: string): { bytes: Uint8Array; filename: string } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (err) {
    throw fileError(err, filePath);
  }
  if (stat.isDirectory()) throw new ClaimdeskError('is_directory', `${filePath} is a folder, not a file. Choose an article file inside it.`);
  checkArticleFilename(filePath);
  if (!stat.isFile()) throw new ClaimdeskError('unreadable', `Cannot read ${filePath}: it is not a regular file.`);
  if (stat.size > MAX_ARTICLE_BYTES) throw tooLargeError(stat.size);

  let bytes: Uint8Array;
  try {
    bytes = readCapped(filePath);
  } catch (err) {
    if (err instanceof ClaimdeskError) throw err;
    throw fileError(err, filePath);
  }
  if (bytes.length === 0) throw new ClaimdeskError('empty', 'The file is empty: there is no article text to import.');
  return { bytes, filename: path.basename(filePath) };
}
