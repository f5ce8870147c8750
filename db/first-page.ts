/**
 * The first page of an SQLite file holds the file's header and the root of
 * its table list (sqlite_schema). When it is lost (zeroed, overwritten), SQL
 * can read nothing, although every table's pages are still there. In a
 * workspace the table list is far larger than one page, so page 1 is only
 * the list's root: its leaves, which name every table and its root page, are
 * elsewhere in the file. This finds those leaves by their shape and writes a
 * new page 1 above them (a header and an interior page pointing at them), so
 * the salvage can read the tables through SQL again. Only ever applied to a
 * scratch copy. The file format: https://www.sqlite.org/fileformat2.html
 */
import fs from 'node:fs';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const PAGE_SIZES = [4096, 1024, 2048, 8192, 16384, 32768, 65536];
const SCHEMA_TYPES = new Set(['table', 'index', 'trigger', 'view']);
const LEAF_TABLE_PAGE = 0x0d;
const INTERIOR_TABLE_PAGE = 0x05;

/** Whether the file starts with SQLite's header: false when the first page was lost. */
export function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

export interface RebuiltFirstPage {
  pageSize: number;
  /** The table list's leaf pages found (page numbers), in key order. */
  schemaPages: number[];
  /** Table-list entries on them. */
  entries: number;
}

/**
 * Rewrites page 1 of `file` (a scratch copy) from the table list's leaves
 * found elsewhere in it; null (and the file unchanged) when none are found
 * at any page size.
 */
export function rebuildFirstPage(file: string, applicationId: number): RebuiltFirstPage | null {
  const bytes = fs.readFileSync(file);
  for (const pageSize of PAGE_SIZES) {
    if (bytes.length < pageSize * 2 || bytes.length % pageSize !== 0) continue;
    const leaves = schemaLeaves(bytes, pageSize);
    if (leaves.length === 0) continue;
    const page = firstPage(pageSize, bytes.length / pageSize, leaves, applicationId);
    if (page === null) continue;
    const fd = fs.openSync(file, 'r+');
    try {
      fs.writeSync(fd, page, 0, page.length, 0);
    } finally {
      fs.closeSync(fd);
    }
    return { pageSize, schemaPages: leaves.map((l) => l.page), entries: leaves.reduce((n, l) => n + l.cells, 0) };
  }
  return null;
}

interface Leaf {
  page: number;
  cells: number;
  minRowid: number;
  maxRowid: number;
  /** Root pages its tables and indexes name. */
  roots: number[];
}

/**
 * Every page that reads as a leaf of the table list, in rowid order. Where two
 * overlap (a stale copy left on a freed page beside the live one), the one
 * whose root pages more often start a b-tree is kept: a stale copy names
 * roots of tables since dropped or moved, whose pages now hold something else.
 */
function schemaLeaves(bytes: Buffer, pageSize: number): Leaf[] {
  const found: Leaf[] = [];
  const pages = bytes.length / pageSize;
  for (let page = 2; page <= pages; page++) {
    const leaf = readSchemaLeaf(bytes.subarray((page - 1) * pageSize, page * pageSize), page);
    if (leaf !== null) found.push(leaf);
  }
  const BTREE_PAGES = new Set([0x02, 0x05, 0x0a, 0x0d]);
  const plausible = (leaf: Leaf) => leaf.roots.filter((root) => root >= 2 && root <= pages && BTREE_PAGES.has(bytes[(root - 1) * pageSize]!)).length / Math.max(1, leaf.roots.length);
  found.sort((a, b) => a.minRowid - b.minRowid || plausible(b) - plausible(a));
  const kept: Leaf[] = [];
  for (const leaf of found) {
    const last = kept.at(-1);
    if (last !== undefined && leaf.minRowid <= last.maxRowid) {
      if (plausible(leaf) > plausible(last)) kept[kept.length - 1] = leaf;
      continue;
    }
    kept.push(leaf);
  }
  return kept;
}

/** The page as a leaf of the table list (every cell a 5-column record whose first column is table/index/trigger/view), or null. */
function readSchemaLeaf(page: Buffer, pageNumber: number): Leaf | null {
  if (page[0] !== LEAF_TABLE_PAGE) return null;
  const cells = page.readUInt16BE(3);
  if (cells === 0 || 8 + cells * 2 > page.length) return null;
  let minRowid = Number.POSITIVE_INFINITY;
  let maxRowid = Number.NEGATIVE_INFINITY;
  const roots: number[] = [];
  for (let i = 0; i < cells; i++) {
    const offset = page.readUInt16BE(8 + i * 2);
    const cell = schemaCell(page, offset);
    if (cell === null) return null;
    minRowid = Math.min(minRowid, cell.rowid);
    maxRowid = Math.max(maxRowid, cell.rowid);
    if (cell.root > 0) roots.push(cell.root);
  }
  return { page: pageNumber, cells, minRowid, maxRowid, roots };
}

