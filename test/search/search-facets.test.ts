import { describe, expect, it } from 'vitest';
import { searchAttributes, searchFacets } from '../../src/publish/search/search-facets.ts';

describe('searchFacets', () => {
  it('filters a report by council, committee and the year of its meeting, and shows its title and meeting date with a result', () => {
    expect(searchFacets({ title: "Service Director's Report", council: 'Cambridgeshire', committee: 'Children and Young People Committee', meetingDate: '2020-12-01' })).toEqual({
      filters: { council: 'Cambridgeshire', committee: 'Children and Young People Committee', year: '2020' },
      meta: { title: "Service Director's Report", date: '2020-12-01' },
    });
  });

  it('become attributes of the article: each value in a data attribute of its own, which the Pagefind attributes name', () => {
    const facets = searchFacets({ title: 'Looked after children, July', council: 'Barnsley', committee: 'Scrutiny, Children', meetingDate: '2022-09-13' });
    expect(searchAttributes(facets)).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-filter': 'council[data-search-council], committee[data-search-committee], year[data-search-year]',
      'data-search-council': 'Barnsley',
      'data-search-committee': 'Scrutiny, Children',
      'data-search-year': '2022',
      'data-pagefind-meta': 'title[data-search-title], date[data-search-date]',
      'data-search-title': 'Looked after children, July',
      'data-search-date': '2022-09-13',
    });
  });
});
