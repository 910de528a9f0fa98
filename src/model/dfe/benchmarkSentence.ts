import type { Dataset } from '../../data/dataset.ts';
import { formatFigure } from '../../engine/format.ts';
import type { Figure } from '../../engine/figure.ts';
import { given } from '../../engine/measures.ts';
import type { Period } from '../../engine/period.ts';
import { formatPeriod, periodLabel } from '../../engine/period-format.ts';
import { paperMatch } from './comparePaperBenchmarks.ts';
import { deriveBenchmark, dfeMappingFor } from './deriveBenchmark.ts';
import { METHOD_USER, type AverageMethod } from './neighbourBenchmark.ts';
import { reportingYear } from './reportingPeriod.ts';

export type BenchmarkOf = 'neighbours' | 'england' | 'region' | 'council';

export interface BenchmarkRequest {
  indicator: string;
  council: string;
  period: Period;
  of: BenchmarkOf;
  method?: AverageMethod;
}

export interface BenchmarkSentence {
  /** The derived figure as shown, e.g. "8.6%". */
  value: string;
  figure: Figure;
  /** What it is and how it was worked out, in words. */
  words: string;
  /** Where the paper stated a different figure for the same thing: the sentence saying so. */
  difference?: string;
  /** The DfE file line, or the mapping line for an average of neighbours. */
  source: string;
}

const places = (raw: string) => (raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0);

/**
 * A benchmark from DfE's files for a page: the figure, what it is in words (for neighbours the method,
 * the model and who was left out), and, when a paper's figure for the same thing is in data/ and
 * differs, a sentence giving both.
 */
export function benchmarkSentence(dataset: Dataset, request: BenchmarkRequest): BenchmarkSentence {
  const { mapping } = dfeMappingFor(dataset, request.indicator);
  const year = reportingYear(request.period, mapping.period);
  if (year === undefined) {
    throw new Error(`${formatPeriod(request.period)} is not a period DfE publishes "${request.indicator}" for: give the year as ${mapping.period === '30-september' ? 'a date such as 2021-09-30' : 'a financial year such as 2020/21'}`);
  }
  const b = deriveBenchmark(dataset, { indicator: request.indicator, council: request.council, year });
  const when = periodLabel(b.period);
  const method = request.method ?? 'mean';
  let figure: Figure | undefined;
  let words: string;
  let source: string;
  let paperArea: string | undefined;
  if (request.of === 'neighbours') {
    if (b.neighbours === undefined) throw new Error(`no statistical neighbour figure for ${b.council.name} in ${year}: ${b.noNeighbours ?? ''}`);
    figure = b.neighbours[method];
    const left = b.neighbours.leftOut.map((n) => n.name);
    const used = b.neighbours.neighbours.filter((n) => n.figure.value !== undefined).length;
    const total = used + left.length;
    const counted = left.length === 0 ? `all ${total}` : `${used} of the ${total}`;
    words =
      `the ${method} of the figures DfE published for ${counted} of ${b.council.name}'s statistical neighbours in ${b.neighbours.model.name}, ${when} (${METHOD_USER[method]})` +
      (left.length === 0 ? '' : `; left out for want of a published figure: ${left.join(', ')}`);
    source = mapping.source;
    paperArea = `${b.council.code}-SN`;
  } else {
    const found = request.of === 'england' ? b.england : request.of === 'region' ? b.region : b.own;
    if (found === undefined) throw new Error(`${mapping.file} has no ${request.of} figure for ${year}`);
    figure = found.figure;
    words = `${found.name}${request.of === 'council' ? "'s own figure" : ''}, ${when}, as DfE published it`;
    source = found.source;
    paperArea = request.of === 'england' ? 'E92000001' : request.of === 'region' ? b.council.region_code : undefined;
  }
  const result: BenchmarkSentence = { value: formatFigure(figure), figure, words, source };
  const stated = dataset.observations.find(
    (o) => o.indicator === request.indicator && o.area === paperArea && (o.breakdown ?? '') === '' && reportingYear(o.period, mapping.period) === year,
  );
  if (stated?.value !== undefined && paperMatch(stated.value.raw, figure) === 'different') {
    const per = b.indicator.rate_per;
    const paper = given({ value: stated.value.raw, unit: mapping.unit, decimals: places(stated.value.raw), ...(per === undefined ? {} : { per }) });
    result.difference = `The paper gave ${formatFigure(paper)}; the figure derived from DfE's published data is ${result.value}.`;
  }
  return result;
}
