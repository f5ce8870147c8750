/**
 * A file's bytes -> the article text claims anchor into, by the format its
 * name says (file-types.ts): text files are decoded as they are; web pages
 * and Word files are read for their article. Every failure is a named
 * ClaimdeskError whose message does not repeat the file's name.
 */
import { ClaimdeskError } from '../errors';
import { decodeArticleBytes } from './decode';
import { extractDocxArticle } from './docx';
import { NO_METADATA, type ExtractedArticle } from './extracted';
import { articleFormatOf } from './file-types';
import { decodeHtmlBytes, extractHtmlArticle } from './html';
import { MAX_ARTICLE_BYTES, tooLargeError } from './limits';

export function extractArticle(bytes: Uint8Array, filename: string): ExtractedArticle {
  if (bytes.length === 0) throw new ClaimdeskError('empty', 'The file is empty: there is no article text to import.');
  if (bytes.length > MAX_ARTICLE_BYTES) throw tooLargeError(bytes.length);
  switch (articleFormatOf(filename)) {
    case 'html':
      return extractHtmlArticle(decodeHtmlBytes(bytes));
    case 'docx':
      return extractDocxArticle(bytes);
    default:
      return { text: decodeArticleBytes(bytes), metadata: NO_METADATA };
  }
}
