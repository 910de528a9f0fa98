import { formatPeriod, periodLabel, type Period } from '../../engine/index.ts';
import { METHOD_USER, type AverageMethod } from '../dfe/neighbour-benchmark.ts';
import { reportingYear } from '../dfe/reporting-period.ts';
import type { FigureModel } from '../figure-model.ts';
import type { FigureNode } from '../figure-node.ts';

export type BenchmarkOf = 'neighbours' | 'england' | 'region' | 'council';

export interface BenchmarkSentence {
  node: FigureNode;
  /** What it is and how it was worked out, in words. */
  words: string;
  /** Where the paper stated a different figure for the same thing: the sentence saying so. */
  difference?: string;
}

/**
 * A figure from DfE's files for a page, with what it is in words (for neighbours the method, the model
 * and who was left out), and, when a paper's figure for the same thing is in data/ and differs, a
 * sentence giving both. The figure is the model's: the same one every other component shows.
 */
export function benchmarkSentence(
  model: FigureModel,
  request: { indicator: string; council: string; period: Period; of: BenchmarkOf; method?: AverageMethod; asOf?: string | undefined },
): BenchmarkSentence {
  const found = model.dfeMapping(request.indicator);
  if (found === undefined) {
    throw new Error(`indicator "${request.indicator}" has no row in data/dfe-indicators.csv, so no DfE file gives it: add one, or quote the paper's figure with <Value area="…" /> instead`);
  }
  const { mapping } = found;
  if (reportingYear(request.period, mapping.period) === undefined) {
    throw new Error(`${formatPeriod(request.period)} is not a period DfE publishes "${request.indicator}" for: give the year as ${mapping.period === '30-september' ? 'a date such as 2021-09-30' : 'a financial year such as 2020/21'}`);
  }
  const council = model.area(request.council);
  const method = request.method ?? 'mean';
  let node: FigureNode | undefined;
  if (request.of === 'council') node = model.value({ indicator: request.indicator, area: council.code, period: request.period });
  else node = model.comparator(request.indicator, council.code, request.of, { period: request.period, asOf: request.asOf, method });
  if (node === undefined || (node.source.kind !== 'dfe' && request.of !== 'council')) {
    throw new Error(`${mapping.file} gives no ${request.of === 'neighbours' ? `statistical neighbour figure for ${council.name}` : `${request.of} figure`} for ${periodLabel(request.period)}`);
  }
  const when = periodLabel(node.period);
  let words: string;
  if (node.average !== undefined) {
    const { used, of, leftOut } = node.average;
    const counted = used === of ? `all ${of}` : `${used} of the ${of}`;
    words =
      `the ${method} of the figures DfE published for ${counted} of ${council.name}'s statistical neighbours in ${node.average.model}, ${when} (${METHOD_USER[method]})` +
      (leftOut.length === 0 ? '' : `; left out for want of a published figure: ${leftOut.join(', ')}`);
  } else {
    words = `${node.area.kind === 'country' ? 'England' : node.area.name}${request.of === 'council' ? "'s own figure" : ''}, ${when}, as DfE published it`;
  }
  return {
    node,
    words,
    ...(node.paperGave === undefined ? {} : { difference: `The paper gave ${node.paperGave.text}; the figure derived from DfE's published data is ${node.text}.` }),
  };
}
