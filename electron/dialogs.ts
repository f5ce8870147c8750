/**
 * The two actions that need native dialogs: saving a CSV report and picking
 * article files. The CSV never crosses IPC: it is made and written here, and
 * only its path and row count go back to the renderer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { ApiResult } from '../core/api/dispatch';
import { toErrorData } from '../core/errors';
import { DIALOG_EXTENSIONS, SUPPORTED_EXTENSIONS_TEXT } from '../core/import/file-types';
import { readArticleFile } from '../core/import/read-file';
import { writeFileAtomic } from '../core/report/atomic-write';
import type { ImportedFile, SavedCsvReport } from './bridge-types';
import type { DesktopWorkspace } from './workspace';

interface CsvExport {
  filename: string;
  csv: string;
  rowCount: number;
}

function isCsvExport(value: unknown): value is CsvExport {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return typeof fields.filename === 'string' && typeof fields.csv === 'string' && typeof fields.rowCount === 'number';
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

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
  workspace: DesktopWorkspace,
  window: BrowserWindow,
  exportInput: unknown,
): Promise<ApiResult<SavedCsvReport | null>> {
  // Passed through unchanged: exportCsv's own schema validates it.
  const exported = workspace.dispatch('exportCsv', exportInput);
  if (!exported.ok) return exported;
  if (!isCsvExport(exported.value)) {
    return { ok: false, error: { code: 'internal', message: 'Internal error: exportCsv returned an unexpected value.' } };
  }
  const report = exported.value;

  const choice = await dialog.showSaveDialog(window, {
    title: 'Export claims as CSV',
    defaultPath: path.join(defaultReportFolder(), reportFileName(report.filename)),
    filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: null };

  try {
    writeFileAtomic(choice.filePath, report.csv);
  } catch (err) {
    const error = toErrorData(err);
    const message = error.code === 'internal' ? `Could not save the report to ${choice.filePath}: ${messageOf(err)}` : error.message;
    return { ok: false, error: { code: error.code === 'internal' ? 'write_failed' : error.code, message } };
  }
  lastReportFolder = path.dirname(choice.filePath);
  return { ok: true, value: { path: choice.filePath, rowCount: report.rowCount } };
}

interface ReportExport {
  filename: string;
  content: string;
  rowCount: number;
}

function isReportExport(value: unknown): value is ReportExport {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return typeof fields.filename === 'string' && typeof fields.content === 'string' && typeof fields.rowCount === 'number';
}

/** The save dialog's file type for each reading report, by the extension exportReport suggests. */
const REPORT_FILTERS: ReadonlyArray<{ suffix: string; name: string; extensions: string[] }> = [
  { suffix: '.html', name: 'Web page (HTML report)', extensions: ['html'] },
  { suffix: '.md', name: 'Markdown', extensions: ['md'] },
  { suffix: '.claimreview.json', name: 'ClaimReview JSON-LD', extensions: ['json'] },
];

