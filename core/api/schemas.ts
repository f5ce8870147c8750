import { z } from 'zod';
import { CLAIM_SORT_COLUMNS, STANCES, STATUS_FILTERS, VERDICTS } from '../../db/queries/types';

/**
 * C0 control characters, other than tab, line feed and carriage return, and DEL. Nobody types
 * them into a field; a NUL would also cut the text short in SQLite (`length()` stops at it,
 * so a CHECK would fail inside, or the stored text be shorter than the one given).
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function describeControl(char: string): string {
  if (char === '\0') return 'a NUL character (\\0)';
  return `a control character (U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
}

/**
 * Any text a person gives Claimdesk, in any field of any operation: one rule, checked by
 * validation, naming the field. (An article's own text is read by the importer instead,
 * which names the problem for a pasted text or a file.)
 */
export const userText = (label: string) =>
  z.string().superRefine((value, ctx) => {
    const found = CONTROL_CHARACTER.exec(value);
    if (found) ctx.addIssue({ code: 'custom', message: `${label} contains ${describeControl(found[0])}, which no text in Claimdesk may hold` });
  });

/** Shared pieces of the operation input schemas. */
export const id = z.number().int().positive();
export const verdict = z.enum(VERDICTS);
export const stance = z.enum(STANCES);

export const claimFilter = z
  .object({
    articleId: id.optional(),
    status: z.enum(STATUS_FILTERS).optional(),
    search: userText('Search').max(500).optional(),
    includeHidden: z.boolean().optional(),
    speaker: userText('Speaker').min(1).max(500).optional(),
    entity: userText('Name').min(1).max(500).optional(),
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
  userText(label)
    .trim()
    .max(max, `${label} is longer than ${max} characters`)
    .refine((v) => VISIBLE.test(v), `${label} must not be empty`);

export const optionalText = (label: string, max: number) =>
  userText(label)
    .trim()
    .max(max, `${label} is longer than ${max} characters`)
    .optional()
    .transform((v) => (v ? v : null));

export const empty = z.object({}).strict();
