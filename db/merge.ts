/**
 * Merging a colleague's workspace (or a backup) into this one.
 *
 * Articles are matched by their content fingerprint (content_hash), claims
 * by their anchor in the article (span_start, span_end). A verdict given
 * only on the other side is taken; two different verdicts are a conflict:
 * the later review wins, and the other is kept in the claim's history,
 * stamped "merged from NAME". Notes, source links and history are unioned
 * without duplicates. A claim of the other side whose anchor is not here
 * (split, merged or added there) is added when it overlaps nothing here;
 * otherwise its notes, sources and history go to the claim here it overlaps
 * most, so no note is lost. Everything is checked against what is already
 * here, so merging the same file twice changes nothing the second time.
 *
 * One write transaction; a backup (kind before-merge) is made first, and
 * restoring it undoes the merge.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ClaimdeskError } from '../core/errors';
import { backupsFolder, inspectWorkspaceFile, makeBackup, prepareCopy, type BackupInfo } from './backup';
import type { Db } from './open';

export interface MergeReport {
  /** The other workspace's name, as stamped in the history ("merged from NAME"). */
  from: string;
  articlesAdded: number;
  articlesMatched: number;
  claimsAdded: number;
  /** Verdicts taken from the other side (not reviewed here, or reviewed later there). */
  verdictsTaken: number;
  /** Claims reviewed differently on the two sides (the later review won; the other is in the history). */
  conflicts: number;
  notesAdded: number;
  sourcesLinked: number;
  /** Tags put on claims here (a tag is the same tag by name, whatever its case). */
  tagsAdded: number;
  /** Speakers set by hand there and taken here (where the speaker was still the machine's). */
  speakersTaken: number;
  historyAdded: number;
  /** The backup made before merging: restoring it undoes the merge. */
  backup: BackupInfo;
}

type Row = Record<string, unknown>;

interface ClaimRecord {
  id: number;
  span_start: number;
  span_end: number;
  status: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  speaker: string | null;
  speaker_by_hand: number;
  speaker_kind: string | null;
}

/**
 * Merges `otherFile` into the workspace open on `db` (idle, used by nobody
 * else until this settles). A file that is not a workspace, newer, or
 * damaged gets a named error and nothing changes.
 */
export async function mergeWorkspace(db: Db, dbPath: string, otherFile: string, options: { now?: Date } = {}): Promise<MergeReport> {
  const other = path.resolve(otherFile);
  if (other === path.resolve(dbPath)) throw new ClaimdeskError('invalid_input', 'That file is this workspace itself: choose another workspace to merge.');
  inspectWorkspaceFile(other);
  const name = path.basename(other).replace(/\.[^.]+$/, '');
  const folder = backupsFolder(dbPath);
  fs.mkdirSync(folder, { recursive: true });
  const prepared = path.join(folder, `.merging-${process.pid}-${Date.now()}.sqlite`);
  try {
    await prepareCopy(other, prepared);
    const backup = await makeBackup(db, dbPath, 'before-merge', options.now ? { now: options.now } : {});
    db.prepare('ATTACH DATABASE ? AS theirs').run(prepared);
    try {
      const counts = db.transaction(() => mergeAttached(db, name, (options.now ?? new Date()).toISOString())).immediate();
      return { from: name, ...counts, backup };
    } finally {
      db.exec('DETACH DATABASE theirs');
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      try {
        fs.unlinkSync(prepared + suffix);
      } catch {
        // not there
      }
    }
  }
}

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM main.pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name);
}

