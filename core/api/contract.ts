import type { z } from 'zod';
import { articleOperations } from './handlers/articles';
import { bulkOperations } from './handlers/bulk';
import { claimEditOperations } from './handlers/claim-edits';
import { claimOperations } from './handlers/claims';
import { noteOperations } from './handlers/notes';
import { preferenceOperations } from './handlers/preferences';
import { reportOperations } from './handlers/reports';
import { sourceOperations } from './handlers/sources';
import { suggestionOperations } from './handlers/suggestions';
import { undoOperations } from './handlers/undo';
import { memoryOperations } from './handlers/memory';
import { reanalyzeOperations } from './handlers/reanalyze';
import { tagOperations } from './handlers/tags';
import { sourceFileOperations } from './handlers/source-files';
import { backupOperations } from './handlers/backups';
import { recoveryOperations } from './handlers/recovery';
import type { Operation } from './operation';
import type { OperationName } from './operation-names';

/**
 * The one API contract: every operation, its input schema and its handler.
 * Electron IPC, the browser-mode HTTP server, the CLI and the tests all
 * dispatch through this map; argument and result types come from it.
 */
export const operations = {
  ...articleOperations,
  ...claimOperations,
  ...bulkOperations,
  ...claimEditOperations,
  ...suggestionOperations,
  ...noteOperations,
  ...sourceOperations,
  ...reportOperations,
  ...tagOperations,
  ...sourceFileOperations,
  ...preferenceOperations,
  ...undoOperations,
  ...memoryOperations,
  ...reanalyzeOperations,
  ...backupOperations,
  ...recoveryOperations,
};

export type Operations = typeof operations;

// The map must implement exactly the names the preload exposes: no more, no fewer.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameNames: Exactly<keyof Operations, OperationName> = true;
void _sameNames;
const _allOperations: Record<OperationName, Pick<Operation<z.ZodType, unknown>, 'input' | 'write'>> = operations;
void _allOperations;

/** What a caller passes (before defaults are applied). */
export type OpInput<K extends OperationName> = z.input<Operations[K]['input']>;
/** What the handler gets: the input checked, defaults filled in. */
export type OpCheckedInput<K extends OperationName> = z.output<Operations[K]['input']>;
/** What the operation returns on success (an exclusive operation's handler returns a promise of it). */
export type OpResult<K extends OperationName> = Awaited<ReturnType<Operations[K]['handler']>>;

export type { ApiResult } from './result';
export type { ClaimDetail } from './handlers/claims';
export type { SeenBefore } from '../../db/queries/claim-memory';
export type { SplitResult } from './handlers/claim-edits';
export type { DisputeSuggestion, DisputedClaim } from '../../db/queries/suggestions';
export type { Facet, Facets } from '../../db/queries/facets';
export type { ImportResult } from './handlers/articles';
export type { CsvReport } from './handlers/reports';
export type { Preferences } from './handlers/preferences';
export type { ChangeSetSummary, UndoOutcome, UndoState } from './handlers/undo';
export type { BulkAction, BulkResult } from './handlers/bulk';
export type { TagResult, TagRenameResult } from './handlers/tags';
export type { TagCount } from '../../db/queries/tags';
export type { SourceFileContent } from './handlers/source-files';
export type { ArticleSummary, Article } from '../../db/queries/articles';
export type { ClaimAnchor, ClaimRow, ClaimHighlight } from '../../db/queries/claims';
export type { Note } from '../../db/queries/notes';
export type { LinkedSource, Source } from '../../db/queries/sources';
export type { HistoryEntry, HistoryAction } from '../../db/queries/history';
export type { ReanalysisReport } from './handlers/reanalyze';
export type { BackupList, BackupSummary, MergeSummary, RestoreSummary } from './handlers/backups';
export type { RecoveryRestore, RecoveryState, SalvageReport, TableSalvage } from './handlers/recovery';
export type { ClaimFilter, ClaimSort, ClaimSortColumn, StatusCounts, StatusFilter, Verdict, Stance, ClaimKind, InArticleDisputeState, SpeakerKind } from '../../db/queries/types';
