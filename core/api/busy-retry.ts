import type { ApiResult } from './result';

/**
 * Pauses before each new try of a call answered `database_busy`. The backend
 * has already waited its busy timeout (5 s) for the write lock before saying
 * so, so a few short pauses are enough: another window or a CLI command
 * holds the lock for moments, not minutes.
 */
export const BUSY_RETRY_DELAYS_MS: readonly number[] = [250, 500, 1000];

export type Sleep = (ms: number) => Promise<void>;

const sleepFor: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const waitingListeners = new Set<() => void>();

/** Told each time a call waits to be tried again, so the page can say why a click has not landed yet. */
export function onBusyRetry(listener: () => void): () => void {
  waitingListeners.add(listener);
  return () => waitingListeners.delete(listener);
}

/**
 * Sends a call, and sends it again while the answer is `database_busy` (the
 * workspace is locked by another Claimdesk window or command), pausing
 * `delays` between tries; then returns the last answer, busy or not. Safe for
 * writes: a busy answer means nothing was changed (each call is one
 * transaction, all or nothing). Any other answer is returned at once.
 */
export async function retryWhileBusy<T>(send: () => Promise<ApiResult<T>>, delays: readonly number[] = BUSY_RETRY_DELAYS_MS, sleep: Sleep = sleepFor): Promise<ApiResult<T>> {
  let result = await send();
  for (const delay of delays) {
    if (result.ok || result.error.code !== 'database_busy') return result;
    for (const listener of waitingListeners) listener();
    await sleep(delay);
    result = await send();
  }
  return result;
}
