import { useId, useState, type FormEvent } from 'react';
import type { Facet } from '../../core/api/contract';

export interface TagsSectionProps {
  claimId: number;
  /** The claim's tags; null while they load. */
  tags: string[] | null;
  /** Every tag in use, to offer while typing. */
  known: readonly Facet[];
  busy: boolean;
  onAdd: (claimId: number, tag: string) => Promise<boolean>;
  onRemove: (claimId: number, tag: string) => Promise<boolean>;
  /** Shows the claims carrying a tag. */
  onFilter: (tag: string) => void;
}

/** Free labels on the claim (a topic, a desk): add by typing (Enter), remove with ×, click one to see every claim carrying it. */
export function TagsSection({ claimId, tags, known, busy, onAdd, onRemove, onFilter }: TagsSectionProps) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  async function add(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() === '') return;
    if (await onAdd(claimId, draft)) setDraft('');
  }
  return (
    <section className="detail__section" aria-labelledby={`${listId}-heading`}>
      <h3 className="detail__heading" id={`${listId}-heading`}>
        Tags
      </h3>
      {tags && tags.length > 0 && (
        <ul className="tags" aria-label="Tags of this claim">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <button type="button" className="tag__name" title={`Show every claim tagged “${tag}”`} onClick={() => onFilter(tag)}>
                {tag}
              </button>
              <button type="button" className="tag__remove" aria-label={`Remove tag ${tag}`} disabled={busy} onClick={() => void onRemove(claimId, tag)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="tags__add" onSubmit={add}>
        <input
          type="text"
          aria-label="Add a tag"
          placeholder="Add a tag (a topic, a desk)…"
          maxLength={60}
          list={`${listId}-known`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <datalist id={`${listId}-known`}>
          {known.map((tag) => (
            <option key={tag.name} value={tag.name} />
          ))}
        </datalist>
        <button type="submit" className="button button--small" disabled={busy || draft.trim() === ''}>
          Add tag
        </button>
      </form>
    </section>
  );
}
