/**
 * Work the desktop shell asks of the backend beside the API operations: the
 * files behind its native dialogs. They run where the workspace lives (a
 * backend thread), so the Electron main process never reads an article,
 * queries SQLite or writes a report. Never offered to the renderer: only the
 * shell calls them, with paths its own dialogs gave it.
 */
import { ClaimdeskError, toErrorData } from '../errors';
import { readArticleFile } from '../import/read-file';
import { writeFileAtomic } from '../report/atomic-write';
import { csvReport } from '../report/csv';
import type { OpCheckedInput } from './contract';
import { checkInput, dispatch } from './dispatch';
import { reportFilename } from './handlers/reports';
import type { ApiResult } from './result';
import type { Workspace } from './workspace';

export interface BackendTasks {
  /** Reads an article file from disk and imports it: importArticle's answer, or the file's own named error. */
  importArticleFile: { input: { path: string }; result: unknown };
  /** The name a CSV report of exportCsv's `request` would suggest; an invalid request is refused before any dialog opens. */
  csvReportFilename: { input: { request: unknown }; result: { filename: string } };
  /** Streams the CSV report of exportCsv's `request` to `path`, atomically, from one snapshot of the workspace. */
  writeCsvReport: { input: { path: string; request: unknown }; result: { rowCount: number } };
}

export type BackendTaskName = keyof BackendTasks;

/** Tasks that only read the workspace: answered by the reader thread when it runs. */
export const READ_ONLY_TASKS: readonly BackendTaskName[] = ['csvReportFilename', 'writeCsvReport'];

const TASKS: { [K in BackendTaskName]: (ws: Workspace, input: BackendTasks[K]['input']) => ApiResult<BackendTasks[K]['result']> } = {
  importArticleFile(ws, { path }) {
    const { bytes, filename } = readArticleFile(filePath('importArticleFile', path));
    const bytesBase64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
    return dispatch(ws, 'importArticle', { bytesBase64, filename });
  },

  csvReportFilename(ws, { request }) {
    const checked = checkInput('exportCsv', request);
    if (!checked.ok) return checked;
    const { filter } = checked.value.data as OpCheckedInput<'exportCsv'>;
    return { ok: true, value: { filename: reportFilename(filter, ws.now()) } };
  },

  writeCsvReport(ws, { path, request }) {
    const checked = checkInput('exportCsv', request);
    if (!checked.ok) return checked;
    const { filter, sort } = checked.value.data as OpCheckedInput<'exportCsv'>;
    const tally = { rowCount: 0 };
    // One read transaction: every row comes from the same snapshot, however long the write takes.
    ws.db.exec('BEGIN');
    try {
      writeFileAtomic(filePath('writeCsvReport', path), csvReport(ws.db, filter, sort, tally));
    } finally {
      ws.db.exec('COMMIT');
    }
    return { ok: true, value: { rowCount: tally.rowCount } };
  },
};

function filePath(task: BackendTaskName, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new ClaimdeskError('invalid_input', `${task}: path must be a file path`);
  return value;
}

function isTaskName(name: string): name is BackendTaskName {
  return Object.hasOwn(TASKS, name);
}

/** Runs one task; never throws: a failure comes back as data, an unexpected one logged and named `internal`. */
export function runTask(ws: Workspace, name: string, input: unknown): ApiResult<unknown> {
  if (!isTaskName(name)) return { ok: false, error: { code: 'unknown_operation', message: `Unknown backend task: ${String(name).slice(0, 80)}` } };
  if (typeof input !== 'object' || input === null) return { ok: false, error: { code: 'invalid_input', message: `${name}: input must be an object` } };
  try {
    return (TASKS[name] as (ws: Workspace, input: unknown) => ApiResult<unknown>)(ws, input);
  } catch (err) {
    if (!(err instanceof ClaimdeskError)) console.error(`claimdesk: the backend task ${name} failed:`, err);
    return { ok: false, error: toErrorData(err) };
  }
}
