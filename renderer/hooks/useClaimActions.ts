import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import { MAX_SOURCE_FILE_BYTES, openSourceFile, readFileBase64 } from '../api/source-files';
import { mergeNeighbours } from '../../core/analysis/quotation';
import type { ClaimAnchor, ClaimDetail, ClaimHighlight, OpInput, OpResult, Verdict } from '../../core/api/contract';
import { call } from '../api/client';
import type { ClaimActions } from '../components/DetailPanel';
import type { NoteActions } from '../components/NotesSection';
import type { FieldError, NewSourceInput, SourceActions } from '../components/SourcesSection';
import { claimName, formatCount, REVIEW_LABELS } from '../format';
import type { ApiError, ErrorSink } from './useApi';
import type { ArticleWithClaims } from './useArticle';
import type { Selection } from './useClaimNavigation';

/** Operations that change one claim and hand back its fresh detail. */
export type ClaimMutation =
  | 'setStatus'
  | 'clearStatus'
  | 'addNote'
  | 'editNote'
  | 'deleteNote'
  | 'addSource'
  | 'attachSourceFile'
  | 'linkSource'
  | 'unlinkSource'
  | 'acceptSuggestion'
  | 'dismissSuggestion'
  | 'useEarlierVerdict'
  | 'dismissMatch'
  | 'setSpeaker';

/** Operations that change which claims an article has, or their spans: the article, table and counts are reloaded after them. */
export type ClaimEdit = 'editClaim' | 'splitClaim' | 'mergeClaims' | 'addClaim' | 'excludeClaim' | 'restoreClaim';

export const SELECT_FIRST = 'Select a claim first (j / k).';

/**
 * A refusal the source form can mark at one of its fields (a date it cannot read,
 * an address that is not one), with the message as the field shows it; null for any other error.
 */
export function sourceFieldError(error: ApiError, input: NewSourceInput): FieldError | null {
  if (error.code !== 'invalid_input' || !error.field || !(error.field in input)) return null;
  return { field: error.field as keyof NewSourceInput, message: error.message.replace(/^\w+: [\w.]+: /, '') };
}

/**
 * The claims "Merge with previous / next" join claim `selectedId` with: the shown claims on either side, or
 * the hidden part a quotation runs on into across a paragraph break (see mergeNeighbours).
 */
export function neighboursOf(body: string, highlights: readonly ClaimHighlight[], selectedId: number | null): { previous: ClaimHighlight | null; next: ClaimHighlight | null } {
  return selectedId === null ? { previous: null, next: null } : mergeNeighbours(body, highlights, selectedId);
}

/** The claim's in-article dispute still waiting for a decision, if any. */
export function pendingSuggestion(detail: Pick<ClaimDetail, 'suggestions'>): ClaimDetail['suggestions'][number] | null {
  return detail.suggestions.find((sg) => sg.state === 'pending') ?? null;
}

/** What Use this verdict says: the sources taken over are named only when the claim seen before had some. */
export function earlierVerdictMessage(fresh: Pick<ClaimDetail, 'claim' | 'seenBefore'>, earlierClaimId: number): string {
  const sources = fresh.seenBefore.find((other) => other.claimId === earlierClaimId)?.sources.length ?? 0;
  const taken = sources === 0 ? 'as the claim seen before' : `with the ${sources === 1 ? 'source' : `${formatCount(sources)} sources`} of the claim seen before`;
  return `${claimName(fresh.claim)} marked ${REVIEW_LABELS[fresh.claim.status]}, ${taken}. Undo (Ctrl+Z) takes it back.`;
}

/** What the window says when a change was refused because another window changed the claim (or note) first. */
export function changedElsewhereMessage(what: 'verdict' | 'edit' | 'note'): string {
  if (what === 'verdict') return 'This claim was changed in another window, so your verdict was not saved. It now shows that change: check it, then give your verdict again.';
  if (what === 'note') return 'This note was changed in another window, so your edit was not saved. Copy your words if you need them, Cancel to see the note as it is now, then edit again.';
  return 'This claim was changed in another window, so your edit was not saved. Copy your words if you need them, press Esc to see the claim as it is now, then edit again.';
}

