import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReviewedWorkspace, closeWorkspace, countRows, overwritePages, pagesOf } from '../../db/testing/damage';
import { useTempDir } from '../../db/testing/temp-workspace';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, runCli } from './run';

const tempDir = useTempDir();

function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(args, { out: { write: (t: string) => (out += t) }, err: { write: (t: string) => (err += t) }, env: {} });
  return { code, out, err };
}

describe('claimdesk recover', () => {
  it('salvages a damaged workspace in place, keeps the damaged file beside it, and refuses a healthy one', () => {
    const dir = tempDir();
    const db = path.join(dir, 'w.sqlite');
    closeWorkspace(buildReviewedWorkspace(db, { articles: 2 }));
    const before = countRows(db);

    const healthy = cli(['--db', db, 'recover']);
    expect(healthy.code).toBe(EXIT_BAD_INPUT);
    expect(healthy.err).toMatch(/passes its check: nothing to recover/);

    const copy = path.join(dir, 'copy.sqlite');
    expect(cli(['--db', db, 'recover', '--out', copy]).code).toBe(EXIT_OK);
    expect(countRows(copy)).toEqual(before);

    const notes = pagesOf(db, 'notes', 'leaf');
    overwritePages(db, [notes[0]!], 'zeros');
    expect(cli(['--db', db, 'list']).err).toMatch(/damaged|not a readable/);
    const recovered = cli(['--db', db, 'recover']);
    expect(recovered.code).toBe(EXIT_OK);
    expect(recovered.err).toMatch(/is damaged/);
    expect(recovered.out).toMatch(/^Salvaged \d+ rows into .*w\.sqlite \(integrity: ok\)/);
    expect(recovered.out).toMatch(/notes: \d+ of \d+ saved; unreadable/);
    expect(fs.readdirSync(dir).filter((f) => /^w\.damaged-.*\.sqlite$/.test(f))).toHaveLength(1);
    const after = countRows(db);
    expect(after.notes).toBeLessThan(before.notes!);
    expect(after.claims).toBe(before.claims);
    expect(cli(['--db', db, 'list']).code).toBe(EXIT_OK);
  });

  it('takes only --out', () => {
    expect(cli(['recover', 'extra']).code).toBe(EXIT_USAGE);
    expect(cli(['recover', '--status', 'verified']).code).toBe(EXIT_USAGE);
  });
});
