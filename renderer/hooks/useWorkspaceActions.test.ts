import { describe, expect, it } from 'vitest';
import type { ArticleSummary, BulkAction } from '../../core/api/contract';
import type { ImportOutcome } from '../api/importing';
import { formatCount } from '../format';
import { BULK_CONFIRM_AT, bulkDoingText, bulkDoneMessage, bulkQuestion, bulkWasApplied, deleteTargetFor, importReport, reanalysisMessage } from './useWorkspaceActions';

function summary(id: number, title: string, total: number): ArticleSummary {
  return { id, title, date: null, dateline: null, filename: null, importedAt: '2026-01-01', counts: { total } } as ArticleSummary;
}

describe('deleteTargetFor', () => {
  const articles = [summary(1, 'Budget speech', 12), summary(2, 'Flood report', 3)];

  it('asks about the article by its title and claim count', () => {
    expect(deleteTargetFor(articles, 2)).toEqual({ id: 2, title: 'Flood report', claims: 3 });
  });

  it('asks about nothing for an article no longer listed', () => {
    expect(deleteTargetFor(articles, 9)).toBeNull();
  });
});

describe('bulkDoneMessage', () => {
  const actions = ['verified', 'disputed', 'unverified', 'clear', 'exclude', 'restore'] satisfies BulkAction[];

  it('says how many of the selected claims changed, and a different thing for each action', () => {
    const messages = actions.map((action) => bulkDoneMessage(action, 1234, 1234));
    expect(new Set(messages).size).toBe(actions.length);
    for (const message of messages) {
      expect(message.startsWith(`${formatCount(1234)} of ${formatCount(1234)} selected claims `)).toBe(true);
      expect(message).not.toContain('already');
      expect(message).toContain('Undo (Ctrl+Z)');
    }
    expect(bulkDoneMessage('disputed', 5, 5)).toContain('marked Disputed');
  });

  it('says the others already were when fewer changed than were selected', () => {
    expect(bulkDoneMessage('verified', 5, 3)).toContain('3 of 5 selected claims marked Verified (the others already were)');
  });
});

describe('importReport', () => {
  const imported = (name: string, id: number): ImportOutcome => ({ name, ok: true, result: { article: summary(id, `Title ${id}`, 4), duplicate: false, claimsCreated: 4 } });
  const failed = (name: string): ImportOutcome => ({ name, ok: false, message: `${name} is not text` });

  it('reports each failure, the successes in one notice, and shows the last article imported', () => {
    const report = importReport([failed('a.pdf'), imported('b.txt', 7), failed('c.png'), imported('d.txt', 8)]);
    expect(report.errors).toEqual(['a.pdf: a.pdf is not text', 'c.png: c.png is not text']);
    expect(report.notice).toMatch(/^b\.txt: .*Title 7.* d\.txt: .*Title 8/);
    expect(report.articleId).toBe(8);
  });

  it('sums up in one line of counts when Cancel stopped the batch, or many files came', () => {
    const outcomes = [imported('b.txt', 7), failed('c.png'), imported('d.txt', 8)];
    const cancelled = importReport(outcomes, { outcomes, total: 40, cancelled: true });
    expect(cancelled.notice).toBe('Imported 2 of 40 files; cancelled — the other 37 were not imported; 1 could not be imported.');
    expect(cancelled.errors).toEqual(['c.png: c.png is not text']);
    expect(cancelled.articleId).toBe(8);
    const many = [1, 2, 3, 4].map((i) => imported(`${i}.txt`, i));
    expect(importReport(many, { outcomes: many, total: 4, cancelled: false }).notice).toBe('Imported 4 of 4 files.');
    const one = [imported('big.txt', 9)];
    expect(importReport(one, { outcomes: one, total: 1, cancelled: true }).notice).toBe('Imported 1 of 1 file; Cancel came during the last file, which went in whole.');
    // A few files, all tried: each described as before.
    expect(importReport(outcomes, { outcomes, total: 3, cancelled: false }).notice).toMatch(/^b\.txt: .*Title 7.* d\.txt: .*Title 8/);
  });

  it('stops at a server that cannot be reached: one error, the files after it not tried, said once', () => {
    const gone: ImportOutcome = { name: 'c.txt', ok: false, message: 'Cannot reach the Claimdesk server. Is "npm run web" still running?', unreachable: true };
    const outcomes = [imported('a.txt', 7), failed('b.png'), gone];
    const report = importReport(outcomes, { outcomes, total: 400, cancelled: false });
    expect(report.notice).toBe('Imported 1 of 400 files; stopped — the Claimdesk server could not be reached, so the other 397 were not tried (is "npm run web" still running?); 1 could not be imported.');
    expect(report.errors).toHaveLength(2);
    // A small batch is summed up too: it did not finish.
    const small = [gone];
    expect(importReport(small, { outcomes: small, total: 2, cancelled: false }).notice).toContain('the other 1 was not tried');
  });

  it('counts a file already imported apart from the imported ones', () => {
    const duplicate: ImportOutcome = { name: 'osborne.txt', ok: true, result: { article: summary(3, 'Osborne', 4), duplicate: true, claimsCreated: 0 } };
    const outcomes = [failed('empty.txt'), failed('latin1.txt'), failed('noarticle.html'), duplicate];
    expect(importReport(outcomes, { outcomes, total: 4, cancelled: false }).notice).toBe('Imported 0 of 4 files; 1 was already imported (nothing added); 3 could not be imported.');
  });

  it('has no notice and no article to show when nothing was imported', () => {
    expect(importReport([failed('a.pdf')])).toEqual({ errors: ['a.pdf: a.pdf is not text'], notice: null, articleId: null });
    expect(importReport([])).toEqual({ errors: [], notice: null, articleId: null });
  });
});

