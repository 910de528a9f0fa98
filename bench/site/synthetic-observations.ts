import { ENGLAND, councilCode } from './synthetic-areas.ts';
import type { SyntheticIndicator } from './synthetic-indicators.ts';
import { addMonths, financialYear, monthPeriod, type Month } from './months.ts';

export type ObservationRow = Record<'indicator' | 'area' | 'period' | 'numerator' | 'denominator' | 'value' | 'marker', string>;

/** Noise around 1 with roughly the given spread (the mean of three uniforms is near enough normal). */
function wobble(random: () => number, spread: number): number {
  return 1 + ((random() + random() + random()) / 3 - 0.5) * 2 * spread;
}

/** Fewer referrals in the school holidays; January first. */
const SEASON = [1.0, 1.02, 1.04, 0.95, 1.0, 1.03, 0.97, 0.8, 1.06, 1.1, 1.05, 0.88];

function row(indicator: string, area: string, period: string, figures: Partial<ObservationRow>): ObservationRow {
  return { indicator, area, period, numerator: '', denominator: '', value: '', marker: '', ...figures };
}

/** A council's size: a multiple of 100,000 children, fixed for its whole history. */
export function councilSize(random: () => number): number {
  return 0.5 + random();
}

export function populationOf(size: number, year: number, firstYear: number): number {
  return Math.round(100_000 * size * (1 + 0.004 * (year - firstYear)));
}

/**
 * Every month of one council's figures from `first`, `months` long, for every indicator: counts as
 * values, percentages as numerator and denominator, rates as counts over the population file.
 */
export function councilObservations(
  councilIndex: number,
  indicators: readonly SyntheticIndicator[],
  first: Month,
  months: number,
  size: number,
  random: () => number,
): ObservationRow[] {
  const area = councilCode(councilIndex);
  const rows: ObservationRow[] = [];
  for (const indicator of indicators) {
    // A slow trend per council and indicator, so that direction of travel varies between charts.
    const drift = (random() - 0.5) * 0.3;
    for (let i = 0; i < months; i += 1) {
      const month = addMonths(first, i);
      const period = monthPeriod(month);
      const trend = 1 + (drift * i) / months;
      const season = SEASON[month.month - 1] ?? 1;
      const mean = indicator.level * size * season * trend;
      if (indicator.unit === 'count' || indicator.unit === 'rate') {
        rows.push(row(indicator.id, area, period, indicator.unit === 'count' ? { value: String(Math.max(0, Math.round(mean * wobble(random, 0.12)))) } : { numerator: String(Math.max(0, Math.round(mean * wobble(random, 0.12)))) }));
      } else if (indicator.unit === 'percent') {
        const denominator = Math.max(1, Math.round(mean * wobble(random, 0.1)));
        const share = Math.min(1, Math.max(0, (indicator.share ?? 0.5) * trend * wobble(random, 0.08)));
        rows.push(row(indicator.id, area, period, { numerator: String(Math.round(denominator * share)), denominator: String(denominator) }));
      } else {
        rows.push(row(indicator.id, area, period, { value: String(Math.round(indicator.level * trend * wobble(random, 0.2))) }));
      }
    }
  }
  return rows;
}

/** England's published yearly figure for each indicator a benchmark makes sense for (not counts). */
export function englandObservations(indicators: readonly SyntheticIndicator[], first: Month, months: number, random: () => number): ObservationRow[] {
  const years = [...new Set(Array.from({ length: months }, (_, i) => financialYear(addMonths(first, i))))];
  return indicators.flatMap((indicator) => {
    if (indicator.unit === 'count') return [];
    return years.map((year) => {
      const typical = indicator.unit === 'percent' ? 100 * (indicator.share ?? 0.5) : indicator.unit === 'rate' ? indicator.level / 10 : indicator.level;
      return row(indicator.id, ENGLAND, year, { value: (typical * wobble(random, 0.05)).toFixed(1) });
    });
  });
}
