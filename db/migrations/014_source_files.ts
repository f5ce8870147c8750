import type { Migration } from './types';

/**
 * Local files as sources (a PDF, a photo, a spreadsheet on disk): the file's
 * bytes are copied into the workspace itself, stored once per content (keyed
 * by SHA-256), so they travel with the workspace file into every backup and
 * copy. A source made from a file names it (file_hash, file_name); its url
 * is `attachment:sha256:<hash>` so every report that lists a source's
 * address names the exact file.
 */
export const migration014: Migration = {
  version: 14,
  name: 'local files as sources',
  up: `
    CREATE TABLE source_files (
      hash       TEXT PRIMARY KEY CHECK (length(hash) = 64),
      size       INTEGER NOT NULL CHECK (size >= 0),
      media_type TEXT NOT NULL,
      content    BLOB NOT NULL,
      created_at TEXT NOT NULL
    );
    ALTER TABLE sources ADD COLUMN file_hash TEXT REFERENCES source_files(hash);
    ALTER TABLE sources ADD COLUMN file_name TEXT CHECK (file_name IS NULL OR length(file_name) BETWEEN 1 AND 255);
    CREATE INDEX sources_by_file ON sources (file_hash) WHERE file_hash IS NOT NULL;
  `,
};
