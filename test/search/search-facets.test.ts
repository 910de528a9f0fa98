import { describe, expect, it } from 'vitest';
import { searchFacets } from '../../src/search/search-facets.ts';

describe('searchFacets', () => {
  it('filters a report by council, committee and the year of its meeting, and shows its title and meeting date with a result', () => {
    expect(searchFacets({ title: "Service Director's Report", council: 'Cambridgeshire', committee: 'Children and Young People Committee', meetingDate: '2020-12-01' })).toEqual({
      filters: { council: 'Cambridgeshire', committee: 'Children and Young People Committee', year: '2020' },
      meta: { title: "Service Director's Report", date: '2020-12-01' },
    });
  });
});
