import { describe, expect, it } from 'vitest';
import { facetEntries } from './FacetMenu';

const facets = [
  { name: 'Shafqat Ali Khan', count: 3 },
  { name: 'the Taliban government', count: 2 },
  { name: 'Åsa Ødegård', count: 1 },
];

describe('facet menu entries', () => {
  it('offers Any above every name in the order given, the value in force marked', () => {
    const { pinned, entries } = facetEntries(facets, 'the Taliban government', '');
    expect(pinned).toMatchObject({ key: 'any', selected: false, facet: null });
    expect(entries.map((e) => e.facet?.name)).toEqual(['Shafqat Ali Khan', 'the Taliban government', 'Åsa Ødegård']);
    expect(entries.filter((e) => e.selected).map((e) => e.facet?.name)).toEqual(['the Taliban government']);
    expect(facetEntries(facets, '', '').pinned).toMatchObject({ key: 'any', selected: true });
  });

  it('narrows by every word typed, case and accents aside, and drops Any while searching', () => {
    const names = (query: string) => facetEntries(facets, '', query).entries.map((e) => e.facet?.name);
    expect(names('TALIBAN gov')).toEqual(['the Taliban government']);
    expect(names('asa')).toEqual(['Åsa Ødegård']);
    expect(names('khan taliban')).toEqual([]);
    expect(facetEntries(facets, '', 'khan').pinned).toBeNull();
  });

  it('keeps a chosen value the claims shown no longer have, so the menu says what filters', () => {
    const { entries } = facetEntries(facets, 'a spokesman', '');
    expect(entries[0]).toMatchObject({ selected: true, facet: { name: 'a spokesman', count: 0 } });
  });
});
