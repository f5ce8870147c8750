/**
 * Only the main frame of our window, showing our own file:// renderer, may
 * call the API. Anything else (a subframe, another window, a page that
 * somehow navigated elsewhere) is refused.
 */
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isRendererDocumentUrl } from './url-policy';

export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null, rendererUrl: string): boolean {
  if (window === null || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender.id !== contents.id) return false;

  const frame = event.senderFrame;
  if (frame === null || frame.isDestroyed() || frame.parent !== null) return false;
  // Distinct WebFrameMain objects for one frame share processId + routingId.
  const mainFrame = contents.mainFrame;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;

  return isRendererDocumentUrl(frame.url, rendererUrl);
}
