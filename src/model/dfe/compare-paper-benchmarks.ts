import type { Dataset, Observation } from '../../data/dataset.ts';
import { parseGroupCode } from '../../data/group-code.ts';
import type { Figure } from '../../engine/figure.ts';
import { formatPeriod } from '../../engine/period-format.ts';
import { roundHalfAway } from '../../engine/rounding.ts';
import { deriveBenchmark, type Benchmark } from './derive-benchmark.ts';
import { dfeFigure } from './dfe-figure.ts';
import { dfeYears } from './dfe-row.ts';
import { neighbourBenchmark } from './neighbour-benchmark.ts';
import { NEIGHBOUR_MODELS, neighbourModelFor } from './neighbour-model-for.ts';
import { reportingYear } from './reporting-period.ts';

export type PaperMatch = 'same' | 'rounding' | 'different' | 'not covered';

/** A benchmark a paper states (England, a region or its neighbours) beside what DfE's files give. */
export interface PaperComparison {
  observation: Observation;
  of: 'England' | 'region' | 'neighbours' | 'other group';
  /** The paper's figure as written, or its symbol. */
  paper: string;
  /** The figure derived from DfE's files; for neighbours the mean with the model of that time. */
  derived?: Figure;
  /** Where the derived figure comes from: the file line, or the mapping line for an average. */
  source?: string;
  match: PaperMatch;
  reason: string;
}

const places = (raw: string) => (raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0);

/** Same number; or one rounds to the other because one of them has fewer places. */
export function paperMatch(paper: string, derived: Figure): PaperMatch {
  const value = derived.value;
  if (value === undefined) return 'different';
  const stated = Number(paper);
  if (stated === value) return 'same';
  const p = places(paper);
  if (p > derived.decimals && roundHalfAway(paper, derived.decimals) === value) return 'rounding';
  if (p < derived.decimals && derived.unrounded !== undefined && roundHalfAway(derived.unrounded, p) === stated) return 'rounding';
  return 'different';
}

const shown = (figure: Figure | undefined) => (figure?.value === undefined ? `[${figure?.symbol ?? 'x'}]` : String(figure.value));

/**
 * A model of another time whose mean happens to equal the paper's figure is worth saying, never as
 * the explanation: a paper cannot have used a model published after it.
 */
function otherModels(dataset: Dataset, benchmark: Benchmark, paper: string): string {
  const file = dataset.dfe.get(benchmark.mapping.file);
  const current = benchmark.neighbours?.model.file;
  if (file === undefined) return '';
  const notes: string[] = [];
  for (const info of NEIGHBOUR_MODELS) {
    const other = info.file === current ? undefined : neighbourModelFor(dataset, info.from);
    if (other === undefined) continue;
    const display = { decimals: benchmark.indicator.decimals, ...(benchmark.indicator.rate_per === undefined ? {} : { per: benchmark.indicator.rate_per }) };
    const alt = neighbourBenchmark(file, benchmark.mapping, benchmark.year, { dfeCode: benchmark.council.dfe_code, name: benchmark.council.name }, other, display);
    if (alt !== undefined && paperMatch(paper, alt.mean) !== 'different') notes.push(`the mean with ${other.name}, not the model of that year, happens to be ${shown(alt.mean)}`);
  }
  return notes.length === 0 ? '' : `; ${notes.join('; ')}`;
}

/** Why a neighbour average differs: tries the other ways a paper's tool may have worked it out. */
function neighbourReason(dataset: Dataset, benchmark: Benchmark, paper: string): string {
  const n = benchmark.neighbours;
  if (n === undefined) return benchmark.noNeighbours ?? 'no neighbour figure';
  if (paperMatch(paper, n.median) !== 'different') return `the paper's figure is the neighbours' median (${shown(n.median)}), not their mean (${shown(n.mean)})`;
  const unrounded = n.neighbours.flatMap((f) => (f.computed?.unrounded === undefined || f.figure.value === undefined ? [] : [f.computed.unrounded]));
  const mean = unrounded.reduce((a, b) => a + b, 0) / unrounded.length;
  if (unrounded.length > 0 && roundHalfAway(mean.toFixed(10), places(paper)) === Number(paper)) {
    return `rounding: the paper averaged the neighbours' unrounded figures (${mean.toFixed(2)}), DfE's tools average the published ones`;
  }
  const reason =
    `not reproducible from the current file with ${n.model.name} (mean ${shown(n.mean)}, median ${shown(n.median)}): ` +
    "DfE has revised some neighbours' figures since, or the paper's tool used another neighbour set";
  return reason + otherModels(dataset, benchmark, paper);
}

