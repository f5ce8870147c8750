/**
 * Tags on claims: free labels, one name per tag whatever its case (the
 * column is COLLATE NOCASE), each claim carrying a tag at most once.
 */
import type { Db } from '../open';

export interface Tag {
  id: number;
  name: string;
}

export interface TagCount {
  name: string;
  /** Claims carrying the tag (hidden rows included). */
  claims: number;
}

/** The tag called `name` in any case ("health" finds "Health"). */
export function findTag(db: Db, name: string): Tag | undefined {
  return db.prepare('SELECT id, name FROM tags WHERE name = ?').get(name) as Tag | undefined;
}

/** The tag called `name`, made if there is none: the first spelling given is kept. */
export function ensureTag(db: Db, name: string, actor: string, at: string): Tag {
  const found = findTag(db, name);
  if (found) return found;
  const id = Number(db.prepare('INSERT INTO tags (name, created_by, created_at) VALUES (?, ?, ?)').run(name, actor, at).lastInsertRowid);
  return { id, name };
}

/** A claim's tags, by name. */
export function tagsOfClaim(db: Db, claimId: number): string[] {
  return db
    .prepare('SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = ? ORDER BY t.name COLLATE NOCASE')
    .pluck()
    .all(claimId) as string[];
}

/** True when the claim did not carry the tag before. */
export function addClaimTag(db: Db, claimId: number, tagId: number, actor: string, at: string): boolean {
  return db.prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag_id, tagged_by, tagged_at) VALUES (?, ?, ?, ?)').run(claimId, tagId, actor, at).changes > 0;
}

/** True when the claim carried the tag. */
export function removeClaimTag(db: Db, claimId: number, tagId: number): boolean {
  return db.prepare('DELETE FROM claim_tags WHERE claim_id = ? AND tag_id = ?').run(claimId, tagId).changes > 0;
}

/** Every tag with the number of claims carrying it, by name; tags no claim carries any more are left out. */
export function listTagCounts(db: Db): TagCount[] {
  return db
    .prepare(
      `SELECT t.name, count(*) AS claims FROM tags t JOIN claim_tags ct ON ct.tag_id = t.id
        GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
    )
    .all() as TagCount[];
}

/** The claims carrying a tag, in id order. */
export function claimsTagged(db: Db, tagId: number): number[] {
  return db.prepare('SELECT claim_id FROM claim_tags WHERE tag_id = ? ORDER BY claim_id').pluck().all(tagId) as number[];
}

export function renameTagRow(db: Db, tagId: number, name: string): void {
  db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(name, tagId);
}

export function deleteTagRow(db: Db, tagId: number): void {
  db.prepare('DELETE FROM tags WHERE id = ?').run(tagId);
}
