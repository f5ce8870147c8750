/**
 * Statements a hot path runs again and again (every article of an import,
 * hundreds of times per article in claim matching), compiled once per
 * connection and kept with it.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';

const statements = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, text: string): Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let statement = byText.get(text);
  if (!statement) byText.set(text, (statement = db.prepare(text)));
  return statement;
}
