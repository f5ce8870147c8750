/**
 * Every failure that crosses a boundary (IPC, HTTP, CLI) carries a stable
 * machine-readable code and a one-line human message. Handlers throw
 * ClaimdeskError; the dispatcher turns it into `{ ok: false, error }`.
 */
export type ErrorCode =
  // import / file input
  | 'empty'
  | 'binary'
  | 'invalid_encoding'
  | 'too_large'
  | 'is_directory'
  | 'not_found'
  | 'unreadable'
  | 'unsupported_type'
  /** A web page with no article in it (a login page, an index of links, an empty shell filled in by scripts). */
  | 'no_article_text'
  /** A .docx that is not a Word document: not a zip, a zip of something else, damaged, an old .doc or encrypted. */
  | 'invalid_docx'
  /** Text that splits into sentences too short or too many to be an article (a numbered list, a data dump): core/import/limits.ts. */
  | 'not_an_article'
  | 'write_failed'
  // API
  | 'invalid_input'
  | 'unknown_operation'
  | 'not_found_claim'
  | 'not_found_article'
  | 'not_found_note'
  | 'not_found_source'
  | 'not_found_suggestion'
  | 'not_found_tag'
  /** A claim edit that would break the article's anchors: overlapping claims, a split with nothing on one side ... */
  | 'invalid_edit'
  | 'conflict'
  /** A write based on what the caller last saw (a verdict, a claim's text, a note) when another window has changed it since: nothing was saved. */
  | 'changed_elsewhere'
  /** Ctrl+Z / Ctrl+Shift+Z with nothing left to undo or redo. */
  | 'nothing_to_undo'
  | 'nothing_to_redo'
  /** A change with no reviewer name to stamp on it: ask for one, then try again. */
  | 'reviewer_required'
  /** A ClaimReview export before the publishing organisation is set (its name and fact-check address). */
  | 'publisher_required'
  /** Use this verdict: the two claims are not a stored claim-memory match, or the other one has no verdict. */
  | 'not_seen_before'
  | 'no_earlier_verdict'
  // the workspace file
  | 'database_corrupt'
  | 'not_a_workspace'
  | 'database_too_new'
  | 'database_unavailable'
  | 'database_busy'
  /** The backend's thread stopped (a crash) while answering: the next call starts it again. */
  | 'backend_stopped'
  /** A long job (an export) stopped by the user's Cancel: nothing was written. */
  | 'cancelled'
  // transports
  /** Browser mode: the page could not reach the server (it was stopped, or the network refused). */
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'internal';

export class ClaimdeskError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ClaimdeskError';
    this.code = code;
  }
}

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  /** For invalid_input: the input field at fault (`publishedOn`), so a form can mark it. */
  field?: string;
}

export function toErrorData(err: unknown): ApiErrorData {
  if (err instanceof ClaimdeskError) return { code: err.code, message: err.message };
  // Another process (a CLI import beside the app) held the write lock past the busy timeout; or
  // (SQLITE_BUSY_SNAPSHOT and the other extended codes) wrote first under a transaction that had only read.
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^SQLITE_BUSY(_|$)/.test(code)) {
    return { code: 'database_busy', message: 'The workspace is busy with another Claimdesk window or command. Nothing was changed; try again.' };
  }
  // What failed inside (an SQL constraint, a stack) is for the log the caller writes, never for the user.
  return { code: 'internal', message: INTERNAL_ERROR_MESSAGE };
}

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong inside Claimdesk. Nothing was changed; the details are in its log.';
