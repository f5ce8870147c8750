/**
 * Preload for the sandboxed renderer. A sandboxed preload can only
 * `require('electron')`, so everything else here is bundled by electron-vite
 * and must stay free of Node, database and validation code.
 *
 * Exposes named functions only; ipcRenderer itself never reaches the page,
 * and event callbacks never receive Electron's event object.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { OPERATION_NAMES } from '../core/api/operation-names';
import type { BridgeResult, CsvExportProgressListener, DesktopBridge, OperationFunctions, Unsubscribe } from './bridge-types';
import { DESKTOP_CHANNELS, EVENT_CHANNELS, PROGRESS_CHANNELS, operationChannel } from './channels';

function invoke<T = unknown>(channel: string, input?: unknown): Promise<BridgeResult<T>> {
  return ipcRenderer.invoke(channel, input) as Promise<BridgeResult<T>>;
}

function operationFunctions(): OperationFunctions {
  const entries = OPERATION_NAMES.map((operation) => {
    const channel = operationChannel(operation);
    const call = (input?: unknown): Promise<BridgeResult> => invoke(channel, input);
    return [operation, call] as const;
  });
  return Object.fromEntries(entries) as OperationFunctions;
}

function subscribe(channel: string, callback: () => void): Unsubscribe {
  if (typeof callback !== 'function') throw new TypeError(`${channel}: the callback must be a function`);
  const listener = (): void => {
    callback();
  };
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

/** Progress of a CSV save: only two numbers reach the page, checked here, never the event object. */
function subscribeExportProgress(callback: CsvExportProgressListener): Unsubscribe {
  if (typeof callback !== 'function') throw new TypeError('onCsvExportProgress: the callback must be a function');
  const listener = (_event: unknown, written: unknown, total: unknown): void => {
    if (typeof written !== 'number' || !Number.isFinite(written)) return;
    callback(written, typeof total === 'number' && Number.isFinite(total) ? total : null);
  };
  ipcRenderer.on(PROGRESS_CHANNELS.csvExportProgress, listener);
  return () => {
    ipcRenderer.removeListener(PROGRESS_CHANNELS.csvExportProgress, listener);
  };
}

/** Progress of File → Import article…: two whole numbers, checked here. */
function subscribeMenuImportProgress(callback: (done: number, total: number) => void): Unsubscribe {
  if (typeof callback !== 'function') throw new TypeError('onMenuImportProgress: the callback must be a function');
  const listener = (_event: unknown, done: unknown, total: unknown): void => {
    if (!Number.isSafeInteger(done) || !Number.isSafeInteger(total)) return;
    callback(done as number, total as number);
  };
  ipcRenderer.on(PROGRESS_CHANNELS.menuImportProgress, listener);
  return () => {
    ipcRenderer.removeListener(PROGRESS_CHANNELS.menuImportProgress, listener);
  };
}

const bridge: DesktopBridge = {
  ...operationFunctions(),
  saveCsvReport: (request) => invoke(DESKTOP_CHANNELS.saveCsvReport, request),
  saveReport: (request) => invoke(DESKTOP_CHANNELS.saveReport, request),
  openSourceFile: (request) => invoke(DESKTOP_CHANNELS.openSourceFile, request),
  importFromDialog: () => invoke(DESKTOP_CHANNELS.importFromDialog),
  onCsvExportProgress: subscribeExportProgress,
  cancelCsvExport: () => invoke<null>(DESKTOP_CHANNELS.cancelCsvExport),
  onMenuImportProgress: subscribeMenuImportProgress,
  cancelMenuImport: () => invoke<null>(DESKTOP_CHANNELS.cancelMenuImport),
  onWorkspaceChanged: (callback) => subscribe(EVENT_CHANNELS.workspaceChanged, callback),
  onMenuExportCsv: (callback) => subscribe(EVENT_CHANNELS.menuExportCsv, callback),
  onMenuUndo: (callback) => subscribe(EVENT_CHANNELS.menuUndo, callback),
  onMenuRedo: (callback) => subscribe(EVENT_CHANNELS.menuRedo, callback),
};

contextBridge.exposeInMainWorld('claimdesk', Object.freeze(bridge));
