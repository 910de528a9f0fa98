export interface LabelSlot {
  /** Wanted centre of the label along the axis, in pixels. */
  position: number;
  /** Extent of the label along the axis, in pixels. */
  size: number;
}

/**
 * Moves labels apart along one axis so that none overlap (with `padding` between them), keeping them
 * within [min, max] where they fit and in their original order along the axis. Returns the new centres
 * in the order given. Direct labels on close reference lines would otherwise overprint.
 */
export function dodgeLabels(slots: readonly LabelSlot[], padding: number, min: number, max: number): number[] {
  const order = slots.map((slot, i) => ({ ...slot, i })).sort((a, b) => a.position - b.position || a.i - b.i);
  const centres = order.map(({ position, size }) => Math.min(max - size / 2, Math.max(min + size / 2, position)));
  const distance = (k: number) => (order[k - 1]!.size + order[k]!.size) / 2 + padding;
  for (let k = 1; k < centres.length; k++) centres[k] = Math.max(centres[k]!, centres[k - 1]! + distance(k));
  // If pushing down ran past the end, push back up from the end.
  const lastIndex = centres.length - 1;
  if (lastIndex >= 0 && centres[lastIndex]! > max - order[lastIndex]!.size / 2) {
    centres[lastIndex] = max - order[lastIndex]!.size / 2;
    for (let k = lastIndex - 1; k >= 0; k--) centres[k] = Math.min(centres[k]!, centres[k + 1]! - distance(k + 1));
  }
  const result = new Array<number>(slots.length);
  order.forEach(({ i }, k) => (result[i] = centres[k]!));
  return result;
}
