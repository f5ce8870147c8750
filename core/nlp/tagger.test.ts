import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tag, taggerStats } from './tagger';

/** Every way a package could reach the network from Node, replaced by a stand-in that records and throws. */
const attempts: string[] = [];
const restore: (() => void)[] = [];
function refuse<T extends object>(owner: T, key: keyof T & string, label: string): void {
  const original = owner[key];
  (owner as Record<string, unknown>)[key] = (...args: unknown[]) => {
    attempts.push(`${label} ${JSON.stringify(args[0] ?? null)}`);
    throw new Error(`network refused in this test: ${label}`);
  };
  restore.push(() => {
    (owner as Record<string, unknown>)[key] = original;
  });
}

beforeAll(() => {
  refuse(http, 'request', 'http.request');
  refuse(http, 'get', 'http.get');
  refuse(https, 'request', 'https.request');
  refuse(https, 'get', 'https.get');
  refuse(net, 'connect', 'net.connect');
  refuse(net, 'createConnection', 'net.createConnection');
  refuse(net.Socket.prototype, 'connect', 'net.Socket.connect');
  refuse(tls, 'connect', 'tls.connect');
  refuse(dns, 'lookup', 'dns.lookup');
  refuse(globalThis, 'fetch', 'fetch');
});
afterAll(() => {
  for (const undo of restore.reverse()) undo();
});

const byText = (tokens: ReturnType<typeof tag>, text: string) => tokens.find((t) => t.text === text);

describe('wink-nlp tagger (core/nlp/tagger.ts)', () => {
  it('loads the English model from node_modules with every network call refused', () => {
    expect(taggerStats().loaded).toBe(false); // lazy: nothing is loaded until the first sentence is tagged
    const tokens = tag('Mitsotakis reasserted that Greece would not yield.');
    expect(taggerStats().loaded).toBe(true);
    expect(attempts).toEqual([]);
    const root = path.resolve(__dirname, '..', '..', 'node_modules');
    expect(require.resolve('wink-eng-lite-web-model').startsWith(root)).toBe(true);
    expect(require.resolve('wink-nlp').startsWith(root)).toBe(true);
    expect(byText(tokens, 'reasserted')).toMatchObject({ pos: 'VERB', lemma: 'reassert' });
    expect(byText(tokens, 'Mitsotakis')?.pos).toBe('PROPN');
  });

  it('tells a verb from a noun of the same word', () => {
    expect(byText(tag('She made a call to the minister.'), 'call')?.pos).toBe('NOUN');
    expect(byText(tag('He called it a betrayal.'), 'called')).toMatchObject({ pos: 'VERB', lemma: 'call' });
  });

  it('marks a weekday as a DATE entity and a figure as a measure', () => {
    const tokens = tag('Tuesday Mitsotakis said the acceptance rate is already above 95%.');
    expect(byText(tokens, 'Tuesday')?.entity).toBe('DATE');
    expect(byText(tokens, 'Mitsotakis')?.entity).toBe(null);
    expect(byText(tokens, '95')?.entity).toBe('PERCENT');
  });

  it('gives offsets into the string it was given, also around curly quotes and blanked quotations', () => {
    for (const text of ['“We will not yield,” Mitsotakis said on Tuesday.', '“                ” the ministry’s spokesperson, Ana Ruiz, said.']) {
      const tokens = tag(text);
      expect(tokens.length).toBeGreaterThan(3);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
    }
  });

  it('reads at most 2,000 characters of a string', () => {
    const tokens = tag('Prices rose. '.repeat(400));
    expect(tokens[tokens.length - 1]!.end).toBeLessThanOrEqual(2000);
  });
});
