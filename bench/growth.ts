/** One measured size of the same content: how many charts, and what building them cost. */
export interface GrowthPoint {
  charts: number;
  seconds: number;
  peakBytes: number;
}

/** How much more a larger build cost than a smaller one, as a multiple. */
export function growthRatio(small: GrowthPoint, large: GrowthPoint): { content: number; time: number; memory: number } {
  return { content: large.charts / small.charts, time: large.seconds / small.seconds, memory: large.peakBytes / small.peakBytes };
}

/**
 * A straight line through the two largest points, extended to `charts`. Fixed costs (start-up,
 * bundling) sit in the intercept, so the slope is the cost of one more chart.
 */
export function extrapolate(points: readonly GrowthPoint[], charts: number): GrowthPoint & { secondsPerChart: number } {
  const sorted = [...points].sort((a, b) => a.charts - b.charts);
  const a = sorted.at(-2);
  const b = sorted.at(-1);
  if (a === undefined || b === undefined || a.charts === b.charts) throw new Error('extrapolate needs two measured sizes');
  const line = (pick: (p: GrowthPoint) => number) => {
    const slope = (pick(b) - pick(a)) / (b.charts - a.charts);
    return { slope, at: pick(b) + slope * (charts - b.charts) };
  };
  const time = line((p) => p.seconds);
  return { charts, seconds: time.at, peakBytes: line((p) => p.peakBytes).at, secondsPerChart: time.slope };
}
