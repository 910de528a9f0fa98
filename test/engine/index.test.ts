import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine/index.ts';

describe('the engine index', () => {
  it('re-exports every module, including the shared symbols', () => {
    const names = [
      'SYMBOLS', 'parseSymbol', 'symbolText', 'symbolReplacesValue',
      'toDecimal', 'roundHalfAway', 'roundQuotient',
      'parsePeriod', 'parseEesTimePeriod', 'formatPeriod', 'periodLabel', 'periodKey', 'comparePeriods',
      'previousPeriod', 'samePeriodLastYear', 'financialYearOf', 'yearToDateMonths', 'rolling12Months', 'monthsIn',
      'percentage', 'ratePer', 'ratio', 'given',
      'yearToDate', 'rollingAverage', 'previousValue', 'sameMonthLastYear',
      'directionOfTravel', 'ragRating', 'neighbourAverage', 'rankAmong',
      'suppressTable', 'suppressDerived', 'suppressPrimary', 'isSmallCount',
      'formatNumber', 'formatFigure', 'formatChange', 'formatTravel',
    ];
    expect(names.filter((name) => typeof (engine as Record<string, unknown>)[name] === 'undefined')).toEqual([]);
  });

  it('takes a month from text to a sentence a committee can read', () => {
    const parsed = engine.parsePeriod('2020-10');
    if (!parsed.ok || parsed.period.kind !== 'month') throw new Error('expected a month');
    const now = engine.percentage({ numerator: 90, denominator: 100, decimals: 0 });
    const before = engine.percentage({ numerator: 85, denominator: 100, decimals: 0 });
    const previous = engine.periodLabel(engine.previousPeriod(parsed.period));
    expect(`${engine.formatFigure(now)} in ${engine.periodLabel(parsed.period)}, ${engine.formatTravel(now, before, 'higher')} in ${previous}`).toBe(
      '90% in Oct 2020, up from 85% — better in Sep 2020',
    );
  });
});
