import { describe, expect, it } from 'vitest';
import { ClaimdeskError, type ErrorCode } from '../errors';
import { analyzeArticle } from './analyze';
import { decodeArticleBytes } from './decode';
import { MAX_ARTICLE_BYTES } from './read-file';
import { fixtureBytes } from './test-support';

function decodeError(bytes: Uint8Array): ClaimdeskError {
  try {
    decodeArticleBytes(bytes);
  } catch (err) {
    if (err instanceof ClaimdeskError) return err;
    throw err;
  }
  throw new Error('decodeArticleBytes accepted the bytes');
}

function expectRefused(bytes: Uint8Array, code: ErrorCode): void {
  const err = decodeError(bytes);
  expect(err.code).toBe(code);
  expect(err.message).not.toMatch(/[\r\n]/u);
  expect(err.message.length).toBeGreaterThan(10);
}

const ARTICLE = 'date 2025-02-18 KABUL - Officials said the road “was closed.”\r\n\r\nTraders — and drivers — waited. 😀';

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

describe('decodeArticleBytes accepts', () => {
  it('UTF-8 without a byte-order mark, unchanged (CRLF kept)', () => {
    expect(decodeArticleBytes(Buffer.from(ARTICLE, 'utf8'))).toBe(ARTICLE);
  });

  it('UTF-8 with a byte-order mark, dropping only the mark', () => {
    expect(decodeArticleBytes(Buffer.from(`\ufeff${ARTICLE}`, 'utf8'))).toBe(ARTICLE);
    expect(decodeArticleBytes(fixtureBytes('utf8-bom.txt')).startsWith('date 2024-11-05')).toBe(true);
  });

  it('UTF-16 little-endian with a byte-order mark', () => {
    const bytes = Buffer.from(`\ufeff${ARTICLE}`, 'utf16le');
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(decodeArticleBytes(bytes)).toBe(ARTICLE);
  });

  it('UTF-16 big-endian with a byte-order mark', () => {
    const bytes = utf16be(ARTICLE);
    expect([bytes[0], bytes[1]]).toEqual([0xfe, 0xff]);
    expect(decodeArticleBytes(bytes)).toBe(ARTICLE);
  });

  it('gives the same analysis whatever the encoding', () => {
    const expected = analyzeArticle(ARTICLE);
    expect(analyzeArticle(decodeArticleBytes(Buffer.from(`\ufeff${ARTICLE}`, 'utf16le')))).toEqual(expected);
    expect(analyzeArticle(decodeArticleBytes(utf16be(ARTICLE)))).toEqual(expected);
    expect(expected).toMatchObject({ date: '2025-02-18', dateline: 'KABUL' });
  });
});

