import type { ApiError } from '../hooks/useApi';
import type { ApiResult, ClaimFilter, ClaimSort, OpInput, OpResult } from '../../core/api/contract';
import { EXCLUSIVE_OPERATIONS, type OperationName } from '../../core/api/operation-names';
import { desktopBridge, type DesktopBridge } from './bridge';
import { retryWhileBusy } from '../../core/api/busy-retry';
import { CsvRecordCounter } from './csv-rows';
import { saveBlob } from './download';
import { currentToken } from './token';
import { classifyResponse, connectionState, noteOutcome } from './connection';
import { watchAnswer, type Patience } from './answer-watch';
import { CSV_DOWNLOAD_PATH } from '../../core/web/download-path';

/**
 * The renderer's only way to the backend. The transport is chosen once:
 * the Electron preload when present, otherwise browser mode's HTTP API.
 * Every outcome is an ApiResult; transport failures become errors too.
 */
type Transport = <K extends OperationName>(op: K, input: OpInput<K>) => Promise<ApiResult<OpResult<K>>>;

const unauthorizedListeners = new Set<() => void>();

/** Browser mode: called when the server refuses the token (HTTP 401). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function failure(code: 'internal' | 'unauthorized' | 'unreachable', message: string): { ok: false; error: { code: typeof code; message: string } } {
  return { ok: false, error: { code, message } };
}

const UNREACHABLE_MESSAGE = 'Lost connection to Claimdesk: the server does not answer. Nothing you saved is lost.';
const NOT_ANSWERING_MESSAGE = 'Lost connection to Claimdesk: the server is not answering. Nothing you saved is lost.';
const REFUSED_MESSAGE = 'Lost connection to Claimdesk: it was started again and no longer accepts this page. Nothing you saved is lost.';

/**
 * The calls that may rightly run for minutes (many claims, a big article, a
 * whole workspace). A server found not answering while one runs gets the
 * lost-connection message, but the call is left waiting rather than given up
 * (answer-watch.ts): the server may yet finish it.
 */
const LONG_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'importArticle',
  'loadSample',
  'reanalyzeArticle',
  'bulkReview',
  'deleteArticle',
  'undo',
  'redo',
  'exportCsv',
  'exportReport',
  'attachSourceFile',
  'makeBackup',
  'restoreBackup',
  'mergeWorkspace',
  'salvageWorkspace',
  'restoreNewestBackup',
]);

/**
 * A POST to browser mode's API with the token. What came back is told to the
 * connection (connection.ts): no answer, or a refused token on a page that
 * was answered before, is a lost connection, one persistent message for the
 * whole page; a refused token on a page never answered is the token screen.
 * A server that takes the request and says nothing is found by the answer
 * watch; an ordinary request is then given up, a long one left waiting.
 */
async function post(path: string, body: unknown, { signal, patience = 'ordinary' }: { signal?: AbortSignal; patience?: Patience } = {}): Promise<Response | ReturnType<typeof failure>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = currentToken();
  if (token !== null) headers['X-Claimdesk-Token'] = token;
  // Aborted by the caller's signal (Cancel), for as long as the answer is read, or by the watch giving up.
  const stop = new AbortController();
  signal?.addEventListener('abort', () => stop.abort(), { once: true });
  let gaveUp = false;
  const stopWatching = watchAnswer(patience, () => {
    gaveUp = true;
    stop.abort();
  });
  let response: Response;
  try {
    response = await fetch(`/api/${path}`, { method: 'POST', headers, body: JSON.stringify(body ?? {}), cache: 'no-store', signal: stop.signal });
  } catch {
    // The watch gave up on a server that does not answer: it has told the connection already.
    if (gaveUp) return failure('unreachable', NOT_ANSWERING_MESSAGE);
    // Cancel aborted it (an export): the server is not in question.
    if (!signal?.aborted) noteOutcome(classifyResponse(null));
    return failure('unreachable', UNREACHABLE_MESSAGE);
  } finally {
    // The answer has begun (an API result comes whole with its headers; a report's stream is watched by its reader).
    stopWatching();
  }
  const outcome = classifyResponse(response.status);
  if (noteOutcome(outcome)) {
    void response.body?.cancel().catch(() => undefined);
    return failure('unauthorized', REFUSED_MESSAGE);
  }
  if (response.status === 401) {
    for (const listener of unauthorizedListeners) listener();
    return failure('unauthorized', 'This page needs the address with its token, as printed by npm run web.');
  }
  return response;
}

/**
 * Browser mode, after the connection was lost: asks the server at this
 * page's address whether it answers again (Retry). True once it does; the
 * connection then tells its listeners, and the page reloads what it shows.
 */
export async function retryConnection(): Promise<boolean> {
  const response = await post('getPreferences', {});
  if (response instanceof Response) await response.body?.cancel().catch(() => undefined);
  return connectionState() === 'connected';
}

const httpTransport: Transport = async (op, input) => {
  const response = await post(op, input, { patience: LONG_OPERATIONS.has(op) ? 'long' : 'ordinary' });
  if (!(response instanceof Response)) return response;
  try {
    return (await response.json()) as ApiResult<OpResult<typeof op>>;
  } catch {
    return failure('internal', `${op}: the server answered HTTP ${response.status} without a result.`);
  }
};

const ipcTransport: Transport = async (op, input) => {
  const bridge = desktopBridge()!;
  try {
    // The main process checks the sender and validates the input against the operation schema.
    return (await bridge[op](input)) as ApiResult<OpResult<typeof op>>;
  } catch (err) {
    return failure('internal', `${op}: ${err instanceof Error ? err.message : String(err)}`);
  }
};

