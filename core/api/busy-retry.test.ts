import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from './result';
import { BUSY_RETRY_DELAYS_MS, retryWhileBusy } from './busy-retry';

const BUSY: ApiResult<string> = { ok: false, error: { code: 'database_busy', message: 'The workspace is busy with another Claimdesk window or command. Nothing was changed; try again.' } };
const OK: ApiResult<string> = { ok: true, value: 'saved' };

/** A transport standing in for IPC or HTTP (not ours to test here): answers from a script, counting the calls. */
function scripted(...answers: ApiResult<string>[]) {
  const sent: number[] = [];
  const send = () => {
    sent.push(sent.length + 1);
    return Promise.resolve(answers[Math.min(sent.length - 1, answers.length - 1)]!);
  };
  return { send, sent };
}

function recordingSleep() {
  const slept: number[] = [];
  return { slept, sleep: (ms: number) => (slept.push(ms), Promise.resolve()) };
}

describe('retryWhileBusy', () => {
  it('sends again after a busy answer and returns the answer that got through', async () => {
    const transport = scripted(BUSY, BUSY, OK);
    const { slept, sleep } = recordingSleep();
    expect(await retryWhileBusy(transport.send, BUSY_RETRY_DELAYS_MS, sleep)).toEqual(OK);
    expect(transport.sent).toHaveLength(3);
    expect(slept).toEqual([250, 500]);
  });

  it('surfaces the busy error once every retry was busy too', async () => {
    const transport = scripted(BUSY);
    const { slept, sleep } = recordingSleep();
    expect(await retryWhileBusy(transport.send, [10, 20, 30], sleep)).toEqual(BUSY);
    expect(transport.sent).toHaveLength(4);
    expect(slept).toEqual([10, 20, 30]);
  });

  it('never retries a success or any other error', async () => {
    const others: ApiResult<string>[] = [
      OK,
      { ok: false, error: { code: 'invalid_input', message: 'setStatus: status: Invalid option' } },
      { ok: false, error: { code: 'backend_stopped', message: 'The backend stopped unexpectedly' } },
    ];
    for (const answer of others) {
      const transport = scripted(answer, OK);
      const { slept, sleep } = recordingSleep();
      expect(await retryWhileBusy(transport.send, BUSY_RETRY_DELAYS_MS, sleep)).toEqual(answer);
      expect(transport.sent).toHaveLength(1);
      expect(slept).toEqual([]);
    }
  });

  it('pauses on a timer by default: the next try is sent only once the pause is over', async () => {
    vi.useFakeTimers();
    try {
      const transport = scripted(BUSY, OK);
      const answered = retryWhileBusy(transport.send);
      await vi.advanceTimersByTimeAsync(BUSY_RETRY_DELAYS_MS[0]! - 1);
      expect(transport.sent).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(await answered).toEqual(OK);
      expect(transport.sent).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
