import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../db/testing/temp-workspace';
import { newMatchMemo } from './claim-memory';
import { prepareText, storeArticle } from './handlers/articles';
import { NO_METADATA } from '../import';
import { closeWorkspace, openWorkspace } from './workspace';
import { RARE_UNIT_MAX_CLAIMS } from '../analysis/claim-memory';

const tempDir = useTempDir();

describe('claim memory in a batch of imports (the CLI)', () => {
  it('finds exactly the matches one import at a time finds, while a memo skips recounting common words', () => {
    const towns = ['Quetta', 'Peshawar', 'Chaman', 'Torkham', 'Kabul', 'Jalalabad', 'Kandahar', 'Herat', 'Lahore', 'Karachi'];
    // Articles of like claims with other figures: many matches, and words in more than RARE_UNIT_MAX_CLAIMS claims.
    const article = (copy: number) =>
      Array.from({ length: 40 }, (_, i) => `The provincial minister said ${120 + i * 7 + (copy % 3)} families left ${towns[i % towns.length]} for the border camps.`).join('\n\n');
    const prepared = Array.from({ length: 5 }, (_, copy) => prepareText(`${article(copy)}\n\nCopy ${copy}.`, `${copy}.txt`, NO_METADATA, () => false));
    const matchesOf = (useMemo: boolean) => {
      const ws = openWorkspace({ dbPath: path.join(tempDir(), 'w.sqlite') });
      const memo = newMatchMemo();
      try {
        ws.db.transaction(() => {
          for (const p of prepared) storeArticle(ws, p, undefined, useMemo ? memo : undefined);
        })();
        return {
          memo,
          claims: (ws.db.prepare('SELECT count(*) AS n FROM claims WHERE hidden = 0').get() as { n: number }).n,
          matches: ws.db.prepare('SELECT claim_id, earlier_claim_id, score FROM claim_matches ORDER BY claim_id, earlier_claim_id').all(),
        };
      } finally {
        closeWorkspace(ws);
      }
    };
    const plain = matchesOf(false);
    const batched = matchesOf(true);
    expect(batched.claims).toBeGreaterThan(RARE_UNIT_MAX_CLAIMS);
    expect(batched.memo.common.size).toBeGreaterThan(0);
    expect(plain.matches.length).toBeGreaterThan(20);
    expect(batched.matches).toEqual(plain.matches);
  });
});
