import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  deleteArticle,
  findArticleByHash,
  getArticleBody,
  getArticleSummary,
  insertArticle,
  listArticleSummaries,
  overallCounts,
  renameArticle,
  type ArticleSummary,
} from '../../../db/queries/articles';
import { changeStamp, insertClaims, listHighlights } from '../../../db/queries/claims';
import { insertSuggestions, suggestionsFrom } from '../../../db/queries/suggestions';
import { ClaimdeskError } from '../../errors';
import { analyzeArticle, checkArticleFilename, checkPastedText, decodeArticleBytes, extractArticle, MAX_ARTICLE_BYTES, NO_METADATA, type AnalyzedArticle, type ArticleMetadata } from '../../import';
import { matchNewArticle, type ClaimIndex } from '../claim-memory';
import { defineOperation } from '../operation';
import { empty, id, requiredText } from '../schemas';
import { reviewerNameOf, type Workspace } from '../workspace';

export interface ImportResult {
  article: ArticleSummary;
  /** True when the same text was already in the workspace: nothing was added. */
  duplicate: boolean;
  claimsCreated: number;
}

const MAX_BASE64_LENGTH = Math.ceil(MAX_ARTICLE_BYTES / 3) * 4;
const title = requiredText('Title', 500);

/**
 * Pasted text (`text`) or a file's bytes (`bytesBase64` with its `filename`):
 * exactly one of them, said plainly when the request mixes or lacks them.
 */
const importInput = z
  .object({
    // The article itself, not a field: the importer reads it (checkPastedText) and names what is wrong with it.
    text: z.string().max(MAX_ARTICLE_BYTES, `The pasted text is over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB limit`).optional(), // a character is a byte or more: the exact size is checkPastedText's
    bytesBase64: z
      .string()
      .max(MAX_BASE64_LENGTH, `The file is over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB limit`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'bytesBase64 is not base64')
      .optional(),
    filename: requiredText('File name', 4096).optional(),
    title: title.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.text === undefined) === (v.bytesBase64 === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give either text (pasted) or bytesBase64 with filename (a file)' });
    } else if (v.bytesBase64 !== undefined && v.filename === undefined) {
      ctx.addIssue({ code: 'custom', path: ['filename'], message: 'a file needs its filename' });
    }
  });

/** What import hands to the transaction: the exact text, its analysis and its fingerprint. */
export interface PreparedArticle {
  text: string;
  filename: string | null;
  /** What a web page says about itself (title, date, address); nothing for text files and pasted text. */
  metadata: ArticleMetadata;
  contentHash: string;
  /** Null when the workspace already held the article at prepare time: a re-import is recognised before any analysis. */
  analysis: AnalyzedArticle | null;
}

/**
 * The same article pasted from a browser (LF line ends) or read from a file
 * (CRLF, a trailing newline, another Unicode form) is one article: the
 * fingerprint ignores those differences, while the stored text stays exact.
 */
