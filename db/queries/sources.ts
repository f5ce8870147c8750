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

const SOURCE_COLUMNS = `s.id, s.url, s.title, s.publisher, s.published_on AS publishedOn, s.excerpt,
  s.created_by AS createdBy, s.created_at AS createdAt`;

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
