import { describe, expect, it } from 'vitest';
import { ARTICLE_SHARE, parseStoredShare, shareAfterKey, shareAtPointer, stackedRows } from './pane-split';

describe('the article / detail split', () => {
  it('reads back what was stored, and the default for nothing or nonsense', () => {
    expect(parseStoredShare('70')).toBe(70);
    expect(parseStoredShare(null)).toBe(ARTICLE_SHARE.default);
    for (const bad of ['', 'abc', '-5', '1e3', '55.5', ' 60']) expect(parseStoredShare(bad)).toBe(ARTICLE_SHARE.default);
    expect(parseStoredShare('99')).toBe(ARTICLE_SHARE.max);
    expect(parseStoredShare('3')).toBe(ARTICLE_SHARE.min);
  });

  it('moves by a step with the arrows, a big step with Page Up/Down, to the ends with Home/End, never past them', () => {
    expect(shareAfterKey(55, 'ArrowDown')).toBe(60);
    expect(shareAfterKey(55, 'ArrowUp')).toBe(50);
    expect(shareAfterKey(55, 'PageDown')).toBe(75);
    expect(shareAfterKey(78, 'ArrowDown')).toBe(ARTICLE_SHARE.max);
    expect(shareAfterKey(22, 'PageUp')).toBe(ARTICLE_SHARE.min);
    expect(shareAfterKey(55, 'Home')).toBe(ARTICLE_SHARE.min);
    expect(shareAfterKey(55, 'End')).toBe(ARTICLE_SHARE.max);
    expect(shareAfterKey(55, 'ArrowLeft')).toBeNull();
  });

  it('follows the pointer within the column, clamped', () => {
    expect(shareAtPointer(150, 100, 300)).toBe(25);
    expect(shareAtPointer(0, 100, 300)).toBe(ARTICLE_SHARE.min);
    expect(shareAtPointer(1000, 100, 300)).toBe(ARTICLE_SHARE.max);
    expect(stackedRows(60)).toBe('minmax(0, 60fr) 8px minmax(0, 40fr)');
  });
});
