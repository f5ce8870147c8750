/**
 * Where the desktop app finds its pieces. electron-vite lays the build out as
 * out/main/index.js (this code), out/main/backend-worker.js (the backend
 * thread's code), out/preload/index.js and out/renderer/index.html.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app } from 'electron';
import { sampleArticlePath } from '../core/paths';

/** The backend thread's code: the second input of electron.vite.config.mts's main build. */
export const BACKEND_WORKER_PATH = path.join(__dirname, 'backend-worker.js');
export const PRELOAD_PATH = path.join(__dirname, '..', 'preload', 'index.js');
export const RENDERER_INDEX_PATH = path.join(__dirname, '..', 'renderer', 'index.html');
/** The only document the window may show and the only one whose IPC calls are answered. */
export const RENDERER_URL = pathToFileURL(RENDERER_INDEX_PATH).href;

/**
 * better-sqlite3 compiled against Electron's headers by `npm run rebuild:electron`,
 * kept outside node_modules so the Node build that tests, the CLI and browser
 * mode use is never replaced. Only used when running from a source checkout.
 */
export function electronNativeBindingPath(): string {
  return path.join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node');
}

/**
 * The sample article. Packaged: copied to resources/sample by electron-builder's
 * extraResources. Source checkout: core/sample (core's own default points next to
 * its source file, which is wrong once bundled into out/main).
 */
export function sampleArticleLocation(): string {
  const name = path.basename(sampleArticlePath());
  return app.isPackaged
    ? path.join(process.resourcesPath, 'sample', name)
    : path.join(app.getAppPath(), 'core', 'sample', name);
}
