import type { ApiErrorData } from '../errors';

/** How every operation's outcome crosses a boundary: errors are data, never lost. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/**
 * An ApiResult already written as JSON, for a transport that sends JSON (browser
 * mode's HTTP API): encoded on the backend thread, so the answer crosses to the
 * server's thread as one string rather than as a structured clone of every row
 * that the server then writes out again. `errorCode` is the error's code, or
 * null for a success (the HTTP status depends on it).
 */
export interface EncodedResult {
  json: string;
  errorCode: ApiErrorData['code'] | null;
}

export function encodeResult(result: ApiResult<unknown>): EncodedResult {
  return { json: JSON.stringify(result), errorCode: result.ok ? null : result.error.code };
}
