import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/charts/text-width.ts';
import { wrapText } from '../../src/charts/wrap-text.ts';

describe('wrapText', () => {
  it('breaks at spaces so that each line fits the width', () => {
    const lines = wrapText('Statistical neighbour average 81.0%', 150, 12);
    expect(lines).toEqual(['Statistical', 'neighbour average', '81.0%']);
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(150);
  });

  it('keeps a word longer than the width on its own line', () => {
    expect(wrapText('Supercalifragilistic x', 40, 12)).toEqual(['Supercalifragilistic', 'x']);
  });
});
