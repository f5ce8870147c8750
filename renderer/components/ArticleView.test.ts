import { describe, expect, it } from 'vitest';
import type { ClaimHighlight } from '../../core/api/contract';
import { headingOf, segmentBody, splitParagraphs } from './ArticleView';

const headline = { id: 1, start: 2, end: 20, status: 'not_reviewed', reviewed: false, hidden: true, kind: 'headline', position: 1, number: null } as unknown as ClaimHighlight;

describe('headings in the article text', () => {
  const body = '# Torkham stays shut\n\nBy Sana Qureshi\n\n## Background\n\nTalks stalled, officials said.\n\n#hashtag is not a heading';
  const paragraphs = splitParagraphs(segmentBody(body, [headline]));

  it('a paragraph opening with "# " … "###### " is a heading of that level; the marker is measured, the words are the claim', () => {
    expect(paragraphs.map((p) => headingOf(p.segments))).toEqual([{ level: 1, marker: 2 }, null, { level: 2, marker: 3 }, null, null]);
    // The headline claim starts after the marker, so the marker is the paragraph's own text and the claim is untouched.
    expect(paragraphs[0]!.segments.map((s) => [s.text, s.offset, s.claim?.id ?? null])).toEqual([
      ['# ', 0, null],
      ['Torkham stays shut', 2, 1],
      ['\n\n', 20, null],
    ]);
  });

  it('a paragraph that starts inside a claim is never taken for a heading', () => {
    const claimed = { ...headline, start: 0, end: 20 } as ClaimHighlight;
    expect(headingOf(splitParagraphs(segmentBody(body, [claimed]))[0]!.segments)).toBeNull();
  });
});
