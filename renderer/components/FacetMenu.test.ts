import { describe, expect, it } from 'vitest';
import { facetEntries } from './FacetMenu';

const facets = [
  { name: 'Shafqat Ali Khan', count: 3 },
  { name: 'the Taliban government', count: 2 },
  { name: 'Åsa Ødegård', count: 1 },
];

describe('facet menu entries', () => {
  it('offers Any first, then every name in the order given, the value in force marked', () => {
    const entries = facetEntries(facets, 'the Taliban government', '');
    expect(entries.map((e) => e.facet?.name ?? 'any')).toEqual(['any', 'Shafqat Ali Khan', 'the Taliban government', 'Åsa Ødegård']);
    expect(entries.filter((e) => e.selected).map((e) => e.facet?.name)).toEqual(['the Taliban government']);
    expect(facetEntries(facets, '', '')[0]).toMatchObject({ key: 'any', selected: true });
  });

  it('narrows by every word typed, case and accents aside, and drops Any while searching', () => {
    expect(facetEntries(facets, '', 'TALIBAN gov').map((e) => e.facet?.name)).toEqual(['the Taliban government']);
    expect(facetEntries(facets, '', 'asa').map((e) => e.facet?.name)).toEqual(['Åsa Ødegård']);
    expect(facetEntries(facets, '', 'khan taliban')).toEqual([]);
  });

  it('keeps a chosen value the claims shown no longer have, so the menu says what filters', () => {
    const entries = facetEntries(facets, 'a spokesman', '');
    expect(entries[1]).toMatchObject({ selected: true, facet: { name: 'a spokesman', count: 0 } });
  });
});
