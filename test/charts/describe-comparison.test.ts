import { describe, expect, it } from 'vitest';
import { describeComparison } from '../../src/charts/describe-comparison.ts';
import { careProceedings2020 } from './fixtures/care-proceedings.ts';

describe('describeComparison', () => {
  it('describes the real 2020 care-proceedings comparison from seed 000 paragraph 2.19', () => {
    expect(describeComparison(careProceedings2020)).toBe(
      'The rate of care proceedings per 10,000 children in Cambridgeshire was 8.00 in the year ending March 2020. ' +
        'This is the 4th lowest of the 11 councils with a figure (Cambridgeshire and 10 statistical neighbours). ' +
        'It is below the statistical neighbour mean (8.95) and below England (10.80). ' +
        'Among these councils, figures ranged from 5.20 in Hertfordshire to 11.20 in Gloucestershire. ' +
        'There is no figure for East of England (not available, [x]).',
    );
  });

  it('ranks from the nearer end and says "joint" for ties', () => {
    const text = describeComparison({
      ...careProceedings2020,
      council: { label: 'Cambridgeshire', value: 11.2, display: '11.20' },
    });
    expect(text).toContain('This is joint highest of the 11 councils with a figure');
    expect(text).toContain('figures ranged from 5.20 in Hertfordshire to 11.20 in Cambridgeshire and Gloucestershire.');
    expect(text).toContain('It is above the statistical neighbour mean (8.95) and above England (10.80).');
  });

  it('leaves suppressed neighbours out of the rank and the range, and names them', () => {
    const text = describeComparison({
      ...careProceedings2020,
      neighbours: careProceedings2020.neighbours.map((n) =>
        n.label === 'Hertfordshire' ? { ...n, value: 3, display: '[c]' } : n,
      ),
    });
    expect(text).toContain('This is the 3rd lowest of the 10 councils with a figure (Cambridgeshire and 9 statistical neighbours).');
    expect(text).toContain('figures ranged from 6.10 in West Berkshire');
    expect(text).toContain('There is no figure for Hertfordshire (suppressed, [c]).');
    expect(text).not.toMatch(/\b3\.00?\b/);
  });

  it('says when the council itself has no figure', () => {
    const text = describeComparison({ ...careProceedings2020, council: { label: 'Cambridgeshire', display: '[c]' } });
    expect(text.startsWith('The rate of care proceedings per 10,000 children in Cambridgeshire is suppressed ([c]) for the year ending March 2020.')).toBe(true);
    expect(text).not.toContain('This is');
  });
});
