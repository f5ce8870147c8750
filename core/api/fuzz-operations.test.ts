/**
 * Every operation of the contract fed malformed input — wrong types, huge strings and
 * numbers, control characters, `__proto__` / `constructor` / `prototype` keys, unknown
 * fields, no object at all — must answer a validation error and leave the workspace file
 * byte for byte as it was. Inputs are mutations of one valid input per operation, so every
 * field of every schema is reached. FUZZ_SEED replays a run.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../db/testing/temp-workspace';
import { MAX_ARTICLE_BYTES } from '../import';
import type { OpInput } from './contract';
import { callOrThrow, dispatch } from './dispatch';
import { OPERATION_NAMES, type OperationName } from './operation-names';
import type { Workspace } from './workspace';

const newWorkspace = useTempWorkspace();
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const RUNS_PER_OPERATION = 60;

/** One valid input per operation (the ids need not exist: validation comes first). The type makes a new operation join the fuzz. */
const VALID: { [K in OperationName]: OpInput<K> } = {
  importArticle: { text: 'Officials said 40 schools closed.', title: 'Schools' },
  loadSample: {},
  listArticles: {},
  getArticle: { id: 1 },
  renameArticle: { id: 1, title: 'New title' },
  deleteArticle: { id: 1 },
  listClaims: { filter: { articleId: 1, status: 'verified', search: 'schools', includeHidden: true, speaker: 'Ana', entity: 'Kabul', contestedInArticle: false, seenBefore: false, minWorthiness: 0.5 }, sort: { column: 'position', direction: 'asc' }, offset: 0, limit: 10, locateClaimId: 2 },
  getClaim: { claimId: 1 },
  setStatus: { claimId: 1, status: 'disputed' },
  clearStatus: { claimId: 1 },
  setSpeaker: { claimId: 1, speaker: 'The minister' },
  reanalyzeArticle: { articleId: 1 },
  bulkReview: { target: { claimIds: [1, 2] }, action: 'verified' },
  listFacets: { articleId: 1 },
  editClaim: { claimId: 1, text: 'Officials said 40 schools closed.' },
  splitClaim: { claimId: 1, at: 5 },
  mergeClaims: { claimIds: [1, 2] },
  addClaim: { articleId: 1, start: 0, end: 5 },
  excludeClaim: { claimId: 1 },
  restoreClaim: { claimId: 1 },
  acceptSuggestion: { suggestionId: 1 },
  dismissSuggestion: { suggestionId: 1 },
  addNote: { claimId: 1, body: 'Checked with the ministry.' },
  editNote: { noteId: 1, body: 'Checked twice.' },
  deleteNote: { noteId: 1 },
  addSource: { claimId: 1, url: 'https://example.org/a', title: 'Report', publisher: 'Dawn', publishedOn: '2025-02-17', excerpt: 'Forty schools', stance: 'supports' },
  linkSource: { claimId: 1, sourceId: 1, stance: 'contradicts' },
  unlinkSource: { claimId: 1, sourceId: 1 },
  listSources: { query: 'dawn', limit: 10 },
  getHistory: { claimId: 1 },
  exportCsv: { filter: { status: 'disputed' }, sort: { column: 'status', direction: 'desc' } },
  getStats: { articleIds: [1] },
  getPreferences: {},
  setPreferences: { reviewerName: 'Ana' },
  getUndoState: {},
  undo: {},
  redo: {},
  useEarlierVerdict: { claimId: 1, earlierClaimId: 2 },
  dismissMatch: { claimId: 1, otherClaimId: 2 },
  exportReport: { format: 'html', filter: { status: 'verified' }, sort: { column: 'position', direction: 'asc' } },
  setPublisher: { name: 'Example Checks', url: 'https://example.org', reviewUrlTemplate: 'https://example.org/fc/{claimId}' },
  listTags: {},
  tagClaims: { target: { claimIds: [1, 2] }, tag: 'Health' },
  untagClaims: { target: { claimIds: [1] }, tag: 'Health' },
  renameTag: { tag: 'Health', to: 'Health policy' },
  deleteTag: { tag: 'Health' },
  attachSourceFile: { claimId: 1, fileName: 'letter.pdf', bytesBase64: Buffer.from('%PDF-1.4').toString('base64'), title: 'Letter', stance: 'supports' },
  getSourceFile: { sourceId: 1 },
  listBackups: {},
  makeBackup: {},
  restoreBackup: { name: 'claimdesk.2026-12-06T173005Z.daily.sqlite' },
  mergeWorkspace: { filename: 'colleague.sqlite', bytesBase64: Buffer.from('x').toString('base64') },
  getRecoveryState: {},
  salvageWorkspace: {},
  restoreNewestBackup: {},
};

