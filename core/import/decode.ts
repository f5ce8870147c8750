/**
 * Bytes -> article text. UTF-8 (with or without a byte-order mark) and UTF-16
 * with a byte-order mark are accepted; the mark is dropped and nothing else
 * is changed, so claim spans point at the text exactly as decoded.
 */
import { ClaimdeskError } from '../errors';
import { MAX_ARTICLE_BYTES, tooLargeError } from './limits';

const SAVE_AS_UTF8 = 'Save it as UTF-8 and import again.';
/** An article says something: at least one letter or digit, not only punctuation or invisible characters. */
const HAS_WORDS = /[\p{L}\p{N}]/u;

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Shannon entropy, in bits, of the bytes body[offset], body[offset + 2], … (the first `pairs`). */
function entropyOfEveryOther(body: Uint8Array, offset: number, pairs: number): number {
  const counts = new Uint32Array(256);
  for (let i = 0; i < pairs; i++) counts[body[offset + 2 * i]!]!++;
  let bits = 0;
  for (const n of counts) if (n > 0) bits -= (n / pairs) * Math.log2(n / pairs);
  return bits;
}

const isTextByte = (b: number) => (b >= 0x20 && b <= 0x7e) || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Why bytes behind a UTF-16 byte-order mark would decode to nonsense, or null when they read
 * as UTF-16 text. A script lives in one or a few blocks of 256 code points, so in real UTF-16
 * the high byte of each unit varies far less than the low byte (Latin text: almost always 0;
 * Chinese: some 80 values against all 256). That tells, whatever the script:
 * - the text written in the other byte order than its mark says (the low byte where the high
 *   one should be: Latin, Cyrillic or Chinese alike read as a page of CJK-looking nonsense);
 * - 8-bit text (ASCII, UTF-8) behind a mark, where both bytes of nearly every unit are printable
 *   ASCII, which real UTF-16 text never is (Chinese: about a fifth of its characters);
 * - random bytes, whose high bytes are spread over all 256 values.
 */
function utf16Nonsense(body: Uint8Array, bigEndian: boolean): string | null {
  const pairs = Math.min(body.length, 1 << 20) >> 1;
  if (pairs === 0) return null;
  const [highAt, lowAt] = bigEndian ? [0, 1] : [1, 0];
  let zeroHigh = 0;
  let zeroLow = 0;
  let asciiPairs = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    const high = body[i + highAt]!;
    const low = body[i + lowAt]!;
    if (high === 0) zeroHigh++;
    if (low === 0) zeroLow++;
    if (isTextByte(high) && isTextByte(low)) asciiPairs++;
  }
  const order = bigEndian ? 'big' : 'little';
  const otherWay = `The file's byte-order mark says UTF-16 ${order}-endian, but its text is written the other way round, so it would read as nonsense.`;
  if (zeroLow >= pairs * 0.3 && zeroLow > zeroHigh * 3) return otherWay;
  if (pairs >= 4 && asciiPairs >= pairs * 0.85) {
    return `The file starts with a UTF-16 byte-order mark, but its text is 8-bit (ASCII or UTF-8), so it would read as nonsense.`;
  }
  if (pairs >= 16) {
    const high = entropyOfEveryOther(body, highAt, pairs);
    const low = entropyOfEveryOther(body, lowAt, pairs);
    if (high > low + 1) return otherWay;
    if (pairs >= 1024 && high > 7) return `The file starts with a UTF-16 byte-order mark, but its characters are scattered over the whole of Unicode, as random bytes are, not text.`;
  }
  return null;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) {
    throw new ClaimdeskError('invalid_encoding', `The file is not valid UTF-16 text (odd number of bytes). ${SAVE_AS_UTF8}`);
  }
  const nonsense = utf16Nonsense(body, bigEndian);
  if (nonsense !== null) throw new ClaimdeskError('invalid_encoding', `${nonsense} ${SAVE_AS_UTF8}`);
  // Decode as little-endian; big-endian input is byte-swapped first (not every ICU build has 'utf-16be').
  let littleEndian = body;
  if (bigEndian) {
    littleEndian = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      littleEndian[i] = body[i + 1] ?? 0;
      littleEndian[i + 1] = body[i] ?? 0;
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(littleEndian);
  } catch {
    throw new ClaimdeskError('invalid_encoding', `The file is not valid UTF-16 text (broken surrogate pair). ${SAVE_AS_UTF8}`);
  }
  if (junkShare(text) > MAX_JUNK_SHARE) {
    throw new ClaimdeskError('invalid_encoding', `The file decodes as UTF-16 to characters no text uses (unassigned, private-use or control codes), so it is not UTF-16 text. ${SAVE_AS_UTF8}`);
  }
  return text;
}

