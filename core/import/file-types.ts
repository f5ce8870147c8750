/**
 * The article files Claimdesk imports, listed once. The backend's check
 * (checkArticleFilename), the UI's file picker and drop hint, and the desktop
 * app's open dialog all read this list. No Node imports: the renderer uses it.
 */

/** How a file's bytes become article text. */
export type ArticleFormat = 'text' | 'html' | 'docx';

export interface ArticleFileType {
  /** Lower case, with its dot. */
  extension: string;
  format: ArticleFormat;
  /** For the file picker's accept list; extensions alone are enough everywhere else. */
  mimeType?: string;
}

export const ARTICLE_FILE_TYPES: readonly ArticleFileType[] = [
  { extension: '.txt', format: 'text', mimeType: 'text/plain' },
  { extension: '.md', format: 'text', mimeType: 'text/markdown' },
  { extension: '.markdown', format: 'text' },
  { extension: '.text', format: 'text' },
  { extension: '.html', format: 'html', mimeType: 'text/html' },
  { extension: '.htm', format: 'html' },
  { extension: '.docx', format: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
];

/** ".txt, .md, .markdown, .text, .html, .htm, .docx" — for messages. */
export const SUPPORTED_EXTENSIONS_TEXT = ARTICLE_FILE_TYPES.map((t) => t.extension).join(', ');

/** The `accept` attribute of the UI's file input. */
export const FILE_INPUT_ACCEPT = [...ARTICLE_FILE_TYPES.map((t) => t.extension), ...ARTICLE_FILE_TYPES.flatMap((t) => t.mimeType ?? [])].join(',');

/** The extensions without their dots, for a native open dialog's filter. */
export const DIALOG_EXTENSIONS = ARTICLE_FILE_TYPES.map((t) => t.extension.slice(1));

/** The extension of a file name, lower case with its dot; '' when it has none. Works on both path separators. */
export function extensionOf(filename: string): string {
  const base = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** The format a file name says it holds, or null when Claimdesk does not import it. */
export function articleFormatOf(filename: string): ArticleFormat | null {
  const extension = extensionOf(filename);
  return ARTICLE_FILE_TYPES.find((t) => t.extension === extension)?.format ?? null;
}
