import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-workspace';
import { startWorkerBackend } from './worker-backend';

describe('the backend on its own threads', () => {
  const tempDir = useTempDir();

  it('answers reads while a long import holds the writer, and a read after a write sees it', async () => {
    const backend = await startWorkerBackend({ dbPath: path.join(tempDir(), 'ws.sqlite') });
    try {
      expect(await backend.call('loadSample', {})).toMatchObject({ ok: true });
      expect(await backend.readerReady).toBe(true);
      // A few hundred kilobytes of article: its analysis keeps the writer busy for a good while.
      const long = Array.from({ length: 600 }, (_, i) => `The council of district ${i} spent ${i * 7} million on roads in ${1900 + (i % 120)}, its treasurer said.`).join('\n\n');
      const order: string[] = [];
      const importing = backend.call('importArticle', { text: long, title: 'Long' }).then((r) => (order.push('import'), r));
      const reading = backend.call('listClaims', { limit: 5 }).then((r) => (order.push('read'), r));
      const [imported, read] = await Promise.all([importing, reading]);
      expect(imported).toMatchObject({ ok: true });
      expect(read).toMatchObject({ ok: true, value: { total: 18 } });
      expect(order).toEqual(['read', 'import']);
      // Once the import has answered, reads see it.
      const after = await backend.call('listArticles', {});
      expect(after).toMatchObject({ ok: true });
      expect((after as { ok: true; value: unknown[] }).value).toHaveLength(2);
      // Errors cross the thread as data.
      expect(await backend.call('getClaim', { claimId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found_claim' } });
      expect(await backend.call('noSuchOperation', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    } finally {
      await backend.close();
    }
  });

  it('refuses a file that is not a workspace with the workspace error, and leaves it as it was', async () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'these are my notes, not a database '.repeat(40));
    const before = fs.readFileSync(file);
    await expect(startWorkerBackend({ dbPath: file })).rejects.toMatchObject({ name: 'ClaimdeskError', message: expect.stringMatching(/not a readable Claimdesk database/) });
    expect(fs.readFileSync(file)).toEqual(before);
  });
});
