import type { DesktopBridge } from '../../electron/bridge-types';

/**
 * `window.claimdesk` exists only inside the desktop app, where the preload
 * (electron/preload.ts) exposes one function per operation plus the native
 * save/open dialogs and menu events. Its shape lives with the preload.
 */
declare global {
  interface Window {
    claimdesk?: DesktopBridge;
  }
}

export type { DesktopBridge };

export function desktopBridge(): DesktopBridge | undefined {
  return typeof window !== 'undefined' ? window.claimdesk : undefined;
}
