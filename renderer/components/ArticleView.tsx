import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { ClaimHighlight } from '../../core/api/contract';
import { claimName, formatDate, hiddenLabel, isWebUrl, REVIEW_LABELS, type ReviewState } from '../format';
import type { ArticleWithClaims } from '../hooks/useArticle';

/** A run of the article's text; `offset` is where it starts in the body (UTF-16), shown as data-offset. */
type Segment = { key: string; text: string; offset: number; claim: ClaimHighlight | null };
/** `blocks`: a paragraph too long to lay out as one block (see MAX_BLOCK_SEGMENTS), in pieces. */
type Block = { key: string; segments: Segment[] };
type Paragraph = Block & { blocks?: Block[] };

/**
 * A paragraph with more pieces than this is shown as several blocks that read
 * as one (no gap between them): a file with no paragraph breaks at all would
 * otherwise be one block of megabytes, laid out again whole on every change.
 */
export const MAX_BLOCK_SEGMENTS = 120;

/**
 * Cuts the article body at every claim's span. Spans are UTF-16 offsets,
 * which is exactly how JavaScript strings index, so slice() is exact. An
 * overlapping span (should one ever exist) is clipped rather than repeated.
 */
/** A claim merged across a paragraph break (a quotation running on) keeps the break on screen. */
const SPANS_PARAGRAPHS = /(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)/;

export function segmentBody(body: string, claims: readonly ClaimHighlight[]): Segment[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const claim of sorted) {
    const start = Math.max(claim.start, cursor);
    const end = Math.min(claim.end, body.length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ key: `t${cursor}`, text: body.slice(cursor, start), offset: cursor, claim: null });
    segments.push({ key: `c${claim.id}`, text: body.slice(start, end), offset: start, claim });
    cursor = end;
  }
  if (cursor < body.length) segments.push({ key: `t${cursor}`, text: body.slice(cursor), offset: cursor, claim: null });
  return segments;
}

/**
 * Groups the segments into paragraphs, each to be shown with dir="auto" so
 * that an Urdu or Arabic paragraph reads right to left and an English one
 * beside it left to right. A paragraph ends after a line break (with the
 * blank lines after it, so the text looks as before) that lies between
 * claims; a line break inside a claim (hard-wrapped text) stays in it, so a
 * highlight is never cut in two.
 */