/** Inputs of another shape some operations take: a file instead of pasted text, a filter instead of ticked claims. */
const OTHER_SHAPES: Array<[OperationName, object]> = [
  ['importArticle', { bytesBase64: Buffer.from('Officials said 40 schools closed.').toString('base64'), filename: 'schools.txt', title: 'Schools' }],
  ['bulkReview', { target: { filter: { status: 'not_reviewed', search: 'schools' } }, action: 'disputed' }],
];
const EXAMPLES: Array<[OperationName, object]> = [...OPERATION_NAMES.map((op): [OperationName, object] => [op, VALID[op]]), ...OTHER_SHAPES];

type Path = Array<string | number>;

/** Every place a value sits in `value` (objects and arrays included), the root being []. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => pathsOf(v, [...at, i])));
  if (value !== null && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k])));
  return here;
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], value);
}

/** A deep copy of `value` with `path` replaced by `replacement` (an own property, even for `__proto__`). */
function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  const [key, ...rest] = path as [string | number, ...Path];
  Object.defineProperty(copy, key, { value: setAt(copy[key], rest, replacement), enumerable: true, configurable: true, writable: true });
  return copy;
}

const HUGE = 'x'.repeat(1_000_000);
const OVER_ARTICLE = 'y'.repeat(MAX_ARTICLE_BYTES + 1);
/** A file as base64 over every file limit (articles, source files, merged workspaces: 10 MiB each): valid base64 of a 10 MiB + 3 KiB file. */
const OVER_FILE_BASE64 = 'A'.repeat(Math.ceil((MAX_ARTICLE_BYTES + 3 * 1024) / 3) * 4);
const controlChar = fc.integer({ min: 0, max: 0x1f }).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d).map((c) => String.fromCharCode(c));
const anything = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }), fc.array(fc.integer(), { maxLength: 3 }));

/** A value no schema accepts where `valid` stands: another type, a number no field takes, text no field holds. */
function wrongFor(valid: unknown, key: string | number | undefined): fc.Arbitrary<unknown> {
  const notObject = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null));
  if (typeof valid === 'number') {
    return fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([]), fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -(2 ** 53) - 2, 1.5, -0.5, Number.NaN, Infinity, -Infinity));
  }
  if (typeof valid === 'boolean') return fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant({}), fc.constant([]));
  if (typeof valid === 'string') {
    // A huge string is wrong where a field holds text; where it holds a file, only one over the file limit is.
    const huge = key === 'text' ? fc.constant(OVER_ARTICLE) : key === 'bytesBase64' ? fc.constant(OVER_FILE_BASE64) : fc.constant(HUGE);
    const controlled = fc.tuple(fc.string({ maxLength: 10 }), controlChar, fc.string({ maxLength: 10 })).map(([a, c, b]) => `x${a}${c}${b}`);
    return fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([valid]), huge, ...(key === 'text' ? [] : [controlled]));
  }
  if (Array.isArray(valid)) return fc.oneof(notObject, fc.constant({ 0: valid[0] }), fc.constant([...valid, 'x']), fc.constant(valid.map(String)));
  return fc.oneof(notObject, fc.array(fc.integer(), { maxLength: 2 }));
}

