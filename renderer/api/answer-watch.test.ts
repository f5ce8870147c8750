import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from './client';
import { answerTimeoutMs } from './answer-watch';
import { connectionState, isConnectionError, resetConnectionForTests } from './connection';

// Browser mode's transport against a server that takes requests and answers late or never; fetch stands in for it.
const T = answerTimeoutMs();
const PROBE_MS = Math.min(T, 5_000);
const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

/** A request the server took and never answers: it ends only when the page aborts it. */
function hangs(init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))));
}

/** The server: API calls as `api` says; the probe (HEAD /) answered at once, or never. */
function server(api: (init?: RequestInit) => Promise<Response>, probeAnswers: boolean) {
  return (url: string, init?: RequestInit) => (url === '/' ? (probeAnswers ? Promise.resolve(new Response(null, { status: 200 })) : hangs(init)) : api(init));
}

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  vi.useFakeTimers();
  resetConnectionForTests();
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the answer watch', () => {
  it('the default is 15 s; a page can set less (the e2e tests), nothing else', () => {
    expect(T).toBe(15_000);
    vi.stubGlobal('__claimdeskAnswerTimeoutMs', 800);
    expect(answerTimeoutMs()).toBe(800);
    vi.stubGlobal('__claimdeskAnswerTimeoutMs', 'soon');
    expect(answerTimeoutMs()).toBe(15_000);
  });

  it('an ordinary call to a server that takes it and never answers ends, after the timeout and an unanswered probe, as a connection error; the page is told the server is not answering', async () => {
    fetchMock.mockImplementation(server(hangs, false));
    let settled: Awaited<ReturnType<typeof call>> | null = null;
    void call('getStats', {}).then((result) => (settled = result));
    await vi.advanceTimersByTimeAsync(T - 1);
    expect(settled).toBeNull();
    expect(connectionState()).toBe('connected');
    await vi.advanceTimersByTimeAsync(PROBE_MS + 1);
    const result = settled as Awaited<ReturnType<typeof call>> | null;
    if (result === null || result.ok) throw new Error(`expected a connection error, got ${JSON.stringify(result)}`);
    expect(isConnectionError(result.error)).toBe(true);
    expect(result.error.message).toMatch(/not answering/);
    expect(connectionState()).toBe('not_answering');
  });

  it('a slow answer from a server that still answers (a verdict queued behind a long import) is waited for, with no lost connection', async () => {
    let reply!: (response: Response) => void;
    fetchMock.mockImplementation(server(() => new Promise((resolve) => (reply = resolve)), true));
    let settled: Awaited<ReturnType<typeof call>> | null = null;
    void call('getPreferences', {}).then((result) => (settled = result));
    await vi.advanceTimersByTimeAsync(4 * T);
    expect(settled).toBeNull();
    expect(connectionState()).toBe('connected');
    reply(answer({ ok: true, value: {} }));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toEqual({ ok: true, value: {} });
  });

  it('a long job (an import) is never given up: the page is told the server is not answering, and its late answer clears that', async () => {
    let reply!: (response: Response) => void;
    fetchMock.mockImplementation(
      server(
        (init) =>
          new Promise((resolve, reject) => {
            reply = resolve;
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
        false,
      ),
    );
    let settled: Awaited<ReturnType<typeof call>> | null = null;
    void call('importArticle', { text: 'The office said 4 schools reopened.' }).then((result) => (settled = result));
    await vi.advanceTimersByTimeAsync(T + PROBE_MS + 1);
    expect(connectionState()).toBe('not_answering');
    await vi.advanceTimersByTimeAsync(10 * T);
    expect(settled).toBeNull();
    reply(answer({ ok: true, value: { imported: true } }));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toEqual({ ok: true, value: { imported: true } });
    expect(connectionState()).toBe('connected');
  });
});
