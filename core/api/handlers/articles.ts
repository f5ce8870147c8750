import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  findArticleByHash,
  getArticleBody,
  getArticleSummary,
  insertArticle,
  listArticleSummaries,
  overallCounts,
  renameArticle,
  type ArticleSummary,
} from '../../../db/queries/articles';
import { insertClaims, listHighlights } from '../../../db/queries/claims';
import { ClaimdeskError } from '../../errors';
import { analyzeArticle, checkArticleFilename, decodeArticleBytes, MAX_ARTICLE_BYTES } from '../../import';
import { defineOperation } from '../operation';
import { empty, id, requiredText } from '../schemas';
import { reviewerOf, type Workspace } from '../workspace';

export interface ImportResult {
  article: ArticleSummary;
  /** True when the same text was already in the workspace: nothing was added. */
  duplicate: boolean;
  claimsCreated: number;
}

const MAX_BASE64_LENGTH = Math.ceil(MAX_ARTICLE_BYTES / 3) * 4;
const title = requiredText('Title', 500);

const importInput = z.union([
  z.object({ text: z.string().max(MAX_ARTICLE_BYTES), title: title.optional() }).strict(),
  z
    .object({
      bytesBase64: z.string().max(MAX_BASE64_LENGTH, `The file is over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB limit`).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'bytesBase64 is not base64'),
      filename: requiredText('File name', 255),
      title: title.optional(),
    })
    .strict(),
]);

/**
 * Stores an article and its claims in one transaction. The text is kept
 * exactly as decoded, so every claim's span points at its own words; the
 * same text imported twice is recognised by its hash and not duplicated.
 */
export function importText(ws: Workspace, text: string, filename: string | null, givenTitle?: string): ImportResult {
  const contentHash = crypto.createHash('sha256').update(text, 'utf8').digest('hex');
  const existing = findArticleByHash(ws.db, contentHash);
  if (existing !== undefined) {
    return { article: getArticleSummary(ws.db, existing)!, duplicate: true, claimsCreated: 0 };
  }
  const analysis = analyzeArticle(text);
  const articleId = insertArticle(ws.db, {
    title: givenTitle ?? analysis.title,
    date: analysis.date,
    dateline: analysis.dateline,
    body: text,
    contentHash,
    filename,
    importedAt: ws.now(),
    importedBy: reviewerOf(ws),
  });
  insertClaims(
    ws.db,
    articleId,
    analysis.claims.map((c, i) => ({ ...c, position: i + 1 })),
  );
  return { article: getArticleSummary(ws.db, articleId)!, duplicate: false, claimsCreated: analysis.claims.length };
}

function importArticle(ws: Workspace, input: z.output<typeof importInput>): ImportResult {
  if ('text' in input) {
    // Pasted text goes through the same checks as a file's bytes.
    const text = decodeArticleBytes(Buffer.from(input.text, 'utf8'));
    return importText(ws, text, null, input.title);
  }
  checkArticleFilename(input.filename);
  const text = decodeArticleBytes(Buffer.from(input.bytesBase64, 'base64'));
  return importText(ws, text, path.basename(input.filename), input.title);
}

function loadSample(ws: Workspace): ImportResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(ws.samplePath);
  } catch {
    throw new ClaimdeskError('not_found', `The sample article is missing from this installation (${ws.samplePath}).`);
  }
  return importText(ws, decodeArticleBytes(bytes), path.basename(ws.samplePath));
}

function getArticle(ws: Workspace, input: { id: number }) {
  const article = getArticleSummary(ws.db, input.id);
  if (!article) throw new ClaimdeskError('not_found_article', `No article with id ${input.id}.`);
  return { article: { ...article, body: getArticleBody(ws.db, input.id)! }, claims: listHighlights(ws.db, input.id) };
}

export const articleOperations = {
  importArticle: defineOperation({ input: importInput, write: true, handler: importArticle }),
  loadSample: defineOperation({ input: empty, write: true, handler: loadSample }),
  listArticles: defineOperation({ input: empty, write: false, handler: (ws) => listArticleSummaries(ws.db) }),
  getArticle: defineOperation({ input: z.object({ id }).strict(), write: false, handler: getArticle }),
  renameArticle: defineOperation({
    input: z.object({ id, title }).strict(),
    write: true,
    handler: (ws, input) => {
      if (!renameArticle(ws.db, input.id, input.title)) throw new ClaimdeskError('not_found_article', `No article with id ${input.id}.`);
      return getArticleSummary(ws.db, input.id)!;
    },
  }),
  getStats: defineOperation({
    input: empty,
    write: false,
    handler: (ws) => ({ overall: overallCounts(ws.db), articles: listArticleSummaries(ws.db) }),
  }),
};