/** The verdict as a window last saw it, sent with a verdict so one given elsewhere meanwhile is not overwritten unseen. */
export function seenVerdictOf(claim: Pick<ClaimAnchor, 'status' | 'reviewedAt'>): { status: Verdict; reviewedAt: string | null } {
  return { status: claim.status, reviewedAt: claim.reviewedAt };
}

export interface ClaimActionsOptions {
  selection: Selection | null;
  selectionRef: MutableRefObject<Selection | null>;
  /** The selected claim's row on the page shown, if it is there. */
  selectedRow: ClaimAnchor | null;
  /** Selects a claim by hand (an edit's result wins over a page turn j/k asked for). */
  choose: (claim: ClaimAnchor) => void;
  showIndex: (index: number) => void;
  selectFromArticle: (claimId: number, articleId: number) => Promise<void>;
  verdictGivenTo: (claimId: number) => void;
  editDirty: MutableRefObject<boolean>;
  claims: { patchRow: (claim: ClaimAnchor) => void; reload: () => Promise<void>; locate: (claimId: number) => Promise<number | null | undefined> };
  article: { data: ArticleWithClaims | null; patchHighlight: (claim: ClaimAnchor) => void; reload: () => Promise<void> };
  detail: { detail: ClaimDetail | null; setDetail: (fresh: ClaimDetail) => void; reload: () => Promise<void> };
  reloadFacets: () => void;
  setEntity: (entity: string) => void;
  reloadStats: () => Promise<unknown>;
  setBusy: (busy: boolean) => void;
  /** Every change makes a new undo step: the undo list is asked for again. */
  refreshUndo: MutableRefObject<() => Promise<void>>;
  notify: (text: string) => void;
  /** After a note or source is saved (or its editing cancelled): the keys go on from the claims table. */
  focusTable: () => void;
  onError: ErrorSink;
}

/**
 * Every change to the selected claim (verdicts, notes, sources, edits, in-article
 * disputes) and its follow-up: the fresh claim shown everywhere, the counts and
 * undo list refreshed, and a notice saying what was done.
 */
