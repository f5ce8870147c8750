/**
 * IPC wiring: one invoke channel per API operation plus the two dialog
 * actions. Every call first checks who is calling, then is passed to the
 * backend threads and awaited; the input itself is validated there by core's
 * dispatcher (zod), never trusted here.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { OPERATION_NAMES } from '../core/api/operation-names';
import type { Backend } from '../core/api/worker-backend';
import { toErrorData } from '../core/errors';
import type { BridgeResult } from './bridge-types';
import { DESKTOP_CHANNELS, operationChannel, PROGRESS_CHANNELS } from './channels';
import { cancelMenuImport, importFromDialog, openSourceFile, saveCsvReport, saveReport } from './dialogs';
import { isTrustedSender } from './sender';

export interface IpcContext {
  backend: Backend;
  getWindow(): BrowserWindow | null;
  rendererUrl: string;
}

type Handler = (input: unknown, window: BrowserWindow) => Promise<BridgeResult>;

function handle(channel: string, context: IpcContext, handler: Handler): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<BridgeResult> => {
    const window = context.getWindow();
    if (window === null || !isTrustedSender(event, window, context.rendererUrl)) {
      console.warn(`Claimdesk: refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
      return { ok: false, error: { code: 'forbidden', message: `${channel} may only be called by the Claimdesk window.` } };
    }
    try {
      return await handler(input, window);
    } catch (err) {
      // The backend answers with data and never throws; this guards the dialogs around it.
      console.error(`Claimdesk: ${channel} failed`, err);
      return { ok: false, error: toErrorData(err) };
    }
  });
}

export function registerIpcHandlers(context: IpcContext): void {
  for (const operation of OPERATION_NAMES) {
    handle(operationChannel(operation), context, (input) => context.backend.call(operation, input));
  }
  // One CSV save at a time from the one window: its rows go to the window as they are written, and Cancel stops it.
  let exporting: AbortController | null = null;
  handle(DESKTOP_CHANNELS.saveCsvReport, context, async (input, window) => {
    // A second save (File → Export CSV… during one) waits its turn rather than stopping the first.
    if (exporting !== null) {
      return { ok: false, error: { code: 'conflict', message: 'A CSV export is already being saved: wait for it to finish, or cancel it, then export again.' } };
    }
    const controller = new AbortController();
    exporting = controller;
    const onProgress = (written: number, total: number | null) => {
      if (!window.isDestroyed()) window.webContents.send(PROGRESS_CHANNELS.csvExportProgress, written, total);
    };
    try {
      return await saveCsvReport(context.backend, window, input, { onProgress, signal: controller.signal });
    } finally {
      if (exporting === controller) exporting = null;
    }
  });
  handle(DESKTOP_CHANNELS.cancelMenuImport, context, async () => {
    cancelMenuImport();
    return { ok: true, value: null };
  });
  handle(DESKTOP_CHANNELS.cancelCsvExport, context, async () => {
    exporting?.abort();
    return { ok: true, value: null };
  });
  handle(DESKTOP_CHANNELS.saveReport, context, (input, window) => saveReport(context.backend, window, input));
  handle(DESKTOP_CHANNELS.openSourceFile, context, (input) => openSourceFile(context.backend, input));
  handle(DESKTOP_CHANNELS.importFromDialog, context, (_input, window) => importFromDialog(context.backend, window));
}
