/**
 * The shape of `window.claimdesk`, exposed by electron/preload.ts.
 *
 * Types only — no runtime imports — so the renderer can
 * `import type { DesktopBridge } from '../electron/bridge-types'`
 * without pulling Electron, Node or the database into its bundle.
 */
import type { OperationName } from '../core/api/operation-names';

export interface BridgeError {
  /** Stable machine-readable code ('invalid_input', 'forbidden', 'not_found_claim', …). */
  code: string;
  /** One line for a human. */
  message: string;
}

/** Same shape as core's ApiResult: errors come back as values, never as thrown exceptions. */
export type BridgeResult<T = unknown> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** One function per API operation: `claimdesk.listClaims(input)` → the operation's result. */
export type OperationFunctions = {
  readonly [K in OperationName]: (input?: unknown) => Promise<BridgeResult>;
};

/** The claims table's active filter, as exportCsv takes it. */
export interface CsvReportFilter {
  status?: 'verified' | 'disputed' | 'unverified' | 'not_reviewed';
  articleId?: number;
  search?: string;
  includeHidden?: boolean;
}

/** exportCsv's input: the report follows exactly the filter and order the table shows. */
export interface CsvReportRequest {
  filter?: CsvReportFilter;
  sort?: { column: string; direction: 'asc' | 'desc' };
}

/** exportReport's input: a reading or publishing report (html, markdown, claimreview) of what the table shows. */
export interface ReportRequest extends CsvReportRequest {
  format: 'html' | 'markdown' | 'claimreview';
}

/** Where the report went; `null` in its place means the user cancelled the save dialog. */
export interface SavedCsvReport {
  path: string;
  rowCount: number;
}

/** The save was stopped by cancelCsvExport: no file was written (the report is written atomically). */
export interface CancelledCsvReport {
  cancelled: true;
}

/** How far a CSV save has got: rows written, and the report's rows in all (null until known). */
export type CsvExportProgressListener = (written: number, total: number | null) => void;

/** One file picked in the import dialog and what importing it gave. */
export interface ImportedFile {
  path: string;
  filename: string;
  result: BridgeResult;
}

/** Stops a subscription. */
export type Unsubscribe = () => void;

export interface DesktopActions {
  /** Runs exportCsv with `request` (its input, unchanged), asks where to save, writes the file atomically. */
  /** Writes a file kept as a source to a private temporary folder and opens it with the system's viewer. */
  openSourceFile(request: { sourceId: number }): Promise<BridgeResult<{ fileName: string }>>;
  /** Runs exportReport with `request` (its input, unchanged), asks where to save, writes the file atomically. */
  saveReport(request: ReportRequest): Promise<BridgeResult<SavedCsvReport | null>>;
  saveCsvReport(request: CsvReportRequest): Promise<BridgeResult<SavedCsvReport | CancelledCsvReport | null>>;
  /** Rows written by the save in progress, as it goes (sent on PROGRESS_CHANNELS.csvExportProgress). */
  onCsvExportProgress(callback: CsvExportProgressListener): Unsubscribe;
  /** Stops the save in progress: saveCsvReport then answers `{ cancelled: true }` and leaves no file. */
  cancelCsvExport(): Promise<BridgeResult<null>>;
  /** Native open dialog (the types in core/import/file-types.ts, several at once); an empty list means cancelled. */
  importFromDialog(): Promise<BridgeResult<ImportedFile[]>>;
  /** Files done of the files picked in File → Import article…, as they go in: 0 of N first; done === total last (after a cancel, total is the files tried). */
  onMenuImportProgress(callback: (done: number, total: number) => void): Unsubscribe;
  /** Stops File → Import article… after the file in flight (it goes in whole); the ones before it stay in. */
  cancelMenuImport(): Promise<BridgeResult<null>>;
  /** The workspace changed behind the renderer's back (File → Import article…): reload lists. */
  onWorkspaceChanged(callback: () => void): Unsubscribe;
  /** File → Export CSV… was chosen: call saveCsvReport with the active filter. */
  onMenuExportCsv(callback: () => void): Unsubscribe;
  /** Edit → Undo / Redo was clicked: undo typing in a text field, or the last change to the workspace. */
  onMenuUndo(callback: () => void): Unsubscribe;
  onMenuRedo(callback: () => void): Unsubscribe;
}

export type DesktopBridge = OperationFunctions & DesktopActions;
