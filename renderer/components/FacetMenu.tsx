import { useMemo, useState } from 'react';
import type { Facet } from '../../core/api/contract';
import { fold, hasAllWords, searchWords } from '../text-search';
import { formatCount } from '../format';
import { SearchableMenu, type MenuEntry } from './SearchableMenu';

/** Names folded once per list the backend sends, not on every key typed (the menu may hold tens of thousands). */
const folded = new WeakMap<Facet, string>();
function foldedName(facet: Facet): string {
  let name = folded.get(facet);
  if (name === undefined) folded.set(facet, (name = fold(facet.name)));
  return name;
}

interface Entry extends MenuEntry {
  facet: Facet | null; // null: any
}

/** The menu's names for a query: every word typed in the name, case and accents aside; a value chosen earlier that the claims shown lack stays listed. */
export function facetEntries(facets: readonly Facet[], value: string, query: string): { pinned: Entry | null; entries: Entry[] } {
  const listed = value && !facets.some((f) => f.name === value) ? [{ name: value, count: 0 }, ...facets] : facets;
  const words = searchWords(query);
  const found = words.length === 0 ? listed : listed.filter((f) => hasAllWords(foldedName(f), words));
  const entries = found.map((facet): Entry => ({ key: `=${facet.name}`, selected: facet.name === value, facet }));
  // "Any" stays above the names while nothing is typed.
  return { pinned: words.length === 0 ? { key: 'any', selected: value === '', facet: null } : null, entries };
}

export interface FacetMenuProps {
  /** "Speaker filter". */
  label: string;
  /** "Speakers". */
  listLabel: string;
  /** "Any speaker". */
  anyLabel: string;
  facets: readonly Facet[];
  /** '' for any. */
  value: string;
  onChange: (value: string) => void;
  /** The menu is opening: count again if the claims changed. */
  onOpen: () => void;
  focusTable: () => void;
}

/** A filter by speaker or entity: every name of the claims shown, most frequent first, found by typing. */
export function FacetMenu({ label, listLabel, anyLabel, facets, value, onChange, onOpen, focusTable }: FacetMenuProps) {
  const [query, setQuery] = useState('');
  const { pinned, entries } = useMemo(() => facetEntries(facets, value, query), [facets, value, query]);
  const matches = entries.length;
  const noun = listLabel.toLowerCase();
  return (
    <SearchableMenu
      label={label}
      current={value || (facets.length === 0 ? `${anyLabel} (none found)` : anyLabel)}
      active={value !== ''}
      className="facet-menu"
      listLabel={listLabel}
      searchLabel={`Search ${noun}`}
      placeholder={`Type to find ${noun === 'speakers' ? 'a speaker' : 'a name'}`}
      query={query}
      onQuery={setQuery}
      entries={entries}
      pinned={pinned}
      onOpen={onOpen}
      status={query.trim() ? `${formatCount(matches)} of ${formatCount(facets.length)} match` : `${formatCount(facets.length)} ${noun}, most claims first`}
      empty={query.trim() ? `None of the ${noun} has “${query.trim()}”.` : undefined}
      rowHeight={32}
      onChoose={(entry) => {
        onChange(entry.facet ? entry.facet.name : '');
        focusTable();
      }}
      renderEntry={({ facet }) => (
        <>
          <span className="facet-option__name" dir="auto">
            {facet ? facet.name : anyLabel}
          </span>
          {facet && facet.count > 0 && <span className="facet-option__count">{formatCount(facet.count)}</span>}
        </>
      )}
    />
  );
}
