import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClaimdeskError, type ErrorCode } from '../errors';
import { checkArticleFilename, MAX_ARTICLE_BYTES, readArticleFile } from './read-file';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-read-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

function readError(p: string): ClaimdeskError {
  try {
    readArticleFile(p);
  } catch (err) {
    if (err instanceof ClaimdeskError) return err;
    throw err;
  }
  throw new Error(`readArticleFile accepted ${p}`);
}

function expectRefused(p: string, code: ErrorCode): ClaimdeskError {
  const err = readError(p);
  expect(err.code).toBe(code);
  expect(err.message).not.toMatch(/[\r\n]/u);
  return err;
}

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('readArticleFile', () => {
  it('returns the bytes and the file name', () => {
    const p = file('story.txt', 'Officials said the road was closed.');
    const { bytes, filename } = readArticleFile(p);
    expect(Buffer.from(bytes).toString('utf8')).toBe('Officials said the road was closed.');
    expect(filename).toBe('story.txt');
  });

  it.each(['a.md', 'b.markdown', 'c.text', 'D.TXT', 'e.Md'])('accepts %s', (name) => {
    expect(readArticleFile(file(name, 'Text.')).filename).toBe(name);
  });

  it('refuses a missing path', () => {
    const p = path.join(dir, 'nope.txt');
    expect(expectRefused(p, 'not_found').message).toBe(`File not found: ${p}`);
  });

  it('refuses a path through a file', () => {
    expectRefused(path.join(file('plain.txt', 'x'), 'inner.txt'), 'not_found');
  });

  it('refuses a folder, whatever its name', () => {
    const folder = path.join(dir, 'folder.txt');
    fs.mkdirSync(folder);
    expectRefused(folder, 'is_directory');
    expectRefused(dir, 'is_directory');
  });

  it('refuses other file types and says which are supported', () => {
    const err = expectRefused(file('report.pdf', '%PDF-1.7'), 'unsupported_type');
    expect(err.message).toContain('.pdf');
    expect(err.message).toContain('.txt');
    expect(err.message).toContain('.md');
    expectRefused(file('README', 'Text.'), 'unsupported_type');
  });

  it('refuses an empty file', () => {
    expectRefused(file('empty.txt', ''), 'empty');
  });

  it('refuses a file over 10 MiB by its size, without opening it', () => {
    const p = path.join(dir, 'huge.txt');
    fs.writeFileSync(p, '');
    fs.truncateSync(p, 11 * 1024 * 1024); // sparse: takes no disk space
    const open = vi.spyOn(fs, 'openSync');
    const readWhole = vi.spyOn(fs, 'readFileSync');
    const stat = vi.spyOn(fs, 'statSync');
    const err = expectRefused(p, 'too_large');
    expect(err.message).toContain('11.0 MiB');
    expect(err.message).toContain('10 MiB');
    expect(stat).toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    expect(readWhole).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly 10 MiB', () => {
    const p = path.join(dir, 'limit.txt');
    fs.writeFileSync(p, '');
    fs.truncateSync(p, MAX_ARTICLE_BYTES);
    expect(readArticleFile(p).bytes.length).toBe(MAX_ARTICLE_BYTES);
  });

  it('refuses a file that grew past the limit after it was checked', () => {
    const p = file('grows.txt', 'small');
    const realStat = fs.statSync;
    // stat sees the small file; the file then grows before it is read.
    vi.spyOn(fs, 'statSync').mockImplementationOnce(((target: fs.PathLike) => {
      const small = realStat(target);
      fs.truncateSync(p, MAX_ARTICLE_BYTES + 5);
      return small;
    }) as typeof fs.statSync);
    const read = vi.spyOn(fs, 'readSync');
    expectRefused(p, 'too_large');
    expect(read).toHaveBeenCalled();
  });

  it('reports a file that vanished between the check and the read as not found', () => {
    const p = file('vanishing.txt', 'Text.');
    vi.spyOn(fs, 'openSync').mockImplementationOnce(() => {
      throw errno('ENOENT');
    });
    expectRefused(p, 'not_found');
  });

  it('reports a file that cannot be read as unreadable', () => {
    const p = file('locked.txt', 'Text.');
    vi.spyOn(fs, 'openSync').mockImplementationOnce(() => {
      throw errno('EACCES');
    });
    expect(expectRefused(p, 'unreadable').message).toContain('permission denied');
    vi.spyOn(fs, 'readSync').mockImplementationOnce(() => {
      throw errno('EIO');
    });
    expectRefused(p, 'unreadable');
  });
});

describe('checkArticleFilename', () => {
  it('accepts article extensions and refuses others', () => {
    expect(() => checkArticleFilename('story.md')).not.toThrow();
    expect(() => checkArticleFilename('story.docx')).not.toThrow();
    expect(() => checkArticleFilename('story.pdf')).toThrow(ClaimdeskError);
    expect(() => checkArticleFilename('story.txt.exe')).toThrow(/\.exe/u);
  });
});
