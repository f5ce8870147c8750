import type { Migration } from './types';

/**
 * The address of the web page an article was imported from (its canonical
 * link, og:url or JSON-LD url), so a fact-checker can go back to the
 * original. NULL for text files, Word files and pasted text, and for every
 * article imported before this version.
 */
export const migration012: Migration = {
  version: 12,
  name: 'the web address an article came from',
  up: `
    ALTER TABLE articles ADD COLUMN source_url TEXT CHECK (source_url IS NULL OR length(source_url) BETWEEN 1 AND 2048);
  `,
};
