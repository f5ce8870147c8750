import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSources, variedCopy } from '../../bench/import-corpus';
import { useTempDir } from '../../db/testing/temp-workspace';
import { allClaimTexts, claimIdsWith } from '../../db/queries/claim-memory';
import { profileClaim, RARE_UNIT_MAX_CLAIMS, scoreMatch, searchUnits } from '../analysis/claim-memory';
import { NO_METADATA } from '../import';
import v8 from 'node:v8';
import { ClaimIndex, claimKeysOf, UnitReceiver, UnitSender } from './claim-memory';
import { prepareText, storeArticle, type PreparedArticle } from './handlers/articles';
import { closeWorkspace, openWorkspace, type Workspace } from './workspace';

const tempDir = useTempDir();

const towns = ['Quetta', 'Peshawar', 'Chaman', 'Torkham', 'Kabul', 'Jalalabad', 'Kandahar', 'Herat', 'Lahore', 'Karachi'];
/** Like claims with other figures: many matches, and words in more than RARE_UNIT_MAX_CLAIMS claims. */
const repetitive = (copy: number) =>
  Array.from({ length: 40 }, (_, i) => `The provincial minister said ${120 + i * 7 + (copy % 3)} families left ${towns[i % towns.length]} for the border camps.`).join('\n\n') +
  `\n\nCopy ${copy}.`;
/** Words FTS5 folds its own way: accents, letters without a decomposition, other scripts, apostrophes, marks written apart. */
const accented = (copy: number) =>
  [
    `Søren Ødegård of the Zürich office said ${300 + copy} lorries crossed at Malmö on Tuesday.`,
    `José Núñez told reporters that ${40 + (copy % 2)}% of São Paulo's clinics had closed since 2023.`,
    `Владимир Путин said Россия would send ${12 + copy} ships to the Black Sea, officials in Kyiv said.`,
    `The mayor of Zu\u0308rich said the city's budget of ${900 + copy} million francs wasn't enough.`,
    `Дмитрий Песков said ${copy + 5} delegates flew to Αθήνα for the talks, Greek officials said.`,
    `Đặng Thị Hương won ${copy + 2} gold medals in Hà Nội, Vietnam's sports ministry said.`,
  ].join('\n\n');

function prepare(texts: string[]): PreparedArticle[] {
  return texts.map((text, i) => prepareText(text, `${i}.txt`, NO_METADATA, () => false));
}

function matchesOf(ws: Workspace) {
  return ws.db.prepare('SELECT claim_id, earlier_claim_id, score FROM claim_matches ORDER BY claim_id, earlier_claim_id').all();
}

