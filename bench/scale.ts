/** How much content a benchmark site holds. Every report has one chart per indicator. */
export interface Scale {
  name: string;
  councils: number;
  /** Monthly reports per council, the latest for March 2025. */
  reports: number;
  indicators: number;
}

/** One council's performance team: ten years of monthly reports, 40 indicators each. */
export const COUNCIL_SCALE: Scale = { name: 'council', councils: 1, reports: 120, indicators: 40 };

/** A national body publishing a year of every council's reports. */
export const NATIONAL_SCALE: Scale = { name: 'national', councils: 150, reports: 12, indicators: 40 };

/** Small enough for the whole quick benchmark to finish in under a minute. */
export const QUICK_SCALE: Scale = { name: 'quick', councils: 1, reports: 3, indicators: 40 };

/** More of the same content: `factor` times the councils, each with the same reports. */
export function timesCouncils(scale: Scale, factor: number): Scale {
  return { ...scale, name: `${scale.name} ×${factor}`, councils: scale.councils * factor };
}

export function chartCount(scale: Scale): number {
  return scale.councils * scale.reports * scale.indicators;
}

export function reportCount(scale: Scale): number {
  return scale.councils * scale.reports;
}
