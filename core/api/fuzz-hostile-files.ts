/**
 * Hostile files for the import fuzz (fuzz-import.test.ts): fast-check generators of bytes and
 * a file name, by kind, each with how many runs the fuzz gives it.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const ROOT = path.join(__dirname, '..', '..');
// Short real articles of every kind (wire copy, Markdown, front matter, a byline, CRLF, a web page), so 5,000 imports stay quick.
const REAL = [
  'core/import/fixtures/wire-story.txt',
  'core/import/fixtures/markdown-article.md',
  'core/import/fixtures/front-matter-blog.md',
  'core/import/fixtures/question-byline.txt',
  'core/import/fixtures/crlf.txt',
  'core/import/fixtures/utf8-bom.txt',
  'core/import/fixtures/web/blog-post.html',
].map((file) => ({ name: path.basename(file), bytes: fs.readFileSync(path.join(ROOT, file)) }));

const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.text', '.markdown'];

export interface HostileFile {
  bytes: Uint8Array;
  filename: string;
}

const extension = fc.constantFrom(...EXTENSIONS);
const real = fc.constantFrom(...REAL);
const realText = real.map((r) => r.bytes.toString('utf8'));

function utf16(text: string, bigEndian: boolean, mark = true): Uint8Array {
  const le = Buffer.from(`${mark ? '\ufeff' : ''}${text}`, 'utf16le');
  if (bigEndian) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

/** The ways one real text is put into bytes, right or wrong. */
const encoded = fc.tuple(realText, fc.constantFrom('utf8', 'utf8-bom', 'utf16le', 'utf16be', 'utf16le-no-mark', 'latin1', 'le-behind-be-mark', 'be-behind-le-mark')).map(([text, how]): Uint8Array => {
  switch (how) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.from(`\ufeff${text}`, 'utf8');
    case 'utf16le':
      return utf16(text, false);
    case 'utf16be':
      return utf16(text, true);
    case 'utf16le-no-mark':
      return utf16(text, false, false);
    case 'latin1':
      return Buffer.from(`${text} café — naïve`, 'latin1');
    case 'le-behind-be-mark':
      return new Uint8Array([0xfe, 0xff, ...utf16(text, false, false)]);
    default:
      return new Uint8Array([0xff, 0xfe, ...utf16(text, true, false)]);
  }
});

const randomBytes = fc.tuple(fc.uint8Array({ maxLength: 4096 }), extension).map(([bytes, ext]) => ({ bytes, filename: `random${ext}` }));

const truncated = fc.tuple(fc.oneof(encoded, real.map((r) => new Uint8Array(r.bytes))), fc.double({ min: 0, max: 1, noNaN: true }), extension).map(([bytes, at, ext]) => ({
  bytes: bytes.subarray(0, Math.floor(bytes.length * at)),
  filename: `truncated${ext}`,
}));

const mixed = fc.tuple(fc.array(fc.tuple(encoded, fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 2, maxLength: 4 }), extension).map(([parts, ext]) => ({
  bytes: Buffer.concat(parts.map(([bytes, share]) => Buffer.from(bytes.subarray(0, Math.max(1, Math.floor(bytes.length * share)))))),
  filename: `mixed${ext}`,
}));

const nulFlood = fc.tuple(realText, fc.integer({ min: 1, max: 200_000 }), fc.double({ min: 0, max: 1, noNaN: true }), extension).map(([text, count, at, ext]) => {
  const bytes = Buffer.from(text, 'utf8');
  const cut = Math.floor(bytes.length * at);
  return { bytes: Buffer.concat([bytes.subarray(0, cut), Buffer.alloc(count), bytes.subarray(cut)]), filename: `nul${ext}` };
});

const hugeLine = fc.tuple(fc.integer({ min: 10_000, max: 100_000 }), fc.constantFrom('word ', 'x', 'a.b.', 'ب ', '1. ', '"', '<p>', ' '), extension).map(([length, unit, ext]) => ({
  bytes: Buffer.from(`Officials said this. ${unit.repeat(Math.ceil(length / unit.length))}\n`, 'utf8'),
  filename: `line${ext}`,
}));

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];
const invisibleFlood = fc.tuple(realText, fc.array(fc.constantFrom(...INVISIBLE), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 20 }), fc.boolean(), extension).map(([text, marks, every, only, ext]) => {
  const flood = marks.join('');
  const body = only ? flood.repeat(5000) : [...text].map((ch, i) => (i % every === 0 ? flood + ch : ch)).join('');
  return { bytes: Buffer.from(body, 'utf8'), filename: `invisible${ext}` };
});

const flipped = fc.tuple(real, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 12 })).map(([file, flips]) => {
  const bytes = new Uint8Array(file.bytes);
  for (const [at, mask] of flips) bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ mask;
  return { bytes, filename: `flipped-${file.name}` };
});

export const CLASSES: Array<[string, fc.Arbitrary<HostileFile>, number]> = [
  ['random bytes', randomBytes, 1450],
  ['truncated files in every encoding', truncated, 900],
  ['mixed encodings in one file', mixed, 700],
  ['NUL floods', nulFlood, 600],
  ['huge lines', hugeLine, 50],
  ['zero-width and right-to-left floods', invisibleFlood, 300],
  ['real articles with bytes flipped', flipped, 1200],
];