const transport: Transport = desktopBridge() ? ipcTransport : httpTransport;

export const isDesktop = desktopBridge() !== undefined;

/** Asks the person at the keyboard for their name; resolves true once one is saved. */
type ReviewerPrompt = () => Promise<boolean>;
let reviewerPrompt: ReviewerPrompt | null = null;

/** The reviewer-name dialog registers itself here (one at a time). */
export function setReviewerPrompt(prompt: ReviewerPrompt | null): void {
  reviewerPrompt = prompt;
}

/**
 * Every backend call. A change refused because nobody has said who is
 * reviewing (`reviewer_required`) asks for the name, then is tried once more:
 * the first change in a fresh workspace is never stamped with a guess. A call
 * answered `database_busy` (another Claimdesk window or a CLI command holds
 * the workspace's write lock; nothing was changed) is tried again a few times
 * before the error reaches the user.
 */
export async function call<K extends OperationName>(op: K, input: OpInput<K>): Promise<ApiResult<OpResult<K>>> {
  // A backup, a restore or a merge is not tried again: each try makes a safety backup first, and its dialog says busy itself.
  const send = () => (EXCLUSIVE_OPERATIONS.includes(op) ? transport(op, input) : retryWhileBusy(() => transport(op, input)));
  const result = await send();
  if (result.ok || result.error.code !== 'reviewer_required' || reviewerPrompt === null) return result;
  return (await reviewerPrompt()) ? send() : result;
}

/** Where a report went (`rowCount` rows); `cancelled` when Cancel stopped it and nothing was saved; null when the save dialog was dismissed. */
export type ExportOutcome = { rowCount: number; where: string } | { cancelled: true } | null;

export interface ExportProgress {
  /** Cancels the export: the browser download is aborted (no file), the desktop app writes none. */
  signal?: AbortSignal;
  /** Rows written so far, and the report's rows in all (once known). */
  onRows?: (written: number, total: number | null) => void;
}

const cancelledExport = { ok: true as const, value: { cancelled: true as const } };

/**
 * The CSV report of exactly what the table shows. Desktop: a native save
 * dialog (null when cancelled). Browser: a download of the file, streamed by
 * the server and counted here row by row as it comes.
 */
export async function exportCsvReport(filter: ClaimFilter, sort: ClaimSort, progress: ExportProgress = {}): Promise<{ ok: true; value: ExportOutcome } | { ok: false; error: ApiError }> {
  const bridge = desktopBridge();
  if (bridge) return saveFromDesktop(bridge, filter, sort, progress);
  if (progress.signal?.aborted) return cancelledExport;
  // Streamed by the server (core/web/report-download.ts); an error comes back as an API result instead.
  const response = await post(CSV_DOWNLOAD_PATH, { filter, sort }, { signal: progress.signal, patience: 'long' });
  if (!(response instanceof Response)) return progress.signal?.aborted ? cancelledExport : response;
  if (!(response.headers.get('Content-Type') ?? '').startsWith('text/csv')) {
    const refused = (await response.json().catch(() => null)) as ApiResult<unknown> | null;
    return refused && !refused.ok ? refused : failure('internal', `Export failed: the server answered HTTP ${response.status}.`);
  }
  const total = Number(response.headers.get('X-Claimdesk-Row-Count') ?? Number.NaN);
  const rowCount = Number.isFinite(total) ? total : null;
  progress.onRows?.(0, rowCount);
  let csv: Blob;
  // A server that stops answering mid-report gets the lost-connection message; the download waits for it (or Cancel).
  const stopWatching = watchAnswer('long', () => undefined);
  try {
    csv = await readCounting(response, (rows) => progress.onRows?.(rows, rowCount));
  } catch {
    // Aborted by Cancel, or cut off: either way no file is offered, so nothing partial is ever saved.
    if (progress.signal?.aborted) return cancelledExport;
    return failure('internal', 'Export failed: the download was cut off. Nothing was saved; try again.');
  } finally {
    stopWatching();
  }
  if (progress.signal?.aborted) return cancelledExport;
  const filename = response.headers.get('X-Claimdesk-Filename') ?? 'claimdesk-report.csv';
  saveBlob(csv, filename);
  return { ok: true, value: { rowCount: rowCount ?? 0, where: filename } };
}

/** The response body as a Blob (byte for byte: the BOM kept), its rows counted as the chunks arrive. */
async function readCounting(response: Response, onRows: (rows: number) => void): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const counter = new CsvRecordCounter();
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    const before = counter.rows;
    counter.push(value);
    if (counter.rows !== before) onRows(counter.rows);
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** The desktop app: the main process makes and saves the file; its progress comes as events while the save runs. */
async function saveFromDesktop(bridge: DesktopBridge, filter: ClaimFilter, sort: ClaimSort, progress: ExportProgress): Promise<{ ok: true; value: ExportOutcome } | { ok: false; error: ApiError }> {
  const stopListening = bridge.onCsvExportProgress((written, total) => progress.onRows?.(written, total));
  const cancel = () => void bridge.cancelCsvExport().catch(() => undefined);
  progress.signal?.addEventListener('abort', cancel);
  try {
    const saved = await bridge.saveCsvReport({ filter, sort });
    if (!saved.ok) return saved;
    // Only the backend's word counts: a Cancel that came as the last rows were written may have been too late.
    if (saved.value !== null && 'cancelled' in saved.value) return cancelledExport;
    return { ok: true, value: saved.value ? { rowCount: saved.value.rowCount, where: saved.value.path } : null };
  } catch (err) {
    return failure('internal', `Export failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    progress.signal?.removeEventListener('abort', cancel);
    stopListening?.();
  }
}
