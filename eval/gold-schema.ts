/**
 * The shape of a gold file (eval/gold/<article basename>.json) and the checks
 * that tie it to its article: every sentence is found in the article (the
 * n-th occurrence when `occurrence` is given), sentences come in article
 * order without overlapping, no words of the article are left unlabelled,
 * and every `disputedBy` text is another gold sentence. See eval/README.md.
 */
import { z } from 'zod';

/** Structural lines that are not sentences of the body. Informational: the scorer does not score kinds. */
export const GOLD_KINDS = ['headline', 'dateline', 'byline', 'question', 'caption', 'metadata'] as const;

const trimmedText = z
  .string()
  .min(1)
  .refine((s) => s === s.trim(), { message: 'must not start or end with whitespace' });

export const GoldSentenceSchema = z
  .object({
    /** Exact substring of the article: one sentence, heading, bullet or line. */
    text: trimmedText,
    /** Which occurrence of `text` in the article is meant, 1-based; only needed when it occurs more than once. */
    occurrence: z.number().int().min(1).optional(),
    kind: z.enum(GOLD_KINDS).optional(),
    checkWorthy: z.boolean(),
    /** Who asserts it, in the fullest form the article uses; null = the article's own voice. */
    speaker: trimmedText.nullable(),
    /** Other forms of the same speaker that are equally right. */
    aliases: z.array(trimmedText).optional(),
    /** Texts of the gold sentences in the same article that deny or reject this one. */
    disputedBy: z.array(trimmedText),
  })
  .strict();

export const GoldFileSchema = z
  .object({
    article: z.string().min(1),
    sentences: z.array(GoldSentenceSchema).min(1),
  })
  .strict();

export type GoldSentence = z.infer<typeof GoldSentenceSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** A gold sentence tied to its place in the article. */
export interface ResolvedSentence extends GoldSentence {
  index: number;
  start: number;
  end: number;
  /** Indices (into the same list) of the sentences that deny this one. */
  disputedByIndex: number[];
}

export interface ResolvedGold {
  article: string;
  sentences: ResolvedSentence[];
  /** Sides of a disagreement marked beyond disputedBy (a holdout's contested file), as pairs of sentence indices. */
  contestedPairs?: Array<[number, number]>;
}

export class GoldError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'GoldError';
  }
}

/** Offset of the n-th (1-based) occurrence of `needle` in `text`, counting overlapping occurrences; -1 if there are fewer. */
export function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/**
 * What may lie between gold sentences without being labelled: whitespace,
 * Markdown markers (# headings, - * + bullets, > quotes, emphasis stars and
 * underscores, table bars, "1." list numbers) and interview labels "Q:" /
 * "A:" at a line start (`atLineStart`: the gap itself starts a line).
 */
export function isUnlabelledFiller(gap: string, atLineStart = false): boolean {
  const probe = (atLineStart ? '\n' : '') + gap;
  const withoutLabels = probe
    .replace(/\n[ \t#>*_-]*[QA]:(?=\s|$)/g, '\n')
    .replace(/\n[ \t]*\d{1,3}[.)](?=\s)/g, '\n');
  return /^[\s#*_>+|•\-]*$/.test(withoutLabels);
}

const startsLine = (text: string, at: number) => at === 0 || text[at - 1] === '\n';

export function snippet(s: string, max = 90): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

/**
 * Validates a parsed gold file against its article and resolves every
 * sentence to its offsets. Throws GoldError listing every problem found.
 */
export function resolveGold(articleName: string, articleText: string, raw: unknown): ResolvedGold {
  const where = `gold for ${articleName}`;
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new GoldError(
      parsed.error.issues.map((issue) => `${where}: ${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const gold = parsed.data;
  const problems: string[] = [];
  if (gold.article !== articleName) problems.push(`${where}: "article" is "${gold.article}", expected "${articleName}"`);

  const sentences: ResolvedSentence[] = [];
  let previousEnd = 0;
  gold.sentences.forEach((s, index) => {
    const label = `${where}: sentence #${index + 1} “${snippet(s.text, 60)}”`;
    const occurrence = s.occurrence ?? 1;
    const start = nthIndexOf(articleText, s.text, occurrence);
    if (start < 0) {
      const count = countOccurrences(articleText, s.text);
      problems.push(
        count === 0
          ? `${label}: text not found in the article`
          : `${label}: occurrence ${occurrence} asked for, but the text occurs ${count} time(s)`,
      );
      return;
    }
    const end = start + s.text.length;
    if (start < previousEnd) {
      problems.push(`${label}: overlaps or comes before the previous gold sentence (sentences must be in article order)`);
    } else {
      const gap = articleText.slice(previousEnd, start);
      if (!isUnlabelledFiller(gap, startsLine(articleText, previousEnd))) problems.push(`${label}: article text before it is not labelled: “${snippet(gap, 80)}”`);
      previousEnd = end;
    }
    sentences.push({ ...s, index: sentences.length, start, end, disputedByIndex: [] });
  });
  if (problems.length === 0) {
    const tail = articleText.slice(previousEnd);
    if (!isUnlabelledFiller(tail, startsLine(articleText, previousEnd))) problems.push(`${where}: article text after the last gold sentence is not labelled: “${snippet(tail, 80)}”`);
  }

  if (problems.length === 0) {
    const byText = new Map<string, number[]>();
    for (const s of sentences) byText.set(s.text, [...(byText.get(s.text) ?? []), s.index]);
    for (const s of sentences) {
      for (const denial of s.disputedBy) {
        const found = byText.get(denial) ?? [];
        const label = `${where}: sentence #${s.index + 1} “${snippet(s.text, 60)}”: disputedBy “${snippet(denial, 60)}”`;
        if (found.length === 0) problems.push(`${label} is not a gold sentence of this article`);
        else if (found.length > 1) problems.push(`${label} matches ${found.length} gold sentences; make the denial text unique`);
        else if (found[0] === s.index) problems.push(`${label} is the sentence itself`);
        else if (s.disputedByIndex.includes(found[0]!)) problems.push(`${label} is listed twice`);
        else s.disputedByIndex.push(found[0]!);
      }
    }
  }

  if (problems.length > 0) throw new GoldError(problems);
  return { article: gold.article, sentences };
}