export function useClaimActions(options: ClaimActionsOptions) {
  const { selection, selectionRef, selectedRow, choose, showIndex, selectFromArticle, verdictGivenTo, editDirty } = options;
  const { claims, article, detail, reloadFacets, setEntity, reloadStats, setBusy, refreshUndo, notify, focusTable, onError } = options;

  /** The selected claim as this window last had it (the panel's, else the table's; a change's answer at once). */
  const selectedId = selection?.id ?? null;
  // The detail follows the selection one render later (Workbench defers it): a key pressed right after a click must
  // act on the claim just chosen, not on the one the panel still shows.
  const shownClaim = detail.detail && detail.detail.claim.id === selectedId ? detail.detail.claim : selectedRow;
  const shownClaimRef = useRef(shownClaim);
  shownClaimRef.current = shownClaim;

  /** Shows a changed claim everywhere it appears: detail, table row, highlight, counts. */
  const applyDetail = useCallback(
    (fresh: ClaimDetail) => {
      if (shownClaimRef.current?.id === fresh.claim.id) shownClaimRef.current = fresh.claim;
      detail.setDetail(fresh);
      claims.patchRow(fresh.claim);
      article.patchHighlight(fresh.claim);
      void claims.reload();
      void reloadStats();
    },
    [detail, claims, article, reloadStats],
  );

  /** A change to the workspace: busy while it runs; its value, or null once the error has been shown. */
  /** `handles` may take an error in hand (true: not shown as a notice), as a form marks a field. */
  const send = useCallback(
    async <K extends ClaimMutation | ClaimEdit>(op: K, input: OpInput<K>, handles?: (error: ApiError) => boolean): Promise<OpResult<K> | null> => {
      setBusy(true);
      const result = await call(op, input);
      setBusy(false);
      if (result.ok) {
        void refreshUndo.current();
        return result.value;
      }
      if (!handles?.(result.error)) onError(result.error);
      return null;
    },
    [onError, refreshUndo, setBusy],
  );

  const mutate = useCallback(
    async <K extends ClaimMutation>(op: K, input: OpInput<K>, handles?: (error: ApiError) => boolean): Promise<ClaimDetail | null> => {
      const value = await send(op, input, handles);
      if (value === null) return null;
      const fresh = value as ClaimDetail;
      applyDetail(fresh);
      return fresh;
    },
    [applyDetail, send],
  );

  /**
   * Refused because another window changed the claim first: nothing was saved; the claim is loaded again here
   * (panel, row, highlight, counts) and the notice says so.
   */
  const changedElsewhere = useCallback(
    (what: 'verdict' | 'edit' | 'note') => (error: ApiError) => {
      if (error.code !== 'changed_elsewhere') return false;
      onError({ code: error.code, message: changedElsewhereMessage(what) });
      void detail.reload();
      void claims.reload();
      void article.reload();
      void reloadStats();
      return true;
    },
    [article, claims, detail, onError, reloadStats],
  );

  // Verdicts one after another (v then d on one claim before the first answered): each is sent with the verdict
  // the one before it left, not refused as if another window had given it.
  const verdictQueue = useRef<Promise<unknown>>(Promise.resolve());
  const queueVerdict = useCallback((task: () => Promise<void>) => {
    const next = verdictQueue.current.then(task, task);
    verdictQueue.current = next.catch(() => undefined);
    return next;
  }, []);
  const seenOf = useCallback((claimId: number) => {
    const shown = shownClaimRef.current;
    return shown && shown.id === claimId ? seenVerdictOf(shown) : undefined;
  }, []);

  const setVerdict = useCallback(
    async (verdict: Verdict) => {
      const current = selectionRef.current;
      if (!current) {
        notify(SELECT_FIRST);
        return;
      }
      verdictGivenTo(current.id);
      await queueVerdict(async () => {
        const fresh = await mutate('setStatus', { claimId: current.id, status: verdict, seen: seenOf(current.id) }, changedElsewhere('verdict'));
        if (fresh) notify(`${claimName(fresh.claim)} marked ${REVIEW_LABELS[verdict]}.`);
      });
    },
    [changedElsewhere, mutate, notify, queueVerdict, seenOf, selectionRef, verdictGivenTo],
  );

  const clearVerdict = useCallback(async () => {
    const current = selectionRef.current;
    if (!current) {
      notify(SELECT_FIRST);
      return;
    }
    verdictGivenTo(current.id);
    await queueVerdict(async () => {
      const fresh = await mutate('clearStatus', { claimId: current.id, seen: seenOf(current.id) }, changedElsewhere('verdict'));
      if (fresh) notify(`${claimName(fresh.claim)}: verdict cleared, not reviewed.`);
    });
  }, [changedElsewhere, mutate, notify, queueVerdict, seenOf, selectionRef, verdictGivenTo]);

  /** A note or source saved: said, and the keyboard handed back to the table (so `s` after a note adds a source, not a letter). */
  const saved = useCallback(
    (fresh: ClaimDetail | null, message: (claim: string) => string): boolean => {
      if (!fresh) return false;
      notify(message(claimName(fresh.claim, false)));
      focusTable();
      return true;
    },
    [focusTable, notify],
  );

  const noteActions = useMemo<NoteActions>(
    () => ({
      add: async (body) =>
        selectionRef.current ? saved(await mutate('addNote', { claimId: selectionRef.current.id, body }), (name) => `Note added to ${name}.`) : false,
      edit: async (noteId, body, seenBody) => saved(await mutate('editNote', { noteId, body, seenBody }, changedElsewhere('note')), (name) => `Note on ${name} saved.`),
      remove: async (noteId) => saved(await mutate('deleteNote', { noteId }), (name) => `Note on ${name} deleted. Undo (Ctrl+Z) brings it back.`),
      leave: focusTable,
    }),
    [changedElsewhere, focusTable, mutate, saved, selectionRef],
  );

  const sourceActions = useMemo<SourceActions>(
    () => ({
      add: async (input: NewSourceInput) => {
        const current = selectionRef.current;
        if (!current) return false;
        let marked: FieldError | null = null;
        // A field the form can mark (a date it cannot read, an address that is not one): said at the field.
        const added = await mutate('addSource', { claimId: current.id, ...input }, (error) => {
          marked = sourceFieldError(error, input);
          return marked !== null;
        });
        return added !== null ? saved(added, (name) => `Source added to ${name}.`) : (marked ?? false);
      },
      link: async (sourceId, stance) =>
        selectionRef.current
          ? saved(await mutate('linkSource', { claimId: selectionRef.current.id, sourceId, stance }), (name) => `Source linked to ${name}.`)
          : false,
      unlink: async (sourceId) =>
        selectionRef.current
          ? saved(await mutate('unlinkSource', { claimId: selectionRef.current.id, sourceId }), (name) => `Source unlinked from ${name}. Undo (Ctrl+Z) brings it back.`)
          : false,
      attach: async (file, stance) => {
        const current = selectionRef.current;
        if (!current) return false;
        // Refused before reading, in the backend's words: a file over the limit is never sent.
        if (file.size > MAX_SOURCE_FILE_BYTES) {
          onError({ code: 'too_large', message: `${file.name} is ${file.size.toLocaleString('en')} bytes; a source file may be at most ${MAX_SOURCE_FILE_BYTES.toLocaleString('en')} bytes (10 MiB).` });
          return false;
        }
        let bytesBase64: string;
        try {
          bytesBase64 = await readFileBase64(file);
        } catch (err) {
          onError({ code: 'unreadable', message: `Could not read ${file.name}: ${err instanceof Error ? err.message : String(err)}` });
          return false;
        }
        return saved(await mutate('attachSourceFile', { claimId: current.id, fileName: file.name, bytesBase64, stance }), (name) => `${file.name} attached to ${name} as a source.`);
      },
      open: async (sourceId) => {
        const opened = await openSourceFile(sourceId);
        if (!opened.ok) onError(opened.error);
      },
      leave: focusTable,
    }),
    [focusTable, mutate, onError, saved, selectionRef],
  );

  // --- editing claims ---------------------------------------------------------
  const [editing, setEditing] = useState(false);
  // Another claim selected: its own text, not the editor of the last one.
  useEffect(() => setEditing(false), [selectedId]);

  /**
   * Runs an edit, then selects the claim it leaves (the edited, merged or new
   * one) and shows it everywhere: table (turning to its page), article
   * highlights, counts, filter menus and the detail panel.
   */
  const runEdit = useCallback(
    async <K extends ClaimEdit>(
      op: K,
      input: OpInput<K>,
      target: (value: OpResult<K>) => ClaimAnchor,
      done: (claim: ClaimAnchor) => string,
      handles?: (error: ApiError) => boolean,
    ): Promise<boolean> => {
      const value = await send(op, input, handles);
      if (value === null) return false;
      const claim = target(value);
      const sameClaim = selectionRef.current?.id === claim.id;
      choose(claim);
      // Another claim selected (merged into the previous one, or a new one): selecting it loads its detail.
      // Reloading here would ask for the claim selected before, which a merge may have removed.
      if (sameClaim) {
        if ('notes' in (value as object)) detail.setDetail(value as ClaimDetail);
        else void detail.reload();
      }
      setEditing(false);
      notify(done(claim));
      void article.reload();
      void reloadStats();
      void reloadFacets();
      await claims.reload();
      const index = await claims.locate(claim.id);
      if (typeof index === 'number') showIndex(index);
      return true;
    },
    [article, choose, claims, detail, notify, reloadFacets, reloadStats, selectionRef, send, showIndex],
  );


  /** The shown claims just before and after the selected one in its article (for merging). */
  const neighbours = useMemo(() => neighboursOf(article.data?.article.body ?? '', article.data?.claims ?? [], selectedId), [article.data, selectedId]);

  const claimActions = useMemo<ClaimActions>(
    () => ({
      startEdit: () => setEditing(true),
      cancelEdit: () => setEditing(false),
      editDirty: (dirty) => {
        editDirty.current = dirty;
      },
      save: (claimId, text, seenText) => runEdit('editClaim', { claimId, text, seenText }, (d) => d.claim, (c) => `${claimName(c)} edited.`, changedElsewhere('edit')),
      split: (claimId, at) =>
        runEdit('splitClaim', { claimId, at }, (r) => r.claims[0], (c) => `${claimName(c)} split in two${c.number === null ? '' : `: claims ${c.number} and ${c.number + 1}`}.`),
      merge: (claimId, otherId) => runEdit('mergeClaims', { claimIds: [claimId, otherId] }, (d) => d.claim, (c) => `Merged into ${claimName(c, false)}.`),
      exclude: (claimId) =>
        runEdit('excludeClaim', { claimId }, (d) => d.claim, () => 'Excluded: hidden as a non-claim (x or Restore brings it back).'),
      restore: (claimId) => runEdit('restoreClaim', { claimId }, (d) => d.claim, (c) => `Restored as ${claimName(c, false)}.`),
      accept: async (suggestionId) => {
        const fresh = await mutate('acceptSuggestion', { suggestionId });
        if (fresh) notify(`${claimName(fresh.claim)} marked Disputed, as the article’s denial suggests.`);
      },
      dismiss: async (suggestionId) => {
        const fresh = await mutate('dismissSuggestion', { suggestionId });
        if (fresh) notify(`Suggestion dismissed: ${claimName(fresh.claim, false)} keeps its verdict.`);
      },
      selectClaim: (claimId, inArticle) => void selectFromArticle(claimId, inArticle),
      filterByEntity: (name) => {
        setEntity(name);
        notify(`Showing claims that name ${name}.`);
      },
      useEarlierVerdict: async (claimId, otherClaimId) => {
        const fresh = await mutate('useEarlierVerdict', { claimId, earlierClaimId: otherClaimId });
        if (fresh) notify(earlierVerdictMessage(fresh, otherClaimId));
      },
      setSpeaker: async (claimId, speaker, speakerKind) => {
        const fresh = await mutate('setSpeaker', { claimId, speaker, speakerKind });
        if (!fresh) return false;
        reloadFacets();
        notify(fresh.claim.speaker ? `${claimName(fresh.claim)}: speaker set to ${fresh.claim.speaker}.` : `${claimName(fresh.claim)}: no speaker.`);
        return true;
      },
      dismissMatch: async (claimId, otherClaimId) => {
        const fresh = await mutate('dismissMatch', { claimId, otherClaimId });
        if (fresh) notify(`Not the same claim: no longer listed as seen before for ${claimName(fresh.claim, false)}. Undo (Ctrl+Z) brings it back.`);
      },
    }),
    [changedElsewhere, editDirty, mutate, notify, reloadFacets, runEdit, selectFromArticle, setEntity],
  );

  const addClaimFromSelection = useCallback(
    (inArticle: number, start: number, end: number) =>
      runEdit('addClaim', { articleId: inArticle, start, end }, (d) => d.claim, (c) => `${claimName(c)} added from the article.`),
    [runEdit],
  );

  /**
   * Accepts or dismisses the selected claim's pending in-article dispute —
   * only this claim's own: a detail panel still loading must not decide for
   * the claim selected before.
   */
  const decidePending = useCallback(
    (decision: 'accept' | 'dismiss') => {
      const selected = selectionRef.current;
      if (!selected) {
        notify(SELECT_FIRST);
        return;
      }
      const decide = (shown: ClaimDetail) => {
        const pending = pendingSuggestion(shown);
        if (pending) void claimActions[decision](pending.id);
        else notify('No pending in-article dispute on this claim. (To add a claim, select words in the article, then press a.)');
      };
      if (detail.detail?.claim.id === selected.id) {
        decide(detail.detail);
        return;
      }
      void call('getClaim', { claimId: selected.id }).then((result) => {
        if (!result.ok) onError(result.error);
        else if (selectionRef.current?.id === selected.id) decide(result.value);
      });
    },
    [claimActions, detail.detail, notify, onError, selectionRef],
  );

  /** Opens the editor on the shown claim. */
  const editShown = useCallback(() => {
    if (shownClaimRef.current) setEditing(true);
    else notify(SELECT_FIRST);
  }, [notify]);

  /** Excludes the shown claim, or restores it if it is hidden. */
  const excludeOrRestore = useCallback(() => {
    const claim = shownClaimRef.current;
    if (!claim) {
      notify(SELECT_FIRST);
      return;
    }
    void (claim.hidden ? claimActions.restore(claim.id) : claimActions.exclude(claim.id));
  }, [claimActions, notify]);

  return {
    editing,
    neighbours,
    claimActions,
    noteActions,
    sourceActions,
    setVerdict,
    clearVerdict,
    addClaimFromSelection,
    decidePending,
    editShown,
    excludeOrRestore,
  };
}