function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.indexOf(0) !== -1) {
    throw new ClaimdeskError(
      'binary',
      'The file contains NUL bytes, so it is a binary file (or UTF-16 without a byte-order mark), not a text article.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ClaimdeskError('invalid_encoding', `The file is not valid UTF-8 text (invalid byte sequence). ${SAVE_AS_UTF8}`);
  }
}

export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ClaimdeskError('empty', 'The file is empty: there is no article text to import.');
  if (bytes.length > MAX_ARTICLE_BYTES) throw tooLargeError(bytes.length);

  let text: string;
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
    throw new ClaimdeskError('invalid_encoding', `The file is UTF-32 text, which Claimdesk does not read. ${SAVE_AS_UTF8}`);
  } else if (startsWith(bytes, 0xff, 0xfe)) text = decodeUtf16(bytes, false);
  else if (startsWith(bytes, 0xfe, 0xff)) text = decodeUtf16(bytes, true);
  else if (startsWith(bytes, 0xef, 0xbb, 0xbf)) text = decodeUtf8(bytes.subarray(3));
  else text = decodeUtf8(bytes);

  return checkArticleText(text, 'The file', 'so it is a binary file, not a text article');
}

/** windows-1252's characters for 0x80–0x9F (the rest is Latin-1); WHATWG keeps the five unassigned bytes as C1 controls. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * By hand: Node 20's TextDecoder('windows-1252') drops the bytes 0x80–0x9F (curly quotes,
 * dashes, the euro sign) instead of decoding them, and it is what ISO-8859-1 and ASCII pages get.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    const chunk = Array.from(bytes.subarray(i, i + 0x8000), (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charAt(b - 0x80) : String.fromCharCode(b)));
    text += chunk.join('');
  }
  return text;
}

/**
 * Bytes in a legacy encoding a web page declares (windows-1252, Shift_JIS, …; `encoding` is a
 * WHATWG name from TextDecoder). Decoded strictly, like UTF-8: a byte the encoding has no
 * character for is refused, never replaced; NULs mean a binary file.
 */
export function decodeDeclaredBytes(bytes: Uint8Array, encoding: string): string {
  if (bytes.length === 0) throw new ClaimdeskError('empty', 'The file is empty: there is no article text to import.');
  if (bytes.length > MAX_ARTICLE_BYTES) throw tooLargeError(bytes.length);
  if (bytes.indexOf(0) !== -1) throw new ClaimdeskError('binary', 'The file contains NUL bytes, so it is a binary file, not a web page.');
  let text: string;
  try {
    text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ClaimdeskError('invalid_encoding', `The file is not valid ${encoding} text, the encoding it declares (invalid byte sequence). ${SAVE_AS_UTF8}`);
  }
  return checkArticleText(text, 'The file', 'so it is a binary file, not a web page');
}

/** Characters no text is written in: control codes (but tab, line and page breaks), unassigned and private-use code points. */
const JUNK = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\p{Cn}\p{Co}]/gu;
/** Past this share of its visible characters, decoded text is not text: a real article has none, or a stray one. */
const MAX_JUNK_SHARE = 0.1;

/** The share of `text`'s non-whitespace characters that are JUNK (0 when there are fewer than 3 of them). */
function junkShare(text: string): number {
  let junk = 0;
  JUNK.lastIndex = 0;
  while (JUNK.exec(text) !== null) junk++;
  if (junk < 3) return 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) visible++;
  }
  return junk / Math.max(visible, 1);
}

/** What every article's text must be, however it arrived: no NULs, not mostly control codes, and some words. */
export function checkArticleText(text: string, subject: string, notText: string): string {
  if (text.includes('\u0000')) throw new ClaimdeskError('binary', `${subject} contains NUL characters, ${notText}.`);
  if (junkShare(text) > MAX_JUNK_SHARE) throw new ClaimdeskError('binary', `${subject} is mostly control codes or characters no text uses, ${notText}.`);
  if (text.trim() === '') throw new ClaimdeskError('empty', `${subject} holds only whitespace: there is no article text to import.`);
  if (!HAS_WORDS.test(text)) throw new ClaimdeskError('empty', `${subject} holds no words (no letters or digits): there is no article text to import.`);
  return text;
}

/**
 * Pasted text arrives already decoded; it gets the same checks as a file's
 * bytes, worded for text, and is never altered: an unpaired surrogate is
 * refused rather than silently replaced.
 */
export function checkPastedText(text: string): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) throw tooLargeError(bytes, 'The pasted text');
  checkArticleText(text, 'The pasted text', 'so it is not article text');
  if (!text.isWellFormed()) {
    throw new ClaimdeskError('invalid_encoding', 'The pasted text contains a broken character (an unpaired UTF-16 surrogate). Copy it again from its source.');
  }
  return text;
}
