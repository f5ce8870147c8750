import { useEffect, useRef, useState, type Ref } from 'react';
import type { ArticleSummary, StatusCounts } from '../../core/api/contract';
import type { ImportOutcome } from '../api/importing';
import type { ImportRun } from '../api/import-queue';
import { formatCount } from '../format';
import type { ErrorSink } from '../hooks/useApi';
import { ArticlePicker } from '../articles/ArticlePicker';
import { BackupsDialog } from './BackupsDialog';
import { CountsChart } from './CountsChart';
import type { MenuHandle } from './SearchableMenu';
import { ImportFileButton, PasteForm } from './ImportControls';
import { ReviewerName } from './ReviewerName';

export interface TopBarProps {
  /** The article picked (null: all articles, or not yet counted). */
  picked: ArticleSummary | null;
  articleCount: number;
  overall: StatusCounts;
  pickedArticleId: number | null;
  onPickArticle: (articleId: number | null) => void;
  /** Gives the keyboard to the claims table once an article is picked. */
  focusTable: () => void;
  /** The article in the reading pane (the selected claim's, or the picked one). */
  currentArticle: ArticleSummary | null;
  onImported: (outcomes: ImportOutcome[], run?: ImportRun) => void;
  /** Files dropped on the window are being imported. */
  importing: boolean;
  onExport: () => void;
  exporting: boolean;
  /** Opens the dialog for the reports to read and publish (HTML, Markdown, ClaimReview). */
  onReports: () => void;
  onShowShortcuts: () => void;
  onError: ErrorSink;
  undo: UndoButtons;
  /** Lets the `o` key open the article list. */
  articleList?: Ref<MenuHandle>;
}

/** The top bar's Undo and Redo: enabled only when there is something to undo or redo. */
export interface UndoButtons {
  canUndo: boolean;
  canRedo: boolean;
  undoTitle: string;
  redoTitle: string;
  onUndo: () => void;
  onRedo: () => void;
}

/** Paste-an-article, tucked behind a button on the main screen. */
function PastePopover({ onImported }: { onImported: (outcomes: ImportOutcome[]) => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="popover" ref={ref}>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Paste text…
      </button>
      {open && (
        <div
          className="popover__panel"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          <PasteForm
            autoFocus
            onOutcome={(outcome) => {
              if (outcome.ok) setOpen(false);
              onImported([outcome]);
            }}
          />
        </div>
      )}
    </div>
  );
}

/** The top bar's Backups button and the dialog it opens. */
function BackupsButton({ onError }: { onError: ErrorSink }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog" title="Backups: list, back up now, restore">
        Backups
      </button>
      <BackupsDialog open={open} onClose={() => setOpen(false)} onError={onError} />
    </>
  );
}

export function TopBar(props: TopBarProps) {
  const { overall, pickedArticleId, onPickArticle, currentArticle } = props;
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true">
          ✓
        </span>
        <h1 className="topbar__name">Claimdesk</h1>
      </div>
      <ArticlePicker
        pickedArticleId={pickedArticleId}
        picked={props.picked}
        overall={overall}
        onPick={onPickArticle}
        focusTable={props.focusTable}
        onError={props.onError}
        handle={props.articleList}
      />
      <div className="topbar__charts">
        <CountsChart label="All articles" shortLabel="All" counts={overall} />
        {currentArticle && props.articleCount > 1 && <CountsChart label="This article" shortLabel="This" counts={currentArticle.counts} />}
      </div>
      <div className="topbar__actions">
        <div className="topbar__undo" role="group" aria-label="Undo and redo">
          {/* Icons on screen (the bar is crowded at 1024 px); "Undo" / "Redo" to assistive technology, and what they would do in the tooltip. */}
          <button type="button" className="button button--icon" onClick={props.undo.onUndo} disabled={!props.undo.canUndo} title={props.undo.undoTitle} aria-keyshortcuts="Control+Z Meta+Z">
            <span aria-hidden="true">↶</span>
            <span className="visually-hidden">Undo</span>
          </button>
          <button type="button" className="button button--icon" onClick={props.undo.onRedo} disabled={!props.undo.canRedo} title={props.undo.redoTitle} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">
            <span aria-hidden="true">↷</span>
            <span className="visually-hidden">Redo</span>
          </button>
        </div>
        <ReviewerName onError={props.onError} />
        <div className="topbar__import" role="group" aria-label="Import">
          <ImportFileButton compact onOutcomes={props.onImported} importing={props.importing} />
          <PastePopover onImported={props.onImported} />
        </div>
        <button type="button" className="button button--primary" onClick={props.onExport} disabled={props.exporting} aria-keyshortcuts="Shift+E" title="Export CSV (Shift+E)">
          Export CSV
        </button>
        <button type="button" className="button" onClick={props.onReports} title="A report to read, print or publish: HTML, Markdown or ClaimReview">
          Reports…
        </button>
        <BackupsButton onError={props.onError} />
        <button type="button" className="button button--icon" onClick={props.onShowShortcuts} aria-label="Keyboard shortcuts" aria-keyshortcuts="?">
          ?
        </button>
      </div>
    </header>
  );
}
