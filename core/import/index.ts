/** The import path: file -> bytes -> text -> article metadata and claims. Pure TypeScript, no database. */
export { MAX_ARTICLE_BYTES, SUPPORTED_EXTENSIONS, checkArticleFilename, readArticleFile, readFdCapped } from './read-file';
export { checkPastedText, decodeArticleBytes } from './decode';
export { extractArticle } from './extract';
export { NO_METADATA, type ArticleMetadata, type ExtractedArticle } from './extracted';
export { ARTICLE_FILE_TYPES, articleFormatOf, type ArticleFormat } from './file-types';
export { analyzeArticle, analyzeClaimText, analyzeSpan, anchorFor, type AnalyzedArticle, type ExtractedClaim, type SentenceKind, type SpanAnalysis } from './analyze';