/** The rowid and root page (and where its bytes are) of the cell at `offset` if it is a table-list entry, else null. */
export function schemaCell(page: Buffer, offset: number): { rowid: number; root: number; rootAt: number; rootWidth: number } | null {
  if (offset < 8 || offset >= page.length) return null;
  const payload = varint(page, offset);
  if (payload === null) return null;
  const rowid = varint(page, payload.end);
  if (rowid === null || rowid.value < 1) return null;
  const start = rowid.end;
  const header = varint(page, start);
  if (header === null || header.value < 6 || start + header.value > page.length) return null;
  const types: number[] = [];
  for (let at = header.end; at < start + header.value; ) {
    const type = varint(page, at);
    if (type === null) return null;
    types.push(type.value);
    at = type.end;
  }
  // type, name, tbl_name: text; rootpage: an integer (0 for triggers and views); sql: text or NULL.
  if (types.length !== 5 || ![types[0], types[1], types[2]].every((t) => t! >= 13 && t! % 2 === 1)) return null;
  if (!(types[3]! >= 1 && types[3]! <= 6) && types[3] !== 8 && types[3] !== 9) return null;
  if (!(types[4] === 0 || (types[4]! >= 13 && types[4]! % 2 === 1))) return null;
  const typeLength = (types[0]! - 13) / 2;
  const valueAt = start + header.value;
  if (valueAt + typeLength > page.length) return null;
  if (!SCHEMA_TYPES.has(page.toString('utf8', valueAt, valueAt + typeLength))) return null;
  // The root page: after the three texts, a big-endian integer of 1, 2, 3, 4 or 6 bytes (serial types 1-5), 0 or 1 (8, 9).
  const rootAt = valueAt + typeLength + (types[1]! - 13) / 2 + (types[2]! - 13) / 2;
  const width = [0, 1, 2, 3, 4, 6][types[3]!] ?? 0;
  let root = types[3] === 9 ? 1 : 0;
  if (width > 0 && rootAt + width <= page.length) root = Number(page.readUIntBE(rootAt, width));
  return { rowid: rowid.value, root, rootAt, rootWidth: width };
}

/** An SQLite varint at `at` (1 to 9 bytes, big-endian, 7 bits a byte, all 8 in the ninth). */
function varint(bytes: Buffer, at: number): { value: number; end: number } | null {
  let value = 0;
  for (let i = 0; i < 9; i++) {
    if (at + i >= bytes.length) return null;
    const byte = bytes[at + i]!;
    if (i === 8) return { value: value * 256 + byte, end: at + 9 };
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, end: at + i + 1 };
  }
  return null;
}

function varintBytes(value: number): Buffer {
  // Rowids of a table list are small: up to 8 bytes of 7 bits covers every safe integer.
  const groups: number[] = [];
  let rest = value;
  do {
    groups.unshift(rest % 128);
    rest = Math.floor(rest / 128);
  } while (rest > 0);
  return Buffer.from(groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g)));
}

/** A new page 1: the file header, then an interior page of the table list over `leaves`. */
function firstPage(pageSize: number, pageCount: number, leaves: Leaf[], applicationId: number): Buffer | null {
  const page = Buffer.alloc(pageSize);
  MAGIC.copy(page, 0);
  page.writeUInt16BE(pageSize === 65536 ? 1 : pageSize, 16);
  page[18] = 1; // file format write version: legacy (no write-ahead log in a scratch copy)
  page[19] = 1; // read version
  page[20] = 0; // reserved bytes per page
  page[21] = 64; // maximum embedded payload fraction
  page[22] = 32; // minimum embedded payload fraction
  page[23] = 32; // leaf payload fraction
  page.writeUInt32BE(1, 24); // file change counter
  page.writeUInt32BE(pageCount, 28); // database size in pages
  page.writeUInt32BE(0, 32); // first freelist trunk page: the list was on the lost page
  page.writeUInt32BE(0, 36); // freelist pages
  page.writeUInt32BE(1, 40); // schema cookie
  page.writeUInt32BE(4, 44); // schema format
  page.writeUInt32BE(1, 56); // text encoding: UTF-8
  page.writeUInt32BE(applicationId >>> 0, 68);
  page.writeUInt32BE(1, 92); // version-valid-for: the change counter
  page.writeUInt32BE(3_045_000, 96);

  // Interior table page at offset 100: a cell (left child, its largest rowid) for each leaf but the last, which is the right child.
  const cells = leaves.slice(0, -1).map((leaf) => {
    const key = varintBytes(leaf.maxRowid);
    const cell = Buffer.alloc(4 + key.length);
    cell.writeUInt32BE(leaf.page, 0);
    key.copy(cell, 4);
    return cell;
  });
  const header = 100;
  const pointers = header + 12;
  let content = pageSize;
  if (pointers + cells.length * 2 + cells.reduce((n, c) => n + c.length, 0) > pageSize) return null;
  page[header] = INTERIOR_TABLE_PAGE;
  page.writeUInt16BE(0, header + 1); // first freeblock
  page.writeUInt16BE(cells.length, header + 3);
  cells.forEach((cell, i) => {
    content -= cell.length;
    cell.copy(page, content);
    page.writeUInt16BE(content, pointers + i * 2);
  });
  page.writeUInt16BE(content === 65536 ? 0 : content, header + 5);
  page[header + 7] = 0; // fragmented free bytes
  page.writeUInt32BE(leaves.at(-1)!.page, header + 8); // right-most child
  return page;
}