type Mutation = { kind: string; input: unknown };

function mutationsOf(valid: object): fc.Arbitrary<Mutation> {
  const paths = pathsOf(valid);
  const objectPaths = paths.filter((p) => {
    const v = getAt(valid, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const leafPaths = paths.filter((p) => p.length > 0);
  const wrongValue = leafPaths.length
    ? fc.constantFrom(...leafPaths).chain((p) => wrongFor(getAt(valid, p), p[p.length - 1]).map((bad) => ({ kind: `wrong ${p.join('.')}`, input: setAt(valid, p, bad) })))
    : null;
  const unknownField = fc
    .tuple(fc.constantFrom(...objectPaths), fc.string({ minLength: 1, maxLength: 12 }), anything)
    .map(([p, name, v]) => ({ kind: 'unknown field', input: setAt(valid, [...p, `unknown_${name}`], v) }));
  const prototypeKey = fc
    .tuple(fc.constantFrom(...objectPaths), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.oneof(anything, fc.constant({ polluted: true, isAdmin: true })))
    .map(([p, name, v]) => ({ kind: name, input: setAt(valid, [...p, name], v) }));
  const notAnObject = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(anything, { maxLength: 3 })).map((input) => ({ kind: 'not an object', input }));
  return fc.oneof(...(wrongValue ? [wrongValue, wrongValue] : []), unknownField, prototypeKey, notAnObject);
}

function fileBytes(ws: Workspace): string {
  const hash = crypto.createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = `${ws.dbPath}${suffix}`;
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0));
  }
  return hash.digest('hex');
}

describe(`every API operation fed malformed input (${OPERATION_NAMES.length} operations, ${EXAMPLES.length} input shapes × ${RUNS_PER_OPERATION})`, () => {
  it(`answers invalid_input for each of ${(EXAMPLES.length * RUNS_PER_OPERATION).toLocaleString('en-US')} malformed inputs, the workspace file byte for byte unchanged`, () => {
    const ws = newWorkspace();
    const imported = callOrThrow(ws, 'importArticle', { text: 'Officials said 40 schools closed. The ministry denies this.\n\nPrices rose 4% in a year.', title: 'Schools' });
    const claimId = callOrThrow(ws, 'listClaims', { filter: { articleId: imported.article.id } }).rows[0]!.id;
    callOrThrow(ws, 'addNote', { claimId, body: 'A note' });
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fileBytes(ws);
    const tried = new Map<string, number>();
    for (const [op, valid] of EXAMPLES) {
      fc.assert(
        fc.property(mutationsOf(valid), (mutation) => {
          const result = dispatch(ws, op, mutation.input);
          tried.set(mutation.kind.split(' ')[0]!, (tried.get(mutation.kind.split(' ')[0]!) ?? 0) + 1);
          if (result.ok || result.error.code !== 'invalid_input') {
            throw new Error(`${op} (${mutation.kind}) answered ${JSON.stringify(result).slice(0, 300)}`);
          }
          expect(result.error.message.startsWith(`${op}: `)).toBe(true);
          expect(result.error.message).not.toMatch(/SQL|sqlite|constraint|\n\s+at /i);
        }),
        { numRuns: RUNS_PER_OPERATION, seed: SEED },
      );
    }
    expect(fileBytes(ws)).toBe(before);
    // Nothing leaked onto Object.prototype from a __proto__ key.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Every kind of mutation was tried.
    expect([...tried.keys()].sort()).toEqual(['__proto__', 'constructor', 'not', 'prototype', 'unknown', 'wrong']);
  });

  it('valid inputs are valid: each operation accepts its example (so the mutations above test the schema, not a broken example)', () => {
    const ws = newWorkspace();
    for (const [op, valid] of EXAMPLES) {
      const result = dispatch(ws, op, valid);
      if (!result.ok) expect(result.error.code, `${op}: ${result.error.message}`).not.toBe('invalid_input');
    }
  });
});
