/**
 * The name of every operation the backend offers. Pure data with no imports,
 * so the sandboxed Electron preload can bundle it without pulling in the backend.
 * core/api/contract.ts must implement exactly these (checked by its types).
 */
export const OPERATION_NAMES = [
  'importArticle',
  'loadSample',
  'listArticles',
  'getArticle',
  'renameArticle',
  'deleteArticle',
  'listClaims',
  'getClaim',
  'setStatus',
  'clearStatus',
  'setSpeaker',
  'reanalyzeArticle',
  'bulkReview',
  'listFacets',
  'editClaim',
  'splitClaim',
  'mergeClaims',
  'addClaim',
  'excludeClaim',
  'restoreClaim',
  'acceptSuggestion',
  'dismissSuggestion',
  'addNote',
  'editNote',
  'deleteNote',
  'addSource',
  'linkSource',
  'unlinkSource',
  'listSources',
  'getHistory',
  'exportCsv',
  'getStats',
  'getPreferences',
  'setPreferences',
  'getUndoState',
  'undo',
  'redo',
  'useEarlierVerdict',
  'dismissMatch',
  'getRecoveryState',
  'salvageWorkspace',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && (OPERATION_NAMES as readonly string[]).includes(name);
}
