import { useRef, type MutableRefObject } from 'react';
import type { BulkAction, ClaimAnchor, Verdict } from '../../core/api/contract';
import type { SpeakerFieldHandle } from '../components/SpeakerField';
import { SELECT_FIRST } from './useClaimActions';
import type { Selection } from './useClaimNavigation';
import { useShortcuts, type ShortcutMap } from './useShortcuts';

export const NO_CLAIM_SHOWN = 'No claim selected: no claims match this filter, so no verdict was given.';
/** A verdict key pressed while the table is still being fetched for a new filter (the rows shown are the old one's). */
export const TABLE_LOADING = 'The table is still loading, so no verdict was given: press the key again when the claims show.';

/** What a key asks the workbench to do. */
export type WorkbenchCommand =
  | { do: 'move'; delta: 1 | -1 }
  | { do: 'verdict'; verdict: Verdict }
  | { do: 'clearVerdict' }
  | { do: 'tick' }
  | { do: 'clearTicks' }
  | { do: 'focus'; field: 'search' | 'note' | 'source' }
  | { do: 'edit' }
  | { do: 'editSpeaker' }
  | { do: 'export' }
  | { do: 'excludeOrRestore' }
  | { do: 'addOrAccept' }
  | { do: 'dismiss' }
  | { do: 'openArticles' }
  | { do: 'help' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  /** Held down (auto-repeat). */
  repeat: boolean;
  /** Pressed on a checkbox or button, whose own key Space is. */
  onControl: boolean;
}

/** The keys the workbench listens to (single keys, no Ctrl/Alt/Cmd; see useShortcuts). */
export const WORKBENCH_KEYS = ['j', 'k', 'v', 'd', 'u', 'c', ' ', 'Escape', '/', 'n', 's', 'e', 'E', 'x', 'a', 'A', 'o', 'p', '?'] as const;

/**
 * The keymap: what a key press does (null: nothing), and whether the browser's
 * own handling of it is stopped (so "/" is not typed into the box it focuses,
 * Space does not scroll). Verdict keys, edit, export, exclude and a/A act once per
 * press, not while held; j/k and ? repeat. Returns null for a key not in the map.
 */
export function resolveShortcut(press: KeyPress): { command: WorkbenchCommand | null; preventDefault: boolean } | null {
  const once = (command: WorkbenchCommand) => ({ command: press.repeat ? null : command, preventDefault: false });
  switch (press.key) {
    case 'j':
      return { command: { do: 'move', delta: 1 }, preventDefault: false };
    case 'k':
      return { command: { do: 'move', delta: -1 }, preventDefault: false };
    case 'v':
      return once({ do: 'verdict', verdict: 'verified' });
    case 'd':
      return once({ do: 'verdict', verdict: 'disputed' });
    case 'u':
      return once({ do: 'verdict', verdict: 'unverified' });
    case 'c':
      return once({ do: 'clearVerdict' });
    case ' ':
      // On a checkbox or button Space is that control's own; elsewhere it ticks the row (and does not scroll the table).
      if (press.onControl) return { command: null, preventDefault: false };
      return { command: press.repeat ? null : { do: 'tick' }, preventDefault: true };
    case 'Escape':
      return { command: { do: 'clearTicks' }, preventDefault: false };
    case '/':
      return { command: { do: 'focus', field: 'search' }, preventDefault: true };
    case 'n':
      return { command: { do: 'focus', field: 'note' }, preventDefault: true };
    case 's':
      return { command: { do: 'focus', field: 'source' }, preventDefault: true };
    case 'e':
    case 'E':
      // `e` edits the claim; Shift+E exports what the table shows (an "E" from Caps Lock is still e).
      if (press.repeat) return { command: null, preventDefault: false };
      return { command: press.shiftKey ? { do: 'export' } : { do: 'edit' }, preventDefault: true };
    case 'x':
      return once({ do: 'excludeOrRestore' });
    case 'a':
      return once({ do: 'addOrAccept' });
    case 'A':
      // Shift+A dismisses; an "A" from Caps Lock (no Shift) is still a.
      return once(press.shiftKey ? { do: 'dismiss' } : { do: 'addOrAccept' });
    case 'p':
      // preventDefault: the "p" must not land in the Speaker box it opens.
      return { command: press.repeat ? null : { do: 'editSpeaker' }, preventDefault: true };
    case 'o':
      // preventDefault: the "o" must not land in the search box the list opens with.
      return { command: press.repeat ? null : { do: 'openArticles' }, preventDefault: true };
    case '?':
      return { command: { do: 'help' }, preventDefault: true };
    default:
      return null;
  }
}

/** Words selected in the article view. */
export interface ArticleWords {
  articleId: number;
  start: number;
  end: number;
}

