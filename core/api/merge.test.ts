import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBackupSync } from '../../db/backup';
import { mergeWorkspace } from '../../db/merge';
import { setPreference } from '../../db/queries/preferences';
import { snapshotDatabase, useTempDir } from '../../db/testing/temp-workspace';
import { callOrThrow } from './dispatch';
import { closeWorkspace, openWorkspace, type Workspace } from './workspace';

const tempDir = useTempDir();
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) closeWorkspace(ws);
});

function workspace(dbPath: string, reviewer: string, startsAt: string): Workspace {
  let tick = Date.parse(startsAt);
  const ws = openWorkspace({ dbPath, now: () => new Date((tick += 1000)).toISOString() });
  setPreference(ws.db, 'reviewerName', reviewer);
  open.push(ws);
  return ws;
}

/** Ana's workspace and Ben's, both starting from the same imported sample article. */
function twoColleagues() {
  const dir = tempDir();
  const ana = workspace(path.join(dir, 'ana.sqlite'), 'Ana', '2026-01-01T09:00:00Z');
  callOrThrow(ana, 'loadSample', {});
  makeBackupSync(ana.db, ana.dbPath, 'manual', { out: path.join(dir, 'ben.sqlite') });
  const ben = workspace(path.join(dir, 'ben.sqlite'), 'Ben', '2026-01-02T09:00:00Z');
  const [c1, c2, c3] = callOrThrow(ana, 'listClaims', { limit: 3 }).rows.map((r) => r.id) as [number, number, number];
  return { ana, ben, c1, c2, c3 };
}

const historyOf = (ws: Workspace, claimId: number) => callOrThrow(ws, 'getHistory', { claimId });

