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
  'exportReport',
  'getStats',
  'getPreferences',
  'setPreferences',
  'setPublisher',
  'getUndoState',
  'undo',
  'redo',
  'useEarlierVerdict',
  'dismissMatch',
  'listTags',
  'tagClaims',
  'untagClaims',
  'renameTag',
  'deleteTag',
  'attachSourceFile',
  'getSourceFile',
  'listBackups',
  'makeBackup',
  'restoreBackup',
  'mergeWorkspace',
  'getRecoveryState',
  'salvageWorkspace',
  'restoreNewestBackup',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

/**
 * The operations that run on their own (`exclusive` in contract.ts: a backup,
 * a restore, a merge), each making a safety backup first: the window does not
 * send one again when it is answered busy. Checked against the contract in
 * operation-names.test.ts.
 */
export const EXCLUSIVE_OPERATIONS: readonly OperationName[] = ['makeBackup', 'restoreBackup', 'mergeWorkspace'];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && (OPERATION_NAMES as readonly string[]).includes(name);
}
