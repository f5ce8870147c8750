import type { Db } from '../open';
import type { Stance } from './types';

export interface Source {
  id: number;
  url: string;
  title: string | null;
  publisher: string | null;
  publishedOn: string | null;
  excerpt: string | null;
  createdBy: string;
  createdAt: string;
  /** A local file copied into the workspace: its name, size and SHA-256; all null for a web source. */
  fileName: string | null;
  fileSize: number | null;
  fileHash: string | null;
}

/** A source as attached to one claim: the stance belongs to the link. */
export interface LinkedSource extends Source {
  stance: Stance;
  linkedBy: string;
  linkedAt: string;
  /** How many claims this source backs in all. */
  claimCount: number;
}

export type NewSource = Pick<Source, 'url' | 'title' | 'publisher' | 'publishedOn' | 'excerpt'>;

/** The address a file source carries: the content's hash, so every report names the exact file. */
export const attachmentUrl = (hash: string) => `attachment:sha256:${hash}`;

/** Stores a file's bytes once per content; true when they were not there yet. */
export function storeSourceFile(db: Db, file: { hash: string; size: number; mediaType: string; content: Uint8Array }, at: string): boolean {
  return db.prepare('INSERT OR IGNORE INTO source_files (hash, size, media_type, content, created_at) VALUES (?, ?, ?, ?, ?)').run(file.hash, file.size, file.mediaType, file.content, at).changes > 0;
}

/** The source already made from this file (same content and name), if any: attaching it again links that one. */
export function findFileSource(db: Db, hash: string, fileName: string): number | undefined {
  return db.prepare('SELECT id FROM sources WHERE file_hash = ? AND file_name = ? ORDER BY id LIMIT 1').pluck().get(hash, fileName) as number | undefined;
}

export function insertFileSource(db: Db, s: Omit<NewSource, 'url'> & { hash: string; fileName: string }, author: string, at: string): number {
  const r = db
    .prepare('INSERT INTO sources (url, title, publisher, published_on, excerpt, created_by, created_at, file_hash, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(attachmentUrl(s.hash), s.title, s.publisher, s.publishedOn, s.excerpt, author, at, s.hash, s.fileName);
  return Number(r.lastInsertRowid);
}

/** A file source's bytes with its name and media type. */
export function readSourceFile(db: Db, sourceId: number): { fileName: string; mediaType: string; size: number; hash: string; content: Buffer } | undefined {
  return db
    .prepare(`SELECT s.file_name AS fileName, f.media_type AS mediaType, f.size, f.hash, f.content
      FROM sources s JOIN source_files f ON f.hash = s.file_hash WHERE s.id = ?`)
    .get(sourceId) as { fileName: string; mediaType: string; size: number; hash: string; content: Buffer } | undefined;
}

const SOURCE_COLUMNS = `s.id, s.url, s.title, s.publisher, s.published_on AS publishedOn, s.excerpt,
  s.created_by AS createdBy, s.created_at AS createdAt,
  s.file_name AS fileName, (SELECT f.size FROM source_files f WHERE f.hash = s.file_hash) AS fileSize, s.file_hash AS fileHash`;

export function insertSource(db: Db, s: NewSource, author: string, at: string): number {
  const r = db
    .prepare('INSERT INTO sources (url, title, publisher, published_on, excerpt, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(s.url, s.title, s.publisher, s.publishedOn, s.excerpt, author, at);
  return Number(r.lastInsertRowid);
}

export function getSource(db: Db, sourceId: number): Source | undefined {
  return db.prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE s.id = ?`).get(sourceId) as Source | undefined;
}

export function listSourcesForClaim(db: Db, claimId: number): LinkedSource[] {
  return db
    .prepare(`SELECT ${SOURCE_COLUMNS}, cs.stance, cs.linked_by AS linkedBy, cs.linked_at AS linkedAt,
        (SELECT count(*) FROM claim_sources x WHERE x.source_id = s.id) AS claimCount
      FROM claim_sources cs JOIN sources s ON s.id = cs.source_id
      WHERE cs.claim_id = ? ORDER BY cs.linked_at, s.id`)
    .all(claimId) as LinkedSource[];
}

/** Sources in the workspace, newest first, optionally matching words in URL, title or publisher. */
export function searchSources(db: Db, query: string | undefined, limit: number): Source[] {
  const like = query ? `%${query.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return db
    .prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s
      WHERE ? IS NULL OR s.url LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\' OR s.publisher LIKE ? ESCAPE '\\'
      ORDER BY s.id DESC LIMIT ?`)
    .all(like, like, like, like, limit) as Source[];
}

export function getLink(db: Db, claimId: number, sourceId: number): { stance: Stance } | undefined {
  return db.prepare('SELECT stance FROM claim_sources WHERE claim_id = ? AND source_id = ?').get(claimId, sourceId) as
    | { stance: Stance }
    | undefined;
}

export function linkSource(db: Db, claimId: number, sourceId: number, stance: Stance, by: string, at: string): void {
  db.prepare(`INSERT INTO claim_sources (claim_id, source_id, stance, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (claim_id, source_id) DO UPDATE SET stance = excluded.stance, linked_by = excluded.linked_by, linked_at = excluded.linked_at`)
    .run(claimId, sourceId, stance, by, at);
}

export function unlinkSource(db: Db, claimId: number, sourceId: number): boolean {
  return db.prepare('DELETE FROM claim_sources WHERE claim_id = ? AND source_id = ?').run(claimId, sourceId).changes === 1;
}
