import type { z } from 'zod';
import { ClaimdeskError, toErrorData, type ApiErrorData } from '../errors';
import { operations, type OpInput, type OpResult } from './contract';
import type { Operation } from './operation';
import { isOperationName, type OperationName } from './operation-names';
import type { ApiResult } from './result';
import { beginChangeSet, endChangeSet, stopRecording } from '../../db/undo';
import { reviewerOf, type Workspace } from './workspace';

export type { ApiResult } from './result';

/** "setStatus: status: Invalid option ..." — one line naming the field at fault. */
export function describeInputError(op: string, error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return `${op}: invalid input`;
  const where = first.path.length ? `${first.path.join('.')}: ` : '';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${op}: ${where}${first.message}${more}`;
}

/**
 * The single entry point of every transport. Validates the input against the
 * operation's schema, runs the handler in one transaction, and returns the
 * outcome as data. Never throws: an unexpected failure is logged and
 * reported as `internal`, and its transaction is rolled back.
 */
export function dispatch(ws: Workspace, op: string, input: unknown): ApiResult<unknown> {
  try {
    // Inside the try: a schema's own code failing on some input is an internal error too, never a throw.
    const checked = checkInput(op, input);
    if (!checked.ok) return checked;
    const { spec, data } = checked.value;
    if (spec.exclusive) {
      return { ok: false, error: { code: 'internal', message: `${op} runs on its own and must be awaited: this caller cannot run it (use dispatchAsync).` } };
    }
    const prepared = spec.prepare ? spec.prepare(ws, data) : undefined;
    const run = ws.db.transaction(() => {
      if (spec.undoLabel === undefined) return spec.handler(ws, data, prepared);
      // One user action = one undo step, recorded in the same transaction.
      const label = typeof spec.undoLabel === 'function' ? spec.undoLabel(data) : spec.undoLabel;
      const recording = beginChangeSet(ws.db, { operation: op, label, actor: reviewerOf(ws), at: ws.now() });
      try {
        const value = spec.handler(ws, data, prepared);
        endChangeSet(ws.db, recording);
        return value;
      } finally {
        stopRecording(ws.db);
      }
    });
    const value = spec.write ? run.immediate() : run.deferred();
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: loggedError(op, err) };
  }
}

/**
 * The error as data; what failed inside goes to the log (standard error: the
 * CLI's terminal too), but not a busy workspace: that is said by name, and a
 * stack for it would only alarm.
 */
function loggedError(op: string, err: unknown): ApiErrorData {
  const error = toErrorData(err);
  if (!(err instanceof ClaimdeskError) && error.code !== 'database_busy') console.error(`claimdesk: ${op} failed:`, err);
  return error;
}

/**
 * An operation's input as its handler would get it: the operation known, the
 * schema satisfied (defaults filled in; every text field refused with a control
 * character by schemas.ts's userText). Dispatch runs
 * this first; a transport that streams a result (the CSV download) runs it
 * itself, so its input is checked exactly as every other call's.
 */
export function checkInput(op: string, input: unknown): ApiResult<{ spec: Operation<z.ZodType, unknown, unknown>; data: unknown }> {
  if (!isOperationName(op)) {
    return { ok: false, error: { code: 'unknown_operation', message: `Unknown operation: ${String(op).slice(0, 80)}` } };
  }
  const spec = operations[op] as Operation<z.ZodType, unknown, unknown>;
  const parsed = spec.input.safeParse(input === undefined || input === null ? {} : input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.');
    return { ok: false, error: { code: 'invalid_input', message: describeInputError(op, parsed.error), ...(field ? { field } : {}) } };
  }
  return { ok: true, value: { spec, data: parsed.data } };
}

/**
 * dispatch() for transports that can wait: an exclusive operation (a backup,
 * a restore) is awaited outside any transaction; every other one is
 * dispatched as usual. The caller runs nothing else on this workspace until
 * it settles (the backend thread queues its calls).
 */
export async function dispatchAsync(ws: Workspace, op: string, input: unknown): Promise<ApiResult<unknown>> {
  let checked: ReturnType<typeof checkInput>;
  try {
    checked = checkInput(op, input);
  } catch {
    // A schema's own code failing: dispatch() names it.
    return dispatch(ws, op, input);
  }
  if (!checked.ok) return checked;
  const { spec, data } = checked.value;
  if (!spec.exclusive) return dispatch(ws, op, input);
  try {
    return { ok: true, value: await spec.handler(ws, data, undefined) };
  } catch (err) {
    return { ok: false, error: loggedError(op, err) };
  }
}

/** Typed dispatchAsync, for the CLI and tests. */
export async function callAsync<K extends OperationName>(ws: Workspace, op: K, input: OpInput<K>): Promise<ApiResult<OpResult<K>>> {
  return (await dispatchAsync(ws, op, input)) as ApiResult<OpResult<K>>;
}

/** Typed direct call, for the CLI and tests. */
export function call<K extends OperationName>(ws: Workspace, op: K, input: OpInput<K>): ApiResult<OpResult<K>> {
  return dispatch(ws, op, input) as ApiResult<OpResult<K>>;
}

/** Like `call`, but throws the ClaimdeskError: for code that has nothing better to do with it. */
export function callOrThrow<K extends OperationName>(ws: Workspace, op: K, input: OpInput<K>): OpResult<K> {
  const result = call(ws, op, input);
  if (!result.ok) throw new ClaimdeskError(result.error.code, result.error.message);
  return result.value;
}
