import { z } from 'zod';
import { setPreference } from '../../../db/queries/preferences';
import { defineOperation } from '../operation';
import { empty, requiredText } from '../schemas';
import { reviewerNameOf, type Workspace } from '../workspace';

export interface Preferences {
  /** Null until the reviewer gives a name: changes are refused until then (reviewer_required). */
  reviewerName: string | null;
}

function preferences(ws: Workspace): Preferences {
  return { reviewerName: reviewerNameOf(ws) };
}

export const preferenceOperations = {
  getPreferences: defineOperation({ input: empty, write: false, handler: preferences }),
  setPreferences: defineOperation({
    input: z.object({ reviewerName: requiredText('Reviewer name', 100) }).strict(),
    write: true,
    handler: (ws, input) => {
      setPreference(ws.db, 'reviewerName', input.reviewerName);
      return preferences(ws);
    },
  }),
};
