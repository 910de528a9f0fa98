import { describe, expect, it } from 'vitest';
import { describeTrend, type TrendDescriptionInput } from '../../src/charts/describe-trend.ts';
import { fictionalAssessments, month } from './fixtures/fictional-assessments.ts';

const base: TrendDescriptionInput = {
  measure: 'Assessments completed within 45 working days',
  points: [],
  periodWords: { one: 'month', other: 'months' },
};

describe('describeTrend', () => {
  it('says the direction, the latest figure against the benchmarks, and the range', () => {
    expect(describeTrend(fictionalAssessments)).toBe(
      'Assessments completed within 45 working days rose from 78.0% in Nov 2019 to 86.0% in Oct 2020. ' +
        'The latest figure is above the England average (83.0%) and above the statistical neighbour average (81.0%). ' +
        'The lowest was 72.0% in Apr 2020 and the highest 88.0% in Sep 2020.',
    );
  });

  it('says "fell" and compares with the target in neutral words', () => {
    const text = describeTrend({
      ...base,
      points: [month(2020, 0, 90), month(2020, 1, 85)],
      target: { value: 85, display: '85.0%' },
    });
    expect(text).toBe(
      'Assessments completed within 45 working days fell from 90.0% in Jan 2020 to 85.0% in Feb 2020. The latest figure is the same as the target (85.0%).',
    );
    expect(text).not.toMatch(/better|worse|improv|deteriorat/);
  });

  it('names suppressed periods and counts them, and says which is the latest figure when the last period has none', () => {
    const text = describeTrend({
      ...base,
      points: [month(2020, 0, 80), month(2020, 1, undefined, '[c]'), month(2020, 2, 82), month(2020, 3, undefined, '[c]')],
      benchmarks: [{ label: 'England average', value: 83, display: '83.0%' }],
    });
    expect(text).toBe(
      'Assessments completed within 45 working days rose from 80.0% in Jan 2020 to 82.0% in Mar 2020. ' +
        'The latest figure, for Mar 2020, is below the England average (83.0%). ' +
        '2 months are suppressed ([c]): Feb 2020 and Apr 2020.',
    );
  });

  it('never uses a value passed with a suppression symbol', () => {
    const text = describeTrend({ ...base, points: [month(2020, 0, 80), { ...month(2020, 1, 3), display: '[c]' }, month(2020, 2, 82)] });
    expect(text).not.toContain('3.0');
    expect(text).toContain('1 month is suppressed ([c]): Feb 2020.');
  });

  it('describes a single figure', () => {
    expect(
      describeTrend({ ...base, points: [month(2020, 9, 86)], benchmarks: [{ label: 'England average', value: 86, display: '86.0%' }] }),
    ).toBe('Assessments completed within 45 working days was 86.0% in Oct 2020. This is the same as the England average (86.0%).');
  });

  it('describes a flat series without a range sentence', () => {
    expect(describeTrend({ ...base, points: [month(2020, 0, 50), month(2020, 1, 50), month(2020, 2, 50)] })).toBe(
      'Assessments completed within 45 working days was 50.0% in every month from Jan 2020 to Mar 2020.',
    );
  });

  it('says so when a series ends where it began', () => {
    expect(describeTrend({ ...base, points: [month(2020, 0, 50), month(2020, 1, 60), month(2020, 2, 50)] })).toBe(
      'Assessments completed within 45 working days was 50.0% in Jan 2020 and again in Mar 2020. The lowest was 50.0% in Jan 2020 and Mar 2020 and the highest 60.0% in Feb 2020.',
    );
  });

  it('says there is nothing to show when no period has a number', () => {
    expect(
      describeTrend({ ...base, points: [month(2020, 0, undefined, '[c]'), month(2020, 1, undefined, '[x]'), month(2020, 2, undefined, '[c]')] }),
    ).toBe(
      'There is no figure to show for any of the 3 months from Jan 2020 to Mar 2020. 2 months are suppressed ([c]): Jan 2020 and Mar 2020. 1 month is not available ([x]): Feb 2020.',
    );
    expect(describeTrend(base)).toBe('There are no figures to show.');
  });

  it('adds unit words after every number and reports a benchmark without a figure', () => {
    expect(
      describeTrend({
        measure: 'The rate of children in care',
        points: [month(2020, 0, 52.1, '52.1'), month(2020, 1, 50.4, '50.4')],
        benchmarks: [
          { label: 'statistical neighbour average', value: 50.4, display: '50.4' },
          { label: 'regional average', display: '[x]' },
        ],
        unitWords: 'per 10,000 children',
      }),
    ).toBe(
      'The rate of children in care fell from 52.1 per 10,000 children in Jan 2020 to 50.4 per 10,000 children in Feb 2020. ' +
        'The latest figure is the same as the statistical neighbour average (50.4 per 10,000 children). ' +
        'There is no figure for the regional average ([x]).',
    );
  });
});
