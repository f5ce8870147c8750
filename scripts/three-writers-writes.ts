/**
 * The writes one of the three writers (scripts/three-writers.ts) makes, and
 * what it was told: verdicts, notes and sources on the claims it was given,
 * one at a time, through whatever `call` reaches the backend (browser mode's
 * HTTP API, or the desktop app's worker backend). Every answer is kept: an
 * acknowledged write must be in the file afterwards, a `database_busy` one
 * must have left nothing, and any other refusal is a fault.
 */
import type { ApiResult } from '../core/api/result';

export type Write =
  | { op: 'setStatus'; claimId: number; status: 'verified' | 'disputed' | 'unverified' }
  | { op: 'addNote'; claimId: number; body: string }
  | { op: 'addSource'; claimId: number; url: string };

export interface WriterLog {
  /** Writes the backend acknowledged (ok), in the order they were answered. */
  acknowledged: Write[];
  /** Writes answered `database_busy`: nothing may have been written for them. */
  busy: Write[];
  /** Any other refusal: `op: code: message`. Expected to stay empty. */
  otherErrors: string[];
}

export type Call = (op: string, input: unknown) => Promise<ApiResult<unknown>>;

const VERDICTS = ['verified', 'disputed', 'unverified'] as const;

/** The next write of writer `name`: a verdict, a note or a source on one of its claims, in turn. */
export function nextWrite(name: string, claimIds: readonly number[], serial: number): Write {
  const claimId = claimIds[serial % claimIds.length]!;
  const tag = `${name}-${serial}`;
  switch (serial % 3) {
    case 0:
      return { op: 'setStatus', claimId, status: VERDICTS[Math.floor(serial / 3) % VERDICTS.length]! };
    case 1:
      return { op: 'addNote', claimId, body: `Three writers: note ${tag}` };
    default:
      return { op: 'addSource', claimId, url: `https://example.org/three-writers/${tag}` };
  }
}

export function inputOf(write: Write): unknown {
  switch (write.op) {
    case 'setStatus':
      return { claimId: write.claimId, status: write.status };
    case 'addNote':
      return { claimId: write.claimId, body: write.body };
    case 'addSource':
      return { claimId: write.claimId, url: write.url, title: 'Three writers source', stance: 'context' };
  }
}

/** Writes one after another until `stop()` says so; never throws for an answer, only records it. */
export async function writeUntil(name: string, claimIds: readonly number[], call: Call, stop: () => boolean, log: WriterLog): Promise<void> {
  for (let serial = 0; !stop(); serial++) {
    const write = nextWrite(name, claimIds, serial);
    let answer: ApiResult<unknown>;
    try {
      answer = await call(write.op, inputOf(write));
    } catch (err) {
      log.otherErrors.push(`${write.op}: no answer: ${(err as Error).message}`);
      continue;
    }
    if (answer.ok) log.acknowledged.push(write);
    else if (answer.error.code === 'database_busy') log.busy.push(write);
    else log.otherErrors.push(`${write.op}: ${answer.error.code}: ${answer.error.message}`);
  }
}

export function emptyLog(): WriterLog {
  return { acknowledged: [], busy: [], otherErrors: [] };
}
