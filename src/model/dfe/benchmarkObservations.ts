import type { AreaEntry, Dataset, Observation } from '../../data/dataset.ts';
import { periodKey } from '../../engine/period-format.ts';
import type { Figure } from '../../engine/figure.ts';
import { deriveBenchmark } from './deriveBenchmark.ts';
import type { DfeFigure } from './dfeFigure.ts';
import { dfeFigure } from './dfeFigure.ts';
import { dfeYears } from './dfeRow.ts';
import type { AverageMethod } from './neighbourBenchmark.ts';
import { reportingPeriod } from './reportingPeriod.ts';

/** The group suffix for a council's neighbour average derived from DfE's files: `E08000016-SNMEAN`. */
export const DERIVED_GROUP_SUFFIX: Record<AverageMethod, string> = { mean: 'SNMEAN', median: 'SNMEDIAN' };

export interface DerivedBenchmarks {
  /** The neighbour groups, one per council and method, as areas of kind group. */
  areas: AreaEntry[];
  observations: Observation[];
}

function valueOf(figure: Figure, raw?: string): Pick<Observation, 'value' | 'marker'> {
  if (figure.value === undefined) return figure.symbol === undefined ? { marker: 'x' } : { marker: figure.symbol };
  return { value: { raw: raw ?? figure.value.toFixed(figure.decimals), value: figure.value } };
}

function published(indicator: string, area: string, found: DfeFigure): Observation {
  const check =
    found.check === 'differs'
      ? `; recomputed from the file's counts (rounded to 10 for England and regions) it would be ${found.computed?.value ?? ''}, so DfE's own figure is kept`
      : found.check === 'agrees'
        ? "; the engine's recomputation from the file's counts agrees"
        : '';
  return {
    indicator,
    area,
    period: found.period,
    ...valueOf(found.figure, found.published),
    source: found.source,
    note: `Derived from DfE's published data: ${found.name}, ${found.source}${check}.`,
  };
}

/**
 * Every benchmark the DfE files give for the councils in areas.csv: England and each council's region
 * for every year of every mapped file, and each council's statistical neighbours' mean and median
 * with the model of that year, as observations that pages read like any other.
 */
export function dfeBenchmarkObservations(dataset: Dataset): DerivedBenchmarks {
  const areas: AreaEntry[] = [];
  const observations: Observation[] = [];
  const councils = [...dataset.areas.values()].filter((a) => a.kind === 'local-authority' && a.dfe_code !== undefined);
  const regions = new Set(councils.flatMap((c) => (c.region_code !== undefined && dataset.areas.has(c.region_code) ? [c.region_code] : [])));
  const england = [...dataset.areas.values()].find((a) => a.kind === 'country' && a.code === 'E92000001');
  for (const council of councils) {
    for (const method of ['mean', 'median'] as const) {
      areas.push({
        code: `${council.code}-${DERIVED_GROUP_SUFFIX[method]}`,
        name: `${council.name}'s statistical neighbours (${method}, derived from DfE's published data)`,
        kind: 'group',
        dfe_code: undefined,
        region_code: undefined,
        source: 'data/dfe-indicators.csv',
      });
    }
  }
  for (const mapping of dataset.dfeIndicators ?? []) {
    const file = dataset.dfe.get(mapping.file);
    const indicator = dataset.indicators.get(mapping.indicator);
    if (file === undefined || indicator === undefined) continue;
    for (const year of dfeYears(file)) {
      const national = england === undefined ? undefined : dfeFigure(file, mapping, year, { level: 'National' }, indicator.rate_per);
      if (england !== undefined && national !== undefined) observations.push(published(mapping.indicator, england.code, national));
      for (const region of regions) {
        const found = dfeFigure(file, mapping, year, { level: 'Regional', region }, indicator.rate_per);
        if (found !== undefined) observations.push(published(mapping.indicator, region, found));
      }
      for (const council of councils) {
        const neighbours = deriveBenchmark(dataset, { indicator: mapping.indicator, council: council.code, year }).neighbours;
        if (neighbours === undefined) continue;
        for (const method of ['mean', 'median'] as const) {
          const figure = neighbours[method];
          observations.push({
            indicator: mapping.indicator,
            area: `${council.code}-${DERIVED_GROUP_SUFFIX[method]}`,
            period: reportingPeriod(year, mapping.period),
            ...valueOf(figure),
            source: mapping.source,
            note: `Derived from DfE's published data (${mapping.file}): the ${figure.method ?? method}.`,
          });
        }
      }
    }
  }
  return { areas, observations };
}

const key = (o: Pick<Observation, 'indicator' | 'area' | 'period' | 'breakdown'>) =>
  `${o.indicator}\u0000${o.area}\u0000${periodKey(o.period)}\u0000${o.breakdown ?? ''}`;

/**
 * The dataset with the derived benchmarks added. Where a paper stated a figure for the same
 * indicator, area and period (England or a region), the derived figure takes its place, as the issue
 * asks, and its note says what the paper gave, so the difference is on the page.
 */
export function withDfeBenchmarks(dataset: Dataset): Dataset {
  const derived = dfeBenchmarkObservations(dataset);
  const byKey = new Map(derived.observations.map((o) => [key(o), o]));
  const kept: Observation[] = [];
  for (const observation of dataset.observations) {
    const replacement = byKey.get(key(observation));
    if (replacement === undefined) {
      kept.push(observation);
      continue;
    }
    const stated = observation.value?.raw ?? (observation.marker === undefined ? '' : `[${observation.marker}]`);
    replacement.note = `The paper gave ${stated} (${observation.source}). ${replacement.note ?? ''}`;
  }
  const areas = new Map(dataset.areas);
  for (const area of derived.areas) if (!areas.has(area.code)) areas.set(area.code, area);
  return { ...dataset, areas, observations: [...kept, ...derived.observations] };
}
