import type { IndicatorEntry } from '../data/dataset.ts';

/**
 * Whether small numbers in an indicator are about children, and so personal data to suppress.
 * Workforce figures count staff posts and FTE, which identify no child; money and durations are not counts.
 */
export function suppressionApplies(indicator: IndicatorEntry): boolean {
  if (indicator.section === 'Workforce') return false;
  return indicator.unit === 'count' || indicator.unit === 'percent' || indicator.unit === 'rate';
}