describe('reanalysisMessage', () => {
  const none = { claims: 18, speakers: 0, scores: 0, figures: 0, entities: 0, suggestionsAdded: 0, suggestionsRemoved: 0, handSpeakersKept: 0 };

  it('says nothing changed, and that the fact-checker’s work is as it was', () => {
    expect(reanalysisMessage(none)).toBe('Re-analysed 18 claims: nothing changed. Verdicts, notes, sources and edits are as they were.');
  });

  it('names each kind of change with its count, the hand-set speakers kept, and the undo', () => {
    const text = reanalysisMessage({ ...none, speakers: 1, scores: 3, suggestionsAdded: 2, suggestionsRemoved: 1, handSpeakersKept: 2 });
    expect(text).toBe(
      'Re-analysed 18 claims: 1 speaker and 3 scores changed; 2 new dispute suggestions; 1 dispute suggestion withdrawn. Verdicts, notes, sources and edits are as they were. 2 speakers set by hand kept. Undo (Ctrl+Z) takes it back.',
    );
  });

  it('reads as a sentence when only a dispute suggestion was withdrawn or added (no "withdrawn changed")', () => {
    expect(reanalysisMessage({ ...none, claims: 30, suggestionsRemoved: 1 })).toBe(
      'Re-analysed 30 claims: 1 dispute suggestion withdrawn. Verdicts, notes, sources and edits are as they were. Undo (Ctrl+Z) takes it back.',
    );
    expect(reanalysisMessage({ ...none, claims: 1, suggestionsAdded: 1 })).toBe(
      'Re-analysed 1 claim: 1 new dispute suggestion. Verdicts, notes, sources and edits are as they were. Undo (Ctrl+Z) takes it back.',
    );
    expect(reanalysisMessage({ ...none, speakers: 2, scores: 3, figures: 1 })).toMatch(/^Re-analysed 18 claims: 2 speakers, 3 scores and 1 figure list changed\. /);
  });
});

describe('bulk actions on many claims', () => {
  it('asks from BULK_CONFIRM_AT claims, in the words of the action', () => {
    expect(bulkQuestion('verified', BULK_CONFIRM_AT - 1)).toBeNull();
    expect(bulkQuestion('verified', 86686)).toEqual({ title: 'Set 86,686 claims to Verified?', confirm: 'Set to Verified' });
    expect(bulkQuestion('clear', BULK_CONFIRM_AT)?.title).toBe('Clear the verdict of 500 claims?');
    expect(bulkQuestion('exclude', 1000)?.title).toBe('Exclude 1,000 claims as non-claims?');
  });
  it('says what it is doing while it runs', () => {
    expect(bulkDoingText('disputed', 86686)).toBe('Marking 86,686 claims Disputed');
    expect(bulkDoingText('restore', 1)).toBe('Restoring 1 claim');
  });
  it('after a lost answer: applied only if a newer bulk step tops the undo list', () => {
    const bulkStep = (id: number) => ({ id, operation: 'bulkReview' });
    expect(bulkWasApplied({ id: 7 }, bulkStep(8))).toBe(true);
    expect(bulkWasApplied(null, bulkStep(1))).toBe(true);
    expect(bulkWasApplied({ id: 7 }, { id: 7, operation: 'bulkReview' })).toBe(false);
    expect(bulkWasApplied({ id: 7 }, { id: 9, operation: 'setStatus' })).toBe(false);
    expect(bulkWasApplied({ id: 7 }, null)).toBe(false);
  });
});
