import type { AreaValue, ComparisonChartSpec } from './comparison-chart-spec.ts';
import { shownValue } from './shown-value.ts';

export type AreaKind = 'council' | 'neighbour' | 'region';

export interface ComparisonRow {
  kind: AreaKind;
  /** The area's name with its role, e.g. "Cambridgeshire (this council)". */
  label: string;
  display: string;
  /** Undefined where nothing may be drawn. */
  value?: number;
  figure?: string;
}

const SUFFIX: Record<AreaKind, string> = { council: ' (this council)', neighbour: '', region: ' (region)' };

function row(kind: AreaKind, area: AreaValue): ComparisonRow {
  const value = shownValue(area);
  const base = { kind, label: `${area.label}${SUFFIX[kind]}`, display: area.display, ...(area.figure === undefined ? {} : { figure: area.figure }) };
  return value === undefined ? base : { ...base, value };
}

/**
 * The bars in the order drawn: areas with a number sorted by value (ties by name, so output is
 * stable), then areas without one in the order given.
 */
export function comparisonRows(spec: Pick<ComparisonChartSpec, 'council' | 'neighbours' | 'region' | 'order'>): ComparisonRow[] {
  const rows = [
    row('council', spec.council),
    ...spec.neighbours.map((n) => row('neighbour', n)),
    ...(spec.region ? [row('region', spec.region)] : []),
  ];
  const sign = spec.order === 'descending' ? -1 : 1;
  const shown = rows
    .filter((r) => r.value !== undefined)
    .sort((a, b) => sign * (a.value! - b.value!) || a.label.localeCompare(b.label, 'en-GB'));
  return [...shown, ...rows.filter((r) => r.value === undefined)];
}
