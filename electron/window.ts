/**
 * The one application window: sandboxed, context-isolated, no Node, showing
 * only the built renderer from disk.
 */
import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  rendererIndexPath: string;
  /** False in packaged builds: no DevTools at all. */
  devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Claimdesk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: options.devTools,
      // Chromium's spellchecker downloads dictionaries from the network; Claimdesk stays offline.
      spellcheck: false,
    },
  });

  window.once('ready-to-show', () => {
    window.show();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`Claimdesk: the window's renderer stopped (${details.reason}, exit code ${details.exitCode}).`);
  });

  window.loadFile(options.rendererIndexPath).catch((err: unknown) => {
    console.error(`Claimdesk: could not load ${options.rendererIndexPath}: ${err instanceof Error ? err.message : String(err)}`);
  });
  return window;
}

/** Brings the window to the front (second launch, dock click). */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
