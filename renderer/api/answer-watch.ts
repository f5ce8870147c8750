import { noteOutcome } from './connection';

/**
 * Browser mode: a server that takes the connection but never answers (its
 * process stuck, or paused with SIGSTOP) would leave a request waiting for
 * ever. So each request is watched. Once it has waited `answerTimeoutMs()`,
 * the page asks whether the server process answers at all — a HEAD of the
 * page, which the server's own thread serves without the backend — because a
 * request may rightly wait: a verdict change queued on the writer thread
 * behind a long import, or the first calls while the workspace opens.
 *
 * - The server answers: it is busy, not lost; the request is watched again.
 * - It does not (within the same time, at most MAX_PROBE_MS): the connection
 *   is `not_answering`, one message for the page (ConnectionLost.tsx). An
 *   ordinary request is given up, so nothing says "Loading…" for ever. A long
 *   job (an import, a report, a re-analysis, a backup) is left waiting: the
 *   server may yet finish it, and its answer then clears the message.
 */
export type Patience = 'ordinary' | 'long';

const DEFAULT_ANSWER_TIMEOUT_MS = 15_000;
const MAX_PROBE_MS = 5_000;

/** The e2e tests set `window.__claimdeskAnswerTimeoutMs` (page.addInitScript) to see a stuck server in a second, not 15. */
export function answerTimeoutMs(): number {
  const hook = (globalThis as { __claimdeskAnswerTimeoutMs?: unknown }).__claimdeskAnswerTimeoutMs;
  return typeof hook === 'number' && hook > 0 ? hook : DEFAULT_ANSWER_TIMEOUT_MS;
}

type ProbeResult = 'answers' | 'no_answer' | 'unreachable';

/** One probe at a time, shared by every request waiting when it is asked. */
let probe: Promise<ProbeResult> | null = null;

function probeServer(): Promise<ProbeResult> {
  if (probe) return probe;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.min(answerTimeoutMs(), MAX_PROBE_MS));
  probe = fetch('/', { method: 'HEAD', cache: 'no-store', signal: controller.signal })
    .then(
      (response): ProbeResult => {
        void response.body?.cancel().catch(() => undefined);
        return 'answers';
      },
      (): ProbeResult => (controller.signal.aborted ? 'no_answer' : 'unreachable'),
    )
    .finally(() => {
      clearTimeout(timer);
      probe = null;
    });
  return probe;
}

/**
 * Watches one request until the returned stop function is called. `giveUp`
 * is called (for an ordinary request only) once the server is found not
 * answering; the connection has been told by then.
 */
export function watchAnswer(patience: Patience, giveUp: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const arm = () => {
    timer = setTimeout(() => void check(), answerTimeoutMs());
  };
  async function check() {
    const found = await probeServer();
    if (stopped) return;
    if (found === 'answers') return arm();
    noteOutcome(found === 'unreachable' ? 'network_error' : 'no_answer');
    if (patience === 'ordinary') giveUp();
  }
  arm();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
