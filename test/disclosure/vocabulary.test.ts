import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/disclosure/vocabulary.ts';
import { numberTokens } from '../../src/disclosure/number-tokens.ts';

const vocabulary = new Vocabulary({ indicators: [{ id: 'repeat-plans', label: 'Second or later child protection plans' }], areas: [] } as never);
const numbers = (text: string) => numberTokens(vocabulary.read(text).rest).map((token) => token.text);

describe('Vocabulary.read', () => {
  it('does not read a chart’s number ("Figure 3: …", "Figure 3 of …") as a figure', () => {
    expect(numbers('Figure 3: Second or later child protection plans: [c] in Mar 2025')).toEqual([]);
    expect(numbers('Figure 3 of Testshire performance, March 2025')).toEqual([]);
  });

  it('still reads a number that follows the word "figure" in a sentence', () => {
    expect(numbers('Second or later child protection plans: the figure 3 in Mar 2025')).toEqual(['3']);
    expect(numbers('Figure 3: Second or later child protection plans: 3 in Mar 2025')).toEqual(['3']);
  });
});
