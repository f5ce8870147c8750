import { describe, expect, it } from 'vitest';
import type { ClaimDetail, ClaimHighlight } from '../../core/api/contract';
import { claimName } from '../format';
import { earlierVerdictMessage, neighboursOf, pendingSuggestion, sourceFieldError } from './useClaimActions';

function highlight(id: number, position: number, hidden = false): ClaimHighlight {
  return { id, position, number: hidden ? null : position, start: position * 10, end: position * 10 + 9, kind: 'claim', hidden, status: 'unverified', reviewed: false } as ClaimHighlight;
}

describe('claimName', () => {
  it('is the number the table shows; a hidden row has none, and is named as a hidden sentence, never by its position', () => {
    expect(claimName({ number: 3 })).toBe('Claim 3');
    expect(claimName({ number: 3 }, false)).toBe('claim 3');
    expect(claimName({ number: null })).toBe('Hidden sentence');
    expect(claimName({ number: null }, false)).toBe('the hidden sentence');
  });
});

describe('sourceFieldError', () => {
  const input = { url: 'example.org/report', publishedOn: '31 Feb 2025', stance: 'supports' } as const;

  it('marks a refused field of the form, without the backend’s operation prefix', () => {
    expect(sourceFieldError({ code: 'invalid_input', field: 'publishedOn', message: 'addSource: publishedOn: not a date' }, input)).toEqual({
      field: 'publishedOn',
      message: 'not a date',
    });
  });

  it('leaves other errors to the notice strip', () => {
    expect(sourceFieldError({ code: 'invalid_input', field: 'claimId', message: 'addSource: claimId: unknown' }, input)).toBeNull();
    expect(sourceFieldError({ code: 'invalid_input', message: 'bad input' }, input)).toBeNull();
    expect(sourceFieldError({ code: 'not_found', field: 'url', message: 'gone' }, input)).toBeNull();
  });
});

describe('neighboursOf', () => {
  const BODY = 'x'.repeat(60); // one paragraph: spans at position × 10
  const claims = [highlight(1, 1), highlight(2, 2, true), highlight(3, 3), highlight(4, 4), highlight(5, 5, true)];

  it('finds the shown claims on either side, skipping hidden ones', () => {
    expect(neighboursOf(BODY, claims, 3)).toEqual({ previous: claims[0], next: claims[3] });
    expect(neighboursOf(BODY, claims, 1)).toEqual({ previous: null, next: claims[2] });
    expect(neighboursOf(BODY, claims, 4)).toEqual({ previous: claims[2], next: null });
  });

  it('has none for a hidden claim, one not in the article, or no selection', () => {
    expect(neighboursOf(BODY, claims, 2)).toEqual({ previous: null, next: null });
    expect(neighboursOf(BODY, claims, 99)).toEqual({ previous: null, next: null });
    expect(neighboursOf(BODY, claims, null)).toEqual({ previous: null, next: null });
  });
});

describe('pendingSuggestion', () => {
  const suggestion = (id: number, state: string) => ({ id, state }) as ClaimDetail['suggestions'][number];

  it('finds the dispute still waiting for a decision', () => {
    expect(pendingSuggestion({ suggestions: [suggestion(1, 'dismissed'), suggestion(2, 'pending')] })?.id).toBe(2);
    expect(pendingSuggestion({ suggestions: [suggestion(1, 'accepted')] })).toBeNull();
    expect(pendingSuggestion({ suggestions: [] })).toBeNull();
  });
});

describe('earlierVerdictMessage', () => {
  const seen = (claimId: number, sources: number) => ({ claimId, sources: Array.from({ length: sources }, (_, i) => ({ id: i })) });
  const fresh = (sources: number) => ({ claim: { number: 3, position: 3, status: 'disputed' }, seenBefore: [seen(7, sources), seen(8, 5)] }) as unknown as ClaimDetail;

  it('names the sources taken over only when the claim seen before had some', () => {
    expect(earlierVerdictMessage(fresh(0), 7)).toBe('Claim 3 marked Disputed, as the claim seen before. Undo (Ctrl+Z) takes it back.');
    expect(earlierVerdictMessage(fresh(1), 7)).toBe('Claim 3 marked Disputed, with the source of the claim seen before. Undo (Ctrl+Z) takes it back.');
    expect(earlierVerdictMessage(fresh(2), 7)).toBe('Claim 3 marked Disputed, with the 2 sources of the claim seen before. Undo (Ctrl+Z) takes it back.');
  });
});
