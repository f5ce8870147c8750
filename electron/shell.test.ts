/**
 * The main-process wiring, run under Node with a stand-in for the `electron`
 * module (the real one cannot run here) and the real backend threads, core
 * and SQLite behind it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { BrowserWindow, IpcMainInvokeEvent, Session } from 'electron';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BridgeResult, ImportedFile, SavedCsvReport } from './bridge-types';
import { OPERATION_NAMES } from '../core/api/operation-names';
import { backendWorkerBundle } from '../core/api/testing/worker-bundle';
import { BACKEND_STOPPED, type WorkerBackend } from '../core/api/worker-backend';
import { DESKTOP_CHANNELS } from './channels';
import { importFromMenu } from './dialogs';
import { registerIpcHandlers } from './ipc';
import { hardenAllWebContents, installSessionSecurity } from './security';
import { startDesktopBackend } from './workspace';
import { buildReviewedWorkspace, closeWorkspace, countRows, overwritePages, pagesOf } from '../db/testing/damage';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  const appListeners = new Map<string, Listener[]>();
  const state = {
    saveDialog: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
    openDialog: { canceled: true, filePaths: [] as string[] },
    opened: [] as string[],
    /** Message boxes shown. */
    messages: [] as Array<{ message: string; detail?: string }>,
    /** Events the main process sent the window, with their payload. */
    sent: [] as unknown[][],
    /** Called with each event sent to the window (a test clicks Cancel on a progress event). */
    onSend: null as ((channel: string, payload: unknown[]) => void) | null,
    /** Runs while the save dialog is open (a test clicks Cancel on the progress bar then). */
    duringSaveDialog: null as (() => Promise<unknown>) | null,
  };
  const module = {
    app: {
      on(name: string, listener: Listener) {
        appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
      },
      getPath: (name: string) => (name === 'temp' ? os.tmpdir() : `/tmp/fake-${name}`),
    },
    ipcMain: {
      handle(channel: string, listener: Listener) {
        if (handlers.has(channel)) throw new Error(`registered twice: ${channel}`);
        handlers.set(channel, listener);
      },
    },
    dialog: {
      showSaveDialog: async () => {
        await state.duringSaveDialog?.();
        return state.saveDialog;
      },
      showOpenDialog: async () => state.openDialog,
      showMessageBox: async (_window: unknown, options: { message: string; detail?: string }) => {
        state.messages.push(options);
        return { response: 0 };
      },
    },
    shell: {
      openExternal: async (url: string) => {
        state.opened.push(url);
      },
      openPath: async (file: string) => {
        state.opened.push(file);
        return '';
      },
    },
  };
  return { handlers, appListeners, state, module };
});

vi.mock('electron', () => fake.module);

const RENDERER_URL = pathToFileURL(path.join(os.tmpdir(), 'claimdesk-app', 'out', 'renderer', 'index.html')).href;
interface FakeFrame {
  processId: number;
  routingId: number;
  url: string;
  parent: FakeFrame | null;
  isDestroyed(): boolean;
}
const mainFrame: FakeFrame = { processId: 4, routingId: 1, url: RENDERER_URL, parent: null, isDestroyed: () => false };
const fakeWindow = {
  isDestroyed: () => false,
  webContents: {
    id: 1,
    mainFrame,
    send: (channel: string, ...payload: unknown[]) => {
      fake.state.sent.push([channel, ...payload]);
      fake.state.onSend?.(channel, payload);
    },
  },
} as unknown as BrowserWindow;

