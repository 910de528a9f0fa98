import { sortedFigures, type FigureTexts } from './sorted-figures.ts';

/** One figure that differs between two renderings; `before` or `after` is undefined when it was not shown. */
export interface FigureChange {
  key: string;
  before: string | undefined;
  after: string | undefined;
}

/** The figures that differ between two sets of shown figures, in key order. */
export function figureChanges(before: FigureTexts, after: FigureTexts): FigureChange[] {
  const keys = Object.keys(sortedFigures({ ...before, ...after }));
  const changes: FigureChange[] = [];
  for (const key of keys) {
    const old = Object.hasOwn(before, key) ? before[key] : undefined;
    const now = Object.hasOwn(after, key) ? after[key] : undefined;
    if (old !== now) changes.push({ key, before: old, after: now });
  }
  return changes;
}

/** "key: 71.1 → 73.3", with "(not shown)" for a figure that appears or disappears. */
export function changeLine(change: FigureChange): string {
  return `${change.key}: ${change.before ?? '(not shown)'} → ${change.after ?? '(not shown)'}`;
}