function mergeAttached(db: Db, name: string, now: string): Omit<MergeReport, 'from' | 'backup'> {
  const counts = { articlesAdded: 0, articlesMatched: 0, claimsAdded: 0, verdictsTaken: 0, conflicts: 0, notesAdded: 0, sourcesLinked: 0, tagsAdded: 0, speakersTaken: 0, historyAdded: 0 };
  const stamp = `merged from ${name}`;
  const articleColumns = columnsOf(db, 'articles').filter((c) => c !== 'id');
  const claimColumns = columnsOf(db, 'claims').filter((c) => c !== 'id' && c !== 'article_id' && c !== 'position');
  const suggestionColumns = columnsOf(db, 'dispute_suggestions').filter((c) => c !== 'id' && c !== 'claim_id' && c !== 'denial_claim_id');
  const sourceColumns = columnsOf(db, 'sources').filter((c) => c !== 'id');

  const insertRow = (table: string, columns: string[], row: Row): number => {
    const info = db.prepare(`INSERT INTO main.${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((c) => row[c] as never));
    return Number(info.lastInsertRowid);
  };

  // Sources: the same address and title is the same source.
  const sourceMap = new Map<number, number>();
  const ourSourceFor = (theirId: number): number => {
    const known = sourceMap.get(theirId);
    if (known !== undefined) return known;
    const theirs = db.prepare('SELECT * FROM theirs.sources WHERE id = ?').get(theirId) as Row;
    const ours = db.prepare("SELECT id FROM main.sources WHERE url = ? AND coalesce(title, '') = coalesce(?, '') ORDER BY id LIMIT 1").get(theirs.url, theirs.title) as { id: number } | undefined;
    // A file kept as a source comes with its bytes (stored once per content, so a file both have is not copied twice).
    if (ours === undefined && typeof theirs.file_hash === 'string') {
      db.prepare('INSERT OR IGNORE INTO main.source_files SELECT * FROM theirs.source_files WHERE hash = ?').run(theirs.file_hash);
    }
    const id = ours?.id ?? insertRow('sources', sourceColumns, theirs);
    sourceMap.set(theirId, id);
    return id;
  };

  /** Notes, source links and history of their claim onto ours, each only if not there already. */
  const bringOver = (theirClaimId: number, ourClaimId: number) => {
    for (const note of db.prepare('SELECT * FROM theirs.notes WHERE claim_id = ? ORDER BY id').all(theirClaimId) as Row[]) {
      if (db.prepare('SELECT 1 FROM main.notes WHERE claim_id = ? AND body = ?').get(ourClaimId, note.body)) continue;
      db.prepare('INSERT INTO main.notes (claim_id, body, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(ourClaimId, note.body, note.author, note.created_at, note.updated_at);
      counts.notesAdded++;
    }
    for (const link of db.prepare('SELECT * FROM theirs.claim_sources WHERE claim_id = ?').all(theirClaimId) as Row[]) {
      const sourceId = ourSourceFor(link.source_id as number);
      if (db.prepare('SELECT 1 FROM main.claim_sources WHERE claim_id = ? AND source_id = ?').get(ourClaimId, sourceId)) continue;
      db.prepare('INSERT INTO main.claim_sources (claim_id, source_id, stance, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)').run(ourClaimId, sourceId, link.stance, link.linked_by, link.linked_at);
      counts.sourcesLinked++;
    }
    // Tags, by name (their copy was brought to this schema, so it has the tables): a tag both have is one tag.
    for (const tagged of db
      .prepare('SELECT t.name, t.created_by, t.created_at, ct.tagged_by, ct.tagged_at FROM theirs.claim_tags ct JOIN theirs.tags t ON t.id = ct.tag_id WHERE ct.claim_id = ?')
      .all(theirClaimId) as Row[]) {
      db.prepare('INSERT OR IGNORE INTO main.tags (name, created_by, created_at) VALUES (?, ?, ?)').run(tagged.name, tagged.created_by, tagged.created_at);
      const tagId = db.prepare('SELECT id FROM main.tags WHERE name = ?').pluck().get(tagged.name) as number;
      const added = db.prepare('INSERT OR IGNORE INTO main.claim_tags (claim_id, tag_id, tagged_by, tagged_at) VALUES (?, ?, ?, ?)').run(ourClaimId, tagId, tagged.tagged_by, tagged.tagged_at);
      counts.tagsAdded += added.changes;
    }
    for (const entry of db.prepare('SELECT * FROM theirs.history WHERE claim_id = ? ORDER BY id').all(theirClaimId) as Row[]) {
      addHistory(ourClaimId, entry.at as string, entry.actor as string, entry.action as string, entry.old_value as string | null, entry.new_value as string | null);
    }
  };

  const addHistory = (claimId: number, at: string, actor: string, action: string, oldValue: string | null, newValue: string | null): boolean => {
    const there = db
      .prepare('SELECT 1 FROM main.history WHERE claim_id = ? AND at = ? AND actor = ? AND action = ? AND old_value IS ? AND new_value IS ?')
      .get(claimId, at, actor, action, oldValue, newValue);
    if (there) return false;
    db.prepare('INSERT INTO main.history (claim_id, at, actor, action, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)').run(claimId, at, actor, action, oldValue, newValue);
    counts.historyAdded++;
    return true;
  };

  /** A whole claim of theirs, new here, with everything hanging on it. */
  const copyClaim = (theirs: Row, articleId: number, position: number): number => {
    const id = insertRow('claims', [...claimColumns, 'article_id', 'position'], { ...theirs, article_id: articleId, position });
    for (const entity of db.prepare('SELECT * FROM theirs.claim_entities WHERE claim_id = ?').all(theirs.id) as Row[]) {
      db.prepare('INSERT INTO main.claim_entities (claim_id, ord, entity) VALUES (?, ?, ?)').run(id, entity.ord, entity.entity);
    }
    bringOver(theirs.id as number, id);
    counts.claimsAdded++;
    return id;
  };

  const copySuggestions = (claimMap: Map<number, number>) => {
    for (const [theirId, ourId] of claimMap) {
      for (const s of db.prepare('SELECT * FROM theirs.dispute_suggestions WHERE claim_id = ?').all(theirId) as Row[]) {
        const denial = s.denial_claim_id === null ? null : (claimMap.get(s.denial_claim_id as number) ?? null);
        insertRow('dispute_suggestions', [...suggestionColumns, 'claim_id', 'denial_claim_id'], { ...s, claim_id: ourId, denial_claim_id: denial });
      }
    }
  };

  /** Their verdict on a claim both sides have. */
  const mergeVerdict = (ours: ClaimRecord, theirs: ClaimRecord) => {
    if (theirs.reviewed_at === null) return;
    if (ours.reviewed_at !== null && ours.status === theirs.status) return;
    const take = () =>
      db.prepare('UPDATE main.claims SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?').run(theirs.status, theirs.reviewed_by, theirs.reviewed_at, ours.id);
    if (ours.reviewed_at === null) {
      take();
      addHistory(ours.id, now, stamp, 'status', 'not reviewed', theirs.status);
      counts.verdictsTaken++;
      return;
    }
    // Both reviewed, differently: the later review wins; the other stays in the history.
    if (theirs.reviewed_at > ours.reviewed_at) {
      take();
      addHistory(ours.id, now, stamp, 'status', ours.status, theirs.status);
      counts.verdictsTaken++;
      counts.conflicts++;
    } else if (addHistory(ours.id, theirs.reviewed_at, `${theirs.reviewed_by ?? 'someone'} (${stamp}; the later review here was kept)`, 'status', null, theirs.status)) {
      counts.conflicts++;
    }
  };

  /**
   * Their speaker set by hand, on a claim both sides have: taken where ours is still the machine's. Where both set
   * one by hand and differ, ours stays, and theirs is in the history (brought over with the rest of it).
   */
  const mergeSpeaker = (ours: ClaimRecord, theirs: ClaimRecord) => {
    if (theirs.speaker_by_hand !== 1 || ours.speaker_by_hand === 1) return;
    db.prepare('UPDATE main.claims SET speaker = ?, speaker_kind = ?, speaker_by_hand = 1 WHERE id = ?').run(theirs.speaker, theirs.speaker_kind, ours.id);
    // The same name and no kind said: only its standing changes (now set by hand), nothing a reader would see.
    if (theirs.speaker === ours.speaker && theirs.speaker_kind === null) return;
    addHistory(ours.id, now, stamp, 'speaker_set', ours.speaker ?? 'not attributed', theirs.speaker ?? 'not attributed');
    counts.speakersTaken++;
  };

  for (const article of db.prepare('SELECT * FROM theirs.articles ORDER BY id').all() as Row[]) {
    const theirClaims = db.prepare('SELECT * FROM theirs.claims WHERE article_id = ? ORDER BY position').all(article.id) as Array<Row & ClaimRecord>;
    const ours = db.prepare('SELECT id FROM main.articles WHERE content_hash = ?').get(article.content_hash) as { id: number } | undefined;
    if (!ours) {
      // New here: the whole article. Claim memory matches its claims against ours on the next open.
      const articleId = insertRow('articles', articleColumns, { ...article, claims_matched: 0 });
      const claimMap = new Map<number, number>();
      theirClaims.forEach((claim, i) => claimMap.set(claim.id, copyClaim(claim, articleId, i + 1)));
      copySuggestions(claimMap);
      counts.articlesAdded++;
      continue;
    }
    counts.articlesMatched++;
    const ourClaims = db
      .prepare('SELECT id, span_start, span_end, status, reviewed_by, reviewed_at, speaker, speaker_by_hand, speaker_kind FROM main.claims WHERE article_id = ?')
      .all(ours.id) as ClaimRecord[];
    let added = false;
    for (const claim of theirClaims) {
      const same = ourClaims.find((c) => c.span_start === claim.span_start && c.span_end === claim.span_end);
      if (same) {
        mergeVerdict(same, claim);
        mergeSpeaker(same, claim);
        bringOver(claim.id, same.id);
        continue;
      }
      // Split, merged or added on one side: the claim here it overlaps most takes its notes, sources and history.
      const overlap = (c: ClaimRecord) => Math.min(c.span_end, claim.span_end) - Math.max(c.span_start, claim.span_start);
      const best = ourClaims.filter((c) => overlap(c) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
      if (best) {
        bringOver(claim.id, best.id);
        continue;
      }
      const max = (db.prepare('SELECT max(position) AS n FROM main.claims WHERE article_id = ?').get(ours.id) as { n: number }).n;
      const id = copyClaim(claim, ours.id, max + 1);
      ourClaims.push({ ...claim, id });
      added = true;
    }
    if (added) renumber(db, ours.id);
  }
  return counts;
}

/** Positions follow the text again after claims were added at the end (two steps: positions are unique). */
function renumber(db: Db, articleId: number): void {
  db.prepare('UPDATE main.claims SET position = position + 1000000 WHERE article_id = ?').run(articleId);
  db.prepare(
    `UPDATE main.claims SET position = (
       SELECT r FROM (SELECT id, row_number() OVER (ORDER BY span_start, span_end, id) AS r FROM main.claims WHERE article_id = ?1) x WHERE x.id = main.claims.id
     ) WHERE article_id = ?1`,
  ).run(articleId);
}
