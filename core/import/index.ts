/** The import path: file -> bytes -> text -> article metadata and claims. Pure TypeScript, no database. */
export { MAX_ARTICLE_BYTES, SUPPORTED_EXTENSIONS, checkArticleFilename, readArticleFile, readFdCapped } from './read-file';
export { checkPastedText, decodeArticleBytes } from './decode';
export { analyzeArticle, analyzeClaimText, analyzeSpan, anchorFor, type AnalyzedArticle, type ExtractedClaim, type SentenceKind, type SpanAnalysis } from './analyze';
