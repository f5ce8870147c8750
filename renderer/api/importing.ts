import type { ImportResult } from '../../core/api/contract';
// Pure TypeScript (no Node imports): the same limit and message the backend uses.
import { MAX_ARTICLE_BYTES, tooLargeError } from '../../core/import/limits';
import { formatCount } from '../format';
import { toBase64 } from './base64';
import { call } from './client';
import { isConnectionError } from './connection';

export type ImportOutcome =
  | { name: string; ok: true; result: ImportResult }
  /** `unreachable`: the server could not be reached (or no longer takes this page), so the files after it were not tried. */
  | { name: string; ok: false; message: string; unreachable?: true };

/** Where one file's import stands: read from disk, or sent and being analysed and stored by the backend. */
export type ImportPhase = 'reading' | 'analysing';

export interface ImportFilesOptions {
  /** Checked before each file: once aborted, no further file is started (the one in flight finishes, whole). */
  signal?: AbortSignal;
  /** Told as each file starts a phase: its index in `files`. */
  onFile?: (index: number, phase: ImportPhase) => void;
  /** Told as each file is done, in or refused. */
  onOutcome?: (outcome: ImportOutcome) => void;
}

/**
 * Imports each file in turn (the backend checks type, size and encoding) and
 * reports every outcome. Each file is one call and one transaction: a file is
 * all in or not in at all. With a signal, stopping means starting no further
 * file; the outcomes then cover only the files that were tried. A server that
 * cannot be reached stops the run the same way, after the file that found it.
 */
export async function importFiles(files: readonly File[], options: ImportFilesOptions = {}): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const done = (outcome: ImportOutcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) break;
    // Checked before reading: a file over the limit is refused with the backend's own message.
    if (file.size > MAX_ARTICLE_BYTES) {
      done({ name: file.name, ok: false, message: tooLargeError(file.size).message });
      continue;
    }
    options.onFile?.(index, 'reading');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (err) {
      done({ name: file.name, ok: false, message: `Could not read the file: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    options.onFile?.(index, 'analysing');
    const result = await call('importArticle', { bytesBase64: toBase64(bytes), filename: file.name });
    if (!result.ok && isConnectionError(result.error)) {
      // The server is gone: every later file would fail the same way, one message each. Stop here.
      done({ name: file.name, ok: false, message: result.error.message, unreachable: true });
      break;
    }
    done(result.ok ? { name: file.name, ok: true, result: result.value } : { name: file.name, ok: false, message: result.error.message });
  }
  return outcomes;
}

export async function importPastedText(text: string, title: string): Promise<ImportOutcome> {
  const trimmedTitle = title.trim();
  const result = await call('importArticle', trimmedTitle ? { text, title: trimmedTitle } : { text });
  return result.ok ? { name: 'Pasted text', ok: true, result: result.value } : { name: 'Pasted text', ok: false, message: result.error.message };
}

export async function importSample(): Promise<ImportOutcome> {
  const result = await call('loadSample', {});
  return result.ok ? { name: 'Sample article', ok: true, result: result.value } : { name: 'Sample article', ok: false, message: result.error.message };
}

/** One line a fact-checker can read: what happened to this file. */
export function describeOutcome(outcome: ImportOutcome): string {
  if (!outcome.ok) return `${outcome.name}: ${outcome.message}`;
  const { article, duplicate, claimsCreated } = outcome.result;
  if (duplicate) return `${outcome.name}: already imported as “${article.title}”, nothing added.`;
  return `${outcome.name}: imported “${article.title}” with ${formatCount(claimsCreated)} ${claimsCreated === 1 ? 'sentence' : 'sentences'} (${formatCount(article.counts.total)} ${article.counts.total === 1 ? 'claim' : 'claims'} to review).`;
}