export function contentHashOf(text: string): string {
  const canonical = text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return crypto.createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Decoding and claim extraction: pure and slow, so it runs before the write transaction. */
function prepareArticle(ws: Workspace, text: string, filename: string | null, metadata: ArticleMetadata = NO_METADATA): PreparedArticle {
  return prepareText(text, filename, metadata, (contentHash) => findArticleByHash(ws.db, contentHash) !== undefined);
}

/**
 * The fingerprint first, then the analysis, only for an article the
 * workspace does not hold (`isKnown` asks it): a re-imported file costs a
 * hash, never an analysis. Needs no workspace of its own, so the CLI's
 * analysis threads run it (core/import/import-worker.ts).
 */
export function prepareText(text: string, filename: string | null, metadata: ArticleMetadata, isKnown: (contentHash: string) => boolean): PreparedArticle {
  const contentHash = contentHashOf(text);
  return { text, filename, metadata, contentHash, analysis: isKnown(contentHash) ? null : analyzeArticle(text) };
}

/** A file's bytes as import reads them: the article text and what the file says about itself, under its label. */
export function extractFile(bytes: Uint8Array, filename: string): { text: string; metadata: ArticleMetadata; label: string } {
  checkArticleFilename(filename);
  const { text, metadata } = extractArticle(bytes, filename);
  // The name is only a label on the article: a very long one is shortened, never a reason to refuse the file.
  return { text, metadata, label: shortName(path.basename(filename)) };
}

/**
 * Stores an article and its claims; the caller holds the transaction (one
 * per call through dispatch, a savepoint per article in the CLI's batches).
 * The text is kept exactly as decoded, so every claim's span points at its
 * own words; the same article imported twice is recognised by its
 * fingerprint and not duplicated.
 */
export function storeArticle(ws: Workspace, prepared: PreparedArticle, givenTitle?: string, index?: ClaimIndex): ImportResult {
  const existing = findArticleByHash(ws.db, prepared.contentHash);
  if (existing !== undefined) {
    return { article: getArticleSummary(ws.db, existing)!, duplicate: true, claimsCreated: 0 };
  }
  // (Deleted between the two steps by another window: read it now.)
  const analysis = prepared.analysis ?? analyzeArticle(prepared.text);
  const { metadata } = prepared;
  const articleId = insertArticle(ws.db, {
    // A page's own title and date beat what the analyser reads from its text.
    title: givenTitle ?? metadata.title?.slice(0, 500) ?? analysis.title,
    date: metadata.date ?? analysis.date,
    dateline: analysis.dateline,
    body: prepared.text,
    contentHash: prepared.contentHash,
    filename: prepared.filename,
    url: metadata.url,
    importedAt: ws.now(),
    // Bringing an article in needs no name; it is recorded when there is one.
    importedBy: reviewerNameOf(ws) ?? '',
  });
  const claimIds = insertClaims(
    ws.db,
    articleId,
    analysis.claims.map((c, i) => ({ ...c, position: i + 1, hidden: c.excluded })),
  );
  insertSuggestions(ws.db, suggestionsFrom(analysis, (row) => claimIds[row]));
  // Claim memory: the same claims in earlier articles (with an index, given the claims as stored rather than read back).
  const stored = index && analysis.claims.map((c, i) => ({ id: claimIds[i]!, text: c.text, entities: [...new Set(c.entities)], hidden: c.excluded }));
  matchNewArticle(ws.db, articleId, index, stored);
  return { article: getArticleSummary(ws.db, articleId)!, duplicate: false, claimsCreated: analysis.claims.length };
}

function prepareImport(ws: Workspace, input: z.output<typeof importInput>): PreparedArticle {
  if (input.text !== undefined) return prepareArticle(ws, checkPastedText(input.text), null);
  const { text, metadata, label } = extractFile(Buffer.from(input.bytesBase64!, 'base64'), input.filename!);
  return prepareArticle(ws, text, label, metadata);
}

function shortName(name: string): string {
  return name.length <= 255 ? name : `${name.slice(0, 120)}…${name.slice(-120)}`;
}

export const SAMPLE_FILENAME = 'Claimdesk sample article.txt';

function prepareSample(ws: Workspace): PreparedArticle {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(ws.samplePath);
  } catch {
    throw new ClaimdeskError('not_found', `The sample article is missing from this installation (${ws.samplePath}).`);
  }
  // Shown as the article's file: a name that says what it is, not the corpus file's hash.
  return prepareArticle(ws, decodeArticleBytes(bytes), SAMPLE_FILENAME);
}

function getArticle(ws: Workspace, input: { id: number }) {
  const article = getArticleSummary(ws.db, input.id);
  if (!article) throw new ClaimdeskError('not_found_article', `No article with id ${input.id}.`);
  return { article: { ...article, body: getArticleBody(ws.db, input.id)! }, claims: listHighlights(ws.db, input.id) };
}

export const articleOperations = {
  importArticle: defineOperation({
    input: importInput,
    write: true,
    prepare: prepareImport,
    handler: (ws, input, prepared) => storeArticle(ws, prepared, input.title),
  }),
  loadSample: defineOperation({ input: empty, write: true, prepare: prepareSample, handler: (ws, _input, prepared) => storeArticle(ws, prepared) }),
  listArticles: defineOperation({ input: empty, write: false, handler: (ws) => listArticleSummaries(ws.db) }),
  getArticle: defineOperation({ input: z.object({ id }).strict(), write: false, handler: getArticle }),
  renameArticle: defineOperation({
    input: z.object({ id, title }).strict(),
    write: true, undoLabel: 'rename article',
    handler: (ws, input) => {
      if (!renameArticle(ws.db, input.id, input.title)) throw new ClaimdeskError('not_found_article', `No article with id ${input.id}.`);
      return getArticleSummary(ws.db, input.id)!;
    },
  }),
  deleteArticle: defineOperation({
    input: z.object({ id }).strict(),
    write: true,
    undoLabel: 'delete article',
    handler: (ws, input) => {
      const article = getArticleSummary(ws.db, input.id);
      if (!article || !deleteArticle(ws.db, input.id)) throw new ClaimdeskError('not_found_article', `No article with id ${input.id}.`);
      return { deleted: { id: article.id, title: article.title, claims: article.counts.total } };
    },
  }),
  /**
   * The counts the top bar shows. `articles`: the summaries of the articles
   * asked for by id (the one on screen), or of every article when none are
   * named (the CLI's `stats`). The app asks after every change, so it names
   * its articles: with 5,000 of them the whole list is a megabyte each time.
   * `changeStamp` differs once anything was committed since (here, in another
   * window, or by the CLI): the app asks when its window comes back into view
   * and reloads the rest only when it moved.
   */
  getStats: defineOperation({
    input: z.object({ articleIds: z.array(id).max(100).optional() }).strict(),
    write: false,
    handler: (ws, input) => {
      const counted = ws.db.prepare('SELECT count(*) AS n, max(id) AS newest FROM articles').get() as { n: number; newest: number | null };
      const articles = input.articleIds === undefined ? listArticleSummaries(ws.db) : [...new Set(input.articleIds)].flatMap((articleId) => getArticleSummary(ws.db, articleId) ?? []);
      return { overall: overallCounts(ws.db), articleCount: counted.n, newestArticleId: counted.newest, articles, changeStamp: changeStamp(ws.db) };
    },
  }),
};
