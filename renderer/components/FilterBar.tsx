import { useCallback, type MutableRefObject, type Ref } from 'react';
import type { Facets, StatusFilter } from '../../core/api/contract';
import { STATUS_FILTER_OPTIONS } from '../format';
import { useHandOffAfterChoice } from '../hooks/useHandOffAfterChoice';
import { useFittingPlaceholder } from '../hooks/useFittingPlaceholder';
import { FacetMenu } from './FacetMenu';

export interface FilterBarProps {
  status: '' | StatusFilter;
  onStatus: (status: '' | StatusFilter) => void;
  search: string;
  onSearch: (search: string) => void;
  includeHidden: boolean;
  onIncludeHidden: (include: boolean) => void;
  /** '' for any speaker / entity. */
  speaker: string;
  onSpeaker: (speaker: string) => void;
  entity: string;
  onEntity: (entity: string) => void;
  contestedInArticle: boolean;
  /** Only claims also made in another article of the workspace. */
  seenBefore: boolean;
  onSeenBefore: (on: boolean) => void;
  /** Only claims at least this check-worthy (null: any). */
  minWorthiness: number | null;
  onMinWorthiness: (min: number | null) => void;
  /** '' for any tag. */
  tag: string;
  onTag: (tag: string) => void;
  /** Opens the list of tags to rename, merge or delete them. */
  onManageTags: () => void;
  onContestedInArticle: (on: boolean) => void;
  /** The speakers and entities of the article picked, for the menus. */
  facets: Facets;
  /** The claims changed since the menus were counted: opening one counts again. */
  facetsStale: boolean;
  onOpenFacets: () => void;
  /** Clears every filter of this bar (not the article picked, not "Show non-claims"). */
  onClear: () => void;
  searchRef: Ref<HTMLInputElement>;
  /** Gives the keyboard to the claims table once a status is chosen. */
  focusTable: () => void;
}

/** The search box's placeholder, the longest that fits the box (at 1,024 px the pane is narrow). */
const SEARCH_PLACEHOLDERS = ['Search claims, notes, sources   /', 'Search claims, notes, sources', 'Search claims   /', 'Search   /', 'Search'] as const;

/**
 * What the table shows: status, words (searched in SQLite over claims, notes
 * and sources), speaker, entity, claims the article itself disputes, non-claims.
 * Every filter composes with the others and with the article picked.
 */
export function FilterBar(props: FilterBarProps) {
  const { status, onStatus, search, onSearch, includeHidden, onIncludeHidden, searchRef, focusTable } = props;
  const handOff = useHandOffAfterChoice(focusTable);
  const [placeholder, fitPlaceholder] = useFittingPlaceholder(SEARCH_PLACEHOLDERS);
  const searchFieldRef = useCallback(
    (field: HTMLInputElement | null) => {
      fitPlaceholder(field);
      if (typeof searchRef === 'function') searchRef(field);
      else if (searchRef) (searchRef as MutableRefObject<HTMLInputElement | null>).current = field;
    },
    [fitPlaceholder, searchRef],
  );
  const anyFilter = status !== '' || search.trim() !== '' || props.speaker !== '' || props.entity !== '' || props.contestedInArticle || props.seenBefore || props.minWorthiness !== null || props.tag !== '';
  return (
    <div className="filters">
      <div className="filters__row">
        <input
          ref={searchFieldRef}
          className="filters__search"
          type="search"
          aria-label="Search claims"
          placeholder={placeholder}
          title="Search claims, notes and sources (/)"
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
        {/* On the first line, where the search and the status are: the facets below wrap without it. */}
        <button type="button" className="button button--quiet button--small filters__clear" disabled={!anyFilter} onClick={props.onClear}>
          Clear filters
        </button>
      </div>
      <div className="filters__row filters__row--facets">
        <FacetMenu label="Speaker filter" listLabel="Speakers" anyLabel="Any speaker" facets={props.facets.speakers} value={props.speaker} onChange={props.onSpeaker} onOpen={props.onOpenFacets} focusTable={focusTable} />
        <FacetMenu label="Entity filter" listLabel="Names" anyLabel="Any person, place, organisation" facets={props.facets.entities} value={props.entity} onChange={props.onEntity} onOpen={props.onOpenFacets} focusTable={focusTable} />
        <label className="filters__hidden" title="Both sides of a disagreement the article reports: a claim a denial in the article disputes, and the denial, whether or not its suggested verdict was accepted or dismissed">
          <input type="checkbox" checked={props.contestedInArticle} onChange={(e) => props.onContestedInArticle(e.target.checked)} />
          Contested in article
        </label>
        <select
          className={`filters__facet filters__worth${props.minWorthiness !== null ? ' filters__facet--on' : ''}`}
          aria-label="Check-worthiness filter"
          value={props.minWorthiness === null ? '' : String(props.minWorthiness)}
          onChange={(e) => props.onMinWorthiness(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">Any check-worthiness</option>
          <option value="0.5">Check-worthiness ≥ 0.5</option>
          <option value="0.7">Check-worthiness ≥ 0.7</option>
          <option value="0.9">Check-worthiness ≥ 0.9</option>
        </select>
        <label className="filters__hidden" title="Claims also made in another article of this workspace">
          <input type="checkbox" checked={props.seenBefore} onChange={(e) => props.onSeenBefore(e.target.checked)} />
          Seen before
        </label>
        <FacetMenu label="Tag filter" listLabel="Tags" anyLabel="Any tag" facets={props.facets.tags} value={props.tag} onChange={props.onTag} onOpen={props.onOpenFacets} focusTable={focusTable} />
        <button type="button" className="button button--quiet button--small" onClick={props.onManageTags} title="Rename, merge or delete tags">
          Manage tags…
        </button>
      </div>
    </div>
  );
}
