import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, exportCsvReport, onUnauthorized, retryConnection } from './client';
import type { ClaimSort } from '../../core/api/contract';
import { classifyResponse, connectionState, isConnectionError, onReconnected, resetConnectionForTests } from './connection';

// Browser mode's transport, with fetch standing in for the server (the tests run in Node: no window, so no desktop bridge).
const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const refusedToken = () => answer(401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token' } });
const networkDown = () => Promise.reject(new TypeError('Failed to fetch'));

const SORT: ClaimSort = { column: 'position', direction: 'asc' };

let fetchMock: ReturnType<typeof vi.fn>;
beforeEach(() => {
  resetConnectionForTests();
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('classifyResponse', () => {
  it('no response is a network error; 401 and 403 a refused token; any other status an answer', () => {
    expect(classifyResponse(null)).toBe('network_error');
    expect(classifyResponse(401)).toBe('token_refused');
    expect(classifyResponse(403)).toBe('token_refused');
    for (const status of [200, 400, 404, 413, 500]) expect(classifyResponse(status)).toBe('answered');
  });
});

describe('the browser-mode transport and the connection', () => {
  it('a server that does not answer: the call ends with a connection error at once, and the page is told the connection is lost', async () => {
    fetchMock.mockImplementation(networkDown);
    const result = await call('getPreferences', {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('unreachable');
    expect(!result.ok && isConnectionError(result.error)).toBe(true);
    expect(connectionState()).toBe('unreachable');
  });

  it('a named refusal from the backend is an ordinary error: the connection stays', async () => {
    fetchMock.mockResolvedValue(answer(200, { ok: false, error: { code: 'invalid_input', message: 'renameArticle: title: Title must not be empty' } }));
    const result = await call('getPreferences', {});
    expect(!result.ok && result.error.code).toBe('invalid_input');
    expect(!result.ok && isConnectionError(result.error)).toBe(false);
    expect(connectionState()).toBe('connected');
  });

  it('a token refused before the server ever answered this page: the token screen, not a lost connection', async () => {
    const unauthorized = vi.fn();
    const stop = onUnauthorized(unauthorized);
    try {
      fetchMock.mockResolvedValue(refusedToken());
      const result = await call('getPreferences', {});
      expect(!result.ok && result.error.code).toBe('unauthorized');
      expect(unauthorized).toHaveBeenCalledOnce();
      expect(connectionState()).toBe('connected');
    } finally {
      stop();
    }
  });

  it('a token refused after the server had answered (started again, new token): a lost connection, not the token screen', async () => {
    const unauthorized = vi.fn();
    const stop = onUnauthorized(unauthorized);
    try {
      fetchMock.mockResolvedValueOnce(answer(200, { ok: true, value: {} }));
      await call('getPreferences', {});
      fetchMock.mockResolvedValue(refusedToken());
      const result = await call('getPreferences', {});
      expect(!result.ok && isConnectionError(result.error)).toBe(true);
      expect(connectionState()).toBe('refused');
      expect(unauthorized).not.toHaveBeenCalled();
      fetchMock.mockResolvedValue(answer(403, { ok: false, error: { code: 'forbidden', message: 'Wrong Host header' } }));
      expect(await retryConnection()).toBe(false);
      expect(connectionState()).toBe('refused');
    } finally {
      stop();
    }
  });

  it('Retry: false while nothing answers; true once the server answers at this address, and the page is told to reload once', async () => {
    const reconnected = vi.fn();
    onReconnected(reconnected);
    fetchMock.mockImplementation(networkDown);
    await call('getPreferences', {});
    expect(await retryConnection()).toBe(false);
    expect(reconnected).not.toHaveBeenCalled();
    fetchMock.mockImplementation(() => Promise.resolve(answer(200, { ok: true, value: {} })));
    expect(await retryConnection()).toBe(true);
    expect(connectionState()).toBe('connected');
    await call('getPreferences', {});
    expect(reconnected).toHaveBeenCalledOnce();
  });

  it('an export cancelled by the person (fetch aborted) says cancelled and leaves the connection alone', async () => {
    const controller = new AbortController();
    controller.abort();
    fetchMock.mockImplementation(() => Promise.reject(new DOMException('The operation was aborted.', 'AbortError')));
    // Aborted before the request: no request at all.
    expect(await exportCsvReport({}, SORT, { signal: controller.signal })).toEqual({ ok: true, value: { cancelled: true } });
    // Aborted while on its way.
    const later = new AbortController();
    fetchMock.mockImplementation(() => {
      later.abort();
      return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    });
    expect(await exportCsvReport({}, SORT, { signal: later.signal })).toEqual({ ok: true, value: { cancelled: true } });
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(connectionState()).toBe('connected');
  });
});