describe('decodeArticleBytes refuses', () => {
  it('zero bytes', () => expectRefused(new Uint8Array(0), 'empty'));
  it('whitespace only', () => expectRefused(Buffer.from(' \r\n\t \u00a0\n', 'utf8'), 'empty'));
  it('a byte-order mark and whitespace only', () => expectRefused(Buffer.from('\ufeff  \n', 'utf8'), 'empty'));
  it('UTF-16 whitespace only', () => expectRefused(Buffer.from('\ufeff \n ', 'utf16le'), 'empty'));
  it('a PNG image (NUL bytes)', () => {
    expectRefused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary');
  });
  it('punctuation or invisible characters only (no letters or digits)', () => {
    expectRefused(Buffer.from('. - !', 'utf8'), 'empty');
    expectRefused(Buffer.from('\u200b\u200b', 'utf8'), 'empty');
  });
  it('text with a NUL byte in it', () => expectRefused(Buffer.from('Officials said\u0000 nothing.', 'utf8'), 'binary'));
  it('UTF-16 without a byte-order mark (NUL bytes)', () => expectRefused(Buffer.from('Officials said nothing.', 'utf16le'), 'binary'));
  it('UTF-16 text holding a NUL character', () => expectRefused(Buffer.from('\ufeffA\u0000B', 'utf16le'), 'binary'));
  it('invalid UTF-8', () => {
    expectRefused(new Uint8Array([0x4f, 0x6b, 0xc3, 0x28, 0x21]), 'invalid_encoding');
    expect(decodeError(new Uint8Array([0xc3, 0x28])).message).toBe(
      'The file is not valid UTF-8 text (invalid byte sequence). Save it as UTF-8 and import again.',
    );
  });
  it('Latin-1 text', () => expectRefused(Buffer.from('Caf\u00e9 au lait', 'latin1'), 'invalid_encoding'));
  it('UTF-16 with an odd number of bytes', () => expectRefused(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'invalid_encoding'));
  it('UTF-16 with a lone surrogate', () => expectRefused(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), 'invalid_encoding'));
  it('UTF-16 whose text runs the other way from its byte-order mark', () => {
    const littleBehindBigMark = new Uint8Array([0xfe, 0xff, ...Buffer.from(ARTICLE, 'utf16le')]);
    expectRefused(littleBehindBigMark, 'invalid_encoding');
    expect(decodeError(littleBehindBigMark).message).toMatch(/says UTF-16 big-endian, but its text is written the other way round/);
    const bigBehindLittleMark = new Uint8Array([0xff, 0xfe, ...utf16be(ARTICLE).subarray(2)]);
    expectRefused(bigBehindLittleMark, 'invalid_encoding');
    // Text with few zero bytes (CJK) reads in either order it declares.
    const chinese = '官员周一表示，四十所学校关闭。';
    expect(decodeArticleBytes(Buffer.from(`\ufeff${chinese}`, 'utf16le'))).toBe(chinese);
    expect(decodeArticleBytes(utf16be(chinese))).toBe(chinese);
  });
  describe('UTF-16 whose decoding makes no sense, in every script and both byte orders', () => {
    const SCRIPTS: Record<string, string> = {
      English: 'Officials said on Monday that forty schools had closed in the province after the floods.',
      Russian: 'Чиновники заявили в понедельник, что сорок школ закрылись в провинции после наводнения.',
      Greek: 'Οι αξιωματούχοι δήλωσαν τη Δευτέρα ότι σαράντα σχολεία έκλεισαν στην επαρχία.',
      Arabic: 'قال مسؤولون يوم الاثنين إن أربعين مدرسة أغلقت في المقاطعة بعد الفيضانات.',
      Hindi: 'अधिकारियों ने सोमवार को कहा कि बाढ़ के बाद प्रांत में चालीस स्कूल बंद हो गए।',
      Chinese: '官员周一表示，洪水过后，该省有四十所学校关闭。当地居民说，道路仍然无法通行。',
      Japanese: '当局は月曜日、洪水の後、県内の四十の学校が閉鎖されたと発表した。',
      Korean: '관리들은 월요일 홍수 이후 주에서 학교 사십 곳이 문을 닫았다고 말했다.',
    };
    const le = (text: string) => Buffer.from(text, 'utf16le');
    const be = (text: string) => utf16be(text).subarray(2);
    const withMark = (mark: 'le' | 'be', body: Uint8Array) => new Uint8Array([...(mark === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);

    it('every script reads in the byte order its mark declares', () => {
      for (const [script, text] of Object.entries(SCRIPTS)) {
        const article = `${text}\n\n${text}`;
        expect(decodeArticleBytes(withMark('le', le(article))), script).toBe(article);
        expect(decodeArticleBytes(withMark('be', be(article))), script).toBe(article);
      }
    });

    it('every script written the other way from its mark is refused (once only Latin was: Cyrillic imported as Greek Extended)', () => {
      for (const [script, text] of Object.entries(SCRIPTS)) {
        const article = `${text}\n\n${text}`;
        for (const bytes of [withMark('be', le(article)), withMark('le', be(article))]) {
          const err = decodeError(bytes);
          expect(err.code, script).toBe('invalid_encoding');
          expect(err.message, script).toMatch(/nonsense|not (valid )?UTF-16|random bytes/);
        }
      }
    });

    it('8-bit text (ASCII, UTF-8) behind a UTF-16 mark', () => {
      const ascii = withMark('le', Buffer.from('Officials said 40 schools closed. ', 'utf8'));
      expect(decodeError(ascii).message).toMatch(/its text is 8-bit \(ASCII or UTF-8\), so it would read as nonsense/);
      expectRefused(withMark('be', Buffer.from('The road was closed on Monday, said officials. ', 'utf8')), 'invalid_encoding');
    });

    it('random code units (no broken surrogate to give them away) behind either mark', () => {
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 8;
      const units = new Uint8Array(8192);
      for (let i = 0; i < units.length; i += 2) {
        let unit: number;
        do unit = random() & 0xffff;
        while (unit >= 0xd800 && unit <= 0xdfff);
        units[i] = unit & 0xff;
        units[i + 1] = unit >> 8;
      }
      expectRefused(withMark('le', units), 'invalid_encoding');
      expectRefused(withMark('be', units), 'invalid_encoding');
    });

    it('UTF-16 that decodes mostly to control codes, unassigned or private-use code points', () => {
      const junk = String.fromCharCode(...Array.from({ length: 40 }, (_, i) => 0xe000 + i * 3)) + ' ok';
      expect(decodeError(Buffer.from(`\ufeff${junk}`, 'utf16le')).message).toMatch(/characters no text uses/);
    });
  });

  it('UTF-8 that is mostly control codes (a binary file with no NUL in it)', () => {
    expectRefused(Buffer.from('A\u0001\u0002\u0003\u0004\u0005B\u0006\u0007\u0008\u000eC', 'utf8'), 'binary');
    // A stray one in an article is kept.
    expect(decodeArticleBytes(Buffer.from('Officials\u0007 said 40 schools closed.\f\nNext page.', 'utf8'))).toContain('\u0007');
  });
  it('UTF-32', () => expectRefused(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]), 'invalid_encoding'));
  it('more than 10 MiB', () => {
    expectRefused(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), 'too_large');
    // Just over: the two sizes must not read alike.
    expect(decodeError(new Uint8Array(MAX_ARTICLE_BYTES + 1)).message).toBe('The file is 10,485,761 bytes; Claimdesk imports articles up to 10,485,760 bytes (10 MiB).');
    expect(decodeError(new Uint8Array(MAX_ARTICLE_BYTES + 200_000)).message).toBe('The file is 10.2 MiB; Claimdesk imports articles up to 10 MiB.');
  });
});
