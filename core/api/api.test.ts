import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { snapshotDatabase, useTempWorkspace } from '../../db/testing/temp-workspace';
import { call, callOrThrow, dispatch } from './dispatch';
import type { Workspace } from './workspace';

const newWorkspace = useTempWorkspace();

const ARTICLE = [
  'Officials said 1,200 families were moved in March. The ministry denies this.',
  '',
  'Prices rose 4% in a year, according to the statistics bureau. Is that the whole story?',
].join('\n');

function withArticle(): { ws: Workspace; articleId: number; claimIds: number[] } {
  const ws = newWorkspace();
  const imported = callOrThrow(ws, 'importArticle', { text: ARTICLE, title: 'Relocation story' });
  const rows = callOrThrow(ws, 'listClaims', { filter: { articleId: imported.article.id } }).rows;
  return { ws, articleId: imported.article.id, claimIds: rows.map((r) => r.id) };
}

describe('dispatch', () => {
  it('rejects an unknown operation as data', () => {
    const ws = newWorkspace();
    expect(dispatch(ws, 'dropEverything', {})).toEqual({ ok: false, error: { code: 'unknown_operation', message: 'Unknown operation: dropEverything' } });
  });

  it('names the field at fault for invalid input, and changes nothing', () => {
    const { ws, claimIds } = withArticle();
    const before = snapshotDatabase(ws);
    const result = dispatch(ws, 'setStatus', { claimId: claimIds[0], status: 'true-ish' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(/^setStatus: status: /);
    }
    expect(dispatch(ws, 'addNote', { claimId: claimIds[0], body: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatch(ws, 'addNote', { claimId: claimIds[0], body: 'x', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatch(ws, 'addSource', { claimId: claimIds[0], url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatch(ws, 'addSource', { claimId: claimIds[0], url: 'https://example.org', publishedOn: '2025-13-45' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'publishedOn', message: 'addSource: publishedOn: Source date “2025-13-45” is not a date Claimdesk can read: write it like 2025-02-17 or 17 Feb 2025' },
    });
    expect(dispatch(ws, 'addNote', { claimId: claimIds[0], body: '\u200b\u200b' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatch(ws, 'listClaims', { limit: 100000 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatch(ws, 'setStatus', 'verified')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(snapshotDatabase(ws)).toEqual(before);
  });

  it('reports a missing claim by name and rolls back', () => {
    const { ws } = withArticle();
    const before = snapshotDatabase(ws);
    expect(dispatch(ws, 'setStatus', { claimId: 999999, status: 'verified' })).toEqual({
      ok: false,
      error: { code: 'not_found_claim', message: 'No claim with id 999999: it was deleted (or its article was), perhaps in another window. Reload to see the workspace as it is now.' },
    });
    expect(dispatch(ws, 'deleteNote', { noteId: 5 })).toMatchObject({ ok: false, error: { code: 'not_found_note' } });
    expect(snapshotDatabase(ws)).toEqual(before);
  });
});

describe('import', () => {
  it('stores the article text exactly and claims whose spans are their text', () => {
    const { ws, articleId } = withArticle();
    const { article, claims } = callOrThrow(ws, 'getArticle', { id: articleId });
    expect(article.body).toBe(ARTICLE);
    expect(article.title).toBe('Relocation story');
    const all = callOrThrow(ws, 'listClaims', { filter: { articleId, includeHidden: true }, limit: 500 }).rows;
    expect(all.length).toBe(claims.length);
    for (const c of all) expect(ARTICLE.slice(c.start, c.end)).toBe(c.text);
    // The question is kept but hidden by default.
    const visible = callOrThrow(ws, 'listClaims', { filter: { articleId } }).rows;
    expect(all.find((c) => c.text === 'Is that the whole story?')).toMatchObject({ kind: 'question', hidden: true });
    expect(visible.map((c) => c.text)).not.toContain('Is that the whole story?');
  });

  it('detects the same text imported twice and adds nothing', () => {
    const { ws, articleId } = withArticle();
    const before = snapshotDatabase(ws);
    const again = callOrThrow(ws, 'importArticle', { bytesBase64: Buffer.from(`\uFEFF${ARTICLE}`).toString('base64'), filename: 'copy.txt' });
    expect(again).toMatchObject({ duplicate: true, claimsCreated: 0, article: { id: articleId } });
    expect(snapshotDatabase(ws)).toEqual(before);
  });

  it('recognises the same article pasted with LF after it was imported from a CRLF file', () => {
    const ws = newWorkspace();
    const crlf = `${ARTICLE.replace(/\n/g, '\r\n')}\r\n`;
    const first = callOrThrow(ws, 'importArticle', { bytesBase64: Buffer.from(crlf).toString('base64'), filename: 'story.txt' });
    const { article } = callOrThrow(ws, 'getArticle', { id: first.article.id });
    expect(article.body).toBe(crlf); // stored exactly as decoded
    expect(callOrThrow(ws, 'importArticle', { text: ARTICLE })).toMatchObject({ duplicate: true, article: { id: first.article.id } });
  });

  it('imports a file with a very long name, shortening the name it keeps', () => {
    const ws = newWorkspace();
    const filename = `${'x'.repeat(300)}.txt`;
    const result = callOrThrow(ws, 'importArticle', { bytesBase64: Buffer.from(ARTICLE).toString('base64'), filename });
    expect(result.article.filename!.length).toBeLessThanOrEqual(255);
    expect(result.article.filename!.endsWith('.txt')).toBe(true);
  });

  it.each([
    ['neither text nor a file', {}, 'invalid_input', /give either text/],
    ['both text and a file', { text: 'A. B.', bytesBase64: 'QQ==', filename: 'a.txt' }, 'invalid_input', /give either text/],
    ['a file without its name', { bytesBase64: 'QQ==' }, 'invalid_input', /filename: a file needs its filename/],
    ['pasted text with a broken character', { text: 'Prices rose \ud800 sharply.' }, 'invalid_encoding', /pasted text/],
    ['pasted NULs', { text: 'a\u0000b' }, 'binary', /pasted text/],
  ])('names the problem with %s', (_label, input, code, message) => {
    const ws = newWorkspace();
    const result = dispatch(ws, 'importArticle', input);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(callOrThrow(ws, 'listArticles', {})).toEqual([]);
  });

  it.each([
    ['empty text', { text: '' }, 'empty'],
    ['whitespace', { text: '  \n\t ' }, 'empty'],
    ['NUL bytes', { bytesBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]).toString('base64'), filename: 'a.txt' }, 'binary'],
    ['invalid UTF-8', { bytesBase64: Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x21, 0xc3]).toString('base64'), filename: 'a.txt' }, 'invalid_encoding'],
    ['a PDF', { bytesBase64: Buffer.from('%PDF-1.4 hello').toString('base64'), filename: 'report.pdf' }, 'unsupported_type'],
    ['not base64', { bytesBase64: '%%%', filename: 'a.txt' }, 'invalid_input'],
  ])('refuses %s with a named one-line error and writes nothing', (_label, input, code) => {
    const ws = newWorkspace();
    callOrThrow(ws, 'importArticle', { text: ARTICLE });
    const before = snapshotDatabase(ws);
    const result = dispatch(ws, 'importArticle', input);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).not.toMatch(/\n/);
    expect(snapshotDatabase(ws)).toEqual(before);
  });

  it('loads the sample article shipped with the app', () => {
    const ws = newWorkspace();
    const result = callOrThrow(ws, 'loadSample', {});
    expect(result.duplicate).toBe(false);
    expect(result.article.date).toBe('2025-02-18');
    expect(result.article.dateline).toBe('ISLAMABAD');
    const { article } = callOrThrow(ws, 'getArticle', { id: result.article.id });
    expect(article.body).toBe(fs.readFileSync(ws.samplePath, 'utf8'));
    expect(callOrThrow(ws, 'loadSample', {}).duplicate).toBe(true);
  });
});

describe('review', () => {
  it('a verdict marks the claim reviewed by the reviewer and is recorded old -> new', () => {
    const { ws, claimIds } = withArticle();
    const claimId = claimIds[0]!;
    expect(callOrThrow(ws, 'getClaim', { claimId }).claim).toMatchObject({ status: 'unverified', reviewedAt: null, reviewedBy: null });
    callOrThrow(ws, 'setPreferences', { reviewerName: 'Ana Reyes' });
    callOrThrow(ws, 'setStatus', { claimId, status: 'disputed' });
    const detail = callOrThrow(ws, 'setStatus', { claimId, status: 'verified' });
    expect(detail.claim).toMatchObject({ status: 'verified', reviewedBy: 'Ana Reyes' });
    expect(detail.claim.reviewedAt).toMatch(/^2026-01-01T/);
    expect(detail.history.map((h) => [h.action, h.oldValue, h.newValue, h.actor])).toEqual([
      ['status', 'disputed', 'verified', 'Ana Reyes'],
      ['status', 'not reviewed', 'disputed', 'Ana Reyes'],
    ]);
  });

  it('notes: several per claim, edited and deleted, each change in the history', () => {
    const { ws, claimIds } = withArticle();
    const claimId = claimIds[1]!;
    callOrThrow(ws, 'addNote', { claimId, body: 'Call the ministry press office.' });
    let detail = callOrThrow(ws, 'addNote', { claimId, body: 'Second note\nwith two lines' });
    expect(detail.notes.map((n) => n.body)).toEqual(['Call the ministry press office.', 'Second note\nwith two lines']);
    const first = detail.notes[0]!;
    detail = callOrThrow(ws, 'editNote', { noteId: first.id, body: 'Press office confirmed by phone.' });
    expect(detail.notes[0]).toMatchObject({ body: 'Press office confirmed by phone.', updatedAt: expect.any(String) });
    detail = callOrThrow(ws, 'deleteNote', { noteId: detail.notes[1]!.id });
    expect(detail.notes).toHaveLength(1);
    expect(detail.history.map((h) => h.action)).toEqual(['note_deleted', 'note_edited', 'note_added', 'note_added']);
    expect(detail.history[1]).toMatchObject({ oldValue: 'Call the ministry press office.', newValue: 'Press office confirmed by phone.' });
  });

  it('sources: one source backs several claims, each with its own stance; unlinking is recorded', () => {
    const { ws, claimIds } = withArticle();
    const [a, b] = claimIds as [number, number];
    const detail = callOrThrow(ws, 'addSource', {
      claimId: a,
      url: 'https://example.org/unhcr-2025',
      title: 'UNHCR returns update',
      publisher: 'UNHCR',
      publishedOn: '2025-03-01',
      excerpt: '1,214 families relocated',
      stance: 'supports',
    });
    const source = detail.sources[0]!;
    expect(source).toMatchObject({ title: 'UNHCR returns update', stance: 'supports', claimCount: 1 });
    const other = callOrThrow(ws, 'linkSource', { claimId: b, sourceId: source.id, stance: 'contradicts' });
    expect(other.sources[0]).toMatchObject({ id: source.id, stance: 'contradicts', claimCount: 2 });
    expect(callOrThrow(ws, 'getClaim', { claimId: a }).sources[0]).toMatchObject({ stance: 'supports', claimCount: 2 });
    const unlinked = callOrThrow(ws, 'unlinkSource', { claimId: b, sourceId: source.id });
    expect(unlinked.sources).toEqual([]);
    expect(unlinked.history.map((h) => [h.action, h.oldValue, h.newValue])).toEqual([
      ['source_unlinked', 'UNHCR returns update <https://example.org/unhcr-2025> [contradicts]', null],
      ['source_linked', null, 'UNHCR returns update <https://example.org/unhcr-2025> [contradicts]'],
    ]);
    expect(dispatch(ws, 'unlinkSource', { claimId: b, sourceId: source.id })).toMatchObject({ ok: false, error: { code: 'not_found_source' } });
    expect(callOrThrow(ws, 'listSources', { query: 'UNHCR' }).map((s) => s.id)).toEqual([source.id]);
  });

  it('the same address added twice to one claim is refused in plain words, and nothing is added; another claim may have it', () => {
    const { ws, claimIds } = withArticle();
    const [a, b] = claimIds as [number, number];
    callOrThrow(ws, 'addSource', { claimId: a, url: 'https://example.org/report' });
    const before = snapshotDatabase(ws);
    // Typed again, without the scheme: the same address once made canonical.
    const again = dispatch(ws, 'addSource', { claimId: a, url: 'example.org/report', title: 'The report' });
    expect(again).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^This claim already has https:\/\/example\.org\/report as a source, so it was not added again\./) },
    });
    expect(snapshotDatabase(ws)).toEqual(before);
    expect(callOrThrow(ws, 'getClaim', { claimId: a }).sources).toHaveLength(1);
    expect(callOrThrow(ws, 'addSource', { claimId: b, url: 'https://example.org/report' }).sources).toHaveLength(1);
  });

  it('linking another source at an address the claim already has is refused in the same words, and nothing changes; its own stance may still change', () => {
    const { ws, claimIds } = withArticle();
    const [a, b] = claimIds as [number, number];
    const onA = callOrThrow(ws, 'addSource', { claimId: a, url: 'https://example.org/report', stance: 'supports' }).sources[0]!;
    // Claim b got the same address as a source of its own: another source row.
    const onB = callOrThrow(ws, 'addSource', { claimId: b, url: 'example.org/report', stance: 'contradicts' }).sources[0]!;
    expect(onB.id).not.toBe(onA.id);
    const before = snapshotDatabase(ws);
    const undoBefore = callOrThrow(ws, 'getUndoState', {});
    expect(dispatch(ws, 'linkSource', { claimId: a, sourceId: onB.id, stance: 'context' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: "This claim already has https://example.org/report as a source, so it was not added again. Change that source's stance on the claim instead." },
    });
    expect(snapshotDatabase(ws)).toEqual(before);
    expect(callOrThrow(ws, 'getUndoState', {})).toEqual(undoBefore);
    // The source already there: its stance changes as before.
    expect(callOrThrow(ws, 'linkSource', { claimId: a, sourceId: onA.id, stance: 'context' }).sources.map((s) => [s.id, s.stance])).toEqual([[onA.id, 'context']]);
  });

  it('a claim that already holds one address twice (an older workspace) can still change either link\'s stance', () => {
    const { ws, claimIds } = withArticle();
    const [a, b] = claimIds as [number, number];
    const onA = callOrThrow(ws, 'addSource', { claimId: a, url: 'https://example.org/report', stance: 'supports' }).sources[0]!;
    const onB = callOrThrow(ws, 'addSource', { claimId: b, url: 'https://example.org/report', stance: 'supports' }).sources[0]!;
    // As a workspace from before the rule holds it: the second row linked to claim a straight in SQL.
    ws.db.prepare("INSERT INTO claim_sources (claim_id, source_id, stance, linked_by, linked_at) VALUES (?, ?, 'supports', 'Old', '2025-01-01 00:00:00')").run(a, onB.id);
    const stances = callOrThrow(ws, 'linkSource', { claimId: a, sourceId: onB.id, stance: 'contradicts' }).sources.map((s) => [s.id, s.stance]);
    expect(stances).toEqual(expect.arrayContaining([[onA.id, 'supports'], [onB.id, 'contradicts']]));
  });
});

describe('text with a NUL character, and failures inside', () => {
  it('every text field refuses a NUL, by one rule, naming the field, and nothing changes', () => {
    const { ws, articleId, claimIds } = withArticle();
    const claimId = claimIds[0]!;
    const before = snapshotDatabase(ws);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['addNote', { claimId, body: '\0leading NUL' }, 'body'],
      ['editClaim', { claimId, text: 'A claim\0 with a NUL' }, 'text'],
      ['renameArticle', { id: articleId, title: '\0' }, 'title'],
      ['setPreferences', { reviewerName: 'Ana\0' }, 'reviewerName'],
      ['addSource', { claimId, url: 'https://example.org/a', title: 'Title\0' }, 'title'],
      ['setSpeaker', { claimId, speaker: '\0Someone' }, 'speaker'],
      ['importArticle', { text: 'Officials said 40 schools closed.', title: 'Schools\0' }, 'title'],
      ['listClaims', { filter: { search: 'x\0' } }, 'filter.search'],
    ];
    for (const [op, input, field] of cases) {
      const result = dispatch(ws, op, input);
      expect(result, op).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
      if (!result.ok) expect(result.error.message).toMatch(/NUL character/);
    }
    expect(snapshotDatabase(ws)).toEqual(before);
  });

  it('every text field refuses the other control characters too (BEL, ESC, DEL …), naming the field; tab and line breaks stay', () => {
    const { ws, articleId, claimIds } = withArticle();
    const claimId = claimIds[0]!;
    const before = snapshotDatabase(ws);
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ['addNote', { claimId, body: 'ring \u0007 the bell' }, 'body', 'U+0007'],
      ['editClaim', { claimId, text: '\u001b[31mred' }, 'text', 'U+001B'],
      ['renameArticle', { id: articleId, title: 'Title\u007f' }, 'title', 'U+007F'],
      ['setPreferences', { reviewerName: 'Ana\u0008' }, 'reviewerName', 'U+0008'],
      ['addSource', { claimId, url: 'https://example.org/a', publisher: 'Dawn\u000c' }, 'publisher', 'U+000C'],
      ['addSource', { claimId, url: 'https://example.org/a', publishedOn: '2025\u0001' }, 'publishedOn', 'U+0001'],
      ['listSources', { query: '\u001fx' }, 'query', 'U+001F'],
      ['listClaims', { filter: { entity: 'Kabul\u000b' } }, 'filter.entity', 'U+000B'],
    ];
    for (const [op, input, field, code] of cases) {
      const result = dispatch(ws, op, input);
      expect(result, op).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
      if (!result.ok) expect(result.error.message, op).toContain(`control character (${code})`);
    }
    expect(snapshotDatabase(ws)).toEqual(before);
    const note = call(ws, 'addNote', { claimId, body: 'Line one\r\nLine two\tindented' });
    expect(note.ok).toBe(true);
  });

  it('an unexpected failure inside is reported without its SQL, and rolls back', () => {
    const { ws, claimIds } = withArticle();
    ws.db.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON notes BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: secret_column > 0'); END;");
    const before = snapshotDatabase(ws);
    const result = call(ws, 'addNote', { claimId: claimIds[0]!, body: 'A note' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) {
      expect(result.error.message).not.toMatch(/secret_column|CHECK|constraint|SQL/i);
      expect(result.error.message).toMatch(/Nothing was changed/);
    }
    expect(snapshotDatabase(ws)).toEqual(before);
  });
});

describe('listing', () => {
  it('filters by status in SQL, "not reviewed" apart from "unverified"', () => {
    const { ws, claimIds } = withArticle();
    const [a, b, c] = claimIds as [number, number, number];
    callOrThrow(ws, 'setStatus', { claimId: a, status: 'verified' });
    callOrThrow(ws, 'setStatus', { claimId: b, status: 'unverified' });
    const ids = (status: 'verified' | 'disputed' | 'unverified' | 'not_reviewed') =>
      callOrThrow(ws, 'listClaims', { filter: { status } }).rows.map((r) => r.id);
    expect(ids('verified')).toEqual([a]);
    expect(ids('unverified')).toEqual([b]);
    expect(ids('disputed')).toEqual([]);
    expect(ids('not_reviewed')).toContain(c);
    expect(ids('not_reviewed')).not.toContain(b);
    const stats = callOrThrow(ws, 'getStats', {});
    expect(stats.overall).toMatchObject({ verified: 1, unverified: 1, disputed: 0, notReviewed: stats.overall.total - 2 });
  });

  it('getStats names the articles asked for (the app), or every article (the CLI); listArticles counts each article as getStats does', () => {
    const { ws, claimIds } = withArticle();
    const second = callOrThrow(ws, 'importArticle', { text: 'KABUL - Flights resumed on Tuesday, the airline said.\n\nThe airport reopened, officials said.', title: 'Flights' }).article.id;
    const first = callOrThrow(ws, 'listClaims', { filter: { articleId: second } }).rows[0]!.id;
    callOrThrow(ws, 'setStatus', { claimId: first, status: 'disputed' });
    callOrThrow(ws, 'setStatus', { claimId: claimIds[0]!, status: 'verified' });
    const all = callOrThrow(ws, 'getStats', {});
    expect(all.articleCount).toBe(2);
    expect(all.newestArticleId).toBe(second);
    expect(all.articles.map((a) => a.id).sort()).toEqual(callOrThrow(ws, 'listArticles', {}).map((a) => a.id).sort());
    const asked = callOrThrow(ws, 'getStats', { articleIds: [second, second, 9999] });
    expect(asked.articles.map((a) => a.id)).toEqual([second]); // once each; an id with no article is left out
    expect(asked.articles[0]!.counts).toMatchObject({ total: 2, disputed: 1, notReviewed: 1 });
    expect(callOrThrow(ws, 'getStats', { articleIds: [] }).articles).toEqual([]);
    // The list's counts (one pass over an index) agree with each article's own.
    for (const listed of callOrThrow(ws, 'listArticles', {})) {
      expect(callOrThrow(ws, 'getStats', { articleIds: [listed.id] }).articles[0]).toEqual(listed);
    }
    expect(call(ws, 'getStats', { articleIds: [0] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('searches claim text, speakers, notes and sources by word prefix', () => {
    const { ws, claimIds } = withArticle();
    callOrThrow(ws, 'addNote', { claimId: claimIds[1]!, body: 'Asked the embassy spokesperson' });
    const found = (search: string) => callOrThrow(ws, 'listClaims', { filter: { search } }).rows.map((r) => r.id);
    expect(found('famil')).toEqual([claimIds[0]]);
    expect(found('embassy')).toEqual([claimIds[1]]);
    expect(found('"OR* NEAR(')).toEqual([]); // FTS syntax in the box is just text
    expect(found('')).toHaveLength(claimIds.length);
  });

  it('pages and sorts in SQL, and locates a claim in the sorted list', () => {
    const { ws, claimIds } = withArticle();
    const page1 = callOrThrow(ws, 'listClaims', { offset: 0, limit: 2, sort: { column: 'text', direction: 'desc' } });
    const page2 = callOrThrow(ws, 'listClaims', { offset: 2, limit: 2, sort: { column: 'text', direction: 'desc' } });
    const texts = [...page1.rows, ...page2.rows].map((r) => r.text);
    expect(page1.total).toBe(claimIds.length);
    expect(texts).toEqual([...texts].sort((x, y) => y.toLowerCase().localeCompare(x.toLowerCase())));
    const located = callOrThrow(ws, 'listClaims', { limit: 1, locateClaimId: claimIds[2]!, sort: { column: 'position', direction: 'asc' } });
    expect(located.locatedIndex).toBe(2);
  });
});

describe('export', () => {
  it('writes one row per claim following the filter, notes and sources included', () => {
    const { ws, claimIds } = withArticle();
    callOrThrow(ws, 'setPreferences', { reviewerName: 'Ana' });
    callOrThrow(ws, 'setStatus', { claimId: claimIds[0]!, status: 'disputed' });
    callOrThrow(ws, 'addNote', { claimId: claimIds[0]!, body: '=cmd|calc\nsecond line' });
    callOrThrow(ws, 'addSource', { claimId: claimIds[0]!, url: 'https://example.org/x', title: 'Ministry statement', stance: 'contradicts' });
    const all = callOrThrow(ws, 'exportCsv', {});
    expect(all.rowCount).toBe(claimIds.length);
    const disputed = callOrThrow(ws, 'exportCsv', { filter: { status: 'disputed' } });
    expect(disputed.rowCount).toBe(1);
    expect(disputed.filename).toMatch(/^claimdesk-disputed-\d{4}-\d{2}-\d{2}\.csv$/);
    const [record] = parse(disputed.csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(record).toMatchObject({
      'Claim ID': String(claimIds[0]),
      Article: 'Relocation story',
      'Claim #': '1',
      Status: 'disputed',
      'Reviewed by': 'Ana',
      Sources: 'Ministry statement <https://example.org/x> [contradicts]',
    });
    expect(record!['Notes']).toMatch(/^Ana \(2026-01-01 \d\d:\d\d:\d\d\): =cmd\|calc\nsecond line$/);
  });
});
