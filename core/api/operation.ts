import type { z } from 'zod';
import type { Workspace } from './workspace';

/**
 * One backend operation: the schema its input must pass and the handler that
 * runs it. `write` operations run in an IMMEDIATE transaction (one per user
 * action); reads run in a deferred one for a consistent snapshot.
 *
 * Slow pure work that needs no database (decoding and analysing an article)
 * goes in `prepare`, which runs before the transaction so the write lock is
 * held only for the writes themselves.
 */
export interface Operation<S extends z.ZodType, R, P = undefined> {
  input: S;
  write: boolean;
  /**
   * A write the user can undo: every row it changes is recorded as one undo
   * step under this name (core/api/handlers/undo.ts). Imports, preferences
   * and undo/redo themselves are not steps.
   */
  undoLabel?: string | ((input: z.output<S>) => string);
  prepare?: (ws: Workspace, input: z.output<S>) => P;
  /**
   * Runs on its own, outside any transaction, and may take a while (its
   * handler returns a promise): a backup, a restore. The transports await it
   * (dispatchAsync) and run nothing else on the workspace's connection meanwhile.
   */
  exclusive?: true;
  handler: (ws: Workspace, input: z.output<S>, prepared: P) => R;
}

export function defineOperation<S extends z.ZodType, R, P = undefined>(op: Operation<S, R, P>): Operation<S, R, P> {
  return op;
}
