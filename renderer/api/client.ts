import type { ApiError } from '../hooks/useApi';
import type { ApiResult, ClaimFilter, ClaimSort, OpInput, OpResult } from '../../core/api/contract';
import type { OperationName } from '../../core/api/operation-names';
import { desktopBridge } from './bridge';
import { currentToken } from './token';
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

function failure(code: 'internal' | 'unauthorized', message: string): { ok: false; error: { code: typeof code; message: string } } {
  return { ok: false, error: { code, message } };
}

/** A POST to browser mode's API with the token; a refused token is told to the listeners. */
async function post(path: string, body: unknown): Promise<Response | ReturnType<typeof failure>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = currentToken();
  if (token !== null) headers['X-Claimdesk-Token'] = token;
  let response: Response;
  try {
    response = await fetch(`/api/${path}`, { method: 'POST', headers, body: JSON.stringify(body ?? {}), cache: 'no-store' });
  } catch {
    return failure('internal', 'Cannot reach the Claimdesk server. Is "npm run web" still running?');
  }
  if (response.status === 401) {
    for (const listener of unauthorizedListeners) listener();
    return failure('unauthorized', 'This page needs the address with its token, as printed by npm run web.');
  }
  return response;
}

const httpTransport: Transport = async (op, input) => {
  const response = await post(op, input);
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
 * the first change in a fresh workspace is never stamped with a guess.
 */
export async function call<K extends OperationName>(op: K, input: OpInput<K>): Promise<ApiResult<OpResult<K>>> {
  const result = await transport(op, input);
  if (result.ok || result.error.code !== 'reviewer_required' || reviewerPrompt === null) return result;
  return (await reviewerPrompt()) ? transport(op, input) : result;
}

export type ExportOutcome = { rowCount: number; where: string } | null;

/**
 * The CSV report of exactly what the table shows. Desktop: a native save
 * dialog (null when cancelled). Browser: a download of the file.
 */
export async function exportCsvReport(filter: ClaimFilter, sort: ClaimSort): Promise<{ ok: true; value: ExportOutcome } | { ok: false; error: ApiError }> {
  const bridge = desktopBridge();
  if (bridge) {
    try {
      const saved = await bridge.saveCsvReport({ filter, sort });
      if (!saved.ok) return saved;
      return { ok: true, value: saved.value ? { rowCount: saved.value.rowCount, where: saved.value.path } : null };
    } catch (err) {
      return failure('internal', `Export failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // Streamed by the server (core/web/report-download.ts); an error comes back as an API result instead.
  const response = await post(CSV_DOWNLOAD_PATH, { filter, sort });
  if (!(response instanceof Response)) return response;
  if (!(response.headers.get('Content-Type') ?? '').startsWith('text/csv')) {
    const refused = (await response.json().catch(() => null)) as ApiResult<unknown> | null;
    return refused && !refused.ok ? refused : failure('internal', `Export failed: the server answered HTTP ${response.status}.`);
  }
  let csv: Blob;
  try {
    // The body begins with the BOM; a Blob keeps it byte for byte.
    csv = await response.blob();
  } catch {
    return failure('internal', 'Export failed: the download was cut off. Nothing was saved; try again.');
  }
  const filename = response.headers.get('X-Claimdesk-Filename') ?? 'claimdesk-report.csv';
  const rowCount = Number(response.headers.get('X-Claimdesk-Row-Count') ?? 0);
  const url = URL.createObjectURL(csv);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, value: { rowCount, where: filename } };
}
