/** Moved to core/text/characters.ts; kept for core/api/handlers/claim-edits.ts until it imports from there. */
export { isHighSurrogate, isLowSurrogate, trimSpan } from '../text/characters';
