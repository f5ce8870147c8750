import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode, type Ref } from 'react';

export interface MenuEntry {
  key: string;
  /** The value in force (marked ✓, and where the list opens). */
  selected: boolean;
}

/** Opens the menu from elsewhere (a keyboard shortcut). */
export interface MenuHandle {
  open: () => void;
}

export interface SearchableMenuProps<E extends MenuEntry> {
  handle?: Ref<MenuHandle>;
  /** What the button chooses ("Show claims from", "Speaker filter"): read before its current value. */
  label: string;
  /** The current value, shown on the button. */
  current: ReactNode;
  /** The button stands out while it filters something. */
  active?: boolean;
  className?: string;
  /** Names the list and its panel ("Articles", "Speakers"). */
  listLabel: string;
  searchLabel: string;
  placeholder: string;
  query: string;
  onQuery: (query: string) => void;
  /** What the list offers for the query; null while it loads. */
  entries: readonly E[] | null;
  /** An entry kept above the scrolling list ("All articles", "Any speaker"), always in view. */
  pinned?: E | null;
  renderEntry: (entry: E) => ReactNode;
  onChoose: (entry: E) => void;
  /** The list is opening: load or refresh what it offers. */
  onOpen?: () => void;
  /** The count line under the search box ("12 of 300 match"). */
  status: string;
  /** Said under an empty list. */
  empty?: string;
  /** More controls beside the search box (a sort menu). */
  controls?: ReactNode;
  rowHeight: number;
}

/** Rows a Page Up / Page Down moves. */
const PAGE_ROWS = 8;

/**
 * A button that opens a searchable list: type to narrow it, ↑/↓ and Page
 * Up/Down to move, Enter to choose, Esc to close. The list is virtual (only
 * the rows in view are in the page), so ten thousand entries open and filter
 * as fast as ten. The search box keeps the focus throughout and points at the
 * active entry (aria-activedescendant), as the ARIA combobox pattern has it.
 */
export function SearchableMenu<E extends MenuEntry>(props: SearchableMenuProps<E>) {
  const { query, onQuery, onChoose, onOpen, rowHeight } = props;
  const pinned = props.pinned ?? null;
  /** Every entry the keys step through: the pinned one first. */
  const entries = useMemo(() => (props.entries === null ? null : pinned ? [pinned, ...props.entries] : props.entries), [props.entries, pinned]);
  const first = pinned ? 1 : 0;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const count = entries?.length ?? 0;

  const close = useCallback(
    (refocus: boolean) => {
      setOpen(false);
      onQuery('');
      if (refocus) buttonRef.current?.focus();
    },
    [onQuery],
  );

  const show = () => {
    onOpen?.();
    setOpen(true);
  };
  useImperativeHandle(props.handle, () => ({ open: () => (open ? undefined : show()) }));

  // Opening puts the value in force under the cursor once the entries are there — unless keys
  // pressed while they loaded moved already; an Enter pressed then chooses as soon as they arrive.
  const placed = useRef(false);
  const enterWhileLoading = useRef(false);
  useEffect(() => {
    if (!open) {
      placed.current = false;
      enterWhileLoading.current = false;
    } else if (entries) {
      if (!placed.current) {
        placed.current = true;
        setActive(Math.max(0, entries.findIndex((e) => e.selected)));
      }
      if (enterWhileLoading.current) {
        enterWhileLoading.current = false;
        chooseRef.current(entries[Math.min(activeRef.current, entries.length - 1)]);
      }
    }
  }, [open, entries]);

  const virtualizer = useVirtualizer({
    count: Math.max(0, count - first),
    getScrollElement: () => listRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
  });
  const activeIndex = Math.min(active, Math.max(0, count - 1));
  useEffect(() => {
    if (open && activeIndex >= first && count > first) virtualizer.scrollToIndex(activeIndex - first, { align: 'auto' });
  }, [open, activeIndex, count, virtualizer]);

  // A click anywhere else closes the list.
  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) close(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open, close]);

  const choose = (entry: E | undefined) => {
    if (!entry) return;
    close(false);
    onChoose(entry);
  };

  const chooseRef = useRef(choose);
  chooseRef.current = choose;
  const activeRef = useRef(activeIndex);
  activeRef.current = activeIndex;

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      placed.current = true; // the user is steering: opening's placement must not undo it
      setActive(Math.max(0, entries ? Math.min(count - 1, to) : to));
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(activeIndex + 1);
      case 'ArrowUp':
        return move(activeIndex - 1);
      case 'PageDown':
        return move(activeIndex + PAGE_ROWS);
      case 'PageUp':
        return move(activeIndex - PAGE_ROWS);
      case 'Enter':
        event.preventDefault();
        if (entries === null) enterWhileLoading.current = true;
        else choose(entries[activeIndex]);
        return;
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const option = (entry: E, index: number, style: CSSProperties) => (
    <div
      key={entry.key}
      id={optionId(index)}
      role="option"
      aria-selected={entry.selected}
      aria-setsize={count}
      aria-posinset={index + 1}
      className={`menu__option${index === activeIndex ? ' menu__option--active' : ''}${entry.selected ? ' menu__option--selected' : ''}${index < first ? ' menu__option--pinned' : ''}`}
      style={style}
      onMouseDown={(e) => e.preventDefault() /* the search box keeps the focus */}
      onClick={() => choose(entry)}
    >
      {props.renderEntry(entry)}
    </div>
  );

  return (
    <div className={`menu ${props.className ?? ''}`} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`menu__button${props.active ? ' menu__button--on' : ''}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => (open ? close(false) : show())}
        onKeyDown={(event) => {
          if (!open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            event.preventDefault();
            show();
          }
        }}
      >
        <span className="visually-hidden">{props.label}: </span>
        <span className="menu__current">{props.current}</span>
        <span className="menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          className="menu__panel"
          role="dialog"
          aria-label={props.listLabel}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close(true);
            }
          }}
          // Tabbing out of the panel closes it (a click outside is caught above; one on the list's scrollbar moves no focus).
          onBlur={(event) => {
            const to = event.relatedTarget as Node | null;
            if (to && !rootRef.current?.contains(to)) close(false);
          }}
        >
          <div className="menu__controls">
            <input
              autoFocus
              type="search"
              className="menu__search"
              role="combobox"
              aria-label={props.searchLabel}
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={count > 0 ? optionId(activeIndex) : undefined}
              placeholder={props.placeholder}
              value={query}
              onChange={(e) => {
                onQuery(e.target.value);
                placed.current = true;
                setActive(0);
              }}
              onKeyDown={onSearchKey}
              spellCheck={false}
            />
            {props.controls}
          </div>
          <p className="menu__status" aria-live="polite">
            {props.status}
          </p>
          <div id={listId} className="menu__list" role="listbox" aria-label={props.listLabel} aria-busy={entries === null}>
            {entries && first > 0 && option(entries[0]!, 0, { height: rowHeight })}
            <div ref={listRef} className="menu__scroll">
              <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
                {entries &&
                  virtualizer.getVirtualItems().map((item) =>
                    option(entries[item.index + first]!, item.index + first, { position: 'absolute', top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${item.start}px)` }),
                  )}
              </div>
            </div>
          </div>
          {entries !== null && count === 0 && props.empty && <p className="menu__status">{props.empty}</p>}
        </div>
      )}
    </div>
  );
}
