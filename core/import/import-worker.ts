/**
 * One analysis thread of a CLI import (core/import/analysis-pool.ts starts a
 * few): reads a file, decodes and extracts it, takes its fingerprint and,
 * unless the workspace already holds that article, analyses it — the slow,
 * pure part of an import, done here so several files are analysed at once
 * while the main thread writes. It only ever reads the workspace, on a
 * read-only connection of its own (WAL lets it read while the writer writes).
 *
 * Messages: `{ index, path }` in; `{ index, ok: true, prepared, sentKeys }`
 * (claim memory's keys, their search units by number: UnitSender) or
 * `{ index, ok: false, error }` out, in the order the jobs came; `'close'` ends it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openReader, type Db } from '../../db/open';
import { findArticleByHash } from '../../db/queries/articles';
import { UnitSender } from '../api/claim-memory';
import { inlineAnalysis, type AnalysisJob, type AnalysisPoolData, type PostedOutcome } from './analysis-pool';

const port = parentPort!;
const { dbPath } = workerData as AnalysisPoolData;

let db: Db | null = null;
try {
  db = openReader(dbPath);
} catch {
  // No file to read (yet): every article is analysed, and the writer still recognises a duplicate by its fingerprint.
}
const isKnown = (contentHash: string) => db !== null && findArticleByHash(db, contentHash) !== undefined;

// The same work as on the caller's thread; a named problem (not found, not UTF-8, no article text ...) comes back as the file's error.
const analysis = inlineAnalysis(isKnown, true);
const units = new UnitSender();

port.on('message', (job: AnalysisJob | 'close') => {
  if (job === 'close') {
    db?.close();
    port.close();
    return;
  }
  void analysis.analyse(job.path).then((outcome) => {
    let posted: PostedOutcome = outcome;
    if (outcome.ok && outcome.claimKeys) {
      const { claimKeys, ...rest } = outcome;
      posted = { ...rest, sentKeys: units.send(claimKeys) };
    }
    port.postMessage({ ...posted, index: job.index } satisfies PostedOutcome);
  });
});
