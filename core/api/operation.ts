import type { z } from 'zod';
import type { Workspace } from './workspace';

/**
 * One backend operation: the schema its input must pass and the handler that
 * runs it. `write` operations run in an IMMEDIATE transaction (one per user
 * action); reads run in a deferred one for a consistent snapshot.
 */
export interface Operation<S extends z.ZodType, R> {
  input: S;
  write: boolean;
  handler: (ws: Workspace, input: z.output<S>) => R;
}

export function defineOperation<S extends z.ZodType, R>(op: Operation<S, R>): Operation<S, R> {
  return op;
}
