export interface NiceScale {
  domain: [number, number];
  ticks: number[];
}


/**
 * A linear domain widened to round numbers, with its ticks. Charts compute this themselves, rather
 * than let Plot do it, because label placement and margins need the pixel positions before rendering.
 */
export function niceScale(low: number, high: number, tickCount = 5): NiceScale {
  if (!Number.isFinite(low) || !Number.isFinite(high)) throw new Error(`niceScale: invalid extent [${low}, ${high}]`);
  let lo = Math.min(low, high);
  let hi = Math.max(low, high);
  if (lo === hi) {
    // A flat series still needs a visible range around it.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const rough = (hi - lo) / Math.max(1, tickCount);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // The 1-2-5 step nearest the rough step on a log scale, so the tick count stays close to the one asked for.
  const error = rough / magnitude;
  const step = (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1) * magnitude;
  const start = Math.floor(lo / step + 1e-9);
  const end = Math.ceil(hi / step - 1e-9);
  // Multiplying integers by the step, then rounding, avoids 0.30000000000000004 in ticks.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks: number[] = [];
  for (let i = start; i <= end; i++) ticks.push(Number((i * step).toFixed(decimals)));
  return { domain: [ticks[0] ?? lo, ticks[ticks.length - 1] ?? hi], ticks };
}