/**
 * Every England, region and statistical-neighbour figure the papers state (observations in data/),
 * beside the figure derived from DfE's files for the same indicator and year, matched or not and why.
 * Figures for indicators or years the files do not cover are listed as not covered, with the reason.
 */
export function comparePaperBenchmarks(dataset: Dataset): PaperComparison[] {
  const rows: PaperComparison[] = [];
  for (const observation of dataset.observations) {
    if ((observation.breakdown ?? '') !== '') continue;
    const area = dataset.areas.get(observation.area);
    if (area === undefined || !['country', 'region', 'group'].includes(area.kind)) continue;
    const group = parseGroupCode(area.code);
    const of: PaperComparison['of'] = area.kind === 'country' ? 'England' : area.kind === 'region' ? 'region' : group?.suffix === 'SN' ? 'neighbours' : 'other group';
    const paper = observation.value?.raw ?? `[${observation.marker ?? 'x'}]`;
    const base = { observation, of, paper };
    const notCovered = (reason: string) => rows.push({ ...base, match: 'not covered', reason });
    if (of === 'other group') {
      notCovered(`${area.name} is not a DfE grouping: nothing to derive it from`);
      continue;
    }
    const mapping = dataset.dfeIndicators?.find((m) => m.indicator === observation.indicator);
    const file = mapping === undefined ? undefined : dataset.dfe.get(mapping.file);
    if (mapping === undefined || file === undefined) {
      notCovered('no DfE file in data/dfe gives this indicator');
      continue;
    }
    const year = reportingYear(observation.period, mapping.period);
    const years = dfeYears(file);
    if (year === undefined || !years.includes(year)) {
      notCovered(
        year === undefined
          ? `${formatPeriod(observation.period)} is not a period DfE publishes this for (${mapping.period.replace('-', ' ')})`
          : `${mapping.file} covers ${years[0]} to ${years.at(-1)} only`,
      );
      continue;
    }
    if (observation.value === undefined) {
      notCovered('the paper gives no figure');
      continue;
    }
    const indicator = dataset.indicators.get(mapping.indicator);
    if (of === 'neighbours') {
      const council = dataset.areas.get(group?.council ?? '');
      if (council?.dfe_code === undefined) {
        notCovered('the council has no DfE code in areas.csv');
        continue;
      }
      const benchmark = deriveBenchmark(dataset, { indicator: mapping.indicator, council: council.code, year });
      const derived = benchmark.neighbours?.mean;
      if (derived === undefined) {
        notCovered(benchmark.noNeighbours ?? 'no neighbour figure');
        continue;
      }
      const match = paperMatch(paper, derived);
      const reason = match === 'same' ? 'same figure' : match === 'rounding' ? 'the same figure rounded to other places' : neighbourReason(dataset, benchmark, paper);
      rows.push({ ...base, derived, source: mapping.source, match, reason });
      continue;
    }
    const place = of === 'England' ? ({ level: 'National' } as const) : ({ level: 'Regional', region: area.code } as const);
    const found = dfeFigure(file, mapping, year, place, indicator?.rate_per);
    if (found === undefined) {
      notCovered(`${mapping.file} has no row for ${area.name} in ${year}`);
      continue;
    }
    const match = paperMatch(paper, found.figure);
    const reason =
      match === 'same'
        ? places(paper) > mapping.decimals ? `same figure; DfE publishes ${mapping.decimals} decimal places` : 'same figure'
        : match === 'rounding'
          ? `rounding: DfE publishes ${mapping.decimals} decimal places`
          : mapping.unit === 'rate'
            ? 'revision: DfE has revised the figure since the paper (its rates are per revised population estimates)'
            : 'revision: DfE has revised the figure since the paper';
    rows.push({ ...base, derived: found.figure, source: found.source, match, reason });
  }
  return rows;
}