/** An HTML, Markdown or ClaimReview report: made by exportReport, saved where the user says, atomically. */
export async function saveReport(workspace: DesktopWorkspace, window: BrowserWindow, exportInput: unknown): Promise<ApiResult<SavedCsvReport | null>> {
  // Passed through unchanged: exportReport's own schema validates it.
  const exported = workspace.dispatch('exportReport', exportInput);
  if (!exported.ok) return exported;
  if (!isReportExport(exported.value)) {
    return { ok: false, error: { code: 'internal', message: 'Internal error: exportReport returned an unexpected value.' } };
  }
  const report = exported.value;
  const suggested = path.basename(report.filename.replace(/[\\/]/g, '_'));
  const filter = REPORT_FILTERS.find((f) => suggested.endsWith(f.suffix));
  const choice = await dialog.showSaveDialog(window, {
    title: 'Export a report',
    defaultPath: path.join(defaultReportFolder(), suggested),
    filters: filter ? [{ name: filter.name, extensions: filter.extensions }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: null };
  try {
    writeFileAtomic(choice.filePath, report.content);
  } catch (err) {
    const error = toErrorData(err);
    const message = error.code === 'internal' ? `Could not save the report to ${choice.filePath}: ${messageOf(err)}` : error.message;
    return { ok: false, error: { code: error.code === 'internal' ? 'write_failed' : error.code, message } };
  }
  lastReportFolder = path.dirname(choice.filePath);
  return { ok: true, value: { path: choice.filePath, rowCount: report.rowCount } };
}

interface SourceFileContent {
  fileName: string;
  bytesBase64: string;
}

function isSourceFile(value: unknown): value is SourceFileContent {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return typeof fields.fileName === 'string' && typeof fields.bytesBase64 === 'string';
}

/**
 * A file kept as a source, opened with the system's viewer: written (under
 * its own name, in a folder of its own inside Claimdesk's temporary folder,
 * readable by this user only) and handed to the shell. The name was checked
 * when the file was attached (no folders in it); basename() keeps it so.
 */
export async function openSourceFile(workspace: DesktopWorkspace, input: unknown): Promise<ApiResult<{ fileName: string }>> {
  const read = workspace.dispatch('getSourceFile', input);
  if (!read.ok) return read;
  if (!isSourceFile(read.value)) return { ok: false, error: { code: 'internal', message: 'Internal error: getSourceFile returned an unexpected value.' } };
  const { fileName, bytesBase64 } = read.value;
  try {
    const folder = fs.mkdtempSync(path.join(app.getPath('temp'), 'claimdesk-source-'));
    const target = path.join(folder, path.basename(fileName));
    fs.writeFileSync(target, Buffer.from(bytesBase64, 'base64'), { mode: 0o600 });
    const failed = await shell.openPath(target);
    if (failed) return { ok: false, error: { code: 'write_failed', message: `Could not open ${fileName}: ${failed}` } };
  } catch (err) {
    return { ok: false, error: { code: 'write_failed', message: `Could not open ${fileName}: ${messageOf(err)}` } };
  }
  return { ok: true, value: { fileName } };
}

/** Reads one picked file and imports it; a bad file gets its own named error. */
function importOne(workspace: DesktopWorkspace, filePath: string): ImportedFile {
  try {
    const { bytes, filename } = readArticleFile(filePath);
    const bytesBase64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
    return { path: filePath, filename, result: workspace.dispatch('importArticle', { bytesBase64, filename }) };
  } catch (err) {
    return { path: filePath, filename: path.basename(filePath), result: { ok: false, error: toErrorData(err) } };
  }
}

export async function importFromDialog(workspace: DesktopWorkspace, window: BrowserWindow): Promise<ApiResult<ImportedFile[]>> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Import articles',
    filters: [
      { name: `Articles (${SUPPORTED_EXTENSIONS_TEXT})`, extensions: [...DIALOG_EXTENSIONS] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['openFile', 'multiSelections'],
  });
  if (choice.canceled) return { ok: true, value: [] };
  return { ok: true, value: choice.filePaths.map((filePath) => importOne(workspace, filePath)) };
}

/**
 * File → Import article…: the renderer did not ask, so it is told the
 * workspace changed, and files that failed are listed in a message box.
 */
export async function importFromMenu(workspace: DesktopWorkspace, window: BrowserWindow, notifyChanged: () => void): Promise<void> {
  const outcome = await importFromDialog(workspace, window);
  if (!outcome.ok) {
    await dialog.showMessageBox(window, { type: 'error', title: 'Import failed', message: outcome.error.message });
    return;
  }
  const imported = outcome.value;
  if (imported.some((file) => file.result.ok)) notifyChanged();

  const failed = imported.flatMap((file) => (file.result.ok ? [] : [`${file.filename}: ${file.result.error.message}`]));
  if (failed.length > 0) {
    await dialog.showMessageBox(window, {
      type: 'warning',
      title: 'Import',
      message: failed.length === 1 ? 'One file was not imported.' : `${failed.length} files were not imported.`,
      detail: failed.join('\n'),
    });
  }
}
