import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { ARTICLE_SHARE, ARTICLE_SHARE_KEY, parseStoredShare, shareAfterKey, shareAtPointer, stackedRows } from '../layout/pane-split';

function storedShare(): number {
  try {
    return parseStoredShare(window.localStorage.getItem(ARTICLE_SHARE_KEY));
  } catch {
    return ARTICLE_SHARE.default; // storage refused (a locked-down profile): the default, every time
  }
}

/** The panes' style as the stored share sets it, for their first render: the splitter owns the share after it. */
export function initialPanesStyle(): CSSProperties {
  return { '--stacked-rows': stackedRows(storedShare()) } as CSSProperties;
}

/**
 * The bar between the article and the claim's detail when they are stacked:
 * drag it, or focus it and use ↑/↓ (Page Up/Down, Home/End). Hidden where the
 * panes stand side by side. It holds the article's share of the column and
 * sets it on the panes (`.panes`) itself, remembered across reloads: a drag
 * re-renders the bar alone, not the workbench.
 */
export function PaneSplitter({ articleId }: { articleId: string }) {
  const [share, setShare] = useState(storedShare);
  const barRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    barRef.current?.closest<HTMLElement>('.panes')?.style.setProperty('--stacked-rows', stackedRows(share));
    try {
      window.localStorage.setItem(ARTICLE_SHARE_KEY, String(share));
    } catch {
      // Not remembered; the split still works.
    }
  }, [share]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const next = shareAfterKey(share, event.key);
      if (next === null) return;
      event.preventDefault();
      event.stopPropagation();
      setShare(next);
    },
    [share],
  );

  /** The column the bar divides: from the article's top to the detail's bottom. */
  const column = (bar: HTMLElement) => {
    const above = bar.previousElementSibling?.getBoundingClientRect();
    const below = bar.nextElementSibling?.getBoundingClientRect();
    return above && below ? { top: above.top, bottom: below.bottom } : null;
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus({ preventScroll: true });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const box = column(event.currentTarget);
    if (box) setShare(shareAtPointer(event.clientY, box.top, box.bottom));
  };

  return (
    <div
      ref={barRef}
      className="pane-splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the article and the claim detail"
      aria-controls={articleId}
      aria-valuenow={share}
      aria-valuemin={ARTICLE_SHARE.min}
      aria-valuemax={ARTICLE_SHARE.max}
      aria-valuetext={`Article ${share}% of the column`}
      title="Drag, or focus and press ↑/↓, to give the article more or less room"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
    />
  );
}
