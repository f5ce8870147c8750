import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../testing/temp-workspace';
import { insertArticle } from './articles';
import { insertClaims, type NewClaim } from './claims';

const workspace = useTempWorkspace();

function claim(i: number): NewClaim {
  return {
    position: i + 1,
    text: `Claim ${i}: ${i * 7} lorries crossed at Malmö, the minister's office said.`,
    start: i * 100,
    end: i * 100 + 60,
    prefix: i % 2 ? 'before ' : '',
    suffix: ' after',
    kind: i % 5 === 0 ? 'question' : 'claim',
    hidden: i % 4 === 3,
    speaker: i % 3 ? `Speaker ${i % 3}` : null,
    figures: i % 2 ? [`${i * 7}`] : [],
    entities: i % 2 ? ['Malmö', `Office ${i}`, 'Malmö'] : [],
    checkWorthiness: (i % 10) / 9,
    reasons: ['figure'],
  };
}

describe('insertClaims (by the 50, entities by the 100)', () => {
  it('stores every claim and entity as given, with the ids SQLite gives one row at a time, across chunks and after a deleted last claim', () => {
    const ws = workspace();
    const db = ws.db;
    const article = insertArticle(db, { title: 'T', date: null, dateline: null, body: 'b', contentHash: 'h', filename: null, importedAt: 'now', importedBy: '' });
    const first = insertClaims(db, article, [0, 1, 2].map(claim));
    expect(first).toEqual([1, 2, 3]);
    // The highest id gone: SQLite's next rowid is one above the highest left, and so is ours.
    db.prepare('DELETE FROM claims WHERE id = 3').run();
    const given = Array.from({ length: 123 }, (_, i) => claim(i + 3));
    const ids = insertClaims(db, article, given);
    expect(ids).toEqual(Array.from({ length: 123 }, (_, i) => 3 + i));

    const rows = db
      .prepare(`SELECT id, position, text, span_start AS start, span_end AS "end", prefix, suffix, kind, hidden, speaker, figures, check_worthiness AS checkWorthiness, reasons
        FROM claims WHERE id >= 3 ORDER BY id`)
      .all() as Array<Record<string, unknown>>;
    expect(rows).toEqual(
      given.map((c, i) => ({
        id: ids[i],
        position: c.position,
        text: c.text,
        start: c.start,
        end: c.end,
        prefix: c.prefix,
        suffix: c.suffix,
        kind: c.kind,
        hidden: c.hidden ? 1 : 0,
        speaker: c.speaker,
        figures: JSON.stringify(c.figures),
        checkWorthiness: c.checkWorthiness,
        reasons: JSON.stringify(c.reasons),
      })),
    );
    // Entities once each, in order (over 100 of them: two statements).
    const entities = db.prepare('SELECT claim_id, ord, entity FROM claim_entities WHERE claim_id >= 3 ORDER BY claim_id, ord').raw().all();
    expect(entities).toEqual(given.flatMap((c, i) => [...new Set(c.entities)].map((e, ord) => [ids[i], ord, e])));
    expect(entities.length).toBeGreaterThan(100);
    // The search index has each one.
    expect(db.prepare('SELECT rowid, text FROM claim_search WHERE rowid >= 3 ORDER BY rowid').raw().all()).toEqual(given.map((c, i) => [ids[i], c.text]));
    expect(insertClaims(db, article, [])).toEqual([]);
  });
});
