import { useState } from 'react';
import { importArticles, type ImportRun } from '../api/import-queue';
import type { ImportOutcome } from '../api/importing';
import { useFileDrop } from './useFileDrop';

/**
 * Articles dropped anywhere on the window are imported exactly like the ones
 * chosen with "Import article". `importing` stays true while any drop is
 * still being imported (a second drop may arrive before the first is done).
 */
export function useArticleDrop(onOutcomes: (outcomes: ImportOutcome[], run: ImportRun) => void): { dragging: boolean; importing: boolean } {
  const [pending, setPending] = useState(0);
  const dragging = useFileDrop(async (files) => {
    setPending((n) => n + 1);
    try {
      const run = await importArticles(files);
      onOutcomes(run.outcomes, run);
    } finally {
      setPending((n) => n - 1);
    }
  });
  return { dragging, importing: pending > 0 };
}
