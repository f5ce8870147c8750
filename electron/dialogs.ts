/**
 * The two actions that need native dialogs: saving a CSV report and picking
 * article files. Only the dialogs are here: the files are read and written by
 * the backend threads (core/api/backend-tasks.ts), so neither an article nor
 * a report passes through the main process or IPC — only paths, names and
 * counts do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { TaskControl } from '../core/api/backend-tasks';
import { retryWhileBusy } from '../core/api/busy-retry';
import type { ApiResult } from '../core/api/result';
import type { Backend } from '../core/api/worker-backend';
import { DIALOG_EXTENSIONS, SUPPORTED_EXTENSIONS_TEXT } from '../core/import/file-types';
import type { CancelledCsvReport, ImportedFile, SavedCsvReport } from './bridge-types';
import { PROGRESS_CHANNELS } from './channels';

/** Folder the last report went to in this session; the Documents folder before that. */
let lastReportFolder: string | null = null;

function defaultReportFolder(): string {
  if (lastReportFolder !== null) return lastReportFolder;
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

/** A bare file name ending in .csv, whatever the export suggested. */
function reportFileName(suggested: string): string {
  const base = path.basename(suggested.replace(/[\\/]/g, '_')).trim() || 'claimdesk-report.csv';
  return base.toLowerCase().endsWith('.csv') ? base : `${base}.csv`;
}

export async function saveCsvReport(
  backend: Backend,
  window: BrowserWindow,
  exportInput: unknown,
  control: TaskControl = {},
): Promise<ApiResult<SavedCsvReport | CancelledCsvReport | null>> {
  // Passed through unchanged: exportCsv's own schema validates it, before the dialog opens.
  const named = await backend.task('csvReportFilename', { request: exportInput });
  if (!named.ok) return named;

  const choice = await dialog.showSaveDialog(window, {
    title: 'Export claims as CSV',
    defaultPath: path.join(defaultReportFolder(), reportFileName(named.value.filename)),
    filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: null };

  // Streamed from SQLite to the file on a backend thread, atomically: a failure or a Cancel leaves no partial file.
  const written = await backend.task('writeCsvReport', { path: choice.filePath, request: exportInput }, control);
  if (!written.ok) return written.error.code === 'cancelled' ? { ok: true, value: { cancelled: true } } : written;
  lastReportFolder = path.dirname(choice.filePath);
  return { ok: true, value: { path: choice.filePath, rowCount: written.value.rowCount } };
}

/** The save dialog's file type for each reading report, by the extension its name ends in. */
const REPORT_FILTERS: ReadonlyArray<{ suffix: string; name: string; extensions: string[] }> = [
  { suffix: '.html', name: 'Web page (HTML report)', extensions: ['html'] },
  { suffix: '.md', name: 'Markdown', extensions: ['md'] },
  { suffix: '.claimreview.json', name: 'ClaimReview JSON-LD', extensions: ['json'] },
];

/** An HTML, Markdown or ClaimReview report: named and written by a backend thread, saved where the user says, atomically. */
export async function saveReport(backend: Backend, window: BrowserWindow, exportInput: unknown): Promise<ApiResult<SavedCsvReport | null>> {
  // Passed through unchanged: exportReport's own schema validates it (and a missing publisher), before the dialog opens.
  const named = await backend.task('reportFilename', { request: exportInput });
  if (!named.ok) return named;
  const suggested = path.basename(named.value.filename.replace(/[\\/]/g, '_'));
  const filter = REPORT_FILTERS.find((f) => suggested.endsWith(f.suffix));
  const choice = await dialog.showSaveDialog(window, {
    title: 'Export a report',
    defaultPath: path.join(defaultReportFolder(), suggested),
    filters: filter ? [{ name: filter.name, extensions: filter.extensions }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: null };
  const written = await backend.task('writeReport', { path: choice.filePath, request: exportInput });
  if (!written.ok) return written;
  lastReportFolder = path.dirname(choice.filePath);
  return { ok: true, value: { path: choice.filePath, rowCount: written.value.rowCount } };
}

/**
 * A file kept as a source, opened with the system's viewer: a backend thread
 * writes it (under its own name, readable by this user only) into a folder
 * of its own inside Claimdesk's temporary folder, and the shell opens it.
 */
export async function openSourceFile(backend: Backend, input: unknown): Promise<ApiResult<{ fileName: string }>> {
  const sourceId = typeof input === 'object' && input !== null ? (input as { sourceId?: unknown }).sourceId : undefined;
  let folder: string;
  try {
    folder = fs.mkdtempSync(path.join(app.getPath('temp'), 'claimdesk-source-'));
  } catch (err) {
    return { ok: false, error: { code: 'write_failed', message: `Could not make a temporary copy to open: ${err instanceof Error ? err.message : String(err)}` } };
  }
  const written = await backend.task('writeSourceFile', { sourceId, folder });
  if (!written.ok) return written;
  const failed = await shell.openPath(written.value.path);
  if (failed) return { ok: false, error: { code: 'write_failed', message: `Could not open ${written.value.fileName}: ${failed}` } };
  return { ok: true, value: { fileName: written.value.fileName } };
}

/** How far an import from the dialog has got, and a signal that stops it before the next file. */
export interface ImportControl {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

export async function importFromDialog(backend: Backend, window: BrowserWindow, control: ImportControl = {}): Promise<ApiResult<ImportedFile[]>> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Import articles',
    filters: [
      { name: `Articles (${SUPPORTED_EXTENSIONS_TEXT})`, extensions: [...DIALOG_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['openFile', 'multiSelections'],
  });
  if (choice.canceled) return { ok: true, value: [] };
  // One after another, in the order picked; each file read and imported on the writer thread, with its own outcome.
  // A cancel starts no further file: the one in flight goes in whole (one transaction), the earlier ones stay.
  const imported: ImportedFile[] = [];
  const total = choice.filePaths.length;
  control.onProgress?.(0, total);
  for (const filePath of choice.filePaths) {
    if (control.signal?.aborted) break;
    // Busy (another window or a CLI import holds the workspace): tried again, as the window does with its own calls.
    const result = await retryWhileBusy(() => backend.task('importArticleFile', { path: filePath }));
    imported.push({ path: filePath, filename: path.basename(filePath), result });
    control.onProgress?.(imported.length, total);
  }
  // Cancelled: the last word is the files tried, done of done, so whoever shows the progress knows the run is over.
  if (imported.length < total) control.onProgress?.(imported.length, imported.length);
  return { ok: true, value: imported };
}

/** The File → Import article… in progress (one at a time), for the window's Cancel (cancelMenuImport). */
let menuImport: AbortController | null = null;

/** Stops File → Import article… before its next file; false when none is running. */
export function cancelMenuImport(): boolean {
  menuImport?.abort();
  return menuImport !== null;
}

/**
 * File → Import article…: the renderer did not ask, so it is told the
 * workspace changed, and files that failed are listed in a message box.
 */
export async function importFromMenu(backend: Backend, window: BrowserWindow, notifyChanged: () => void): Promise<void> {
  // One at a time: the window has one progress bar for it, and its Cancel means that import.
  if (menuImport !== null) {
    await dialog.showMessageBox(window, { type: 'info', title: 'Import', message: 'An import is already running.', detail: 'Wait for it to finish, or cancel it in the window, then import more.' });
    return;
  }
  // The window shows the files done as they go in, with Cancel (PROGRESS_CHANNELS.menuImportProgress).
  const controller = new AbortController();
  menuImport = controller;
  let outcome: ApiResult<ImportedFile[]>;
  let picked = 0;
  try {
    outcome = await importFromDialog(backend, window, {
      signal: controller.signal,
      onProgress: (done, total) => {
        if (done === 0) picked = total;
        if (!window.isDestroyed()) window.webContents.send(PROGRESS_CHANNELS.menuImportProgress, done, total);
      },
    });
  } finally {
    menuImport = null;
  }
  if (!outcome.ok) {
    await dialog.showMessageBox(window, { type: 'error', title: 'Import failed', message: outcome.error.message });
    return;
  }
  const imported = outcome.value;
  if (imported.some((file) => file.result.ok)) notifyChanged();

  const failed = imported.flatMap((file) => (file.result.ok ? [] : [`${file.filename}: ${file.result.error.message}`]));
  const untried = picked - imported.length;
  if (failed.length > 0 || untried > 0) {
    const notImported = failed.length + untried;
    const cancelled = untried > 0 ? [`Cancelled: ${untried === 1 ? 'one file was' : `${untried} files were`} not tried; the ${imported.length} before it went in or are listed above.`] : [];
    await dialog.showMessageBox(window, {
      type: 'warning',
      title: 'Import',
      message: notImported === 1 ? 'One file was not imported.' : `${notImported} files were not imported.`,
      detail: [...failed, ...cancelled].join('\n'),
    });
  }
}
