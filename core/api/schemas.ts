import { z } from 'zod';
import { CLAIM_SORT_COLUMNS, STANCES, STATUS_FILTERS, VERDICTS } from '../../db/queries/types';

/** Shared pieces of the operation input schemas. */
export const id = z.number().int().positive();
export const verdict = z.enum(VERDICTS);
export const stance = z.enum(STANCES);

export const claimFilter = z
  .object({
    articleId: id.optional(),
    status: z.enum(STATUS_FILTERS).optional(),
    search: z.string().max(500).optional(),
    includeHidden: z.boolean().optional(),
    speaker: z.string().min(1).max(500).optional(),
    entity: z.string().min(1).max(500).optional(),
    contestedInArticle: z.boolean().optional(),
    seenBefore: z.boolean().optional(),
    minWorthiness: z.number().min(0).max(1).optional(),
    tag: z.string().min(1).max(60).optional(),
  })
  .strict();

export const claimSort = z
  .object({
    column: z.enum(CLAIM_SORT_COLUMNS),
    direction: z.enum(['asc', 'desc']),
  })
  .strict();

export const DEFAULT_SORT = { column: 'position', direction: 'asc' } as const;

/** Something a reader can see: not only spaces, zero-width characters or control codes. */
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff\p{Cc}]/u;

/** Trimmed, visible, bounded text: what a person typed into a field. */
export const requiredText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} is longer than ${max} characters`)
    .refine((v) => VISIBLE.test(v), `${label} must not be empty`);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

export const empty = z.object({}).strict();
