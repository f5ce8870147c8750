import type { Db } from '../open';

export interface Note {
  id: number;
  claimId: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string | null;
}

const NOTE_COLUMNS = 'id, claim_id AS claimId, body, author, created_at AS createdAt, updated_at AS updatedAt';

export function listNotes(db: Db, claimId: number): Note[] {
  return db.prepare(`SELECT ${NOTE_COLUMNS} FROM notes WHERE claim_id = ? ORDER BY id`).all(claimId) as Note[];
}

export function getNote(db: Db, noteId: number): Note | undefined {
  return db.prepare(`SELECT ${NOTE_COLUMNS} FROM notes WHERE id = ?`).get(noteId) as Note | undefined;
}

export function insertNote(db: Db, claimId: number, body: string, author: string, at: string): number {
  const r = db.prepare('INSERT INTO notes (claim_id, body, author, created_at) VALUES (?, ?, ?, ?)').run(claimId, body, author, at);
  return Number(r.lastInsertRowid);
}

export function updateNote(db: Db, noteId: number, body: string, at: string): void {
  db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(body, at, noteId);
}

export function deleteNote(db: Db, noteId: number): void {
  db.prepare('DELETE FROM notes WHERE id = ?').run(noteId);
}
