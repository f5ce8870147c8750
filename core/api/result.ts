import type { ApiErrorData } from '../errors';

/** How every operation's outcome crosses a boundary: errors are data, never lost. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };
