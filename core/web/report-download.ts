import type http from 'node:http';
import { openReader } from '../../db/open';
import { countClaims } from '../../db/queries/claims';
import type { OpCheckedInput } from '../api/contract';
import { checkInput } from '../api/dispatch';
import { reportFilename } from '../api/handlers/reports';
import type { ApiResult } from '../api/result';
import type { Workspace } from '../api/workspace';
import { csvReport } from '../report/csv';

/**
 * Browser mode's CSV download: exportCsv's input, checked as any call's, and
 * its report streamed to the response a chunk at a time, waiting for the
 * client whenever it falls behind — so the server holds a chunk, never the
 * report. The rows come from a read-only connection of their own, in one
 * snapshot (the row count in the headers is of that snapshot), so every other
 * call is answered on the main connection while a slow download goes on.
 * A bad input is answered as an API error, before anything is sent.
 */
export async function streamCsvReport(ws: Pick<Workspace, 'dbPath' | 'now'>, input: unknown, res: http.ServerResponse, headers: Record<string, string>): Promise<ApiResult<null> | null> {
  const checked = checkInput('exportCsv', input);
  if (!checked.ok) return checked;
  const { filter, sort } = checked.value.data as OpCheckedInput<'exportCsv'>;
  const reader = openReader(ws.dbPath);
  try {
    reader.exec('BEGIN');
    const filename = reportFilename(filter, ws.now());
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'X-Claimdesk-Filename': filename,
      'X-Claimdesk-Row-Count': String(countClaims(reader, filter)),
      'Cache-Control': 'no-store',
    });
    for (const chunk of csvReport(reader, filter, sort)) {
      if (res.destroyed) break; // the client went away: stop reading rows
      if (!res.write(chunk)) await drainedOrClosed(res);
      // The rows are read on this thread: between chunks, let other requests (and a cancelled
      // download's close) be handled, even when the client keeps up.
      else await new Promise((resolve) => setImmediate(resolve));
    }
    res.end();
    return null;
  } finally {
    reader.close();
  }
}

/** Resolves when the response can take more, or is gone; leaves no listener behind either way. */
function drainedOrClosed(res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
