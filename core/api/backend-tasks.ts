/**
 * Work the desktop shell asks of the backend beside the API operations: the
 * files behind its native dialogs. They run where the workspace lives (a
 * backend thread), so the Electron main process never reads an article,
 * queries SQLite or writes a report. Never offered to the renderer: only the
 * shell calls them, with paths its own dialogs gave it.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import { readSourceFile } from '../../db/queries/sources';
import { ClaimdeskError, toErrorData } from '../errors';
import { reportChunks, reportFilename as reportFilenameFor, requirePublisher } from '../report/formats';
import { readArticleFile } from '../import/read-file';
import { writeFileAtomic, writeFileAtomicAsync } from '../report/atomic-write';
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
  /** The name a reading or publishing report (exportReport's `request`) would suggest; checked before any dialog opens. */
  reportFilename: { input: { request: unknown }; result: { filename: string } };
  /** Streams the report of exportReport's `request` (html, markdown, claimreview, csv) to `path`, atomically, from one snapshot. */
  writeReport: { input: { path: string; request: unknown }; result: { rowCount: number } };
  /** Writes a file kept as a source into `folder` under its own name (read-write for this user only); its path. */
  writeSourceFile: { input: { sourceId: unknown; folder: string }; result: { path: string; fileName: string } };
}

export type BackendTaskName = keyof BackendTasks;

/** What the shell gives a long task: a progress callback (rows written, rows in all) and a signal that cancels it. */
export interface TaskControl {
  onProgress?(done: number, total: number | null): void;
  signal?: AbortSignal;
}

/** The save was stopped by its signal: the error a cancelled task answers (no file was written). */
export const TASK_CANCELLED = { code: 'cancelled', message: 'The export was cancelled: no file was written.' } as const;

/** Tasks that only read the workspace: answered by the reader thread when it runs. */
export const READ_ONLY_TASKS: readonly BackendTaskName[] = ['csvReportFilename', 'writeCsvReport', 'reportFilename', 'writeReport', 'writeSourceFile'];

type TaskResult<K extends BackendTaskName> = ApiResult<BackendTasks[K]['result']> | Promise<ApiResult<BackendTasks[K]['result']>>;

const TASKS: { [K in BackendTaskName]: (ws: Workspace, input: BackendTasks[K]['input'], control: TaskControl) => TaskResult<K> } = {
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

  async writeCsvReport(ws, { path, request }, { onProgress, signal }) {
    const checked = checkInput('exportCsv', request);
    if (!checked.ok) return checked;
    const { filter, sort } = checked.value.data as OpCheckedInput<'exportCsv'>;
    const target = filePath('writeCsvReport', path);
    const tally = { rowCount: 0 };
    // One read transaction: every row comes from the same snapshot, however long the write takes. Between chunks
    // the thread's event loop runs, so a cancel reaches it; cancelled, the temporary file goes and nothing is written.
    ws.db.exec('BEGIN');
    try {
      await writeFileAtomicAsync(target, csvReport(ws.db, filter, sort, { tally, ...(onProgress && { onRows: onProgress }), ...(signal && { signal }) }), signal);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') return { ok: false, error: TASK_CANCELLED };
      throw err;
    } finally {
      ws.db.exec('COMMIT');
    }
    return { ok: true, value: { rowCount: tally.rowCount } };
  },

  reportFilename(ws, { request }) {
    const checked = checkInput('exportReport', request);
    if (!checked.ok) return checked;
    const { format, filter } = checked.value.data as OpCheckedInput<'exportReport'>;
    // ClaimReview without a publisher is refused here, before the user picks where to save.
    if (format === 'claimreview') requirePublisher(ws.db);
    return { ok: true, value: { filename: reportFilenameFor(filter, ws.now(), format) } };
  },

  writeReport(ws, { path, request }) {
    const checked = checkInput('exportReport', request);
    if (!checked.ok) return checked;
    const { format, filter, sort } = checked.value.data as OpCheckedInput<'exportReport'>;
    const tally = { rowCount: 0 };
    ws.db.exec('BEGIN');
    try {
      writeFileAtomic(filePath('writeReport', path), reportChunks(ws.db, format, filter, sort, { now: ws.now(), tally }));
    } finally {
      ws.db.exec('COMMIT');
    }
    return { ok: true, value: { rowCount: tally.rowCount } };
  },

  writeSourceFile(ws, { sourceId, folder }) {
    const checked = checkInput('getSourceFile', { sourceId });
    if (!checked.ok) return checked;
    const file = readSourceFile(ws.db, (checked.value.data as OpCheckedInput<'getSourceFile'>).sourceId);
    if (!file) return { ok: false, error: { code: 'not_found_source', message: `Source ${String(sourceId)} is not a file kept in this workspace.` } };
    // The name was checked when the file was attached (no folders in it); basename keeps it so.
    const target = nodePath.join(filePath('writeSourceFile', folder), nodePath.basename(file.fileName));
    fs.writeFileSync(target, file.content, { mode: 0o600 });
    return { ok: true, value: { path: target, fileName: file.fileName } };
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
export async function runTask(ws: Workspace, name: string, input: unknown, control: TaskControl = {}): Promise<ApiResult<unknown>> {
  if (!isTaskName(name)) return { ok: false, error: { code: 'unknown_operation', message: `Unknown backend task: ${String(name).slice(0, 80)}` } };
  if (typeof input !== 'object' || input === null) return { ok: false, error: { code: 'invalid_input', message: `${name}: input must be an object` } };
  try {
    return await (TASKS[name] as (ws: Workspace, input: unknown, control: TaskControl) => ApiResult<unknown> | Promise<ApiResult<unknown>>)(ws, input, control);
  } catch (err) {
    if (!(err instanceof ClaimdeskError)) console.error(`claimdesk: the backend task ${name} failed:`, err);
    return { ok: false, error: toErrorData(err) };
  }
}