describe('merging a colleague’s workspace', () => {
  it('brings tags by name (one tag whatever its case), and a second merge adds none', async () => {
    const { ana, ben, c1, c2 } = twoColleagues();
    callOrThrow(ana, 'tagClaims', { target: { claimIds: [c1] }, tag: 'Health' });
    callOrThrow(ben, 'tagClaims', { target: { claimIds: [c1, c2] }, tag: 'HEALTH' });
    callOrThrow(ben, 'tagClaims', { target: { claimIds: [c2] }, tag: 'Border desk' });
    const report = await mergeWorkspace(ana.db, ana.dbPath, ben.dbPath);
    expect(report.tagsAdded).toBe(2);
    expect(callOrThrow(ana, 'getClaim', { claimId: c1 }).tags).toEqual(['Health']);
    expect(callOrThrow(ana, 'getClaim', { claimId: c2 }).tags).toEqual(['Border desk', 'Health']);
    expect((await mergeWorkspace(ana.db, ana.dbPath, ben.dbPath)).tagsAdded).toBe(0);
  });

  it('brings speakers set by hand (and whether each is a person or an organisation) where ours is still the machine\'s; ours set by hand stays; a second merge takes none', async () => {
    const { ana, ben, c1, c2, c3 } = twoColleagues();
    callOrThrow(ben, 'setSpeaker', { claimId: c1, speaker: 'Ana Ruiz', speakerKind: 'organization' });
    callOrThrow(ben, 'setSpeaker', { claimId: c2, speaker: 'Interior ministry' });
    callOrThrow(ana, 'setSpeaker', { claimId: c2, speaker: 'Foreign Office' });
    const untouched = callOrThrow(ana, 'getClaim', { claimId: c3 }).claim;
    const report = await mergeWorkspace(ana.db, ana.dbPath, ben.dbPath);
    expect(report.speakersTaken).toBe(1);
    expect(callOrThrow(ana, 'getClaim', { claimId: c1 }).claim).toMatchObject({ speaker: 'Ana Ruiz', speakerKind: 'organization', speakerByHand: true });
    expect(historyOf(ana, c1)).toContainEqual(expect.objectContaining({ action: 'speaker_set', actor: expect.stringMatching(/^merged from /), newValue: 'Ana Ruiz' }));
    // Both set one by hand: Ana's stays; Ben's is in the history.
    expect(callOrThrow(ana, 'getClaim', { claimId: c2 }).claim.speaker).toBe('Foreign Office');
    expect(historyOf(ana, c2)).toContainEqual(expect.objectContaining({ action: 'speaker_set', actor: 'Ben', newValue: 'Interior ministry' }));
    expect(callOrThrow(ana, 'getClaim', { claimId: c3 }).claim).toMatchObject({ speaker: untouched.speaker, speakerByHand: false });
    expect((await mergeWorkspace(ana.db, ana.dbPath, ben.dbPath)).speakersTaken).toBe(0);
  });

  it('brings a file kept as a source with its bytes, stored once', async () => {
    const { ana, ben, c1 } = twoColleagues();
    const pdf = Buffer.from('%PDF-1.4 the ministry letter');
    callOrThrow(ben, 'attachSourceFile', { claimId: c1, fileName: 'letter.pdf', bytesBase64: pdf.toString('base64'), stance: 'contradicts' });
    const report = await mergeWorkspace(ana.db, ana.dbPath, ben.dbPath);
    expect(report.sourcesLinked).toBe(1);
    const source = callOrThrow(ana, 'getClaim', { claimId: c1 }).sources.find((x) => x.fileName === 'letter.pdf')!;
    expect(source).toMatchObject({ stance: 'contradicts', fileSize: pdf.length });
    expect(Buffer.from(callOrThrow(ana, 'getSourceFile', { sourceId: source.id }).bytesBase64, 'base64').equals(pdf)).toBe(true);
    expect(ana.db.prepare('SELECT count(*) FROM source_files').pluck().get()).toBe(1);
    // Merging again changes nothing: still one copy of the file, one link.
    await mergeWorkspace(ana.db, ana.dbPath, ben.dbPath);
    expect(ana.db.prepare('SELECT count(*) FROM source_files').pluck().get()).toBe(1);
    expect(callOrThrow(ana, 'getClaim', { claimId: c1 }).sources.filter((x) => x.fileName === 'letter.pdf')).toHaveLength(1);
  });

  it('takes new articles and verdicts, the later review wins a conflict (the other kept in the history), unions notes and sources, and changes nothing the second time', async () => {
    const { ana, ben, c1, c2, c3 } = twoColleagues();
    callOrThrow(ana, 'setStatus', { claimId: c1, status: 'verified' });
    callOrThrow(ana, 'addNote', { claimId: c1, body: 'Called the ministry.' });
    callOrThrow(ben, 'setStatus', { claimId: c1, status: 'disputed' }); // later than Ana's
    callOrThrow(ben, 'addNote', { claimId: c1, body: 'Called the ministry.' }); // the same note: not doubled
    callOrThrow(ben, 'setStatus', { claimId: c2, status: 'verified' });
    callOrThrow(ben, 'addNote', { claimId: c2, body: 'Matches the UNHCR figures.' });
    callOrThrow(ben, 'addSource', { claimId: c2, url: 'https://example.org/unhcr', title: 'UNHCR update', stance: 'supports' });
    callOrThrow(ben, 'addNote', { claimId: c3, body: 'Ben was here.' });
    callOrThrow(ben, 'importArticle', { text: 'The mayor said the bridge cost 3 million dollars. Critics say it cost more.', title: 'Bridge' });

    const report = await mergeWorkspace(ana.db, ana.dbPath, ben.dbPath);
    expect(report).toMatchObject({ from: 'ben', articlesAdded: 1, articlesMatched: 1, verdictsTaken: 2, conflicts: 1, notesAdded: 2, sourcesLinked: 1 });
    expect(report.backup.kind).toBe('before-merge');
    const claim1 = callOrThrow(ana, 'getClaim', { claimId: c1 });
    expect(claim1.claim).toMatchObject({ status: 'disputed', reviewedBy: 'Ben' });
    expect(claim1.notes.map((n) => n.body)).toEqual(['Called the ministry.']);
    expect(historyOf(ana, c1).some((h) => h.actor === 'merged from ben' && h.oldValue === 'verified' && h.newValue === 'disputed')).toBe(true);
    const claim2 = callOrThrow(ana, 'getClaim', { claimId: c2 });
    expect(claim2.claim).toMatchObject({ status: 'verified', reviewedBy: 'Ben' });
    expect(claim2.notes.map((n) => n.body)).toEqual(['Matches the UNHCR figures.']);
    expect(claim2.sources.map((s) => s.url)).toEqual(['https://example.org/unhcr']);
    expect(callOrThrow(ana, 'listArticles', {}).map((a) => a.title)).toContain('Bridge');
    expect(ana.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ana.db.pragma('foreign_key_check')).toEqual([]);

    // Twice: nothing changes.
    const before = snapshotDatabase(ana);
    const again = await mergeWorkspace(ana.db, ana.dbPath, ben.dbPath);
    expect(again).toMatchObject({ articlesAdded: 0, articlesMatched: 2, claimsAdded: 0, verdictsTaken: 0, conflicts: 0, notesAdded: 0, sourcesLinked: 0, historyAdded: 0 });
    expect(snapshotDatabase(ana)).toEqual(before);
  });

  it('keeps the later review here when the other side reviewed earlier, and says so in the history once', async () => {
    const { ana, ben, c1 } = twoColleagues();
    callOrThrow(ana, 'setStatus', { claimId: c1, status: 'verified' });
    callOrThrow(ben, 'setStatus', { claimId: c1, status: 'disputed' });
    // Ben's workspace takes Ana's: his review is the later one.
    const report = await mergeWorkspace(ben.db, ben.dbPath, ana.dbPath);
    expect(report).toMatchObject({ conflicts: 1, verdictsTaken: 0 });
    expect(callOrThrow(ben, 'getClaim', { claimId: c1 }).claim.status).toBe('disputed');
    expect(historyOf(ben, c1).filter((h) => /^Ana \(merged from ana; the later review here was kept\)$/.test(h.actor) && h.newValue === 'verified')).toHaveLength(1);
    expect(await mergeWorkspace(ben.db, ben.dbPath, ana.dbPath)).toMatchObject({ conflicts: 0, historyAdded: 0 });
  });

  it('gives the notes of a claim split on the other side to the claim here it overlaps most', async () => {
    const { ana, ben, c2 } = twoColleagues();
    const text = callOrThrow(ben, 'getClaim', { claimId: c2 }).claim.text;
    const cut = text.indexOf(' ', Math.floor(text.length / 2));
    const split = callOrThrow(ben, 'splitClaim', { claimId: c2, at: cut });
    callOrThrow(ben, 'addNote', { claimId: split.claims[1].id, body: 'Second half checked.' });
    const report = await mergeWorkspace(ana.db, ana.dbPath, ben.dbPath);
    expect(report.notesAdded).toBe(1);
    expect(callOrThrow(ana, 'getClaim', { claimId: c2 }).notes.map((n) => n.body)).toEqual(['Second half checked.']);
  });

  it('refuses this workspace itself and a file that is not a workspace, changing nothing', async () => {
    const { ana } = twoColleagues();
    const before = snapshotDatabase(ana);
    await expect(mergeWorkspace(ana.db, ana.dbPath, ana.dbPath)).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(mergeWorkspace(ana.db, ana.dbPath, path.join(tempDir(), 'missing.sqlite'))).rejects.toMatchObject({ code: 'not_found' });
    expect(snapshotDatabase(ana)).toEqual(before);
  });
});
