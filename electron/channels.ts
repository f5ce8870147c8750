/**
 * IPC channel names shared by the main process and the preload.
 * Pure constants: the sandboxed preload bundles this file.
 */
import type { OperationName } from '../core/api/operation-names';

export type OperationChannel = `claimdesk:${OperationName}`;

/** `claimdesk:<operation>` — one invoke channel per API operation. */
export function operationChannel(operation: OperationName): OperationChannel {
  return `claimdesk:${operation}`;
}

/** Invoke channels that need the desktop (native dialogs), not just the API. */
export const DESKTOP_CHANNELS = {
  saveCsvReport: 'claimdesk:saveCsvReport',
  saveReport: 'claimdesk:saveReport',
  openSourceFile: 'claimdesk:openSourceFile',
  importFromDialog: 'claimdesk:importFromDialog',
  cancelCsvExport: 'claimdesk:cancelCsvExport',
  cancelMenuImport: 'claimdesk:cancelMenuImport',
} as const;

/** Events the main process sends to the renderer (no payload). */
export const EVENT_CHANNELS = {
  workspaceChanged: 'claimdesk:workspaceChanged',
  menuExportCsv: 'claimdesk:menuExportCsv',
  menuUndo: 'claimdesk:menuUndo',
  menuRedo: 'claimdesk:menuRedo',
} as const;

/**
 * Events with a payload of two numbers and nothing else: `csvExportProgress` (rows written, rows in all | null),
 * `menuImportProgress` (files done, files in all) while File → Import article… imports the files picked.
 */
export const PROGRESS_CHANNELS = {
  csvExportProgress: 'claimdesk:csvExportProgress',
  menuImportProgress: 'claimdesk:menuImportProgress',
} as const;