describe('claim memory from an in-memory index (the CLI)', () => {
  it('finds exactly the matches FTS5 finds one import at a time: an index built from the workspace, grown by a batch, rebuilt after another process writes', () => {
    const sources = corpusSources();
    const texts = [
      ...Array.from({ length: 5 }, (_, copy) => repetitive(copy)),
      ...Array.from({ length: 3 }, (_, copy) => accented(copy)),
      ...sources.slice(0, 12).flatMap((s) => [s.text, variedCopy(s.text, 1)]),
      ...sources.slice(0, 12).map((s) => variedCopy(s.text, 2)),
    ];
    const prepared = prepare(texts);
    // Stored before the run, in the middle of it by another process, and the rest in two batches with one index.
    const before = 6;
    const byOther = 20;

    const plain = openWorkspace({ dbPath: path.join(tempDir(), 'plain.sqlite') });
    const indexed = openWorkspace({ dbPath: path.join(tempDir(), 'indexed.sqlite') });
    const other = openWorkspace({ dbPath: indexed.dbPath });
    const index = new ClaimIndex();
    try {
      for (const p of prepared) plain.db.transaction(() => storeArticle(plain, p))();

      for (const p of prepared.slice(0, before)) indexed.db.transaction(() => storeArticle(indexed, p))();
      const batch = (from: number, to: number) =>
        indexed.db.transaction(() => {
          index.refresh(indexed.db);
          prepared.slice(from, to).forEach((p, i) => {
            // Claim keys from an analysis thread for most; none for some; another article's (ignored where they differ) for one.
            const from = i === 3 ? prepared[0]! : p;
            if (i % 4 !== 1) index.expect(claimKeysOf(from.analysis!.claims));
            storeArticle(indexed, p, undefined, index);
          });
        })();
      batch(before, byOther);
      other.db.transaction(() => storeArticle(other, prepared[byOther]!))();
      batch(byOther + 1, prepared.length);

      const claims = (ws: Workspace) => (ws.db.prepare('SELECT count(*) AS n, sum(hidden) AS hidden FROM claims').get() as { n: number; hidden: number });
      // The index holds every claim, the other process's included (it was rebuilt), hidden ones too.
      expect(index.size).toBe(claims(indexed).n);
      expect(claims(indexed).hidden).toBeGreaterThan(0);
      expect(claims(indexed).n).toBeGreaterThan(RARE_UNIT_MAX_CLAIMS * 3);
      const expected = matchesOf(plain);
      expect(expected.length).toBeGreaterThan(100);
      expect(matchesOf(indexed)).toEqual(expected);
    } finally {
      closeWorkspace(plain);
      closeWorkspace(other);
      closeWorkspace(indexed);
    }
  });

  it('holds the words of each claim as FTS5 does: every search unit of every claim finds the same claims in both', () => {
    const ws = openWorkspace({ dbPath: path.join(tempDir(), 'w.sqlite') });
    const index = new ClaimIndex();
    try {
      const odd =
        'Odd words\n\nThe "NEAR" AND OR report* (col:umn) ^start says 800,000 Afghans were expelled from Pakistan since November 2023, didn\'t it?' +
        '\n\nThe minister’s “final” offer — 1,200 tonnes of wheat… — was turned down by Pakistan’s traders on Friday.';
      for (const p of prepare([accented(0), accented(1), repetitive(0), odd, corpusSources()[0]!.text])) ws.db.transaction(() => storeArticle(ws, p))();
      ws.db.transaction(() => index.refresh(ws.db))();
      const texts = ws.db.prepare('SELECT text FROM claims').pluck().all() as string[];
      const units = new Map(texts.flatMap((t) => searchUnits(t)).map((u) => [u.fts, u]));
      expect(units.size).toBeGreaterThan(100);
      const everyClaim = { kind: 'before-claim', claimId: Number.MAX_SAFE_INTEGER } as const;
      const found = [...units.values()].map((u) => [u.fts, index.claimsHolding(u, 1000)]);
      expect(found).toEqual([...units.values()].map((u) => [u.fts, claimIdsWith(ws.db, u.fts, everyClaim, 1000)]));
      // Not an empty agreement: the accented words are found.
      for (const word of ['zurich', 'malmo', 'nunez', 'россия']) {
        const unit = [...units.values()].find((u) => u.terms.includes(word));
        expect(unit && index.claimsHolding(unit, 1000).length, word).toBeGreaterThan(0);
      }
    } finally {
      closeWorkspace(ws);
    }
  });

  it('an article rolled back takes nothing of the index with it: the next ones still match as FTS5 does', () => {
    const plain = openWorkspace({ dbPath: path.join(tempDir(), 'plain.sqlite') });
    const indexed = openWorkspace({ dbPath: path.join(tempDir(), 'indexed.sqlite') });
    const index = new ClaimIndex();
    try {
      const [a, b, c, d] = prepare([accented(0), accented(1), accented(2), repetitive(0)]);
      for (const p of [a!, c!, d!]) plain.db.transaction(() => storeArticle(plain, p))();
      indexed.db.transaction(() => {
        index.refresh(indexed.db);
        storeArticle(indexed, a!, undefined, index);
        // The first article in other scripts of the run fails after its claims are matched (the index's temporary table is made inside its savepoint).
        indexed.db.exec('SAVEPOINT import_article');
        storeArticle(indexed, b!, undefined, index);
        indexed.db.exec('ROLLBACK TO import_article');
        indexed.db.exec('RELEASE import_article');
        index.invalidate();
        storeArticle(indexed, c!, undefined, index);
        storeArticle(indexed, d!, undefined, index);
      })();
      expect(matchesOf(plain).length).toBeGreaterThan(0);
      expect(matchesOf(indexed)).toEqual(matchesOf(plain));
    } finally {
      closeWorkspace(plain);
      closeWorkspace(indexed);
    }
  });

  it('a stale index would see other claims: refresh rebuilds only when another connection has committed', () => {
    const ws = openWorkspace({ dbPath: path.join(tempDir(), 'w.sqlite') });
    const other = openWorkspace({ dbPath: ws.dbPath });
    const index = new ClaimIndex();
    try {
      const [a, b] = prepare([repetitive(0), repetitive(1)]);
      ws.db.transaction(() => storeArticle(ws, a!))();
      ws.db.transaction(() => index.refresh(ws.db))();
      const n = index.size;
      expect(n).toBeGreaterThan(0);
      other.db.exec('DELETE FROM articles');
      ws.db.transaction(() => index.refresh(ws.db))();
      expect(index.size).toBe(0);
      // Its own writes it learns from storeArticle, not from a rebuild.
      ws.db.transaction(() => storeArticle(ws, b!, undefined, index))();
      expect(index.size).toBe(n);
    } finally {
      closeWorkspace(other);
      closeWorkspace(ws);
    }
  });

  it('claim keys cross between threads with each search unit sent once, then by number, and come back the same', () => {
    const articles = prepare([accented(0), accented(1), repetitive(0), repetitive(1), corpusSources()[0]!.text]).map((p) => claimKeysOf(p.analysis!.claims));
    // A table that starts over after 40 units: the numbers begin again, and the receiver follows.
    const sender = new UnitSender(40);
    const receiver = new UnitReceiver();
    let resets = 0;
    for (const keys of articles) {
      // Through the structured clone a postMessage makes.
      const sent = v8.deserialize(v8.serialize(sender.send(keys))) as ReturnType<UnitSender['send']>;
      if (sent.reset) resets++;
      const sentUnits = sent.keys.reduce((n, k) => n + (k?.units.length ?? 0), 0);
      expect(sent.newUnits.length).toBeLessThanOrEqual(sentUnits);
      expect(receiver.receive(sent)).toEqual(keys);
    }
    expect(resets).toBeGreaterThan(0);
    // Later articles reuse units sent before: fewer new units than units.
    const again = sender.send(articles[3]!);
    expect(again.newUnits.length).toBeLessThan(again.keys.reduce((n, k) => n + (k?.units.length ?? 0), 0));
  });

  it('copies of a claim share one profile and are scored once for each claim: every score stored is the pair\'s own, and both paths store the same', () => {
    // Copies with other figures: the sentences without a figure are the same text in every copy, candidates of one another.
    const texts = [...Array.from({ length: 4 }, (_, copy) => repetitive(copy)), ...corpusSources().slice(0, 6).flatMap((s) => [1, 2, 3].map((copy) => variedCopy(s.text, copy)))];
    const prepared = prepare(texts);
    const plain = openWorkspace({ dbPath: path.join(tempDir(), 'plain.sqlite') });
    const indexed = openWorkspace({ dbPath: path.join(tempDir(), 'indexed.sqlite') });
    const index = new ClaimIndex();
    try {
      for (const p of prepared) plain.db.transaction(() => storeArticle(plain, p))();
      indexed.db.transaction(() => {
        index.refresh(indexed.db);
        for (const p of prepared) {
          index.expect(claimKeysOf(p.analysis!.claims));
          storeArticle(indexed, p, undefined, index);
        }
      })();
      const claims = new Map(allClaimTexts(indexed.db).map((c) => [c.id, c]));
      const matches = matchesOf(indexed) as Array<{ claim_id: number; earlier_claim_id: number; score: number }>;
      // Not an empty check: many matches are between claims of one text, the copies whose score is shared.
      const sameText = matches.filter((m) => claims.get(m.claim_id)!.text === claims.get(m.earlier_claim_id)!.text);
      expect(sameText.length).toBeGreaterThan(50);
      expect(matches.length).toBeGreaterThan(sameText.length);
      const own = (id: number) => profileClaim(claims.get(id)!.text, claims.get(id)!.entities);
      for (const m of matches) expect(m.score, `${m.claim_id} -> ${m.earlier_claim_id}`).toBe(scoreMatch(own(m.claim_id), own(m.earlier_claim_id)));
      expect(matches).toEqual(matchesOf(plain));
    } finally {
      closeWorkspace(plain);
      closeWorkspace(indexed);
    }
  });
});
