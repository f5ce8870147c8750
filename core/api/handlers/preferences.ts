import { z } from 'zod';
import { setPreference } from '../../../db/queries/preferences';
import { defineOperation } from '../operation';
import { empty, requiredText } from '../schemas';
import { reviewerOf, type Workspace } from '../workspace';

export interface Preferences {
  reviewerName: string;
  /** True until the reviewer has chosen a name (the OS account name is used meanwhile). */
  reviewerNameIsDefault: boolean;
}

function preferences(ws: Workspace): Preferences {
  const reviewerName = reviewerOf(ws);
  return { reviewerName, reviewerNameIsDefault: reviewerName === ws.defaultReviewer };
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
