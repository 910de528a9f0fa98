/** A limit the issue sets, and what the benchmark measured against it. */
export interface Budget {
  name: string;
  limit: number;
  measured: number | undefined;
  unit: string;
  /** How the measured figure was obtained when it was not a real run (e.g. "extrapolated"). */
  basis?: string;
}

export type Verdict = 'pass' | 'fail' | 'not measured';

export function verdict(budget: Budget): Verdict {
  if (budget.measured === undefined || Number.isNaN(budget.measured)) return 'not measured';
  return budget.measured <= budget.limit ? 'pass' : 'fail';
}

export const GB = 1024 ** 3;
export const KB = 1024;

/** The issue's budgets, in one place so that the printout and the docs say the same. */
export const LIMITS = {
  councilSeconds: 20,
  councilBytes: 1.5 * GB,
  nationalSeconds: 300,
  nationalBytes: 3 * GB,
  /** 16 times the content within 18 times the time. */
  growth16: 18,
  /** A council with every report published, cold, against the same council's drafts. */
  publishedColdRatio: 1.2,
  /** One report published beside 120 published before (warm), against a site of that report alone. */
  oneMoreReportRatio: 3,
  pageGzipBytes: 60 * KB,
  pageJsBytes: 0,
} as const;

function show(value: number, unit: string): string {
  if (unit === 'bytes') return value >= GB ? `${(value / GB).toFixed(2)} GB` : value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(0)} MB` : value >= KB ? `${(value / KB).toFixed(1)} KB` : `${value} bytes`;
  if (unit === 's') return `${value.toFixed(1)} s`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return `${value} ${unit}`;
}

/** `budget council build time: pass (14.2 s ≤ 20.0 s)` */
export function budgetLine(budget: Budget): string {
  const result = verdict(budget);
  const detail = budget.measured === undefined ? '' : ` (${show(budget.measured, budget.unit)} ${result === 'pass' ? '≤' : '>'} ${show(budget.limit, budget.unit)}${budget.basis ? `, ${budget.basis}` : ''})`;
  return `budget ${budget.name}: ${result}${detail}`;
}

export { show as formatMeasure };
