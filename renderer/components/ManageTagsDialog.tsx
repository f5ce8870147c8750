import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Facet } from '../../core/api/contract';
import { call } from '../api/client';
import { unwrap, type ErrorSink } from '../hooks/useApi';
import { formatCount } from '../format';

export interface ManageTagsDialogProps {
  open: boolean;
  onClose: () => void;
  busy: boolean;
  onError: ErrorSink;
  /** Renames everywhere (to another tag's name: merges the two); true once done. */
  onRename: (tag: string, to: string) => Promise<boolean>;
  onDelete: (tag: string) => Promise<boolean>;
}

function TagRow({ tag, busy, onRename, onDelete }: { tag: Facet; busy: boolean } & Pick<ManageTagsDialogProps, 'onRename' | 'onDelete'>) {
  const [draft, setDraft] = useState(tag.name);
  useEffect(() => setDraft(tag.name), [tag.name]);
  async function rename(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() !== '' && draft !== tag.name) await onRename(tag.name, draft);
  }
  return (
    <li className="manage-tags__row">
      <form onSubmit={rename} className="manage-tags__form">
        <input type="text" aria-label={`New name for ${tag.name}`} maxLength={60} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <span className="muted manage-tags__count">{formatCount(tag.count)} {tag.count === 1 ? 'claim' : 'claims'}</span>
        <button type="submit" className="button button--small" disabled={busy || draft.trim() === '' || draft === tag.name}>
          Rename
        </button>
        <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => void onDelete(tag.name)}>
          Delete
        </button>
      </form>
    </li>
  );
}

/** Every tag: rename it on every claim at once (to another tag's name merges the two), or delete it. Each is one undo step. */
export function ManageTagsDialog({ open, onClose, busy, onRename, onDelete, onError }: ManageTagsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  /** Every tag in the workspace with how many claims carry it (null while it loads). */
  const [tags, setTags] = useState<Facet[] | null>(null);
  const reload = async () => {
    const listed = unwrap(await call('listTags', {}), onError);
    if (listed) setTags(listed.map((t) => ({ name: t.name, count: t.claims })));
  };
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setTags(null);
      dialog.showModal();
      void reload();
    } else if (!open && dialog.open) dialog.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loads once per opening
  }, [open]);
  const rename = async (tag: string, to: string) => {
    const done = await onRename(tag, to);
    if (done) await reload();
    return done;
  };
  const remove = async (tag: string) => {
    const done = await onDelete(tag);
    if (done) await reload();
    return done;
  };
  return (
    <dialog ref={ref} className="confirm manage-tags" aria-labelledby="manage-tags-title" onClose={() => open && onClose()} onKeyDown={(e) => e.stopPropagation()}>
      <div className="confirm__inner">
        <h2 id="manage-tags-title">Tags</h2>
        <p className="confirm__body">Renaming changes the tag on every claim at once; renaming to another tag’s name merges the two. Undo (Ctrl+Z) takes either back.</p>
        {tags === null ? <p className="muted">Loading…</p> : tags.length === 0 ? <p className="muted">No claim is tagged yet. Add tags from a claim’s detail panel, or to many claims from the selection bar.</p> : (
          <ul className="manage-tags__list">
            {tags.map((tag) => (
              <TagRow key={tag.name} tag={tag} busy={busy} onRename={rename} onDelete={remove} />
            ))}
          </ul>
        )}
        <div className="row-actions confirm__actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}
