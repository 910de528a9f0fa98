import { describe, expect, it } from 'vitest';
import { directionOfTravel } from '../../src/engine/direction.ts';
import { percentage } from '../../src/engine/measures.ts';

describe('directionOfTravel', () => {
  it.each([
    ['higher', 82, 81, 'up', 'better', '▲', 'up, better'],
    ['higher', 80, 81, 'down', 'worse', '▼', 'down, worse'],
    ['higher', 81, 81, 'same', 'no change', '↔', 'no change'],
    ['lower', 82, 81, 'up', 'worse', '▲', 'up, worse'],
    ['lower', 80, 81, 'down', 'better', '▼', 'down, better'],
    ['lower', 81, 81, 'same', 'no change', '↔', 'no change'],
    ['none', 82, 81, 'up', 'not judged', '▲', 'up'],
    ['none', 80, 81, 'down', 'not judged', '▼', 'down'],
    ['none', 81, 81, 'same', 'no change', '↔', 'no change'],
  ] as const)('with polarity %s, %d after %d is %s and %s', (polarity, current, previous, direction, judgement, symbol, words) => {
    expect(directionOfTravel(current, previous, polarity)).toEqual({ direction, judgement, symbol, words });
  });

  it.each(['higher', 'lower', 'none'] as const)('with polarity %s, a missing figure cannot be compared', (polarity) => {
    expect(directionOfTravel(81, undefined, polarity)).toEqual({
      direction: 'unknown',
      judgement: 'not judged',
      symbol: '?',
      words: 'no earlier figure to compare',
    });
    expect(directionOfTravel(undefined, 81, polarity).words).toBe('no current figure to compare');
  });

  it('compares the values readers see once rounded, not the raw numbers', () => {
    expect(directionOfTravel(81.04, 80.96, 'higher', 1).direction).toBe('same');
    expect(directionOfTravel(81.05, 81.04, 'higher', 1).direction).toBe('up');
    expect(directionOfTravel(81.04, 80.96, 'higher').direction).toBe('up');
  });

  it('compares figures by their rounded values and treats a suppressed one as unknown', () => {
    // 2 of 73 is 2.7%, and 4 of 148 is 2.7% too: the reader sees no change.
    const june = percentage({ numerator: 2, denominator: 73, decimals: 1 });
    const july = percentage({ numerator: 4, denominator: 148, decimals: 1 });
    expect(directionOfTravel(july, june, 'lower').words).toBe('no change');
    const suppressed = percentage({ numerator: 'c', denominator: 148, decimals: 1 });
    expect(directionOfTravel(suppressed, june, 'lower').direction).toBe('unknown');
  });
});
