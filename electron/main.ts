/**
 * Claimdesk desktop main process. Thin on purpose: it starts the backend
 * threads (which open the workspace), locks the window down and forwards IPC
 * calls to them. It does no database work itself — no better-sqlite3, no db/,
 * no dispatcher in its bundle (electron/module-graph.test.ts) — so the window
 * never waits for a query, an import or an export.
 * Every behaviour behind it lives in core/ and db/ and is tested under Node.
 */
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { resolveDbPath } from '../core/paths';
import type { WorkerBackend } from '../core/api/worker-backend';
import { BACKEND_WORKER_PATH, electronNativeBindingPath, PRELOAD_PATH, RENDERER_INDEX_PATH, RENDERER_URL, sampleArticleLocation } from './app-paths';
import { EVENT_CHANNELS } from './channels';
import { importFromMenu } from './dialogs';
import { registerIpcHandlers } from './ipc';
import { buildApplicationMenu } from './menu';
import { hardenAllWebContents, installSessionSecurity } from './security';
import { createMainWindow, focusWindow } from './window';
import { checkNativeBinding, startDesktopBackend } from './workspace';

let mainWindow: BrowserWindow | null = null;
let backend: WorkerBackend | null = null;
/** Set once the backend threads have closed the workspace: the app may quit then. */
let backendClosed = false;
/** Set once the app has begun to quit: errors from closing the backend are expected then. */
let quitting = false;

function sendToRenderer(channel: string): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel);
}

function openMainWindow(): void {
  mainWindow = createMainWindow({ preloadPath: PRELOAD_PATH, rendererIndexPath: RENDERER_INDEX_PATH, devTools: !app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function onReady(): void {
  const binding = checkNativeBinding(app.isPackaged, electronNativeBindingPath());
  if (!binding.ok) {
    console.error(binding.message);
    dialog.showErrorBox('Claimdesk cannot start', binding.message);
    app.exit(1);
    return;
  }

  let dbPath: string;
  try {
    dbPath = resolveDbPath(process.argv, process.env);
  } catch (err) {
    // `--db ""`: a usage error, said plainly rather than falling back to another workspace.
    const message = (err as Error).message;
    console.error(`Claimdesk: ${message}`);
    dialog.showErrorBox('Claimdesk cannot start', message);
    app.exit(2);
    return;
  }
  // The backend threads start opening (and, if need be, migrating) the workspace now; the
  // window below appears meanwhile, and calls made before the workspace is open wait for it.
  const started = startDesktopBackend(
    { dbPath, samplePath: sampleArticleLocation(), ...(binding.nativeBinding !== undefined ? { nativeBinding: binding.nativeBinding } : {}) },
    app.isPackaged,
    { workerScript: BACKEND_WORKER_PATH },
  );
  backend = started;
  started.started.then(
    (damage) => {
      // No error box: the window shows the recovery screen (restore the newest good backup, or salvage).
      if (damage !== null) console.error(`Claimdesk: the workspace ${dbPath} is damaged: ${damage.message} The window offers to recover it.`);
    },
    () => undefined, // said below
  );
  started.opened.catch((err: unknown) => {
    // Quitting closes the backend: a workspace still opening (or on the recovery screen) is then closed, not broken.
    if (quitting) return;
    // The window stays: every call answers with this error, so the renderer can show it
    // (and offer recovery) instead of a blank screen.
    const message = err instanceof Error ? err.message : String(err);
    console.error(`Claimdesk: cannot open the workspace ${dbPath}: ${message}`);
    dialog.showErrorBox('Claimdesk cannot open the workspace', `${dbPath}\n\n${message}`);
  });

  installSessionSecurity(session.defaultSession);
  registerIpcHandlers({ backend: started, getWindow: () => mainWindow, rendererUrl: RENDERER_URL });

  Menu.setApplicationMenu(
    buildApplicationMenu(
      {
        importArticles: () => {
          if (mainWindow === null) return;
          importFromMenu(started, mainWindow, () => sendToRenderer(EVENT_CHANNELS.workspaceChanged)).catch((err: unknown) => {
            console.error('Claimdesk: import from the menu failed', err);
          });
        },
        exportCsv: () => sendToRenderer(EVENT_CHANNELS.menuExportCsv),
        undo: () => sendToRenderer(EVENT_CHANNELS.menuUndo),
        redo: () => sendToRenderer(EVENT_CHANNELS.menuRedo),
      },
      { isPackaged: app.isPackaged, platform: process.platform },
    ),
  );

  openMainWindow();
  warnIfUnsandboxed();
}

/**
 * The Linux AppImage launcher adds --no-sandbox where the kernel restricts user
 * namespaces (Ubuntu 24.04+). Claimdesk never does that itself; when it happens
 * the user is told, every start, and how to keep the sandbox.
 */
function warnIfUnsandboxed(): void {
  if (!app.commandLine.hasSwitch('no-sandbox')) return;
  const detail =
    'Chromium\'s sandbox was turned off (--no-sandbox), usually by the AppImage launcher on a system that restricts user namespaces. ' +
    'Claimdesk still runs, with one layer of protection fewer. Install the .deb package, which keeps the sandbox, or see docs/desktop.md.';
  console.warn(`Claimdesk: running without Chromium's sandbox. ${detail}`);
  if (mainWindow === null) return;
  dialog.showMessageBox(mainWindow, { type: 'warning', message: 'Claimdesk is running without its sandbox', detail }).catch(() => undefined);
}

function main(): void {
  // Every renderer the app ever creates is sandboxed, whatever its webPreferences say.
  app.enableSandbox();

  // Before the lock: the lock lives in the per-app data folder named after the app.
  app.setName('Claimdesk');
  // One instance per user: a second launch focuses the first window and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => focusWindow(mainWindow));

  hardenAllWebContents(RENDERER_URL);

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open reopens it.
    if (backend !== null && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    quitting = true;
    if (backend === null || backendClosed) return;
    // Quit once the backend threads have answered what they were given and closed the workspace.
    event.preventDefault();
    const closing = backend;
    closing
      .close()
      .catch((err: unknown) => console.error('Claimdesk: closing the workspace failed', err))
      .finally(() => {
        backendClosed = true;
        app.quit();
      });
  });

  app
    .whenReady()
    .then(onReady)
    .catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      console.error(`Claimdesk: failed to start: ${message}`);
      dialog.showErrorBox('Claimdesk cannot start', message);
      app.exit(1);
    });
}

main();
