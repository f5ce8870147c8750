import { useState, type FormEvent, type Ref } from 'react';
import { describeSize } from '../../core/text/sizes';
import type { LinkedSource, Source, Stance } from '../../core/api/contract';
import { isWebUrl } from '../format';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from '../hooks/useApi';
import { useDraft } from '../hooks/useDraft';
import { formKeys } from '../hooks/formKeys';

export interface NewSourceInput {
  url: string;
  title?: string;
  publisher?: string;
  publishedOn?: string;
  excerpt?: string;
  stance: Stance;
}

/** A field of the form the backend refused, and why: shown at the field, not as a notice. */
export interface FieldError {
  field: keyof NewSourceInput;
  message: string;
}

export interface SourceActions {
  /** True once added; a FieldError to mark a field; false when the error has been shown elsewhere. */
  add: (input: NewSourceInput) => Promise<true | false | FieldError>;
  link: (sourceId: number, stance: Stance) => Promise<boolean>;
  unlink: (sourceId: number) => Promise<boolean>;
  /** Copies a file from disk into the workspace and attaches it as a source; true once done. */
  attach: (file: File, stance: Stance) => Promise<boolean>;
  /** Opens a file kept as a source (desktop: the system viewer; browser: a download). */
  open: (sourceId: number) => Promise<void>;
  /** Esc in the new-source form: the keyboard goes back to the claims table (what was typed stays with the claim). */
  leave: () => void;
}

const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

/** The three stances, for both the new-source form and linking a saved source. */
function StanceOptions() {
  return (
    <>
      {Object.entries(STANCE_LABELS).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}

const EMPTY_FORM = { url: '', title: '', publisher: '', publishedOn: '', excerpt: '', stance: 'context' as Stance };

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}


function SourceItem({ source, onUnlink, onOpen }: { source: LinkedSource; onUnlink: () => void; onOpen: () => void }) {
  const details = [source.publisher, source.publishedOn].filter(Boolean).join(' · ');
  const title = source.title ?? (source.fileName ?? hostOf(source.url));
  if (source.fileName !== null) {
    return (
      <li className={`source source--${source.stance}`}>
        <div className="source__head">
          <span className={`stance stance--${source.stance}`}>{STANCE_LABELS[source.stance]}</span>
          <button type="button" className="source__title source__file" onClick={onOpen} title={`Open ${source.fileName}`}>
            {title}
          </button>
        </div>
        <div className="source__meta">
          <span>File {source.fileName}</span>
          {source.fileSize !== null && <span>{describeSize(source.fileSize)}</span>}
          {source.fileHash && <span className="source__url" title={`SHA-256 ${source.fileHash}`}>sha256 {source.fileHash.slice(0, 12)}…</span>}
          {source.claimCount > 1 && <span className="muted">backs {source.claimCount} claims</span>}
        </div>
        <div className="row-actions">
          <button type="button" className="button button--small" onClick={onOpen}>
            Open
          </button>
          <button type="button" className="button button--small button--quiet" onClick={onUnlink} aria-label={`Unlink ${title}`}>
            Unlink
          </button>
        </div>
      </li>
    );
  }
  return (
    <li className={`source source--${source.stance}`}>
      <div className="source__head">
        <span className={`stance stance--${source.stance}`}>{STANCE_LABELS[source.stance]}</span>
        {isWebUrl(source.url) ? (
          <a className="source__title" href={source.url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          <span className="source__title">{title}</span>
        )}
      </div>
      <div className="source__meta">
        {details && <span>{details}</span>}
        <span className="source__url" title={source.url}>
          {hostOf(source.url)}
        </span>
        {source.claimCount > 1 && <span className="muted">backs {source.claimCount} claims</span>}
      </div>
      {source.excerpt && <blockquote className="source__excerpt" dir="auto">{source.excerpt}</blockquote>}
      <div className="row-actions">
        <button type="button" className="button button--small button--quiet" onClick={onUnlink} aria-label={`Unlink ${source.title ?? hostOf(source.url)}`}>
          Unlink
        </button>
      </div>
    </li>
  );
}

/** A PDF, an image or a document on disk, copied into the workspace as a source. */
function AttachFile({ actions }: { actions: SourceActions }) {
  const [stance, setStance] = useState<Stance>('supports');
  const [busy, setBusy] = useState(false);
  return (
    <div className="attach-file">
      <label className="button button--small button--quiet attach-file__pick">
        {busy ? 'Attaching…' : 'Attach a file…'}
        <input
          type="file"
          className="visually-hidden"
          aria-label="Attach a file as a source"
          disabled={busy}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setBusy(true);
            await actions.attach(file, stance);
            setBusy(false);
          }}
        />
      </label>
      <label className="field field--inline">
        <span className="field__label">As</span>
        <select aria-label="Attach the file as" value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
          <StanceOptions />
        </select>
      </label>
      <span className="muted attach-file__hint">kept in the workspace, up to 10 MB</span>
    </div>
  );
}

