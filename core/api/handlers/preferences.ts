import { z } from 'zod';
import { deletePreference, setPreference } from '../../../db/queries/preferences';
import { CLAIM_ID_PLACEHOLDER } from '../../report/claimreview';
import { PUBLISHER_KEYS, publisherPreferences } from '../../report/formats';
import { defineOperation } from '../operation';
import { empty, requiredText } from '../schemas';
import { reviewerNameOf, type Workspace } from '../workspace';

export interface Preferences {
  /** Null until the reviewer gives a name: changes are refused until then (reviewer_required). */
  reviewerName: string | null;
  /** The organisation that publishes the fact-checks (ClaimReview's author); null fields until set. */
  publisher: { name: string | null; url: string | null; reviewUrlTemplate: string | null };
}

function preferences(ws: Workspace): Preferences {
  return { reviewerName: reviewerNameOf(ws), publisher: publisherPreferences(ws.db) };
}

/** A web address (http or https), as typed. */
const webAddress = (label: string) =>
  requiredText(label, 500).refine((v) => /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(v) && URL.canParse(v), `${label} must be a web address starting with https:// or http://`);

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
  /** The publishing organisation: its name, its site (optional) and where each fact-check is published. */
  setPublisher: defineOperation({
    input: z
      .object({
        name: requiredText('Organisation name', 200),
        url: z.union([webAddress('Organisation website'), z.literal('')]).optional(),
        reviewUrlTemplate: webAddress('Fact-check address').refine(
          (v) => v.includes(CLAIM_ID_PLACEHOLDER),
          `Fact-check address must contain ${CLAIM_ID_PLACEHOLDER}, where each claim's ID goes (https://example.org/fact-checks/${CLAIM_ID_PLACEHOLDER})`,
        ),
      })
      .strict(),
    write: true,
    handler: (ws, input) => {
      setPreference(ws.db, PUBLISHER_KEYS.name, input.name);
      if (input.url) setPreference(ws.db, PUBLISHER_KEYS.url, input.url);
      else deletePreference(ws.db, PUBLISHER_KEYS.url);
      setPreference(ws.db, PUBLISHER_KEYS.reviewUrlTemplate, input.reviewUrlTemplate);
      return preferences(ws);
    },
  }),
};
