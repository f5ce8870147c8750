import { useCallback, useEffect, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { ARTICLE_SHARE, ARTICLE_SHARE_KEY, parseStoredShare, shareAfterKey, shareAtPointer, stackedRows } from '../layout/pane-split';

function storedShare(): number {
  try {
    return parseStoredShare(window.localStorage.getItem(ARTICLE_SHARE_KEY));
  } catch {
    return ARTICLE_SHARE.default; // storage refused (a locked-down profile): the default, every time
  }
}

/**
 * The article's share of the stacked right-hand column, remembered across
 * reloads; `style` goes on the panes (the stacked layout reads it, the
 * side-by-side one ignores it).
 */
export function useArticleShare() {
  const [share, setShare] = useState(storedShare);
  useEffect(() => {
    try {
      window.localStorage.setItem(ARTICLE_SHARE_KEY, String(share));
    } catch {
      // Not remembered; the split still works.
    }
  }, [share]);
  const style = { '--stacked-rows': stackedRows(share) } as CSSProperties;
  return { share, setShare, style };
}

/**
 * The bar between the article and the claim's detail when they are stacked:
 * drag it, or focus it and use ↑/↓ (Page Up/Down, Home/End). Hidden where the
 * panes stand side by side.
 */
export function PaneSplitter({ share, onShare, articleId }: { share: number; onShare: (share: number) => void; articleId: string }) {
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const next = shareAfterKey(share, event.key);
      if (next === null) return;
      event.preventDefault();
      event.stopPropagation();
      onShare(next);
    },
    [share, onShare],
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
    if (box) onShare(shareAtPointer(event.clientY, box.top, box.bottom));
  };

  return (
    <div
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
