import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { setPreference } from '../../db/queries/preferences';
import { useTempDir, useTempWorkspace } from '../../db/testing/temp-workspace';
import { runCli } from '../cli/run';
import { backfillClaimMemory, matchNewArticle, matchUnmatchedArticles, memoryProfile } from './claim-memory';
import { call, callOrThrow } from './dispatch';
import { closeWorkspace, openWorkspace, type Workspace } from './workspace';

const newWorkspace = useTempWorkspace();
const tempDir = useTempDir();

const EARLIER = `Deportations from Pakistan

More than 800,000 Afghans have been expelled from Pakistan since November 2023, the UN refugee agency said.

The Torkham border crossing was closed for 25 days in February, stranding thousands of lorries.

Wheat prices in Kabul rose by 12% last month, traders said.`;

const LATER = `Returns continue

Over 800,000 Afghans have been deported from Pakistan since November 2023, according to UNHCR.

Iran has deported 900,000 Afghans since November 2023, officials in Herat said.

The national cricket team beat Australia in Mumbai on Tuesday.`;

function claimsOf(ws: Workspace, articleId: number) {
  return callOrThrow(ws, 'listClaims', { filter: { articleId } }).rows;
}

function importBoth(ws: Workspace) {
  const earlier = callOrThrow(ws, 'importArticle', { text: EARLIER }).article;
  const later = callOrThrow(ws, 'importArticle', { text: LATER }).article;
  const [expelled, torkham] = claimsOf(ws, earlier.id);
  const [deported, iran, cricket] = claimsOf(ws, later.id);
  return { earlier, later, expelled: expelled!, torkham: torkham!, deported: deported!, iran: iran!, cricket: cricket! };
}

const matchCount = (ws: Workspace) => (ws.db.prepare('SELECT count(*) AS n FROM claim_matches').get() as { n: number }).n;

