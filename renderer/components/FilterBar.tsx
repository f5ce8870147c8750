import type { Ref } from 'react';
import type { StatusFilter } from '../../core/api/contract';
import { STATUS_FILTER_OPTIONS } from '../format';
import { useHandOffAfterChoice } from '../hooks/useHandOffAfterChoice';

export interface FilterBarProps {
  status: '' | StatusFilter;
  onStatus: (status: '' | StatusFilter) => void;
  search: string;
  onSearch: (search: string) => void;
  includeHidden: boolean;
  onIncludeHidden: (include: boolean) => void;
  searchRef: Ref<HTMLInputElement>;
  /** Gives the keyboard to the claims table once a status is chosen. */
  focusTable: () => void;
}

/** What the table shows: status, words (searched in SQLite over claims, notes and sources), non-claims. */
export function FilterBar({ status, onStatus, search, onSearch, includeHidden, onIncludeHidden, searchRef, focusTable }: FilterBarProps) {
  const handOff = useHandOffAfterChoice(focusTable);
  return (
    <div className="filters">
      <input
        ref={searchRef}
        className="filters__search"
        type="search"
        aria-label="Search claims"
        placeholder="Search claims, notes, sources   /"
        value={search}
        onChange={(e) => onSearch(e.target.value)}
        maxLength={500}
      />
      <select
        className="filters__status"
        aria-label="Status filter"
        value={status}
        onChange={(e) => {
          onStatus(e.target.value as '' | StatusFilter);
          handOff.changed();
        }}
        onKeyDown={handOff.onKeyDown}
        onBlur={handOff.onBlur}
      >
        {STATUS_FILTER_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <label className="filters__hidden">
        <input type="checkbox" checked={includeHidden} onChange={(e) => onIncludeHidden(e.target.checked)} />
        Show non-claims
      </label>
    </div>
  );
}