function event(overrides: { senderId?: number; frame?: Partial<FakeFrame> | null } = {}): IpcMainInvokeEvent {
  const frame = overrides.frame === null ? null : { ...mainFrame, ...overrides.frame };
  return { sender: { id: overrides.senderId ?? 1 }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

async function invoke<T = unknown>(channel: string, input?: unknown, from: IpcMainInvokeEvent = event()): Promise<BridgeResult<T>> {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(from, input)) as BridgeResult<T>;
}

const SAMPLE = path.resolve('core/sample/000_271fd31029f7693a.txt');
let workerScript: string;
let folder: string;
let backend: WorkerBackend;
let writers: Worker[];

beforeAll(async () => {
  workerScript = await backendWorkerBundle();
});

/** The desktop backend on a fresh workspace, its IPC handlers registered; not waited for. */
function startApp(dbPath = path.join(folder, 'workspace.sqlite')): WorkerBackend {
  writers = [];
  const started = startDesktopBackend({ dbPath, samplePath: SAMPLE }, true, {
    workerScript,
    observeThreads: (role, worker) => role === 'writer' && writers.push(worker),
  });
  fake.handlers.clear();
  registerIpcHandlers({ backend: started, getWindow: () => fakeWindow, rendererUrl: RENDERER_URL });
  return started;
}

/** Each test of the calling describe gets the app on a fresh workspace, open. */
function withBackend(): void {
  beforeEach(async () => {
    // Refusals are logged on purpose; keep the test output quiet.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-shell-'));
    backend = startApp();
    await backend.opened;
  });

  afterEach(async () => {
    await backend.close();
    fs.rmSync(folder, { recursive: true, force: true });
    vi.restoreAllMocks();
  });
}

describe('IPC', () => {
  withBackend();

  it('registers one channel per operation plus every desktop channel the preload invokes', () => {
    // Each channel the preload may invoke has a handler (cancelCsvExport once had none).
    for (const channel of Object.values(DESKTOP_CHANNELS)) expect(fake.handlers.has(channel)).toBe(true);
    expect(fake.handlers.size).toBe(OPERATION_NAMES.length + Object.keys(DESKTOP_CHANNELS).length);
    expect(fake.handlers.has('claimdesk:saveReport')).toBe(true);
    expect(fake.handlers.has('claimdesk:openSourceFile')).toBe(true);
    for (const name of OPERATION_NAMES) expect(fake.handlers.has(`claimdesk:${name}`)).toBe(true);
    expect(fake.handlers.has('claimdesk:listClaims')).toBe(true);
    expect(fake.handlers.has('claimdesk:saveCsvReport')).toBe(true);
    expect(fake.handlers.has('claimdesk:importFromDialog')).toBe(true);
  });

  it('answers our window and refuses every other sender without touching the workspace', async () => {
    const strangers = [
      event({ senderId: 2 }),
      event({ frame: null }),
      event({ frame: { routingId: 7, parent: mainFrame } }),
      event({ frame: { url: 'https://example.org/' } }),
      event({ frame: { url: 'file:///etc/passwd' } }),
    ];
    for (const from of strangers) {
      expect(await invoke('claimdesk:importArticle', { text: 'The ministry said 800 people left.' }, from)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await invoke('claimdesk:listArticles', {})).toEqual({ ok: true, value: [] });
    expect((await invoke('claimdesk:loadSample', {})).ok).toBe(true);
    expect(await invoke<unknown[]>('claimdesk:listArticles', {})).toMatchObject({ ok: true, value: [expect.anything()] });
  });

  it('File → Import article… tells the window the files done as they go in, and Cancel stops it before the next file', async () => {
    const files = ['one', 'two', 'three'].map((name, i) => {
      const file = path.join(folder, `${name}.txt`);
      fs.writeFileSync(file, `Officials said ${1_200 + i} families from district ${name} were moved in March.\n`);
      return file;
    });
    const progress = () => fake.state.sent.filter(([channel]) => channel === 'claimdesk:menuImportProgress').map(([, done, total]) => [done, total]);
    fake.state.openDialog = { canceled: false, filePaths: files };
    fake.state.sent = [];
    let changed = 0;
    await importFromMenu(backend, fakeWindow, () => changed++);
    expect(progress()).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
    expect(changed).toBe(1);
    const articles = await invoke<unknown[]>('claimdesk:listArticles', {});
    expect(articles.ok && articles.value).toHaveLength(3);

    // Cancel, clicked once the first file is in: that one stays, the others are not tried, and the window is told the run is over.
    const more = files.map((file) => {
      const copy = file.replace('.txt', '-again.txt');
      fs.writeFileSync(copy, fs.readFileSync(file, 'utf8').replace('Officials', 'The council'));
      return copy;
    });
    fake.state.openDialog = { canceled: false, filePaths: more };
    fake.state.sent = [];
    fake.state.onSend = (channel, payload) => {
      if (channel === 'claimdesk:menuImportProgress' && payload[0] === 1) void invoke('claimdesk:cancelMenuImport');
    };
    try {
      await importFromMenu(backend, fakeWindow, () => changed++);
    } finally {
      fake.state.onSend = null;
    }
    expect(progress()).toEqual([[0, 3], [1, 3], [1, 1]]);
    const after = await invoke<unknown[]>('claimdesk:listArticles', {});
    expect(after.ok && after.value).toHaveLength(4);
    expect(fake.state.messages.at(-1)).toMatchObject({ message: '2 files were not imported.', detail: expect.stringContaining('Cancelled: 2 files were not tried') });

    // One at a time: File → Import again while one runs is told so, and imports nothing.
    fake.state.messages = [];
    const late = path.join(folder, 'late.txt');
    fs.writeFileSync(late, 'The ministry said 90 schools reopened in April.\n');
    fake.state.openDialog = { canceled: false, filePaths: [late] };
    const first = importFromMenu(backend, fakeWindow, () => changed++);
    await importFromMenu(backend, fakeWindow, () => changed++);
    expect(fake.state.messages).toEqual([expect.objectContaining({ message: 'An import is already running.' })]);
    await first;
    const last = await invoke<unknown[]>('claimdesk:listArticles', {});
    expect(last.ok && last.value).toHaveLength(5);
    // Nothing is running now: Cancel is a no-op, and says so without an error.
    expect(await invoke('claimdesk:cancelMenuImport')).toEqual({ ok: true, value: null });
  });

  it('passes bad input to the schema, which names it', async () => {
    expect(await invoke('claimdesk:setStatus', { claimId: 1, status: 'true-ish' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('imports the files picked in the dialog, each with its own outcome', async () => {
    const good = path.join(folder, 'story.txt');
    const empty = path.join(folder, 'empty.md');
    fs.writeFileSync(good, 'date 2025-02-18 ISLAMABAD - Officials said 1,200 families were moved in March.\n');
    fs.writeFileSync(empty, '');
    fake.state.openDialog = { canceled: false, filePaths: [good, empty] };
    const result = await invoke<ImportedFile[]>('claimdesk:importFromDialog');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((file) => [file.filename, file.result.ok])).toEqual([
      ['story.txt', true],
      ['empty.md', false],
    ]);
    expect(result.value[1]?.result).toMatchObject({ ok: false, error: { code: 'empty' } });

    fake.state.openDialog = { canceled: true, filePaths: [] };
    expect(await invoke('claimdesk:importFromDialog')).toEqual({ ok: true, value: [] });
  });

  it('saves the CSV report where the user chose, or nothing when cancelled', async () => {
    await invoke('claimdesk:loadSample', {});
    const request = { filter: {}, sort: { column: 'position', direction: 'asc' } };

    fake.state.saveDialog = { canceled: true, filePath: '' };
    expect(await invoke('claimdesk:saveCsvReport', request)).toEqual({ ok: true, value: null });

    const target = path.join(folder, 'report.csv');
    fake.state.saveDialog = { canceled: false, filePath: target };
    const saved = await invoke<SavedCsvReport>('claimdesk:saveCsvReport', request);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.path).toBe(target);
    expect(saved.value.rowCount).toBeGreaterThan(0);

    const exported = await invoke<{ csv: string }>('claimdesk:exportCsv', request);
    expect(exported.ok && fs.readFileSync(target, 'utf8')).toBe(exported.ok && exported.value.csv);
    expect(fs.readFileSync(target).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The window was told the rows as they were written, ending with all of them.
    const progress = fake.state.sent.filter(([channel]) => channel === 'claimdesk:csvExportProgress');
    expect(progress.at(-1)).toEqual(['claimdesk:csvExportProgress', saved.value.rowCount, saved.value.rowCount]);
  });

  it('a second CSV save while one is being saved is refused by name, and the first goes on', async () => {
    await invoke('claimdesk:loadSample', {});
    const target = path.join(folder, 'first.csv');
    fake.state.saveDialog = { canceled: false, filePath: target };
    let second: unknown;
    fake.state.duringSaveDialog = async () => {
      second = await invoke('claimdesk:saveCsvReport', { filter: {}, sort: { column: 'position', direction: 'asc' } });
    };
    try {
      const first = await invoke<SavedCsvReport>('claimdesk:saveCsvReport', { filter: {}, sort: { column: 'position', direction: 'asc' } });
      expect(first.ok && first.value.rowCount).toBeGreaterThan(0);
    } finally {
      fake.state.duringSaveDialog = null;
    }
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('already being saved') } });
    expect(fs.existsSync(target)).toBe(true);
  });

  it('Cancel on the export progress stops the save on the backend thread: it answers cancelled, and no file is written', async () => {
    await invoke('claimdesk:loadSample', {});
    const target = path.join(folder, 'cancelled.csv');
    fake.state.saveDialog = { canceled: false, filePath: target };
    // Cancel is clicked before the rows start: the backend thread gets the save and its cancel, in that order.
    fake.state.duringSaveDialog = () => invoke('claimdesk:cancelCsvExport');
    try {
      expect(await invoke('claimdesk:saveCsvReport', { filter: {}, sort: { column: 'position', direction: 'asc' } })).toEqual({ ok: true, value: { cancelled: true } });
    } finally {
      fake.state.duringSaveDialog = null;
    }
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Nothing held: the next save goes through.
    const saved = await invoke<SavedCsvReport>('claimdesk:saveCsvReport', { filter: {}, sort: { column: 'position', direction: 'asc' } });
    expect(saved.ok && saved.value.rowCount).toBeGreaterThan(0);
    expect(fs.existsSync(target)).toBe(true);
  });

  it('opens a file kept as a source with the system viewer, from a private copy written by the backend', async () => {
    await invoke('claimdesk:loadSample', {});
    await invoke('claimdesk:setPreferences', { reviewerName: 'Ana' });
    const claims = await invoke<{ rows: Array<{ id: number }> }>('claimdesk:listClaims', {});
    const bytes = Buffer.from('%PDF-1.4 a letter');
    const attached = await invoke<{ sources: Array<{ id: number }> }>('claimdesk:attachSourceFile', {
      claimId: claims.ok ? claims.value.rows[0]!.id : 0,
      fileName: 'letter.pdf',
      bytesBase64: bytes.toString('base64'),
    });
    expect(attached.ok ? 'ok' : attached.error.message).toBe('ok');
    const sourceId = attached.ok ? attached.value.sources[0]!.id : 0;
    fake.state.opened.length = 0;
    expect(await invoke('claimdesk:openSourceFile', { sourceId })).toEqual({ ok: true, value: { fileName: 'letter.pdf' } });
    const opened = fake.state.opened[0]!;
    expect(path.basename(opened)).toBe('letter.pdf');
    expect(fs.readFileSync(opened).equals(bytes)).toBe(true);
    expect(fs.statSync(opened).mode & 0o777).toBe(0o600);
    fs.rmSync(path.dirname(opened), { recursive: true, force: true });
    // Not a kept file: a named error, nothing opened.
    expect(await invoke('claimdesk:openSourceFile', { sourceId: 9999 })).toMatchObject({ ok: false, error: { code: 'not_found_source' } });
    expect(await invoke('claimdesk:openSourceFile', { sourceId: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fake.state.opened).toHaveLength(1);
  });

  it('saves an HTML report where the user chose, with the dialog offering .html, or nothing when cancelled', async () => {
    await invoke('claimdesk:loadSample', {});
    const request = { format: 'html', filter: {}, sort: { column: 'position', direction: 'asc' } };
    fake.state.saveDialog = { canceled: true, filePath: '' };
    expect(await invoke('claimdesk:saveReport', request)).toEqual({ ok: true, value: null });

    const target = path.join(folder, 'review.html');
    fake.state.saveDialog = { canceled: false, filePath: target };
    const saved = await invoke<SavedCsvReport>('claimdesk:saveReport', request);
    expect(saved).toMatchObject({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Fact-check report/);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // A bad format is the schema's to name; nothing is written.
    expect(await invoke('claimdesk:saveReport', { format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('reports a report that cannot be written, by name', async () => {
    fake.state.saveDialog = { canceled: false, filePath: path.join(folder, 'no-such-folder', 'report.csv') };
    expect(await invoke('claimdesk:saveCsvReport', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('no-such-folder') } });
  });

  it('answers with an error once the workspace is closed', async () => {
    await backend.close();
    expect(await invoke('claimdesk:getStats', {})).toMatchObject({ ok: false, error: { code: 'database_unavailable' } });
  });
});


describe('IPC on the backend threads', () => {
  withBackend();

  it('answers calls sent while the workspace is still opening, once it is open', async () => {
    await backend.close();
    backend = startApp(path.join(folder, 'second.sqlite'));
    // Sent at once, as the renderer does when the window appears before the workspace is open.
    const [articles, sample] = await Promise.all([invoke('claimdesk:listArticles', {}), invoke('claimdesk:loadSample', {})]);
    expect(articles).toEqual({ ok: true, value: [] });
    expect(sample.ok).toBe(true);
  });

  it('on a damaged workspace: every call answers with the damage, the recovery screen\'s calls are answered, and salvaging it from the window opens what was saved', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await backend.close();
    const damaged = path.join(folder, 'damaged.sqlite');
    closeWorkspace(buildReviewedWorkspace(damaged, { articles: 2 }));
    const before = countRows(damaged);
    overwritePages(damaged, [pagesOf(damaged, 'notes', 'leaf')[0]!], 'random');
    backend = startApp(damaged);
    const damage = await backend.started;
    expect(damage).toMatchObject({ code: 'database_corrupt' });
    expect(backend.damage).toEqual(damage);
    expect(await invoke('claimdesk:getStats', {})).toEqual({ ok: false, error: damage });
    fake.state.saveDialog = { canceled: false, filePath: path.join(folder, 'report.csv') };
    expect(await invoke('claimdesk:saveCsvReport', {})).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
    expect(fs.existsSync(path.join(folder, 'report.csv'))).toBe(false);

    expect(await invoke('claimdesk:getRecoveryState', {})).toEqual({ ok: true, value: { damaged: true, dbPath: damaged, problem: damage!.message, newestBackup: null } });
    const salvaged = await invoke<{ damagedPath: string }>('claimdesk:salvageWorkspace', {});
    expect(salvaged.ok ? 'ok' : salvaged.error.message).toBe('ok');
    expect(backend.damage).toBeNull();
    await expect(backend.opened).resolves.toBeUndefined();
    const stats = await invoke<{ overall: { total: number } }>('claimdesk:getStats', {});
    expect(stats.ok && stats.value.overall.total).toBeGreaterThan(0);
    expect(countRows(damaged).claims).toBe(before.claims); // the salvaged workspace, in the damaged one's place
    expect(fs.existsSync((salvaged as { value: { damagedPath: string } }).value.damagedPath)).toBe(true);
  });

  it('answers every call with the error that kept the workspace from opening', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await backend.close();
    const taken = path.join(folder, 'taken.sqlite');
    fs.mkdirSync(taken); // a folder where the workspace file should be
    backend = startApp(taken);
    await expect(backend.opened).rejects.toMatchObject({ code: 'database_unavailable' });
    expect(await invoke('claimdesk:getStats', {})).toMatchObject({ ok: false, error: { code: 'database_unavailable', message: expect.stringContaining('folder, not a file') } });
    fake.state.saveDialog = { canceled: false, filePath: path.join(folder, 'report.csv') };
    expect(await invoke('claimdesk:saveCsvReport', {})).toMatchObject({ ok: false, error: { code: 'database_unavailable' } });
    expect(fs.existsSync(path.join(folder, 'report.csv'))).toBe(false);
  });

  it('tells the window when the backend thread died, and the next call works on everything saved before', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await invoke('claimdesk:loadSample', {})).ok).toBe(true);
    const pending = invoke('claimdesk:importArticle', { text: 'The ministry said 800 people left in March.', title: 'Lost' });
    await writers[0]!.terminate();
    expect(await pending).toEqual({ ok: false, error: BACKEND_STOPPED });
    expect(await invoke<unknown[]>('claimdesk:listArticles', {})).toMatchObject({ ok: true, value: [expect.objectContaining({ title: expect.any(String) })] });
    expect(await invoke('claimdesk:importArticle', { text: 'Officials said 1,200 families were moved.', title: 'Kept' })).toMatchObject({ ok: true });
    expect(writers).toHaveLength(2);
    expect(await invoke<unknown[]>('claimdesk:listArticles', {})).toMatchObject({ ok: true, value: { length: 2 } });
  });
});

describe('window hardening', () => {
  type NavigationEvent = { url: string; defaultPrevented: boolean; preventDefault(): void };
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => unknown) | null = null;

  beforeEach(() => {
    fake.appListeners.clear();
    fake.state.opened = [];
    hardenAllWebContents(RENDERER_URL);
    const contents = {
      on(name: string, listener: Listener) {
        listeners.set(name, listener);
      },
      setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
        openHandler = handler;
      },
    };
    for (const listener of fake.appListeners.get('web-contents-created') ?? []) listener({}, contents);
  });

  function navigate(url: string): boolean {
    const navigation: NavigationEvent = {
      url,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    listeners.get('will-navigate')?.(navigation);
    return navigation.defaultPrevented;
  }

  it('stays on the renderer and sends only http(s)/mailto links to the system browser', async () => {
    expect(navigate(`${RENDERER_URL}#/claims`)).toBe(false);
    expect(navigate('https://www.dawn.com/news/1')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(openHandler?.({ url: 'mailto:desk@example.org' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'smb://server/share' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(fake.state.opened).toEqual(['https://www.dawn.com/news/1', 'mailto:desk@example.org']);
  });

  it('refuses <webview>', () => {
    const attach = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    listeners.get('will-attach-webview')?.(attach);
    expect(attach.defaultPrevented).toBe(true);
  });
});

describe('session security', () => {
  it('denies permissions, sets the CSP header and cancels network requests', () => {
    const recorded: Record<string, Listener> = {};
    const session = {
      setPermissionRequestHandler: (handler: Listener) => (recorded.request = handler),
      setPermissionCheckHandler: (handler: Listener) => (recorded.check = handler),
      setDevicePermissionHandler: (handler: Listener) => (recorded.device = handler),
      webRequest: {
        onHeadersReceived: (handler: Listener) => (recorded.headers = handler),
        onBeforeRequest: (_filter: unknown, handler: Listener) => (recorded.before = handler),
      },
    } as unknown as Session;
    installSessionSecurity(session);

    let granted: unknown = 'unset';
    recorded.request?.({}, 'media', (answer: boolean) => (granted = answer), {});
    expect(granted).toBe(false);
    expect(recorded.check?.({}, 'clipboard-read', RENDERER_URL, {})).toBe(false);
    expect(recorded.device?.({})).toBe(false);

    let headers: unknown;
    recorded.headers?.({ responseHeaders: { 'content-security-policy': ['default-src *'], Server: ['x'] } }, (response: unknown) => (headers = response));
    expect(headers).toEqual({
      responseHeaders: {
        Server: ['x'],
        'Content-Security-Policy': [
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });

    let network: unknown;
    recorded.before?.({ url: 'https://tracker.example/' }, (response: unknown) => (network = response));
    expect(network).toEqual({ cancel: true });
  });
});
