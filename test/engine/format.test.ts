import { describe, expect, it } from 'vitest';
import { formatChange, formatFigure, formatNumber, formatTravel } from '../../src/engine/format.ts';
import { given, percentage, ratePer, ratio } from '../../src/engine/measures.ts';
import { suppressPrimary } from '../../src/engine/suppression.ts';

describe('formatNumber', () => {
  it('groups thousands with commas, en-GB style', () => {
    expect(formatNumber(1728)).toBe('1,728');
    expect(formatNumber(1035000)).toBe('1,035,000');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber('12183016')).toBe('12,183,016');
  });

  it('shows the places asked for, rounding half away from zero on the exact decimal', () => {
    expect(formatNumber(86, 1)).toBe('86.0');
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(1234.5, 0)).toBe('1,235');
    expect(formatNumber(0.05, 1)).toBe('0.1');
  });

  it('rounds to tens with negative places, as national counts are published', () => {
    expect(formatNumber(34445, -1)).toBe('34,450');
  });

  it('writes negatives with a real minus sign and never shows minus zero', () => {
    expect(formatNumber(-2.5)).toBe('−2.5');
    expect(formatNumber(-1728, 1)).toBe('−1,728.0');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
  });
});

describe('formatFigure', () => {
  it('writes each unit as committee papers do', () => {
    expect(formatFigure(given({ value: 86, unit: 'percent', decimals: 1 }))).toBe('86.0%');
    expect(formatFigure(ratePer({ count: 398, population: 136200, per: 10000, decimals: 1 }))).toBe('29.2 per 10,000');
    expect(formatFigure(ratio({ numerator: 212.5, denominator: 12.5, decimals: 1 }))).toBe('17.0');
    expect(formatFigure(given({ value: 101.7, unit: 'days', decimals: 1 }))).toBe('101.7 days');
    expect(formatFigure(given({ value: 36.2, unit: 'weeks', decimals: 1 }))).toBe('36.2 weeks');
    expect(formatFigure(given({ value: 3.7, unit: 'months', decimals: 1 }))).toBe('3.7 months');
    expect(formatFigure(given({ value: 1035000, unit: 'currency', decimals: 0 }))).toBe('£1.035m');
    expect(formatFigure(given({ value: 58000000, unit: 'currency', decimals: 0 }))).toBe('£58m');
    expect(formatFigure(given({ value: 1242500, unit: 'currency', decimals: 0 }))).toBe('£1,242,500');
    expect(formatFigure(given({ value: 485000, unit: 'currency', decimals: 0 }))).toBe('£485,000');
    expect(formatFigure(given({ value: -2000000, unit: 'currency', decimals: 0 }))).toBe('−£2m');
    expect(formatFigure(given({ value: 1728, unit: 'count', decimals: 0 }))).toBe('1,728');
  });

  it('puts the minus before the pound sign and uses the singular for exactly one', () => {
    expect(formatFigure(given({ value: -5000, unit: 'currency', decimals: 0 }))).toBe('−£5,000');
    expect(formatFigure(given({ value: 1, unit: 'days', decimals: 0 }))).toBe('1 day');
    expect(formatFigure(given({ value: 1, unit: 'weeks', decimals: 1 }))).toBe('1.0 weeks');
  });

  it('shows a replacing symbol alone and a qualifier after the number', () => {
    expect(formatFigure(suppressPrimary(given({ value: 3, unit: 'count', decimals: 0 })))).toBe('[c]');
    expect(formatFigure(percentage({ numerator: 0, denominator: 0, decimals: 1 }))).toBe('[z]');
    expect(formatFigure(given({ value: 12.4, unit: 'percent', decimals: 1, symbol: 'p' }))).toBe('12.4% [p]');
  });

  it('shows [x] for a figure with neither value nor symbol rather than a blank', () => {
    expect(formatFigure({ unit: 'count', decimals: 0, inputs: [] })).toBe('[x]');
  });
});

describe('formatChange', () => {
  it('describes a change in percentages in percentage points', () => {
    const before = given({ value: 81, unit: 'percent', decimals: 1 });
    expect(formatChange(given({ value: 83, unit: 'percent', decimals: 1 }), before)).toBe('up 2.0 percentage points');
    expect(formatChange(given({ value: 79.9, unit: 'percent', decimals: 1 }), before)).toBe('down 1.1 percentage points');
    expect(formatChange(given({ value: 82, unit: 'percent', decimals: 0 }), given({ value: 81, unit: 'percent', decimals: 0 }))).toBe(
      'up 1 percentage point',
    );
  });

  it('works on the shown values, so 16.8% to 17.0% is up 0.2 points with no float artefact', () => {
    expect(formatChange(given({ value: 17, unit: 'percent', decimals: 1 }), given({ value: 16.8, unit: 'percent', decimals: 1 }))).toBe(
      'up 0.2 percentage points',
    );
  });

  it('keeps the unit for counts, rates, days and money', () => {
    expect(formatChange(given({ value: 247, unit: 'count', decimals: 0 }), given({ value: 322, unit: 'count', decimals: 0 }))).toBe('down 75');
    expect(
      formatChange(
        given({ value: 71.1, unit: 'rate', per: 10000, decimals: 1 }),
        given({ value: 69.8, unit: 'rate', per: 10000, decimals: 1 }),
      ),
    ).toBe('up 1.3 per 10,000');
    expect(formatChange(given({ value: 48.4, unit: 'weeks', decimals: 1 }), given({ value: 49.6, unit: 'weeks', decimals: 1 }))).toBe(
      'down 1.2 weeks',
    );
    expect(formatChange(given({ value: 1500, unit: 'currency', decimals: 0 }), given({ value: 1000, unit: 'currency', decimals: 0 }))).toBe(
      'up £500',
    );
  });

  it('says no change, or that there is no comparison, in words', () => {
    const same = given({ value: 100, unit: 'percent', decimals: 1 });
    expect(formatChange(same, same)).toBe('no change');
    expect(formatChange(given({ value: 'c', unit: 'percent', decimals: 1 }), same)).toBe('no comparison: a figure is missing');
  });

  it('refuses to compare figures in different units', () => {
    expect(() => formatChange(given({ value: 1, unit: 'count', decimals: 0 }), given({ value: 1, unit: 'percent', decimals: 1 }))).toThrow(
      'Cannot compare a count with a percent',
    );
  });
});

describe('formatTravel', () => {
  const before = given({ value: 81, unit: 'percent', decimals: 1 });

  it('names the direction, the earlier figure and the judgement', () => {
    expect(formatTravel(given({ value: 83, unit: 'percent', decimals: 1 }), before, 'lower')).toBe('up from 81.0% — worse');
    expect(formatTravel(given({ value: 79, unit: 'percent', decimals: 1 }), before, 'lower')).toBe('down from 81.0% — better');
    expect(formatTravel(given({ value: 81, unit: 'percent', decimals: 1 }), before, 'higher')).toBe('no change from 81.0%');
  });

  it('does not judge an indicator where no direction is better', () => {
    const june = given({ value: 361, unit: 'count', decimals: 0 });
    expect(formatTravel(given({ value: 367, unit: 'count', decimals: 0 }), june, 'none')).toBe('up from 361');
  });

  it('says when there is nothing to compare with', () => {
    expect(formatTravel(before, given({ value: 'x', unit: 'percent', decimals: 1 }), 'higher')).toBe('no earlier figure to compare');
  });
});
