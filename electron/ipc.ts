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
import { DESKTOP_CHANNELS, operationChannel } from './channels';
import { importFromDialog, saveCsvReport } from './dialogs';
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
  handle(DESKTOP_CHANNELS.saveCsvReport, context, (input, window) => saveCsvReport(context.backend, window, input));
  handle(DESKTOP_CHANNELS.importFromDialog, context, (_input, window) => importFromDialog(context.backend, window));
}
