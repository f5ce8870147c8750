import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { snapshotDatabase, useTempDir, useTempWorkspace } from '../../db/testing/temp-workspace';
import { closeWorkspace, openWorkspace } from './workspace';
import { call, callOrThrow } from './dispatch';
import { MAX_SOURCE_FILE_BYTES } from './handlers/source-files';

const newWorkspace = useTempWorkspace();
const tempDir = useTempDir();

/** A small but real PDF (one empty page). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('local files as sources', () => {
  it('are copied into the workspace once per content, listed with name, size and hash, and read back byte for byte', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    const [a, b] = callOrThrow(ws, 'listClaims', { filter: {} }).rows;
    const detail = callOrThrow(ws, 'attachSourceFile', { claimId: a!.id, fileName: 'UNHCR returns, week 8.pdf', bytesBase64: PDF.toString('base64'), stance: 'supports' });
    const source = detail.sources[0]!;
    expect(source).toMatchObject({ fileName: 'UNHCR returns, week 8.pdf', fileSize: PDF.length, fileHash: sha256(PDF), title: 'UNHCR returns, week 8.pdf', stance: 'supports', url: `attachment:sha256:${sha256(PDF)}` });
    // The same file on another claim is the same source; the bytes are stored once.
    const again = callOrThrow(ws, 'attachSourceFile', { claimId: b!.id, fileName: 'UNHCR returns, week 8.pdf', bytesBase64: PDF.toString('base64') });
    expect(again.sources[0]!.id).toBe(source.id);
    expect(again.sources[0]!.claimCount).toBe(2);
    expect(ws.db.prepare('SELECT count(*) FROM source_files').pluck().get()).toBe(1);

    const file = callOrThrow(ws, 'getSourceFile', { sourceId: source.id });
    expect(file).toMatchObject({ fileName: 'UNHCR returns, week 8.pdf', mediaType: 'application/pdf', size: PDF.length, hash: sha256(PDF) });
    expect(Buffer.from(file.bytesBase64, 'base64').equals(PDF)).toBe(true);
    expect(callOrThrow(ws, 'getHistory', { claimId: a!.id })[0]).toMatchObject({ action: 'source_linked', newValue: expect.stringContaining('UNHCR returns, week 8.pdf') });
  });

  it('named in the CSV report by name and hash', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    const [a] = callOrThrow(ws, 'listClaims', { filter: {} }).rows;
    callOrThrow(ws, 'attachSourceFile', { claimId: a!.id, fileName: 'photo.png', bytesBase64: Buffer.from('not really a png').toString('base64') });
    expect(callOrThrow(ws, 'exportCsv', {}).csv).toContain(`photo.png <attachment:sha256:${sha256(Buffer.from('not really a png'))}> [context]`);
  });

  it('survive a backup: the copy opens with the file in it', async () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    const [a] = callOrThrow(ws, 'listClaims', { filter: {} }).rows;
    const source = callOrThrow(ws, 'attachSourceFile', { claimId: a!.id, fileName: 'memo.pdf', bytesBase64: PDF.toString('base64') }).sources[0]!;
    const copy = path.join(tempDir(), 'backup.sqlite');
    await ws.db.backup(copy);
    const restored = openWorkspace({ dbPath: copy });
    try {
      const file = callOrThrow(restored, 'getSourceFile', { sourceId: source.id });
      expect(Buffer.from(file.bytesBase64, 'base64').equals(PDF)).toBe(true);
    } finally {
      closeWorkspace(restored);
    }
  });

  it('undo takes the attachment off and redo puts it back with its bytes', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    const [a] = callOrThrow(ws, 'listClaims', { filter: {} }).rows;
    const source = callOrThrow(ws, 'attachSourceFile', { claimId: a!.id, fileName: 'memo.pdf', bytesBase64: PDF.toString('base64') }).sources[0]!;
    callOrThrow(ws, 'undo', {});
    expect(callOrThrow(ws, 'getClaim', { claimId: a!.id }).sources).toEqual([]);
    callOrThrow(ws, 'redo', {});
    expect(callOrThrow(ws, 'getClaim', { claimId: a!.id }).sources[0]).toMatchObject({ id: source.id, fileName: 'memo.pdf' });
    expect(Buffer.from(callOrThrow(ws, 'getSourceFile', { sourceId: source.id }).bytesBase64, 'base64').equals(PDF)).toBe(true);
  });

  it('a file nothing can reach any more (attached, undone, then passed by a new change) is dropped from the workspace; one a source or an undo step names stays', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    const [a, b] = callOrThrow(ws, 'listClaims', { filter: {} }).rows;
    const files = () => ws.db.prepare('SELECT count(*) FROM source_files').pluck().get();
    const kept = callOrThrow(ws, 'attachSourceFile', { claimId: a!.id, fileName: 'memo.pdf', bytesBase64: PDF.toString('base64') }).sources[0]!;
    // Unlinked, the source (and its file) can still be linked again, and Ctrl+Z brings the link back.
    callOrThrow(ws, 'unlinkSource', { claimId: a!.id, sourceId: kept.id });
    callOrThrow(ws, 'addNote', { claimId: a!.id, body: 'Memo checked.' });
    expect(files()).toBe(1);

    const other = Buffer.from('%PDF-1.4 a second letter');
    callOrThrow(ws, 'attachSourceFile', { claimId: b!.id, fileName: 'letter.pdf', bytesBase64: other.toString('base64') });
    expect(files()).toBe(2);
    callOrThrow(ws, 'undo', {});
    // Undone, it can still be redone: the bytes stay until a new change makes that impossible.
    expect(files()).toBe(2);
    callOrThrow(ws, 'addNote', { claimId: b!.id, body: 'No letter after all.' });
    expect(files()).toBe(1);
    expect(ws.db.prepare('SELECT hash FROM source_files').pluck().get()).toBe(sha256(PDF));
    expect(ws.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('refuse a file too large, empty, badly named, for a missing claim, or not base64 — by name, with nothing stored', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    const [a] = callOrThrow(ws, 'listClaims', { filter: {} }).rows;
    const before = snapshotDatabase(ws);
    const tooBig = Buffer.alloc(MAX_SOURCE_FILE_BYTES + 1, 1).toString('base64');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ claimId: a!.id, fileName: 'big.pdf', bytesBase64: tooBig }, 'too_large', /big\.pdf is 10\.0 MB \(10,485,761 bytes\); a source file may be at most 10\.0 MB \(10,485,760 bytes\)/],
      [{ claimId: a!.id, fileName: 'empty.pdf', bytesBase64: '' }, 'empty', /empty/],
      [{ claimId: a!.id, fileName: '../etc/passwd', bytesBase64: PDF.toString('base64') }, 'invalid_input', /without folders/],
      [{ claimId: a!.id, fileName: 'two\nlines.pdf', bytesBase64: PDF.toString('base64') }, 'invalid_input', /control characters/],
      [{ claimId: 999_999, fileName: 'memo.pdf', bytesBase64: PDF.toString('base64') }, 'not_found_claim', /999999/],
      [{ claimId: a!.id, fileName: 'memo.pdf', bytesBase64: 'not base64!' }, 'invalid_input', /base64/],
    ];
    for (const [input, code, message] of cases) {
      const result = call(ws, 'attachSourceFile', input as never);
      expect(result.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(message);
      }
    }
    expect(snapshotDatabase(ws)).toEqual(before);
    const missing = call(ws, 'getSourceFile', { sourceId: 12345 });
    expect(missing.ok || missing.error.code).toBe('not_found_source');
  });
});

describe('the same file twice on one claim', () => {
  it('under another name is the same address: refused, naming the file, and nothing is stored; another claim may have it', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    const [a, b] = callOrThrow(ws, 'listClaims', { filter: {} }).rows;
    callOrThrow(ws, 'attachSourceFile', { claimId: a!.id, fileName: 'memo.pdf', bytesBase64: PDF.toString('base64') });
    const before = snapshotDatabase(ws);
    expect(call(ws, 'attachSourceFile', { claimId: a!.id, fileName: 'memo (copy).pdf', bytesBase64: PDF.toString('base64') })).toEqual({
      ok: false,
      error: { code: 'conflict', message: "This claim already has the file memo.pdf (the same contents) as a source, so it was not added again. Change that source's stance on the claim instead." },
    });
    expect(snapshotDatabase(ws)).toEqual(before);
    // The same file under its own name again is the same source: its stance changes.
    expect(callOrThrow(ws, 'attachSourceFile', { claimId: a!.id, fileName: 'memo.pdf', bytesBase64: PDF.toString('base64'), stance: 'supports' }).sources.map((s) => [s.fileName, s.stance])).toEqual([['memo.pdf', 'supports']]);
    expect(callOrThrow(ws, 'attachSourceFile', { claimId: b!.id, fileName: 'memo (copy).pdf', bytesBase64: PDF.toString('base64') }).sources).toHaveLength(1);
  });
});

describe('a web source', () => {
  it('has no file fields', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'loadSample', {});
    const [a] = callOrThrow(ws, 'listClaims', { filter: {} }).rows;
    const source = callOrThrow(ws, 'addSource', { claimId: a!.id, url: 'https://example.org/x' }).sources[0]!;
    expect(source).toMatchObject({ fileName: null, fileSize: null, fileHash: null });
    expect(fs.existsSync(ws.dbPath)).toBe(true);
  });
});