describe('claim memory', () => {
  it('a reworded claim in a later article is seen before, with the earlier verdict, notes and sources; both sides list each other', () => {
    const ws = newWorkspace();
    const earlier = callOrThrow(ws, 'importArticle', { text: EARLIER }).article;
    const expelled = claimsOf(ws, earlier.id)[0]!;
    callOrThrow(ws, 'setStatus', { claimId: expelled.id, status: 'verified' });
    callOrThrow(ws, 'addNote', { claimId: expelled.id, body: 'UNHCR flash update, checked.' });
    callOrThrow(ws, 'addSource', {
      claimId: expelled.id,
      url: 'https://example.org/unhcr-returns',
      title: 'Returns from Pakistan',
      publisher: 'UNHCR',
      publishedOn: '2025-02-01',
      stance: 'supports',
    });
    const later = callOrThrow(ws, 'importArticle', { text: LATER }).article;
    const deported = claimsOf(ws, later.id)[0]!;

    const detail = callOrThrow(ws, 'getClaim', { claimId: deported.id });
    expect(detail.seenBefore).toEqual([
      {
        claimId: expelled.id,
        earlier: true,
        score: expect.any(Number),
        articleId: earlier.id,
        articleTitle: 'Deportations from Pakistan',
        articleDate: null,
        text: expelled.text,
        verdict: { status: 'verified', reviewedBy: 'Tess Tester', reviewedAt: expect.any(String) },
        notes: [expect.objectContaining({ author: 'Tess Tester', body: 'UNHCR flash update, checked.', createdAt: expect.any(String) })],
        sources: [expect.objectContaining({ title: 'Returns from Pakistan', url: 'https://example.org/unhcr-returns', publisher: 'UNHCR', publishedOn: '2025-02-01', stance: 'supports' })],
      },
    ]);
    expect(detail.seenBefore[0]!.score).toBeGreaterThanOrEqual(0.5);
    // A suggestion only: the later claim is still not reviewed.
    expect(detail.claim.reviewedAt).toBeNull();
    // The earlier claim lists the later one too.
    expect(callOrThrow(ws, 'getClaim', { claimId: expelled.id }).seenBefore).toEqual([
      expect.objectContaining({ claimId: deported.id, earlier: false, verdict: null, notes: [], sources: [], articleId: later.id }),
    ]);
  });

  it('the same topic with another figure, and unrelated claims, are not matched', () => {
    const ws = newWorkspace();
    const { expelled, deported, iran, cricket, torkham } = importBoth(ws);
    expect(ws.db.prepare('SELECT claim_id AS claimId, earlier_claim_id AS earlierClaimId FROM claim_matches').all()).toEqual([
      { claimId: deported.id, earlierClaimId: expelled.id },
    ]);
    for (const claim of [iran, cricket, torkham]) expect(callOrThrow(ws, 'getClaim', { claimId: claim.id }).seenBefore).toEqual([]);
  });

  it('claims of one article are never matched with each other, and importing the same article again adds nothing', () => {
    const ws = newWorkspace();
    callOrThrow(ws, 'importArticle', { text: `Twice\n\n${EARLIER.split('\n\n')[1]}\n\n${EARLIER.split('\n\n')[1]!.replace('More than', 'Over')}` });
    expect(matchCount(ws)).toBe(0);
    importBoth(ws);
    const before = matchCount(ws);
    expect(callOrThrow(ws, 'importArticle', { text: LATER }).duplicate).toBe(true);
    expect(matchCount(ws)).toBe(before);
  });

  it('a claim whose words look like FTS5 syntax imports and matches like any other', () => {
    const ws = newWorkspace();
    const text = 'Odd words\n\nThe "NEAR" AND OR report* (col:umn) ^start says 800,000 Afghans were expelled from Pakistan since November 2023.';
    const a = callOrThrow(ws, 'importArticle', { text }).article;
    const b = callOrThrow(ws, 'importArticle', { text: LATER }).article;
    const [first] = claimsOf(ws, a.id);
    expect(callOrThrow(ws, 'getClaim', { claimId: first!.id }).seenBefore.map((s) => s.articleId)).toEqual([b.id]);
  });

  it('use this verdict: copies the verdict and links the same sources with the same stances, recorded in the history, one undo step', () => {
    const ws = newWorkspace();
    const { expelled, deported } = importBoth(ws);
    callOrThrow(ws, 'setStatus', { claimId: expelled.id, status: 'disputed' });
    callOrThrow(ws, 'addSource', { claimId: expelled.id, url: 'https://example.org/a', title: 'IOM border monitoring', stance: 'contradicts' });
    callOrThrow(ws, 'addSource', { claimId: expelled.id, url: 'https://example.org/b', title: 'Ministry figures', stance: 'context' });
    const [iom, ministry] = callOrThrow(ws, 'getClaim', { claimId: expelled.id }).sources;
    // Already linked to the later claim, with its own stance: left as it is.
    callOrThrow(ws, 'linkSource', { claimId: deported.id, sourceId: ministry!.id, stance: 'supports' });
    setPreference(ws.db, 'reviewerName', 'Rui');
    const before = callOrThrow(ws, 'getClaim', { claimId: deported.id });

    const after = callOrThrow(ws, 'useEarlierVerdict', { claimId: deported.id, earlierClaimId: expelled.id });
    expect(after.claim).toMatchObject({ status: 'disputed', reviewedBy: 'Rui', reviewedAt: expect.any(String) });
    expect(after.sources.map((s) => [s.id, s.stance])).toEqual(
      expect.arrayContaining([
        [iom!.id, 'contradicts'],
        [ministry!.id, 'supports'],
      ]),
    );
    expect(after.sources).toHaveLength(2);
    expect(after.history.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'status', oldValue: 'not reviewed', newValue: 'disputed', actor: 'Rui' }),
        expect.objectContaining({ action: 'source_linked', oldValue: null, newValue: 'IOM border monitoring <https://example.org/a> [contradicts]' }),
      ]),
    );
    // The earlier claim is untouched.
    expect(callOrThrow(ws, 'getClaim', { claimId: expelled.id }).claim).toMatchObject({ status: 'disputed', reviewedBy: 'Tess Tester' });
    expect(callOrThrow(ws, 'getUndoState', {}).undo).toMatchObject({ operation: 'useEarlierVerdict', label: 'use earlier verdict' });

    callOrThrow(ws, 'undo', {});
    const undone = callOrThrow(ws, 'getClaim', { claimId: deported.id });
    expect(undone.claim).toEqual(before.claim);
    expect(undone.sources).toEqual(before.sources);
    expect(undone.history[0]).toMatchObject({ action: expect.any(String), reverts: 'undo' });
    expect(undone.history.filter((h) => h.reverts === 'undo').map((h) => [h.action, h.oldValue, h.newValue])).toEqual(
      expect.arrayContaining([['status', 'disputed', 'not reviewed']]),
    );
  });

  it('use this verdict does not take over a source at an address the claim already has (another source row), so no address is there twice', () => {
    const ws = newWorkspace();
    const { expelled, deported } = importBoth(ws);
    callOrThrow(ws, 'setStatus', { claimId: expelled.id, status: 'verified' });
    callOrThrow(ws, 'addSource', { claimId: expelled.id, url: 'https://example.org/a', title: 'IOM border monitoring', stance: 'supports' });
    callOrThrow(ws, 'addSource', { claimId: expelled.id, url: 'https://example.org/b', title: 'Ministry figures', stance: 'context' });
    const own = callOrThrow(ws, 'addSource', { claimId: deported.id, url: 'https://example.org/a', title: 'IOM, as I found it', stance: 'contradicts' }).sources[0]!;
    const after = callOrThrow(ws, 'useEarlierVerdict', { claimId: deported.id, earlierClaimId: expelled.id });
    expect(after.claim.status).toBe('verified');
    expect(after.sources.map((s) => [s.url, s.id === own.id ? 'own' : 'taken', s.stance])).toEqual(
      expect.arrayContaining([
        ['https://example.org/a', 'own', 'contradicts'],
        ['https://example.org/b', 'taken', 'context'],
      ]),
    );
    expect(after.sources).toHaveLength(2);
  });

  it('use this verdict refuses a claim that is not a match, and one nobody reviewed', () => {
    const ws = newWorkspace();
    const { expelled, deported, iran } = importBoth(ws);
    expect(call(ws, 'useEarlierVerdict', { claimId: iran.id, earlierClaimId: expelled.id })).toMatchObject({ ok: false, error: { code: 'not_seen_before' } });
    expect(call(ws, 'useEarlierVerdict', { claimId: deported.id, earlierClaimId: expelled.id })).toMatchObject({ ok: false, error: { code: 'no_earlier_verdict' } });
    expect(call(ws, 'useEarlierVerdict', { claimId: deported.id, earlierClaimId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found_claim' } });
    expect(callOrThrow(ws, 'getUndoState', {}).undo).toBeNull();
    // Either direction is a match: the earlier claim may take the later one's verdict.
    callOrThrow(ws, 'setStatus', { claimId: deported.id, status: 'verified' });
    expect(callOrThrow(ws, 'useEarlierVerdict', { claimId: expelled.id, earlierClaimId: deported.id }).claim.status).toBe('verified');
  });

  it('Not the same claim: the match goes from both sides, the filter and the CSV, stays gone when matched again, and one undo brings it back', () => {
    const ws = newWorkspace();
    const { expelled, deported, later } = importBoth(ws);
    setPreference(ws.db, 'reviewerName', 'Rui');
    const dismissed = callOrThrow(ws, 'dismissMatch', { claimId: deported.id, otherClaimId: expelled.id });
    expect(dismissed.seenBefore).toEqual([]);
    expect(callOrThrow(ws, 'getClaim', { claimId: expelled.id }).seenBefore).toEqual([]);
    expect(callOrThrow(ws, 'listClaims', { filter: { seenBefore: true } }).total).toBe(0);
    const csv = parse(callOrThrow(ws, 'exportCsv', {}).csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(csv.every((r) => r['Seen before'] === '')).toBe(true);
    expect(ws.db.prepare('SELECT dismissed_by FROM claim_matches').all()).toEqual([{ dismissed_by: 'Rui' }]);
    // Use this verdict no longer takes it, and dismissing it twice is refused.
    expect(call(ws, 'useEarlierVerdict', { claimId: deported.id, earlierClaimId: expelled.id })).toMatchObject({ ok: false, error: { code: 'not_seen_before' } });
    expect(call(ws, 'dismissMatch', { claimId: expelled.id, otherClaimId: deported.id })).toMatchObject({ ok: false, error: { code: 'not_seen_before' } });
    // Matching the article again (as the background backfill would) does not bring it back.
    ws.db.transaction(() => matchNewArticle(ws.db, later.id))();
    expect(callOrThrow(ws, 'getClaim', { claimId: deported.id }).seenBefore).toEqual([]);

    expect(callOrThrow(ws, 'getUndoState', {}).undo).toMatchObject({ operation: 'dismissMatch', label: 'not the same claim' });
    callOrThrow(ws, 'undo', {});
    expect(callOrThrow(ws, 'getClaim', { claimId: deported.id }).seenBefore.map((s) => s.claimId)).toEqual([expelled.id]);
    expect(callOrThrow(ws, 'listClaims', { filter: { seenBefore: true } }).total).toBe(2);
  });

  it('the Seen before filter lists claims with a match, on either side, and counts them', () => {
    const ws = newWorkspace();
    const { expelled, deported, later } = importBoth(ws);
    const seen = callOrThrow(ws, 'listClaims', { filter: { seenBefore: true } });
    expect(seen.total).toBe(2);
    expect(seen.rows.map((r) => r.id)).toEqual([expelled.id, deported.id]);
    expect(callOrThrow(ws, 'listClaims', { filter: { seenBefore: true, articleId: later.id } }).rows.map((r) => r.id)).toEqual([deported.id]);
    expect(callOrThrow(ws, 'listClaims', { filter: { seenBefore: false } }).total).toBe(6);
    expect(call(ws, 'listClaims', { filter: { seenBefore: 'yes' } as never })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('the CSV has a column "Seen before" (after Article words) with the matching claim IDs', () => {
    const ws = newWorkspace();
    const { expelled, deported, iran } = importBoth(ws);
    const { csv } = callOrThrow(ws, 'exportCsv', {});
    const records = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    const header = parse(csv, { bom: true, to_line: 1 }) as string[][];
    // Columns are only ever added at the end: Tags and Speaker set by came after it.
    expect(header[0]!.slice(-4)).toEqual(['Article words', 'Seen before', 'Tags', 'Speaker set by']);
    const cell = (id: number) => records.find((r) => r['Claim ID'] === String(id))!['Seen before'];
    expect(cell(expelled.id)).toBe(String(deported.id));
    expect(cell(deported.id)).toBe(String(expelled.id));
    expect(cell(iran.id)).toBe('');
    // Several are listed lowest ID first, separated by "; ".
    const third = callOrThrow(ws, 'importArticle', { text: 'Again\n\nSince November 2023, more than 800,000 Afghans were expelled from Pakistan, the UNHCR says.' }).article;
    const again = claimsOf(ws, third.id)[0]!;
    const again_ = parse(callOrThrow(ws, 'exportCsv', {}).csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(again_.find((r) => r['Claim ID'] === String(again.id))!['Seen before']).toBe(`${expelled.id}; ${deported.id}`);
  });

  it('deleting a claim removes its matches', () => {
    const ws = newWorkspace();
    const { deported } = importBoth(ws);
    expect(matchCount(ws)).toBe(1);
    ws.db.prepare('DELETE FROM claims WHERE id = ?').run(deported.id);
    expect(matchCount(ws)).toBe(0);
  });
});

describe('workspaces whose matches were never computed', () => {
  /** A workspace as an older Claimdesk left it: both articles in, no matches, nothing marked matched. */
  function unmatchedWorkspace(): string {
    const file = path.join(tempDir(), 'old.sqlite');
    const ws = openWorkspace({ dbPath: file, reviewer: 'Ana' });
    importBoth(ws);
    ws.db.exec('DELETE FROM claim_matches; UPDATE articles SET claims_matched = 0;');
    closeWorkspace(ws);
    return file;
  }

  it('get them once, when the workspace opens', () => {
    const file = unmatchedWorkspace();
    const ws = openWorkspace({ dbPath: file, reviewer: 'Ana' });
    try {
      expect(ws.db.prepare('SELECT count(*) AS n FROM articles WHERE claims_matched = 0').get()).toEqual({ n: 0 });
      const deported = callOrThrow(ws, 'listClaims', { filter: { search: 'deported UNHCR' } }).rows[0]!;
      expect(callOrThrow(ws, 'getClaim', { claimId: deported.id }).seenBefore).toEqual([expect.objectContaining({ earlier: true, articleTitle: 'Deportations from Pakistan' })]);
      expect(matchCount(ws)).toBe(1);
    } finally {
      closeWorkspace(ws);
    }
    // Opening again computes nothing twice.
    const again = openWorkspace({ dbPath: file, reviewer: 'Ana' });
    try {
      expect(matchCount(again)).toBe(1);
      expect(matchUnmatchedArticles(again.db)).toEqual({ articles: 0, matches: 0, remaining: 0 });
    } finally {
      closeWorkspace(again);
    }
  });

  it('go on in the background when opening ran out of time, one committed article at a time', async () => {
    const file = unmatchedWorkspace();
    const ws = openWorkspace({ dbPath: file, reviewer: 'Ana' });
    try {
      ws.db.exec('DELETE FROM claim_matches; UPDATE articles SET claims_matched = 0;');
      expect(backfillClaimMemory(ws.db, -1)).toEqual({ articles: 0, matches: 0, remaining: 2 });
      // The workspace answers meanwhile.
      expect(callOrThrow(ws, 'getStats', {}).overall.total).toBe(6);
      await expect.poll(() => matchCount(ws), { timeout: 3000 }).toBe(1);
      expect(ws.db.prepare('SELECT count(*) AS n FROM articles WHERE claims_matched = 0').get()).toEqual({ n: 0 });
    } finally {
      closeWorkspace(ws);
    }
  });

  it('never wait for another process holding the write lock: the matching waits instead', () => {
    const file = unmatchedWorkspace();
    const ws = openWorkspace({ dbPath: file, reviewer: 'Ana' });
    try {
      ws.db.exec('DELETE FROM claim_matches; UPDATE articles SET claims_matched = 0;');
      const other = new Database(file);
      other.prepare('BEGIN IMMEDIATE').run();
      try {
        const started = Date.now();
        expect(matchUnmatchedArticles(ws.db)).toEqual({ articles: 0, matches: 0, remaining: 2 });
        expect(Date.now() - started).toBeLessThan(1000);
      } finally {
        other.prepare('ROLLBACK').run();
        other.close();
      }
      expect(matchUnmatchedArticles(ws.db)).toEqual({ articles: 2, matches: 1, remaining: 0 });
    } finally {
      closeWorkspace(ws);
    }
  });
});

describe('claims worded the same in two articles always match', () => {
  // Sentences of a real wire story (AP, 2019) whose copies went unmatched: the names in them are the surnames of
  // people the article introduced, so both copies resolved them to "Tova Noel", "Ted Cruz" ... which neither text spells out.
  const STORY = `Guards charged in Epstein case

NEW YORK (AP) — Two guards, Tova Noel and Michael Thomas, were charged on Tuesday with falsifying prison records.

Noel and Thomas signed "false certifications" attesting they had made their required rounds, according to court records.

Sen. Ted Cruz questioned the Bureau of Prisons director at a hearing.

Cruz called the suicide a "profound indictment of the system."

"We messed up; I messed up," Thomas allegedly told a supervisor.

Forensic psychologist Lisa Boesky reviewed the jail's records.

Boesky said Epstein was still "a high risk for suicide" because of the nature of his crimes, the humiliation he experienced after his arrest and his prior suicide attempt.`;

  const SENTENCES = [
    'Noel and Thomas signed "false certifications" attesting they had made their required rounds, according to court records.',
    'Cruz called the suicide a "profound indictment of the system."',
    '"We messed up; I messed up," Thomas allegedly told a supervisor.',
    'Boesky said Epstein was still "a high risk for suicide" because of the nature of his crimes, the humiliation he experienced after his arrest and his prior suicide attempt.',
  ];

  function seenBeforeOf(ws: Workspace, articleId: number, text: string): number[] {
    const claim = claimsOf(ws, articleId).find((c) => c.text === text);
    expect(claim, text).toBeDefined();
    return callOrThrow(ws, 'getClaim', { claimId: claim!.id }).seenBefore.map((s) => s.claimId);
  }

  it('the same text, and the same text with curly quotes and other spacing, through the API and the CLI', async () => {
    const curly = STORY.replace(/"([^"]*)"/g, '“$1”').replace(/ signed /, '  signed ').replace(/\n\nCruz/, '\n\nCruz ');
    const edited = `${STORY}\n\nEditor's note: updated Tuesday.`;
    const ws = newWorkspace();
    const first = callOrThrow(ws, 'importArticle', { text: STORY }).article;
    const same = callOrThrow(ws, 'importArticle', { text: edited }).article;
    const quoted = callOrThrow(ws, 'importArticle', { text: curly }).article;
    const idOf = (text: string) => claimsOf(ws, first.id).find((c) => c.text === text)!.id;
    for (const text of SENTENCES) {
      expect(seenBeforeOf(ws, same.id, text), text).toContain(idOf(text));
      const variant = claimsOf(ws, quoted.id).find((c) => c.text.replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim() === text)!;
      expect(callOrThrow(ws, 'getClaim', { claimId: variant.id }).seenBefore.map((s) => s.claimId), variant.text).toContain(idOf(text));
    }
    // Every shown claim of the edited copy is seen before in the first.
    for (const claim of claimsOf(ws, same.id).filter((c) => claimsOf(ws, first.id).some((f) => f.text === c.text))) {
      expect(callOrThrow(ws, 'getClaim', { claimId: claim.id }).seenBefore.length, claim.text).toBeGreaterThan(0);
    }

    // The CLI's import of many files (its in-memory index of the workspace) finds the same.
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), STORY);
    fs.writeFileSync(path.join(dir, 'b.txt'), edited);
    const dbPath = path.join(dir, 'cli.sqlite');
    const io = { out: { write: () => true }, err: { write: () => true }, env: {} };
    expect(await runCli(['--db', dbPath, '--reviewer', 'Ana', 'import', path.join(dir, 'a.txt'), path.join(dir, 'b.txt')], io)).toBe(0);
    const db = new Database(dbPath, { readonly: true });
    try {
      const unmatched = db
        .prepare(`SELECT b.text FROM claims b JOIN claims a ON a.text = b.text AND a.article_id = 1 AND a.hidden = 0
          WHERE b.article_id = 2 AND b.hidden = 0 AND NOT EXISTS (SELECT 1 FROM claim_matches m WHERE m.claim_id = b.id AND m.earlier_claim_id = a.id)`)
        .pluck()
        .all();
      expect(unmatched).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('found however many newer claims share its words: an older copy made of common words, or of one word of a hundred shorter claims', () => {
    const ws = newWorkspace();
    const claim = 'Police today said many claims about its actions and officers are unfounded.';
    const first = callOrThrow(ws, 'importArticle', { text: `Police statement\n\n${claim}` }).article;
    // Newer claims: more than a hundred hold "police" and "officers" (common words), and shorter ones "action".
    const towns = Array.from({ length: 120 }, (_, i) => `Police officers in Town${i} said ${i + 3} roads were closed after the storm.`);
    const actions = Array.from({ length: 30 }, (_, i) => `Villa${i} took legal action over ${i + 2} fines.`);
    callOrThrow(ws, 'importArticle', { text: `Storm\n\n${[...towns, ...actions].join('\n\n')}` });
    const later = callOrThrow(ws, 'importArticle', { text: `Police statement again\n\n${claim}` }).article;
    expect(seenBeforeOf(ws, later.id, claim)).toContain(claimsOf(ws, first.id).find((c) => c.text === claim)!.id);
  });
});

describe('a story printed more times than a claim has candidates', () => {
  // B14 (user test 2): with 26 copies of one wire story, the newest copy's Seen before listed 20 unreviewed copies and
  // not the one copy that had a verdict, a note and a source.
  const STORY = `Friends with Benefits

Cambodia is now the one country in Southeast Asia openly embracing China.

Hun Sen accused Washington of meddling in the country's internal affairs.`;
  const CLAIM = 'Cambodia is now the one country in Southeast Asia openly embracing China.';
  const copy = (n: number) => `${STORY}\n\nCorrection ${n}: an earlier version of this story misspelt a name.`;

  it('the reviewed copy is offered to the 26th copy, through the API and through the CLI (its index of the workspace)', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'copies.sqlite');
    const firstWs = openWorkspace({ dbPath, reviewer: 'Tess Ter' });
    let reviewedId: number;
    try {
      const first = callOrThrow(firstWs, 'importArticle', { text: copy(1) }).article;
      reviewedId = claimsOf(firstWs, first.id).find((c) => c.text === CLAIM)!.id;
      callOrThrow(firstWs, 'setStatus', { claimId: reviewedId, status: 'unverified' });
      callOrThrow(firstWs, 'addNote', { claimId: reviewedId, body: 'No source for "the one country".' });
      // A copy with only a note counts as reviewed too.
      const second = callOrThrow(firstWs, 'importArticle', { text: copy(2) }).article;
      const noted = claimsOf(firstWs, second.id).find((c) => c.text === CLAIM)!.id;
      callOrThrow(firstWs, 'addNote', { claimId: noted, body: 'Same wire copy.' });
      for (let n = 3; n <= 26; n++) callOrThrow(firstWs, 'importArticle', { text: copy(n) });
      const last = claimsOf(firstWs, 26).find((c) => c.text === CLAIM)!;
      const seen = callOrThrow(firstWs, 'getClaim', { claimId: last.id }).seenBefore;
      expect(seen.length).toBeLessThanOrEqual(20);
      const offered = seen.find((s) => s.claimId === reviewedId);
      expect(offered?.verdict).toMatchObject({ status: 'unverified', reviewedBy: 'Tess Ter' });
      expect(offered?.notes.map((n) => n.body)).toEqual(['No source for "the one country".']);
      expect(seen.map((s) => s.claimId)).toContain(noted);
    } finally {
      closeWorkspace(firstWs);
    }

    // The CLI's import of many files: 26 more copies in one run; the last one is offered the reviewed copy too.
    const files = Array.from({ length: 26 }, (_, i) => {
      const file = path.join(dir, `copy${i + 27}.txt`);
      fs.writeFileSync(file, copy(i + 27));
      return file;
    });
    const io = { out: { write: () => true }, err: { write: () => true }, env: {} };
    expect(await runCli(['--db', dbPath, '--reviewer', 'Ana', 'import', ...files], io)).toBe(0);
    const db = new Database(dbPath, { readonly: true });
    try {
      const lastClaim = db.prepare('SELECT c.id FROM claims c WHERE c.article_id = (SELECT max(id) FROM articles) AND c.text = ?').pluck().get(CLAIM) as number;
      const earlier = db.prepare('SELECT earlier_claim_id FROM claim_matches WHERE claim_id = ?').pluck().all(lastClaim) as number[];
      expect(earlier).toContain(reviewedId);
    } finally {
      db.close();
    }
  });
});

describe('a date and a few common words in common are not the same claim (user test 3: two real articles on one story)', () => {
  // VOA, "Moscow Apologizes for Lavrov's Remarks", and Polygraph.info's fact-check of Lavrov (both public domain).
  const EVIDENCE =
    'U.S. officials presented evidence in support of the allegations of Russian hacking to U.S. senators in the first week of January and in a declassified report released to news media on January 6 — the same day that the officials gave President-elect Donald Trump a more detailed briefing at Trump Tower in New York.';
  const APOLOGY =
    "Russia's Foreign Ministry spokeswoman has apologized to a VOA reporter for remarks made by Foreign Minister Sergei Lavrov at a Tuesday news conference, in which he misrepresented Voice of America reporting in a way that served to undermine the agency's credibility.";
  const JANUARY_9 =
    'Speaking Tuesday, Lavrov incorrectly said the VOA article had been published on January 9 — the same day that Russian officials issued their first formal response to the U.S. allegations, dismissing them as a "full-scale witch hunt."';
  const MOSCOW = `Moscow Apologizes for Lavrov's Remarks\n\n${APOLOGY}\n\n${EVIDENCE}\n\n${JANUARY_9}`;
  // Shares January 6, "officials", "Russian" and "briefing" with EVIDENCE: another statement (when VOA's article appeared).
  const PUBLISHED = 'The article Lavrov was referencing was published on January 6, three days before Russian officials responded to the U.S. intelligence briefing.';
  const APOLOGY_AGAIN =
    "Russian Foreign Ministry spokeswoman Maria Zakharova apologized to a VOA reporter for remarks made by Foreign Minister Sergei Lavrov at a Tuesday news conference, in which he misrepresented Voice of America reporting in a way that served to undermine the agency's credibility.";
  const JANUARY_9_AGAIN =
    'Lavrov incorrectly said that the VOA article he was referencing was published on January 9 - the same day that Russian officials issued their first formal response and dismissed the report as a "full-scale witch hunt."';
  const POLYGRAPH = `Lavrov's incorrect remarks\n\n${APOLOGY_AGAIN}\n\n${JANUARY_9_AGAIN}\n\n${PUBLISHED}`;
  // The same claim as EVIDENCE, reworded by hand: the date and most of its words.
  const REWORDED = 'On January 6, U.S. intelligence officials released a declassified report on Russian hacking, the same day they briefed President-elect Donald Trump at Trump Tower.';
  const BRIEFING = `Briefing day\n\n${REWORDED}`;

  /** Every stored match, as the later claim's text -> the earlier claim's text. */
  const pairsIn = (db: Database.Database) =>
    db
      .prepare('SELECT l.text AS later, e.text AS earlier FROM claim_matches m JOIN claims l ON l.id = m.claim_id JOIN claims e ON e.id = m.earlier_claim_id ORDER BY l.id, e.id')
      .all();
  const expected = [
    { later: APOLOGY_AGAIN, earlier: APOLOGY },
    { later: JANUARY_9_AGAIN, earlier: JANUARY_9 },
    { later: REWORDED, earlier: EVIDENCE },
  ];

  it('a date is a month, a year, or a number written as the day of a month; other figures count as before', () => {
    const undated = (text: string) => memoryProfile(text, []).undatedFigures.map((f) => f.value);
    expect(undated(PUBLISHED)).toEqual([3]);
    expect(undated('On the 6th of May 2024, 12 people were hurt.')).toEqual([12]);
    expect(undated('The report dated 2017-01-06 counted 40 cases.')).toEqual([40]);
    expect(undated('Prices rose 6% in the week to March 6.')).toEqual([6]);
    // A month is a name, written with a capital: "march 12" is no date.
    expect(undated('Protesters march 12 miles to the capital.')).toEqual([12]);
  });

  it('the two true pairs of the two articles are found, the pair sharing January 6 is not, a rewording of it is; through the API and the CLI', async () => {
    const ws = newWorkspace();
    for (const text of [MOSCOW, POLYGRAPH, BRIEFING]) callOrThrow(ws, 'importArticle', { text });
    // Every sentence is a claim of its own, as the user test had them.
    for (const text of [EVIDENCE, PUBLISHED, REWORDED]) expect(ws.db.prepare('SELECT count(*) FROM claims WHERE text = ?').pluck().get(text)).toBe(1);
    expect(pairsIn(ws.db)).toEqual(expected);
    const published = ws.db.prepare('SELECT id FROM claims WHERE text = ?').pluck().get(PUBLISHED) as number;
    expect(callOrThrow(ws, 'getClaim', { claimId: published }).seenBefore).toEqual([]);

    // The CLI's import of many files finds candidates with its own index of the workspace: the same matches.
    const dir = tempDir();
    const dbPath = path.join(dir, 'cli.sqlite');
    const files = [MOSCOW, POLYGRAPH, BRIEFING].map((text, i) => {
      const file = path.join(dir, `article${i + 1}.txt`);
      fs.writeFileSync(file, text);
      return file;
    });
    const io = { out: { write: () => true }, err: { write: () => true }, env: {} };
    expect(await runCli(['--db', dbPath, '--reviewer', 'Ana', 'import', ...files], io)).toBe(0);
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(pairsIn(db)).toEqual(expected);
    } finally {
      db.close();
    }
  });
});
