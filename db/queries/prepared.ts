/**
 * Statements a hot path runs again and again (every article of an import,
 * hundreds of times per article in claim matching), compiled once per
 * connection and kept with it.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';

const statements = new WeakMap<Db, Map<string, Statement>>();

/**
 * `head VALUES row, row, … tail` over `values` (`width` of them a row), at most `perInsert` rows a statement:
 * one statement per chunk instead of one per row. Each statement is compiled once per connection and row count.
 */
export function insertRows(db: Db, head: string, row: string, width: number, perInsert: number, values: readonly unknown[], tail = ''): void {
  const rows = values.length / width;
  for (let at = 0; at < rows; at += perInsert) {
    const n = Math.min(perInsert, rows - at);
    prepared(db, `${head} VALUES ${Array.from({ length: n }, () => row).join(', ')}${tail}`).run(values.slice(at * width, (at + n) * width));
  }
}

export function prepared(db: Db, text: string): Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map()));
  let statement = byText.get(text);
  if (!statement) byText.set(text, (statement = db.prepare(text)));
  return statement;
}
