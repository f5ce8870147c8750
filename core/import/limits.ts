/** The article size limit, shared by the file reader and the decoder (no Node imports: usable anywhere). */
import { ClaimdeskError } from '../errors';

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024; // 10 MiB

/** The largest file kept as a source: 10 MiB (10,485,760 bytes), as a request to browser mode can carry it. */
export const MAX_SOURCE_FILE_BYTES = 10 * 1024 * 1024;

/** "The file is 11.0 MiB; Claimdesk imports articles up to 10 MiB." (or "The pasted text is ...") */
export function tooLargeError(bytes: number, subject = 'The file'): ClaimdeskError {
  const limit = `${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`;
  const size = `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  // Just over the limit the two would read alike ("10.0 MiB … up to 10 MiB"): then in bytes, which differ.
  if (Number.parseFloat(size) <= MAX_ARTICLE_BYTES / 1024 / 1024) {
    const count = (n: number) => n.toLocaleString('en-US');
    return new ClaimdeskError('too_large', `${subject} is ${count(bytes)} bytes; Claimdesk imports articles up to ${count(MAX_ARTICLE_BYTES)} bytes (${limit}).`);
  }
  return new ClaimdeskError('too_large', `${subject} is ${size}; Claimdesk imports articles up to ${limit}.`);
}

/**
 * What is still an article, told from its rows (sentences, headlines, bylines …) before any
 * analysis, so a file that is not one is refused in milliseconds instead of minutes.
 * Measured on the 57 real articles in eval/ and the fixtures: at most 142 rows, 23 rows per KiB
 * (a short piece whose headline and byline are rows of their own), 12–19 in long transcripts.
 * `1. 2. 3. …` is 333 rows per KiB; 900 KB of it was 299,999 claims and 34 s of analysis.
 */
export const ARTICLE_SHAPE = {
  /** A 300,000-word text: longer than any article, report or day-long transcript a fact-checker reviews. */
  maxRows: 20_000,
  /** Rows per KiB of UTF-8 text: over 60, a row averages under 17 bytes (a numbered list, a data dump, a flood of marks). */
  maxRowsPerKiB: 60,
  /** The density is judged only from this many rows: a short piece is never refused for it. */
  densityFromRows: 500,
} as const;

/** UTF-8 length without a Node Buffer (this file runs anywhere). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 1; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else if (c >= 0x800) bytes += 2;
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

/**
 * Sentence ends in `text` counted in one pass, without splitting it: a full stop, ! ? … or
 * another script's mark before whitespace (closing quotes or brackets between), a CJK mark
 * anywhere, a line break after text. Abbreviations count too, so it runs above the rows the
 * reader finds; checkArticleShape gives it twice the room.
 */
export function countSentenceMarks(text: string): number {
  const marks = /[.!?\u2026\u061f\u06d4\u0964\u0965]["'\u201d\u2019\u00bb)\]*_]*(?=\s|$)|[\u3002\uff01\uff1f]|(?<=\S)\n/g;
  let count = 0;
  while (marks.exec(text) !== null) count++;
  return count;
}

/**
 * Throws the named error when `rows` sentences in `text` are not an article (ARTICLE_SHAPE).
 * `estimated`: the rows are countSentenceMarks's count, checked before the reader runs, with
 * twice the room, so only a text that is plainly no article is refused on it.
 */
export function checkArticleShape(text: string, rows: number, estimated = false): void {
  const count = (n: number) => n.toLocaleString('en-US');
  const room = estimated ? 2 : 1;
  const about = estimated ? 'about ' : '';
  // A text that is no article is told so first, however long it is.
  if (rows >= ARTICLE_SHAPE.densityFromRows) {
    const bytes = utf8Length(text);
    const perKiB = rows / (bytes / 1024);
    if (perKiB > ARTICLE_SHAPE.maxRowsPerKiB * room) {
      throw new ClaimdeskError(
        'not_an_article',
        `The text is not an article: its ${about}${count(rows)} sentences average ${Math.round(bytes / rows)} bytes (${Math.round(perKiB)} per KiB; articles have under ${ARTICLE_SHAPE.maxRowsPerKiB}). A numbered list, a table or a data file reads like this.`,
      );
    }
  }
  if (rows > ARTICLE_SHAPE.maxRows * room) {
    throw new ClaimdeskError(
      'too_large',
      `The text splits into ${about}${count(rows)} sentences; Claimdesk imports articles of up to ${count(ARTICLE_SHAPE.maxRows)}. Split it into several articles.`,
    );
  }
}
