/**
 * Browser mode: whether the page can still talk to the server that served
 * it. The server can stop (the terminal closed, Ctrl+C) or be started again
 * with a new per-launch token, while the page stays open: from then on every
 * request fails the same way, so the page says so once, in one persistent
 * message with Retry (ConnectionLost.tsx), instead of an error per click.
 * Only the HTTP transport reports here; the desktop app's IPC never does.
 */

/**
 * `unreachable`: nothing answers at the address. `refused`: a server answers
 * but no longer takes this page's token. `not_answering`: something takes the
 * connection but sends nothing back (the process stuck or paused), found by
 * the answer watch (answer-watch.ts).
 */
export type ConnectionState = 'connected' | 'unreachable' | 'refused' | 'not_answering';

/** What one request to browser mode's API came to, as far as the connection goes. */
export type RequestOutcome = 'answered' | 'network_error' | 'token_refused' | 'no_answer';

/**
 * How a request ended, from what came back: no response at all (fetch threw),
 * or its HTTP status. 401 is a missing or wrong token; 403 a Host or Origin
 * the server does not take — either way this page's requests are refused.
 * Every other status is an answer from the server (a refused input comes as
 * an ordinary API error inside it).
 */
export function classifyResponse(status: number | null): RequestOutcome {
  if (status === null) return 'network_error';
  return status === 401 || status === 403 ? 'token_refused' : 'answered';
}

let state: ConnectionState = 'connected';
/** Set at the first answer: a refusal before it is a page opened without its token (TokenScreen), not a lost connection. */
let answeredOnce = false;
const listeners = new Set<() => void>();
const reconnectedListeners = new Set<() => void>();

function set(next: ConnectionState) {
  if (next === state) return;
  const was = state;
  state = next;
  for (const listener of listeners) listener();
  if (next === 'connected' && was !== 'connected') for (const listener of reconnectedListeners) listener();
}

/**
 * Records a request's outcome. Returns true when a refused token means this
 * page lost its server (it had been answered before); false when the page
 * never got in, which the token screen explains instead.
 */
export function noteOutcome(outcome: RequestOutcome): boolean {
  if (outcome === 'answered') {
    answeredOnce = true;
    set('connected');
    return false;
  }
  if (outcome === 'network_error') {
    set('unreachable');
    return true;
  }
  if (outcome === 'no_answer') {
    set('not_answering');
    return true;
  }
  if (!answeredOnce) return false;
  set('refused');
  return true;
}

export function connectionState(): ConnectionState {
  return state;
}

export function subscribeConnection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Told when the server answers again after the connection was lost: what is on screen may be stale. */
export function onReconnected(listener: () => void): () => void {
  reconnectedListeners.add(listener);
  return () => reconnectedListeners.delete(listener);
}

/** For tests: a fresh page. */
export function resetConnectionForTests(): void {
  state = 'connected';
  answeredOnce = false;
  listeners.clear();
  reconnectedListeners.clear();
}

/** The errors a lost connection gives every call (the transport's own; the backend never answers with these). */
export function isConnectionError(error: { code: string }): boolean {
  return error.code === 'unreachable' || error.code === 'unauthorized';
}
