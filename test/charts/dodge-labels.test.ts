import { describe, expect, it } from 'vitest';
import { dodgeLabels } from '../../src/charts/dodge-labels.ts';

describe('dodgeLabels', () => {
  it('leaves labels that do not overlap where they are', () => {
    expect(dodgeLabels([{ position: 50, size: 10 }, { position: 100, size: 10 }], 2, 0, 300)).toEqual([50, 100]);
  });

  it('pushes overlapping labels apart by their half sizes plus padding, in the order given', () => {
    const [a, b] = dodgeLabels([{ position: 104, size: 14 }, { position: 100, size: 14 }], 4, 0, 300);
    expect(b).toBe(100);
    expect(a).toBe(118);
  });

  it('pushes labels back up when they would run past the end', () => {
    const placed = dodgeLabels([{ position: 295, size: 10 }, { position: 298, size: 10 }], 0, 0, 300);
    expect(placed).toEqual([285, 295]);
  });

  it('keeps a label inside the bounds', () => {
    expect(dodgeLabels([{ position: -20, size: 12 }], 0, 0, 100)).toEqual([6]);
  });
});
