import type { ApiResult } from '../../core/api/contract';

export interface ApiError {
  code: string;
  message: string;
  /** For invalid_input: the input field at fault, so a form can mark it. */
  field?: string;
}

/** Where failures go: shown to the user in the alert region, never dropped. */
export type ErrorSink = (error: ApiError) => void;

export function unwrap<T>(result: ApiResult<T>, onError: ErrorSink): T | undefined {
  if (result.ok) return result.value;
  onError(result.error);
  return undefined;
}