export function splitParagraphs(segments: readonly Segment[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let parts: Segment[] = [];
  /** The blocks of the paragraph being read, when it has grown past MAX_BLOCK_SEGMENTS. */
  let blocks: Block[] = [];
  const close = (more = false) => {
    const key = `p${paragraphs.length}`;
    if (parts.length) blocks.push({ key: `${key}.${blocks.length}`, segments: parts });
    parts = [];
    if (more) return;
    if (blocks.length === 1) paragraphs.push({ key, segments: blocks[0]!.segments });
    else if (blocks.length > 1) paragraphs.push({ key, segments: blocks.flatMap((b) => b.segments), blocks });
    blocks = [];
  };
  for (const segment of segments) {
    if (segment.claim) {
      parts.push(segment);
      if (parts.length >= MAX_BLOCK_SEGMENTS) close(true);
      continue;
    }
    let offset = segment.offset;
    segment.text.split(/(?<=[\r\n])(?=[^\r\n])/).forEach((text, n) => {
      parts.push(n === 0 ? { ...segment, text } : { ...segment, key: `${segment.key}.${n}`, text, offset });
      offset += text.length;
      if (/[\r\n]$/.test(text)) close();
    });
  }
  close();
  return paragraphs;
}

/**
 * A paragraph that opens with a Markdown heading marker ("# ", "## " …: the
 * headline of a web page or a Markdown file, a heading of a page or a Word
 * document) is shown as a heading: the marker stays in the text (claims are
 * anchored in the body as stored) but is not drawn. `marker` is its length.
 */
export function headingOf(segments: readonly Segment[]): { level: number; marker: number } | null {
  const first = segments[0];
  if (!first || first.claim) return null;
  const match = /^(#{1,6})[ \t]+/.exec(first.text);
  return match ? { level: match[1]!.length, marker: match[0].length } : null;
}

/**
 * A point in the rendered article (a DOM selection's start or end) as a
 * UTF-16 offset into the article body. Inside a segment's text node it is
 * the segment's data-offset plus the offset within it; anywhere else (a
 * paragraph, the body itself) the characters before the point are counted —
 * the body's text nodes are exactly the article's text, in order.
 */
export function bodyOffset(root: HTMLElement, node: Node, offset: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement;
    if (segment?.dataset.offset !== undefined && segment.childNodes.length === 1) return Number(segment.dataset.offset) + offset;
  }
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** Words selected in the article, where they are in its text and where to show "Add as claim". */
export interface PickedWords {
  articleId: number;
  start: number;
  end: number;
}

function highlightState(claim: ClaimHighlight): ReviewState {
  return claim.reviewed ? claim.status : 'not_reviewed';
}

export interface ArticleViewProps {
  data: ArticleWithClaims | null;
  /** True while the article to show is being fetched. */
  loading: boolean;
  /** The article could not be loaded (the error is shown on its own): the pane says so instead of waiting. */
  failed: boolean;
  selectedId: number | null;
  showHidden: boolean;
  onSelectClaim: (claimId: number, articleId: number) => void;
  /** Renames the article; resolves true once saved (false: the error has been reported). */
  onRename: (articleId: number, title: string) => Promise<boolean>;
  /** Asks whether to delete the article (and deletes it on yes). */
  onDelete: (articleId: number) => void;
  /** Runs the engine again on the article (machine fields only). */
  onReanalyze: (articleId: number) => void;
  /** Makes a claim of the words selected; resolves true once added (false: the error has been reported). */
  onAddClaim: (articleId: number, start: number, end: number) => Promise<boolean>;
  /** Told whenever the words selected in the article change (null: nothing selected), so `a` can add them. */
  onTextSelection: (words: PickedWords | null) => void;
  busy: boolean;
}

/**
 * Where a web page came from: its address as text (one click selects it all,
 * to copy) and a link that opens it in the system browser.
 */
function ArticleSource({ url }: { url: string }) {
  return (
    <p className="article__source">
      <span className="article__source-label">Original:</span>{' '}
      <span className="article__url" data-testid="article-url">
        {url}
      </span>
      {isWebUrl(url) && (
        <>
          {' '}
          <a className="article__open" href={url} target="_blank" rel="noopener noreferrer" title="Open the original page in your browser">
            Open ↗
          </a>
        </>
      )}
    </p>
  );
}

/**
 * The article's title, with a "Rename article" button that turns it into a
 * text field: Enter (or Save) saves, Escape (or Cancel) puts it back. The
 * backend validates the title; when it refuses, the field stays open with
 * what was typed and the reason shows in the error alert.
 */
function ArticleTitle({ articleId, title, onRename }: { articleId: number; title: string; onRename: ArticleViewProps['onRename'] }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  /** Where focus goes when the field closes: back to the button that opened it. */
  const restoreFocus = useRef(false);
  const inputId = useId();
  const hintId = useId();
  const editing = draft !== null;

  useEffect(() => {
    if (editing) {
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (restoreFocus.current) {
      restoreFocus.current = false;
      renameRef.current?.focus();
    }
  }, [editing]);

  function close() {
    restoreFocus.current = true;
    setDraft(null);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (draft === null || saving) return;
    // Nothing changed (spaces at the ends don't count): nothing to save.
    if (draft.trim() === title) {
      close();
      return;
    }
    setSaving(true);
    const saved = await onRename(articleId, draft);
    setSaving(false);
    if (saved) close();
    else inputRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    // The field closes; the document's shortcut handler need not also see this Escape.
    event.preventDefault();
    event.stopPropagation();
    close();
  }

  if (!editing) {
    return (
      <div className="article__title-row">
        <h2 id="article-title" className="article__title" dir="auto">
          {title}
        </h2>
        <button ref={renameRef} type="button" className="button button--quiet button--small article__rename" aria-label="Rename article" title="Rename article" onClick={() => setDraft(title)}>
          <span aria-hidden="true">✎</span> Rename
        </button>
      </div>
    );
  }

  return (
    <form className="article__rename-form" onSubmit={(e) => void onSubmit(e)} onKeyDown={onKeyDown}>
      <label className="field__label" htmlFor={inputId}>
        Article title
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        className="article__title-input"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        readOnly={saving}
        aria-describedby={hintId}
        spellCheck
        autoComplete="off"
      />
      <div className="article__rename-actions">
        <button type="submit" className="button button--primary button--small" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button--small" onClick={close} disabled={saving}>
          Cancel
        </button>
        <span id={hintId} className="hint">
          <kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels
        </span>
      </div>
    </form>
  );
}

/** The article as written, every claim marked in its status colour; click one to select it. */
export function ArticleView({ data, loading, failed, selectedId, showHidden, onSelectClaim, onRename, onDelete, onReanalyze, onAddClaim, onTextSelection, busy }: ArticleViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<(PickedWords & { top: number; left: number }) | null>(null);
  /** While the mouse is still selecting, the button waits (it would appear under the pointer). */
  const selecting = useRef(false);
  const latest = useRef({ articleId: data?.article.id ?? null, onTextSelection });
  latest.current = { articleId: data?.article.id ?? null, onTextSelection };

  /** Reads the page's text selection: words inside this article's text, or nothing. */
  const readSelection = useCallback(() => {
    const root = bodyRef.current;
    const container = scrollRef.current;
    const { articleId: id, onTextSelection: tell } = latest.current;
    const selection = window.getSelection();
    let words: (PickedWords & { top: number; left: number }) | null = null;
    if (root && container && id !== null && selection && !selection.isCollapsed && selection.rangeCount > 0) {
      const range = selection.getRangeAt(0);
      if (root.contains(range.startContainer) && root.contains(range.endContainer)) {
        const start = bodyOffset(root, range.startContainer, range.startOffset);
        const end = bodyOffset(root, range.endContainer, range.endOffset);
        const rects = range.getClientRects();
        const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
        const box = container.getBoundingClientRect();
        if (end > start) {
          words = {
            articleId: id,
            start,
            end,
            top: last.bottom - box.top + container.scrollTop + 6,
            left: Math.max(4, Math.min(last.right - box.left - 60, container.clientWidth - 180)),
          };
        }
      }
    }
    setPicked(words);
    tell(words && { articleId: words.articleId, start: words.start, end: words.end });
  }, []);

  useEffect(() => {
    const onChange = () => {
      if (!selecting.current) readSelection();
    };
    const onUp = () => {
      if (!selecting.current) return;
      selecting.current = false;
      readSelection();
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('mouseup', onUp);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('mouseup', onUp);
      latest.current.onTextSelection(null);
    };
  }, [readSelection]);

  // New text (another article, or claims changed): a selection made in the old one is void.
  useEffect(() => {
    readSelection();
  }, [data, readSelection]);

  async function addPicked() {
    if (!picked) return;
    if (await onAddClaim(picked.articleId, picked.start, picked.end)) window.getSelection()?.removeAllRanges();
  }
  const paragraphs = useMemo(() => (data ? splitParagraphs(segmentBody(data.article.body, data.claims)) : []), [data]);
  const articleId = data?.article.id ?? null;

  // Another article starts at its top; then bring the selected claim into view, unless it already is.
  const shownArticle = useRef<number | null>(null);
  useEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    if (shownArticle.current !== articleId) {
      shownArticle.current = articleId;
      container.scrollTop = 0;
    }
    if (selectedId === null) return;
    const mark = container.querySelector<HTMLElement>(`[data-claim-id="${selectedId}"]`);
    if (!mark) return;
    const box = container.getBoundingClientRect();
    const rect = mark.getBoundingClientRect();
    if (rect.top >= box.top + 8 && rect.bottom <= box.bottom - 8) return;
    const top = rect.top - box.top + container.scrollTop - container.clientHeight / 3;
    container.scrollTo({ top: Math.max(0, top) });
  }, [selectedId, articleId]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (!data) return;
    // Selecting text to copy it is not a click on a claim.
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-claim-id]');
    if (!target || target.dataset.clickable !== 'true') return;
    onSelectClaim(Number(target.dataset.claimId), data.article.id);
  }

  if (!data) {
    return (
      <section className="article" aria-label="Article">
        <p className="article__placeholder">{failed ? 'The article could not be opened.' : loading ? 'Opening the article…' : 'Select a claim to read it in its article.'}</p>
      </section>
    );
  }

  const { article } = data;
  const meta = [article.date ? formatDate(article.date) : null, article.dateline, article.filename].filter(Boolean);

  function renderParagraph(paragraph: Paragraph) {
    const heading = headingOf(paragraph.segments);
    if (!heading) {
      return (
        <p key={paragraph.key} className="article__para" dir="auto">
          {paragraph.segments.map(renderSegment)}
        </p>
      );
    }
    // The article's own title is the pane's h2: a headline in the text is one level below, its sections below that.
    const [first, ...rest] = paragraph.segments as [Segment, ...Segment[]];
    const words = first.text.slice(heading.marker);
    return (
      <p key={paragraph.key} className={`article__para article__heading article__heading--${heading.level}`} dir="auto" role="heading" aria-level={Math.min(6, heading.level + 2)}>
        <span data-offset={first.offset} className="article__marker">
          {first.text.slice(0, heading.marker)}
        </span>
        {words && renderSegment({ ...first, key: `${first.key}.w`, text: words, offset: first.offset + heading.marker })}
        {rest.map(renderSegment)}
      </p>
    );
  }

  function renderSegment(segment: Segment) {
    const claim = segment.claim;
    if (!claim)
      return (
        <span key={segment.key} data-offset={segment.offset}>
          {segment.text}
        </span>
      );
    const state = highlightState(claim);
    const selected = claim.id === selectedId;
    if (claim.hidden) {
      return (
        <span
          key={segment.key}
          data-offset={segment.offset}
          data-claim-id={claim.id}
          data-clickable={showHidden ? 'true' : 'false'}
          className={`hl hl--hidden${showHidden ? ' hl--shown' : ''}${selected ? ' hl--selected' : ''}`}
          title={showHidden ? `${hiddenLabel(claim.kind)} — sentence ${claim.position}` : undefined}
        >
          {segment.text}
        </span>
      );
    }
    return (
      <mark
        key={segment.key}
        data-offset={segment.offset}
        data-claim-id={claim.id}
        data-clickable="true"
        data-pos={claim.number ?? claim.position}
        className={`hl hl--${state}${selected ? ' hl--selected' : ''}${SPANS_PARAGRAPHS.test(segment.text) ? ' hl--paragraphs' : ''}`}
        title={`${claimName(claim)}: ${REVIEW_LABELS[state]}`}
      >
        {segment.text}
      </mark>
    );
  }

  return (
    <section className="article" aria-label={article.title}>
      <header className="article__header">
        {/* Keyed by article: another article never inherits a half-typed title. */}
        <ArticleTitle key={article.id} articleId={article.id} title={article.title} onRename={onRename} />
        {meta.length > 0 && <p className="article__meta">{meta.join(' · ')}</p>}
        {article.url && <ArticleSource url={article.url} />}
        <div className="article__actions">
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => onReanalyze(article.id)}
            disabled={busy}
            title="Read the article again with this version's engine: speakers (not those set by hand), scores, figures, names and dispute suggestions. Verdicts, notes, sources and edits stay."
          >
            Re-analyse article
          </button>
          <button type="button" className="button button--quiet button--small article__delete" onClick={() => onDelete(article.id)} disabled={busy}>
            Delete article
          </button>
        </div>
      </header>
      {/* Focusable, so the article can be scrolled from the keyboard (arrow keys, Page Down). */}
      <div className="article__scroll" ref={scrollRef} tabIndex={0} aria-label={`Text of ${article.title}`}>
        <div
          className="article__body"
          ref={bodyRef}
          onClick={onClick}
          onMouseDown={(e) => {
            if (e.button === 0) selecting.current = true;
          }}
        >
          {paragraphs.map((paragraph) =>
            paragraph.blocks ? (
              // One direction for the whole paragraph (from its first words), however many blocks it is laid out in.
              <div key={paragraph.key} className="article__para-group" dir="auto">
                {paragraph.blocks.map((block) => (
                  <p key={block.key} className="article__para">
                    {block.segments.map(renderSegment)}
                  </p>
                ))}
              </div>
            ) : (
              renderParagraph(paragraph)
            ),
          )}
        </div>
        {picked && (
          <button
            type="button"
            className="button button--primary button--small article__add"
            style={{ top: picked.top, left: picked.left }}
            aria-keyshortcuts="a"
            disabled={busy}
            // The click must not clear the selection it acts on.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => void addPicked()}
          >
            Add as claim <kbd aria-hidden="true">a</kbd>
          </button>
        )}
      </div>
    </section>
  );
}
