// A stand-in for the `electron` module, so the BUILT main process
// (out/main/index.js) can run under plain Node in a test:
//   node -r scripts/lib/electron-stand-in.cjs out/main/index.js --db FILE
// It records what the app asks of Electron (the window's options, IPC
// channels, dialogs, the sandbox switch), then calls a few operations through
// the registered IPC handlers exactly as the renderer would, and writes it all
// as JSON to $CLAIMDESK_STAND_IN_REPORT. $CLAIMDESK_STAND_IN_APP_PATH is
// app.getAppPath() (where native/electron/ and core/sample/ are looked up).
'use strict';

const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const reportPath = process.env.CLAIMDESK_STAND_IN_REPORT;
const appPath = process.env.CLAIMDESK_STAND_IN_APP_PATH;
const report = { name: null, sandboxEnabled: false, windows: [], channels: [], dialogs: [], menu: null, exitCode: null, calls: {} };
const handlers = new Map();
const windows = [];

function finish(code) {
  report.exitCode = code;
  fs.writeFileSync(reportPath, JSON.stringify(report, null, 2));
  process.exit(code);
}

let announceReady;
const ready = new Promise((resolve) => (announceReady = resolve));

const app = {
  isPackaged: false,
  commandLine: { hasSwitch: (name) => process.argv.includes(`--${name}`) },
  enableSandbox: () => (report.sandboxEnabled = true),
  setName: (name) => (report.name = name),
  requestSingleInstanceLock: () => true,
  on: () => app,
  whenReady: () => {
    setImmediate(announceReady);
    return ready;
  },
  getAppPath: () => appPath,
  getPath: (name) => path.join(appPath, 'user', name),
  exit: (code) => finish(code),
  quit: () => finish(0),
};

class WebContents {
  constructor() {
    this.id = 1;
    this.mainFrame = { processId: 7, routingId: 1, url: 'about:blank', parent: null, isDestroyed: () => false };
  }
  on() {}
  send() {}
  setWindowOpenHandler() {}
}

class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = new WebContents();
    windows.push(this);
    report.windows.push(options);
  }
  loadFile(file) {
    this.webContents.mainFrame.url = pathToFileURL(file).href;
    report.loadedFile = file;
    return Promise.resolve();
  }
  once() {}
  on() {}
  isDestroyed() {
    return false;
  }
  static getAllWindows() {
    return windows;
  }
}

const electron = {
  app,
  BrowserWindow,
  ipcMain: {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
      handlers.set(channel, listener);
      report.channels.push(channel);
    },
  },
  dialog: {
    showErrorBox: (title, message) => report.dialogs.push({ kind: 'error', title, message }),
    showMessageBox: async (_window, options) => {
      report.dialogs.push({ kind: 'message', ...options });
      return { response: 0 };
    },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true, filePath: '' }),
  },
  Menu: {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => (report.menu = menu.template.map((item) => item.label ?? item.role ?? null)),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
      webRequest: { onHeadersReceived() {}, onBeforeRequest() {} },
    },
  },
  shell: { openExternal: async () => undefined },
};

const standInPath = __filename;
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  return request === 'electron' ? standInPath : originalResolve.call(this, request, ...rest);
};
module.exports = electron;

// Once the app has handled 'ready', act as the renderer would.
ready.then(() =>
  setImmediate(async () => {
    const window = windows[0];
    if (!window) return finish(report.exitCode ?? 10);
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const call = async (operation, input) => {
      const handler = handlers.get(`claimdesk:${operation}`);
      report.calls[operation] = handler ? await handler(event, input) : 'no handler';
    };
    await call('listArticles', {});
    await call('loadSample', {});
    await call('listClaims', { filter: {}, limit: 5 });
    const stranger = { sender: { id: 99 }, senderFrame: window.webContents.mainFrame };
    report.calls.fromStranger = await handlers.get('claimdesk:getStats')(stranger, {});
    finish(0);
  }),
);
