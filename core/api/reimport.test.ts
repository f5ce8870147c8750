import { describe, expect, it, vi } from 'vitest';
import { useTempWorkspace } from '../../db/testing/temp-workspace';

// Counts the engine's runs: a re-import must be recognised by its fingerprint before any analysis.
const analyses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../import', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../import')>();
  return {
    ...actual,
    analyzeArticle: (text: string) => {
      analyses.count++;
      return actual.analyzeArticle(text);
    },
  };
});

const { callOrThrow } = await import('./dispatch');
const newWorkspace = useTempWorkspace();

describe('importing an article already in the workspace', () => {
  it('is recognised by its fingerprint before the article is analysed (also with other line ends)', () => {
    const ws = newWorkspace();
    const text = 'Floods\n\nOfficials said 40 schools closed in March. The mayor said roads reopened.';
    const first = callOrThrow(ws, 'importArticle', { text });
    expect(first.duplicate).toBe(false);
    expect(analyses.count).toBe(1);
    const again = callOrThrow(ws, 'importArticle', { text: text.replace(/\n/g, '\r\n') });
    expect(again).toMatchObject({ duplicate: true, claimsCreated: 0, article: { id: first.article.id } });
    expect(analyses.count).toBe(1);
    // Deleted, then imported again: analysed again, stored anew.
    callOrThrow(ws, 'deleteArticle', { id: first.article.id });
    expect(callOrThrow(ws, 'importArticle', { text }).duplicate).toBe(false);
    expect(analyses.count).toBe(2);
  });
});