export interface WorkbenchShortcutsOptions {
  /** The rows on the page shown, and the selected claim. */
  rows: readonly ClaimAnchor[];
  /** A page for a new filter, sort or page is on its way: `rows` may be the old one's. */
  loading: boolean;
  selectionRef: MutableRefObject<Selection | null>;
  move: (delta: 1 | -1) => void;
  setVerdict: (verdict: Verdict) => Promise<void>;
  clearVerdict: () => Promise<void>;
  bulk: { count: number; toggle: (rows: readonly ClaimAnchor[], claim: ClaimAnchor, range: boolean) => void; clear: () => void };
  /** The bulk toolbar's action on the ticked claims (one undo step): v/d/u/c use it while claims are ticked. */
  runBulk: (action: BulkAction) => Promise<void>;
  editShown: () => void;
  runExport: () => Promise<void>;
  excludeOrRestore: () => void;
  addClaimFromSelection: (articleId: number, start: number, end: number) => Promise<boolean>;
  decidePending: (decision: 'accept' | 'dismiss') => void;
  toggleHelp: () => void;
  openArticleList: () => void;
  /** False while a dialog owns the keyboard (then only ? works). */
  enabled: boolean;
  notify: (text: string) => void;
}

/**
 * The workbench's single-key shortcuts, wired to its actions. Hands back the
 * fields the keys jump to (/, n, s) and where the article view reports the
 * words selected in it (which `a` adds as a claim).
 */
export function useWorkbenchShortcuts(options: WorkbenchShortcutsOptions) {
  const { rows, loading, selectionRef, bulk, notify } = options;
  const searchRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const sourceUrlRef = useRef<HTMLInputElement>(null);
  const speakerRef = useRef<SpeakerFieldHandle>(null);
  /** The words selected in the article view, if any: `a` adds them as a claim. */
  const articleSelection = useRef<ArticleWords | null>(null);

  const focusField = (field: HTMLElement | null) => {
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'nearest' });
    } else notify(SELECT_FIRST);
  };

  /** `a`: add the selected words as a claim; with nothing selected, accept the pending in-article dispute. */
  const addOrAccept = () => {
    const words = articleSelection.current;
    if (words) {
      void options.addClaimFromSelection(words.articleId, words.start, words.end).then((added) => {
        if (added) window.getSelection()?.removeAllRanges();
      });
      return;
    }
    options.decidePending('accept');
  };

  /** A verdict key with no claim selected does nothing; with an empty table, it says why there is none. */
  const nothingSelected = () => {
    if (selectionRef.current) return false;
    notify(loading ? TABLE_LOADING : rows.length ? SELECT_FIRST : NO_CLAIM_SHOWN);
    return true;
  };

  const run = (command: WorkbenchCommand) => {
    switch (command.do) {
      case 'move':
        return options.move(command.delta);
      // With claims ticked, a verdict key acts on all of them (as the bulk toolbar's buttons do), not on the selected one alone.
      case 'verdict':
        if (bulk.count > 0) return void options.runBulk(command.verdict);
        if (nothingSelected()) return;
        return void options.setVerdict(command.verdict);
      case 'clearVerdict':
        if (bulk.count > 0) return void options.runBulk('clear');
        if (nothingSelected()) return;
        return void options.clearVerdict();
      case 'tick': {
        const current = rows.find((r) => r.id === selectionRef.current?.id);
        if (current) bulk.toggle(rows, current, false);
        else notify(SELECT_FIRST);
        return;
      }
      case 'clearTicks':
        if (bulk.count > 0) bulk.clear();
        return;
      case 'focus':
        return focusField({ search: searchRef, note: noteRef, source: sourceUrlRef }[command.field].current);
      case 'edit':
        return options.editShown();
      case 'editSpeaker': {
        const field = speakerRef.current;
        // The detail panel follows the selection a render later: only the selected claim's own field is opened.
        if (field && field.claimId === selectionRef.current?.id) field.edit();
        else notify(selectionRef.current ? 'The claim is still loading; press p again.' : SELECT_FIRST);
        return;
      }
      case 'export':
        return void options.runExport();
      case 'excludeOrRestore':
        return options.excludeOrRestore();
      case 'addOrAccept':
        return addOrAccept();
      case 'dismiss':
        return options.decidePending('dismiss');
      case 'openArticles':
        return options.openArticleList();
      case 'help':
        return options.toggleHelp();
    }
  };

  const onKey = (event: KeyboardEvent) => {
    const onControl = event.target instanceof HTMLInputElement || event.target instanceof HTMLButtonElement;
    const resolved = resolveShortcut({ key: event.key, shiftKey: event.shiftKey, repeat: event.repeat, onControl });
    if (!resolved) return;
    if (resolved.preventDefault) event.preventDefault();
    if (resolved.command) run(resolved.command);
  };
  const shortcuts: ShortcutMap = Object.fromEntries(WORKBENCH_KEYS.map((key) => [key, onKey]));
  useShortcuts(shortcuts, { enabled: options.enabled, always: ['?'] });

  return {
    searchRef,
    noteRef,
    sourceUrlRef,
    speakerRef,
    onTextSelection: (words: ArticleWords | null) => {
      articleSelection.current = words;
    },
  };
}
