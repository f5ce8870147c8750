/**
 * The export figures of `npm run bench`: the CSV report of every claim
 * streamed to a file as `claimdesk export --out` writes it, beside Debian's
 * `sqlite3 -csv` dumping the same rows to a file in the same run, and the
 * heap an export needs at 10,000 rows and at every row (flat: no array of
 * every row). Figures for people; nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Workspace } from '../core/api/workspace';
import { DEFAULT_SORT } from '../core/api/schemas';
import { writeFileAtomicAsync } from '../core/report/atomic-write';
import { csvReport, csvReportChunks, CSV_COLUMNS, REPORT_WORDING } from '../core/report/csv';
import { iterateReportRows, type ReportRow } from '../db/queries/report';

// The report's plain columns, in its order: what sqlite3 can dump without our wording of notes and sources.
const PLAIN_COLUMNS = `SELECT c.id, a.title, a.article_date, c.position, c.text, c.speaker, c.status, c.reviewed_by, c.reviewed_at
  FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.article_id, c.position`;

// The whole report's 19 columns done by SQLite alone: the same joins and lists, worded in SQL (Debian's sqlite3 3.40
// has no ORDER BY inside group_concat, so its lists come in storage order; no UTF-16 article words, no fsync).
const SAME_REPORT = `WITH note_lists AS (SELECT claim_id, group_concat(author || ' (' || created_at || '): ' || body, char(10)) AS notes FROM notes GROUP BY claim_id),
  source_lists AS (SELECT cs.claim_id, group_concat(coalesce(s.title || ' — ', '') || '<' || s.url || '> [' || cs.stance || ']' || coalesce(' “' || s.excerpt || '”', ''), char(10)) AS sources
    FROM claim_sources cs JOIN sources s ON s.id = cs.source_id GROUP BY cs.claim_id),
  dispute_lists AS (SELECT claim_id, max(state = 'pending') AS pending,
      group_concat(CASE WHEN state <> 'dismissed' THEN coalesce(speaker, 'The article') || ' — “' || phrase || '”' END, char(10)) AS disputes FROM dispute_suggestions GROUP BY claim_id),
  match_lists AS (SELECT id, group_concat(other, '; ') AS seen FROM (SELECT claim_id AS id, earlier_claim_id AS other FROM claim_matches WHERE dismissed_at IS NULL
      UNION SELECT earlier_claim_id, claim_id FROM claim_matches WHERE dismissed_at IS NULL) GROUP BY id),
  tag_lists AS (SELECT ct.claim_id, group_concat(t.name, '; ') AS tags FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id GROUP BY ct.claim_id)
SELECT c.id, a.title, a.article_date, CASE WHEN c.hidden = 0 THEN count(*) FILTER (WHERE c.hidden = 0) OVER (PARTITION BY c.article_id ORDER BY c.position) END AS number,
  c.text, c.speaker, CASE WHEN c.reviewed_at IS NULL THEN 'not reviewed' ELSE c.status END AS status, c.reviewed_by, c.reviewed_at, coalesce(nl.notes, '') AS notes, coalesce(sl.sources, '') AS sources,
  CASE WHEN dl.pending THEN 'disputed' ELSE '' END AS suggested, coalesce(dl.disputes, '') AS disputed_by,
  printf('%.2f', c.check_worthiness) AS worthiness, a.filename, '' AS words, coalesce(ml.seen, '') AS seen, coalesce(tl.tags, '') AS tags,
  CASE WHEN c.speaker_by_hand = 1 THEN 'hand' ELSE '' END AS speaker_set_by
FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN note_lists nl ON nl.claim_id = c.id LEFT JOIN source_lists sl ON sl.claim_id = c.id
  LEFT JOIN dispute_lists dl ON dl.claim_id = c.id LEFT JOIN match_lists ml ON ml.id = c.id LEFT JOIN tag_lists tl ON tl.claim_id = c.id
ORDER BY c.article_id, c.position`;

const RUNS = 3;

function seconds(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function secondsAsync(fn: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

/** Debian's sqlite3, or the one on PATH; null when there is none. */
function sqlite3(): string | null {
  for (const candidate of ['/usr/bin/sqlite3', 'sqlite3']) {
    try {
      execFileSync(candidate, ['-version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

export async function exportSection(ws: Workspace, dir: string): Promise<void> {
  const reportFile = path.join(dir, 'report.csv');
  const dumpFile = path.join(dir, 'sqlite3.csv');
  const fullFile = path.join(dir, 'sqlite3-report.csv');
  const cli = sqlite3();
  const ours: number[] = [];
  const theirs: number[] = [];
  const theirsFull: number[] = [];
  let rows = 0;
  // Interleaved, median of three each: the machine's load falls on both alike.
  for (let i = 0; i < RUNS; i++) {
    const tally = { rowCount: 0 };
    ours.push(await secondsAsync(() => writeFileAtomicAsync(reportFile, csvReport(ws.db, { includeHidden: true }, DEFAULT_SORT, { tally }))));
    rows = tally.rowCount;
    if (cli) {
      const dump = fs.openSync(dumpFile, 'w');
      theirs.push(seconds(() => execFileSync(cli, ['-csv', '-header', ws.dbPath, PLAIN_COLUMNS], { stdio: ['ignore', dump, 'inherit'] })));
      fs.closeSync(dump);
      const full = fs.openSync(fullFile, 'w');
      theirsFull.push(seconds(() => execFileSync(cli, ['-csv', '-header', ws.dbPath, SAME_REPORT], { stdio: ['ignore', full, 'inherit'] })));
      fs.closeSync(full);
    }
  }
  const mb = (file: string) => (fs.statSync(file).size / 1e6).toFixed(1);
  const label = `export CSV to a file: ${rows.toLocaleString('en')} rows, ${mb(reportFile)} MB, median of ${RUNS} (aim ≤ 2×)`;
  const line = `${label.padEnd(52)} ${median(ours).toFixed(2).padStart(7)} s`;
  if (cli) {
    console.log(`${line}  ×${(median(ours) / median(theirs)).toFixed(2)} of ${cli} -csv: ${median(theirs).toFixed(2)} s for the same rows' 9 plain columns (${mb(dumpFile)} MB)`);
    console.log(`${''.padEnd(52)} ${''.padStart(9)}  ×${(median(ours) / median(theirsFull)).toFixed(2)} of ${cli} -csv: ${median(theirsFull).toFixed(2)} s for the same ${CSV_COLUMNS.length} columns, lists made in SQL (${mb(fullFile)} MB)`);
  } else {
    console.log(`${line}  (no baseline: sqlite3 is not installed; on Debian: apt-get install sqlite3)`);
  }

  // Heap: the most the export held above where it started, sampled at every chunk, for 10,000 rows and for all.
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const peakHeap = (source: Iterable<ReportRow>) => {
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let count = 0;
    for (const chunk of csvReportChunks(source, { onRows: (written) => ((count = written), (peak = Math.max(peak, process.memoryUsage().heapUsed))) })) void chunk;
    return { mb: (peak - before) / 1e6, count };
  };
  const all = () => iterateReportRows(ws.db, { includeHidden: true }, DEFAULT_SORT, REPORT_WORDING);
  const small = peakHeap(take(all(), 10_000));
  const large = peakHeap(all());
  console.log(
    `${'export: peak heap above the start (flat: no row array)'.padEnd(52)} ${small.mb.toFixed(1).padStart(7)} MB for ${small.count.toLocaleString('en')} rows, ${large.mb.toFixed(1)} MB for ${large.count.toLocaleString('en')}`,
  );
}

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  for (const item of items) {
    yield item;
    if (--n === 0) return;
  }
}
