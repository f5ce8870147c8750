import { describe, expect, it } from 'vitest';
import { ARTICLE_FILE_TYPES, articleFormatOf, DIALOG_EXTENSIONS, extensionOf, FILE_INPUT_ACCEPT, SUPPORTED_EXTENSIONS_TEXT } from './file-types';
import { SUPPORTED_EXTENSIONS } from './read-file';

describe('the one list of importable file types', () => {
  it('gives every place that checks a file name the same extensions', () => {
    const extensions = ARTICLE_FILE_TYPES.map((t) => t.extension);
    expect(extensions).toEqual(['.txt', '.md', '.markdown', '.text', '.html', '.htm', '.docx']);
    expect(SUPPORTED_EXTENSIONS).toEqual(extensions);
    expect(DIALOG_EXTENSIONS).toEqual(extensions.map((e) => e.slice(1)));
    expect(FILE_INPUT_ACCEPT.split(',')).toEqual(expect.arrayContaining([...extensions, 'text/html', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']));
    expect(SUPPORTED_EXTENSIONS_TEXT).toBe('.txt, .md, .markdown, .text, .html, .htm, .docx');
  });

  it('reads the format from the name, in any case, on either path separator', () => {
    expect(articleFormatOf('C:\\Users\\farah\\Saved Pages\\Story.HTM')).toBe('html');
    expect(articleFormatOf('/home/farah/memo.final.DOCX')).toBe('docx');
    expect(articleFormatOf('notes.md')).toBe('text');
    expect(articleFormatOf('scan.pdf')).toBeNull();
    expect(articleFormatOf('.docx')).toBeNull();
    expect(extensionOf('folder.d/README')).toBe('');
  });
});
