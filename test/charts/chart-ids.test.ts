import { describe, expect, it } from 'vitest';
import { chartIds } from '../../src/charts/chart-ids.ts';

describe('chartIds', () => {
  it('derives the caption and description ids from the chart id', () => {
    expect(chartIds('assessments-45')).toEqual({
      titleId: 'assessments-45-title',
      descriptionId: 'assessments-45-description',
      defsPrefix: 'assessments-45',
    });
  });

  it('rejects an id that could break an attribute or a url(#…) reference', () => {
    expect(() => chartIds('a b')).toThrow('chart: invalid id "a b"');
    expect(() => chartIds('1st')).toThrow('chart: invalid id');
    expect(() => chartIds('x")')).toThrow('chart: invalid id');
  });
});