/** Sources already in the workspace, to back this claim too without typing them again. */
function LinkSaved({ linkedIds, actions, onError }: { linkedIds: Set<number>; actions: SourceActions; onError: ErrorSink }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Source[] | null>(null);
  const [stance, setStance] = useState<Stance>('supports');

  async function search(event?: FormEvent) {
    event?.preventDefault();
    const q = query.trim();
    const value = unwrap(await call('listSources', q ? { query: q, limit: 20 } : { limit: 20 }), onError);
    if (value) setResults(value);
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => {
          setOpen(true);
          void search();
        }}
      >
        Link a saved source…
      </button>
    );
  }

  const candidates = results?.filter((s) => !linkedIds.has(s.id)) ?? [];
  return (
    <div className="link-saved">
      <form className="link-saved__search" onSubmit={search}>
        <label className="field field--inline">
          <span className="field__label">Find saved source</span>
          <input type="text" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Words in URL, title or publisher" />
        </label>
        <label className="field field--inline">
          <span className="field__label">As</span>
          <select value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            <StanceOptions />
          </select>
        </label>
        <button type="submit" className="button button--small">
          Find
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => setOpen(false)}>
          Close
        </button>
      </form>
      {results && candidates.length === 0 && <p className="muted">No other saved sources{query.trim() ? ' match' : ''}.</p>}
      {candidates.length > 0 && (
        <ul className="link-saved__list">
          {candidates.map((s) => (
            <li key={s.id}>
              <span className="link-saved__name" title={s.url}>
                {s.title ?? hostOf(s.url)} <span className="muted">{s.publisher ?? hostOf(s.url)}</span>
              </span>
              <button type="button" className="button button--small" onClick={() => void actions.link(s.id, stance)}>
                Link
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Where the evidence is: each source with how it bears on the claim, and a form to add one. */
export function SourcesSection({
  claimId,
  sources,
  actions,
  sourceUrlRef,
  onError,
}: {
  claimId: number;
  sources: LinkedSource[] | null;
  actions: SourceActions;
  sourceUrlRef: Ref<HTMLInputElement>;
  onError: ErrorSink;
}) {
  // A half-filled source stays with its claim when the selection moves away and back.
  const [form, setForm] = useDraft(`source:${claimId}`, EMPTY_FORM);
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<FieldError | null>(null);
  const set = (field: keyof typeof EMPTY_FORM) => (event: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [field]: event.target.value }));
    if (fieldError?.field === field) setFieldError(null);
  };
  /** aria-invalid and the reason beside a field the backend refused. */
  const marked = (field: keyof NewSourceInput) =>
    fieldError?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': `source-error-${claimId}` } : {};
  const reason = (field: keyof NewSourceInput) =>
    fieldError?.field === field ? (
      <span className="field__error" id={`source-error-${claimId}`}>
        {fieldError.message}
      </span>
    ) : null;

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const ok = await actions.add({
      url: form.url.trim(),
      title: optional(form.title),
      publisher: optional(form.publisher),
      publishedOn: optional(form.publishedOn),
      excerpt: optional(form.excerpt),
      stance: form.stance,
    });
    setBusy(false);
    if (ok === true) {
      setForm(EMPTY_FORM);
      setFieldError(null);
    } else if (ok !== false) setFieldError(ok);
  }

  return (
    <section className="detail__section">
      <h3 className="detail__heading">
        Sources {sources && sources.length > 0 && <span className="count">{sources.length}</span>}
        <kbd className="detail__key" title="Press s to add a source">
          s
        </kbd>
      </h3>
      {sources && sources.length > 0 && (
        <ul className="sources">
          {sources.map((source) => (
            <SourceItem key={source.id} source={source} onUnlink={() => void actions.unlink(source.id)} onOpen={() => void actions.open(source.id)} />
          ))}
        </ul>
      )}
      {/* Ctrl+Enter in any field adds the source, as in the note box; Esc keeps what was typed and hands the keys back to the table. */}
      <form className="detail__form source-form" onSubmit={add} onKeyDown={formKeys(actions.leave)} noValidate>
        <label className="field field--wide">
          <span className="field__label">Source URL</span>
          <input ref={sourceUrlRef} type="url" inputMode="url" value={form.url} onChange={set('url')} placeholder="https://" autoComplete="off" {...marked('url')} />
          {reason('url')}
        </label>
        <label className="field field--wide">
          <span className="field__label">Source title</span>
          <input type="text" value={form.title} onChange={set('title')} autoComplete="off" {...marked('title')} />
          {reason('title')}
        </label>
        <label className="field">
          <span className="field__label">Publisher</span>
          <input type="text" value={form.publisher} onChange={set('publisher')} autoComplete="off" {...marked('publisher')} />
          {reason('publisher')}
        </label>
        <label className="field">
          <span className="field__label">Published on</span>
          <input type="text" value={form.publishedOn} onChange={set('publishedOn')} placeholder="YYYY-MM-DD" title="Also 17 Feb 2025, Feb 2025 or 2025" autoComplete="off" {...marked('publishedOn')} />
          {reason('publishedOn')}
        </label>
        <label className="field">
          <span className="field__label">Stance</span>
          <select value={form.stance} onChange={set('stance')}>
            <StanceOptions />
          </select>
        </label>
        <label className="field field--wide">
          <span className="field__label">Excerpt</span>
          <textarea value={form.excerpt} onChange={set('excerpt')} rows={2} placeholder="The passage that bears on the claim" {...marked('excerpt')} />
          {reason('excerpt')}
        </label>
        <div className="row-actions field--wide">
          <button type="submit" className="button button--primary button--small" aria-keyshortcuts="Control+Enter" disabled={busy || form.url.trim() === ''}>
            Add source
          </button>
          <span className="hint">Ctrl+Enter</span>
        </div>
      </form>
      <AttachFile actions={actions} />
      <LinkSaved linkedIds={new Set(sources?.map((s) => s.id) ?? [])} actions={actions} onError={onError} />
    </section>
  );
}
