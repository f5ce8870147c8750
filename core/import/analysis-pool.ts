/**
 * A few analysis threads (core/import/import-worker.ts) for a CLI import:
 * files go to whichever thread has least to do, and each file's outcome
 * comes back as a promise — in any order; the caller writes them in its own.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { claimKeysOf, UnitReceiver, type ClaimKeys, type SentClaimKeys } from '../api/claim-memory';
import { extractFile, prepareText, type PreparedArticle } from '../api/handlers/articles';
import { ClaimdeskError, toErrorData, type ApiErrorData } from '../errors';
import { readArticleFile } from './read-file';

export interface AnalysisPoolData {
  /** The workspace, read (never written) to recognise an article already imported before analysing it. */
  dbPath: string;
}

export interface AnalysisJob {
  index: number;
  /** The file's full path. */
  path: string;
}

export type AnalysisOutcome =
  | { index: number; ok: true; prepared: PreparedArticle; /** What claim memory needs of each claim (given by analysis threads). */ claimKeys?: Array<ClaimKeys | null> }
  | { index: number; ok: false; error: ApiErrorData };

/** An outcome as an analysis thread posts it: its claim keys' search units by number (UnitSender). */
export type PostedOutcome = Exclude<AnalysisOutcome, { ok: true }> | (Omit<Extract<AnalysisOutcome, { ok: true }>, 'claimKeys'> & { sentKeys?: SentClaimKeys });

export interface AnalysisPool {
  readonly size: number;
  /** Reads, extracts and (unless already imported) analyses one file on a thread. */
  analyse(filePath: string): Promise<AnalysisOutcome>;
  /** Ends every thread; a file still in flight is answered as stopped. */
  close(): Promise<void>;
}

/** Fewer files than this are analysed on the caller's thread: starting threads would cost more than it saves. */
export const THREADS_FROM_FILES = 4;

/**
 * Threads for this machine: one per core (the main thread's writing is a
 * fraction of the analysis), at most `files`, at least one.
 */
export function poolSizeFor(files: number): number {
  return Math.max(1, Math.min(os.availableParallelism(), 8, files));
}

/**
 * The same work on the caller's thread, one file at a time (a few files;
 * tests). `withClaimKeys`: also what claim memory needs of each claim (on an
 * analysis thread, so the writing thread need not work it out).
 */
export function inlineAnalysis(isKnown: (contentHash: string) => boolean, withClaimKeys = false): AnalysisPool {
  let nextIndex = 0;
  return {
    size: 1,
    async analyse(filePath) {
      const index = nextIndex++;
      try {
        const { bytes, filename } = readArticleFile(filePath);
        const { text, metadata, label } = extractFile(bytes, filename);
        const prepared = prepareText(text, label, metadata, isKnown);
        const claimKeys = withClaimKeys && prepared.analysis ? claimKeysOf(prepared.analysis.claims) : undefined;
        return { index, ok: true, prepared, claimKeys };
      } catch (err) {
        if (!(err instanceof ClaimdeskError)) console.error(`claimdesk: analysing ${filePath} failed:`, err);
        return { index, ok: false, error: toErrorData(err) };
      }
    },
    async close() {},
  };
}

/** The bundled worker beside this file (out/backend/, built by scripts/lib/backend-build.js), else the source through tsx (tests). */
function workerScript(): { source: string; eval: boolean } {
  const bundled = path.join(__dirname, 'import-worker.js');
  if (fs.existsSync(bundled)) return { source: bundled, eval: false };
  const local = createRequire(__filename);
  const source = `require(${JSON.stringify(local.resolve('tsx/cjs'))}); require(${JSON.stringify(path.join(__dirname, 'import-worker.ts'))});`;
  return { source, eval: true };
}

const STOPPED: ApiErrorData = { code: 'internal', message: 'The import stopped before this file was read.' };

export function startAnalysisPool(size: number, data: AnalysisPoolData): AnalysisPool {
  const script = workerScript();
  let nextIndex = 0;
  const threads = Array.from({ length: size }, () => {
    const worker = new Worker(script.source, { eval: script.eval, workerData: data });
    const pending = new Map<number, (outcome: AnalysisOutcome) => void>();
    // Read as each message arrives, in the order the thread sent them: a unit is defined in the first message that uses it.
    const units = new UnitReceiver();
    const failAll = (error: ApiErrorData) => {
      for (const [index, answer] of pending) answer({ index, ok: false, error });
      pending.clear();
    };
    worker.on('message', (posted: PostedOutcome) => {
      let outcome: AnalysisOutcome = posted;
      if (posted.ok && posted.sentKeys) {
        const { sentKeys, ...rest } = posted;
        outcome = { ...rest, claimKeys: units.receive(sentKeys) };
      }
      const answer = pending.get(outcome.index);
      pending.delete(outcome.index);
      answer?.(outcome);
    });
    worker.on('error', (err) => {
      console.error('claimdesk: an analysis thread failed:', err);
      failAll({ code: 'internal', message: 'Something went wrong inside Claimdesk while reading this file. Nothing was changed; the details are in its log.' });
    });
    worker.on('exit', () => failAll(STOPPED));
    return { worker, pending };
  });
  return {
    size,
    analyse(filePath) {
      const thread = threads.reduce((least, t) => (t.pending.size < least.pending.size ? t : least));
      const index = nextIndex++;
      return new Promise((answer) => {
        thread.pending.set(index, answer);
        thread.worker.postMessage({ index, path: filePath } satisfies AnalysisJob);
      });
    },
    async close() {
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
