import { describe, expect, it } from 'vitest';
import { useTempWorkspace } from '../../db/testing/temp-workspace';
import { call, callOrThrow } from './dispatch';
import { parseSourceDate } from './handlers/sources';

const newWorkspace = useTempWorkspace();

describe('source dates as people write them', () => {
  it('reads ISO, slashes, day-month-year, month-day-year and month-year, and stores ISO', () => {
    const cases: Array<[string, string]> = [
      ['2025-02-17', '2025-02-17'],
      ['2025/2/7', '2025-02-07'],
      ['2025-02', '2025-02'],
      ['2025', '2025'],
      ['17 Feb 2025', '2025-02-17'],
      ['17 February 2025', '2025-02-17'],
      ['17th Feb. 2025', '2025-02-17'],
      ['February 17, 2025', '2025-02-17'],
      ['Sept 3 2024', '2024-09-03'],
      ['Feb 2025', '2025-02'],
      ['  March,  2024 ', '2024-03'],
    ];
    for (const [typed, stored] of cases) expect([typed, parseSourceDate(typed)]).toEqual([typed, stored]);
  });

  it('refuses what cannot be read or does not exist', () => {
    for (const typed of ['02/03/2025', '31 Feb 2025', '2025-13-01', 'yesterday', 'Febtober 2 2025', '17 Feb']) expect([typed, parseSourceDate(typed)]).toEqual([typed, null]);
  });
});

describe('adding a source', () => {
  it('gives an address without a scheme https://, reads "17 Feb 2025", and names the field at fault', () => {
    const ws = newWorkspace();
    const { article } = callOrThrow(ws, 'loadSample', {});
    const [claim] = callOrThrow(ws, 'listClaims', { filter: { articleId: article.id } }).rows;
    const added = callOrThrow(ws, 'addSource', { claimId: claim!.id, url: 'dawn.com/news/1890231', publishedOn: '17 Feb 2025', stance: 'supports' });
    expect(added.sources[0]).toMatchObject({ url: 'https://dawn.com/news/1890231', publishedOn: '2025-02-17' });
    expect(call(ws, 'addSource', { claimId: claim!.id, url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'url' } });
    expect(call(ws, 'addSource', { claimId: claim!.id, url: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { field: 'url' } });
    expect(call(ws, 'addSource', { claimId: claim!.id, url: 'https://example.org', publishedOn: '02/03/2025' })).toMatchObject({ ok: false, error: { field: 'publishedOn' } });
  });
});
