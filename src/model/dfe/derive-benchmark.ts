import type { AreaEntry, Dataset, IndicatorEntry } from '../../data/dataset.ts';
import type { EesFile } from '../../data/ees.ts';
import type { Period } from '../../engine/period.ts';
import type { DfeIndicator } from '../../data/dfe-indicator.ts';
import { dfeFigure, type DfeFigure } from './dfe-figure.ts';
import { neighbourBenchmark, type NeighbourBenchmark } from './neighbour-benchmark.ts';
import { neighbourModelFor } from './neighbour-model-for.ts';
import { reportingPeriod } from './reporting-period.ts';

export interface BenchmarkQuery {
  indicator: string;
  /** The council's ONS or DfE code, as in areas.csv. */
  council: string;
  /** DfE reporting year: 2021 is 2020/21, or 31 March 2021, or 30 September 2021 for the workforce. */
  year: number;
}

/** Everything DfE's files say about one indicator, council and year, for the page to choose from. */
export interface Benchmark {
  indicator: IndicatorEntry;
  mapping: DfeIndicator;
  council: AreaEntry & { dfe_code: string };
  year: number;
  period: Period;
  england?: DfeFigure;
  region?: DfeFigure;
  /** The council's own figure in DfE's file. */
  own?: DfeFigure;
  neighbours?: NeighbourBenchmark;
  /** Why there is no neighbour figure, when there is none. */
  noNeighbours?: string;
}

/** The mapping for an indicator, or an error naming what to add: a page must not quietly lose a benchmark. */
export function dfeMappingFor(dataset: Dataset, indicator: string): { mapping: DfeIndicator; file: EesFile } {
  const mapping = dataset.dfeIndicators?.find((m) => m.indicator === indicator);
  if (mapping === undefined) {
    throw new Error(`indicator "${indicator}" has no row in data/dfe-indicators.csv, so no DfE file gives it: add one, or quote the paper's figure instead`);
  }
  const file = dataset.dfe.get(mapping.file);
  if (file === undefined) throw new Error(`${mapping.source}: ${mapping.file} is not among the loaded DfE files`);
  return { mapping, file };
}

/**
 * England's, the council's region's, the council's own and its statistical neighbours' figures for one
 * indicator and reporting year, all from DfE's published files, with the neighbour model of that year.
 */
export function deriveBenchmark(dataset: Dataset, query: BenchmarkQuery): Benchmark {
  const { mapping, file } = dfeMappingFor(dataset, query.indicator);
  const indicator = dataset.indicators.get(query.indicator);
  if (indicator === undefined) throw new Error(`indicator "${query.indicator}" is not in data/indicators.csv`);
  const council = dataset.areas.get(query.council) ?? dataset.areasByDfeCode.get(query.council);
  if (council?.dfe_code === undefined) {
    throw new Error(`area "${query.council}" is not a council with a DfE code in data/areas.csv: DfE's files name councils by their 3-digit code`);
  }
  const dfeCode = council.dfe_code;
  const per = indicator.rate_per;
  const result: Benchmark = {
    indicator,
    mapping,
    council: { ...council, dfe_code: dfeCode },
    year: query.year,
    period: reportingPeriod(query.year, mapping.period),
  };
  const england = dfeFigure(file, mapping, query.year, { level: 'National' }, per);
  if (england !== undefined) result.england = england;
  if (council.region_code !== undefined) {
    const region = dfeFigure(file, mapping, query.year, { level: 'Regional', region: council.region_code }, per);
    if (region !== undefined) result.region = region;
  }
  const own = dfeFigure(file, mapping, query.year, { level: 'Local authority', dfeCode }, per);
  if (own !== undefined) result.own = own;

  const model = neighbourModelFor(dataset, query.year);
  if (model === undefined) {
    result.noNeighbours = `no statistical neighbour model of ${query.year} is in data/dfe (the earliest there is DfE's April 2021 groupings)`;
    return result;
  }
  const display = { decimals: indicator.decimals, ...(per === undefined ? {} : { per }) };
  const neighbours = neighbourBenchmark(file, mapping, query.year, { dfeCode, name: council.name }, model, display);
  if (neighbours === undefined) result.noNeighbours = `${council.name} (${dfeCode}) is not a council in ${model.name}`;
  else result.neighbours = neighbours;
  return result;
}
