import type { Db } from '../open';

export function getPreference(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM preferences WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function setPreference(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO preferences (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function deletePreference(db: Db, key: string): void {
  db.prepare('DELETE FROM preferences WHERE key = ?').run(key);
}
