import type { AreaEntry, Dataset, IndicatorEntry, Observation, Relation } from '../data/dataset.ts';
import type { DfeIndicator } from '../data/dfe-indicator.ts';
import type { EesFile } from '../data/ees.ts';
import { parseGroupCode } from '../data/group-code.ts';
import { loadDataset, type DatasetLocation } from '../data/load-dataset.ts';
import type { DataWarning } from '../data/problems.ts';
import {
  formatFigure,
  formatPeriod,
  periodKey,
  periodLabel,
  symbolReplacesValue,
  type MonthPeriod,
  type NotRated,
  type Period,
  type RagRating,
  type SuppressionRule,
} from '../engine/index.ts';
import { AreaBook } from './areas.ts';
import { change, compareWith, type CompareBasis, type ComparisonWith } from './change.ts';
import { comparator, comparisonRule, derivedComparator, dfeMapping, dfePlace, type ComparatorKind, type ComparisonRule } from './comparators.ts';
import { councilsWith, dfeCouncils, dfeYears, rank } from './councils.ts';
import { DEFAULT_POLICY, DEFAULT_RAG, disclosureWithRule, type CouncilPolicy } from './council-policy.ts';
import { windowed } from './derived-figures.ts';
import type { AverageMethod } from './dfe/neighbour-benchmark.ts';
import { decideDisclosure, type DisclosureDecisions } from './disclosure.ts';
import { FigureIndex, type FigureQuery, type SeriesWindow } from './figure-index.ts';
import type { FigureNode, Measure } from './figure-node.ts';
import { cellText, figureOf, observedNode, partOf } from './figure-of.ts';
import { listedAverage, neighbours, type NeighbourSet } from './neighbours.ts';
import { rating, targetOf } from './targets.ts';

export { COMPARE_BASES, sameKind, type CompareBasis, type ComparisonWith } from './change.ts';
export type { ComparatorKind, ComparisonRule } from './comparators.ts';
export type { NeighbourSet } from './neighbours.ts';

export interface ModelOptions {
  /** Each council's disclosure and RAG policy, by its ONS code; an area without one has DfE's convention and the default RAG. */
  policies?: ReadonlyMap<string, CouncilPolicy>;
  /** For scans and tests: the rule every area withholds small counts by, where `policies` gives none. */
  rule?: SuppressionRule;
  /**
   * Which figures are made from which. A published version renders from its frozen rows but with the
   * site's relations of now: what must be withheld is decided by today's rules for every page.
   */
  relations?: readonly Relation[];
}

export interface ValueOptions {
  /** The report's meeting day (YYYY-MM-DD): a neighbours' average uses the model in force then. */
  asOf?: string | undefined;
}

/**
 * Reads and checks a data folder (src/data) and builds its figure model. A DataError stops here, with
 * every problem listed, before any figure is made; `warn` hears the data's warnings first.
 */
export async function readFigureModel(location: DatasetLocation, options: ModelOptions = {}, warn?: (warning: DataWarning) => void): Promise<FigureModel> {
  const dataset = await loadDataset(location);
  if (warn !== undefined) for (const warning of dataset.warnings) warn(warning);
  return new FigureModel(dataset, options);
}

function measureKey(measure: Measure): string {
  return measure.kind === 'change' ? `change:${periodKey(measure.from)}` : measure.kind;
}

/**
 * The figure model of one dataset: every figure any page, chart, table or download shows, each with a
 * stable key, its value after disclosure control, where it comes from and the rows behind it. Built once
 * per data folder; what it withholds is decided on the whole dataset before any figure is asked for.
 */
export class FigureModel {
  readonly dataset: Dataset;
  readonly index: FigureIndex;
  readonly decisions: DisclosureDecisions;
  /** Areas beyond areas.csv: England, regions and councils as DfE's files name them, neighbour groups. */
  readonly areas: AreaBook;
  readonly #policies: ReadonlyMap<string, CouncilPolicy>;
  readonly #fallback: CouncilPolicy;
  readonly #nodes = new Map<string, FigureNode>();
  readonly #observed = new WeakMap<Observation, FigureNode>();

  constructor(dataset: Dataset, options: ModelOptions = {}) {
    this.dataset = dataset;
    this.#policies = options.policies ?? new Map();
    this.#fallback = options.rule === undefined ? DEFAULT_POLICY : { disclosure: disclosureWithRule(options.rule), rag: DEFAULT_RAG };
    this.index = new FigureIndex(dataset, (code) => this.policyOf(code).disclosure);
    this.areas = new AreaBook(dataset, this.index);
    const own = (o: Observation) => figureOf(o, this.index.indicator(o.indicator), this.index.disclosureOf(o.area));
    this.decisions = decideDisclosure(this.index, options.relations ?? dataset.relations, own);
  }

  /**
   * The disclosure and RAG policy of the council whose figure this is (by ONS or DfE code): its own from
   * content/councils/, or else DfE's convention and the default rating.
   */
  policyOf(areaCode: string): CouncilPolicy {
    const code = this.index.findArea(areaCode)?.code ?? areaCode;
    return this.#policies.get(code) ?? this.#fallback;
  }

  indicator(id: string): IndicatorEntry {
    return this.index.indicator(id);
  }

  /** An area of areas.csv by ONS or DfE code; a council's statistical neighbours (`<code>-SN`) even when not listed. */
  findArea(code: string): AreaEntry | undefined {
    const listed = this.index.findArea(code);
    if (listed !== undefined) return listed;
    const group = parseGroupCode(code);
    const council = group?.suffix === 'SN' ? this.index.findArea(group.council) : undefined;
    return council === undefined ? undefined : this.areas.neighbourArea(council);
  }

  /** An area by code: one the data lists, a council's neighbours, or England or a region as DfE's files name it. */
  area(code: string): AreaEntry {
    return this.findArea(code) ?? this.dfeArea(code) ?? this.index.area(code);
  }

  /** The node of an observation row: its figure with every disclosure decision applied (figure-of.ts). */
  observed(observation: Observation): FigureNode {
    const known = this.#observed.get(observation);
    if (known !== undefined) return known;
    const indicator = this.indicator(observation.indicator);
    const area = this.index.area(observation.area);
    // A comparator a paper stated is the same figure as DfE's for that place and year: where the files
    // give it, DfE's figure stands for it (and says what the paper gave), so it reads one way everywhere.
    const derived = (observation.breakdown ?? '') === '' ? derivedComparator(this, indicator, area, observation.period) : undefined;
    const node = derived ?? observedNode(this, observation, indicator, area);
    this.#observed.set(observation, node);
    return node;
  }

  /**
   * The figure of an indicator for an area and period, from the best source there is: DfE's published
   * figure for England, a region or a council's statistical neighbours (with the paper's figure beside it
   * where a paper stated another), otherwise the data's row, otherwise DfE's figure for the council itself.
   */
  value(query: FigureQuery & { period: Period }, options: ValueOptions = {}): FigureNode | undefined {
    const indicator = this.indicator(query.indicator);
    const area = this.area(query.area);
    const breakdown = query.breakdown ?? '';
    const row = () => {
      if (this.index.findArea(area.code) === undefined) return undefined;
      const found = this.index.at({ indicator: indicator.id, area: area.code, period: query.period, breakdown });
      return found === undefined ? undefined : this.observed(found.observation);
    };
    if (breakdown !== '') return row();
    if (area.kind === 'country' || area.kind === 'region') return dfePlace(this, indicator, area, query.period) ?? row();
    const group = parseGroupCode(area.code);
    if (group?.suffix === 'SN') {
      const council = this.index.findArea(group.council);
      const set = council === undefined ? undefined : this.neighbours(indicator.id, council.code, { period: query.period, asOf: options.asOf });
      return set?.mean ?? row();
    }
    return row() ?? (area.kind === 'local-authority' ? dfePlace(this, indicator, area, query.period) : undefined);
  }

  /** Like `value`, but a missing figure is an author's mistake that stops the build with what to fix. */
  require(query: FigureQuery & { period: Period }, options: ValueOptions = {}): FigureNode {
    const found = this.value(query, options);
    if (found !== undefined) return found;
    this.index.require({ ...query, area: this.area(query.area).code });
    throw new Error(`no figure for indicator "${query.indicator}", area ${query.area}, period ${formatPeriod(query.period)}`);
  }

  /** The data's own rows of one series, or a window of it, oldest first. */
  series(query: FigureQuery, window: SeriesWindow = {}): FigureNode[] {
    return this.index.series({ ...query, area: this.area(query.area).code }, window).map((entry) => this.observed(entry.observation));
  }

  /** A breakdown's parts for one period, in file order. */
  breakdowns(query: FigureQuery & { period: Period }): FigureNode[] {
    return this.index.breakdowns({ ...query, area: this.area(query.area).code }).map((entry) => this.observed(entry.observation));
  }

  /** The year to date from April of a monthly count or percentage; undefined for other units. */
  yearToDate(query: FigureQuery & { period: MonthPeriod }): FigureNode | undefined {
    return windowed(this, query, { kind: 'year-to-date' });
  }

  /** The mean of a monthly count over the 12 months to the period; undefined for other units. */
  rolling12(query: FigureQuery & { period: MonthPeriod }): FigureNode | undefined {
    return windowed(this, query, { kind: '12-month-average' });
  }

  /** The change from one figure of a series to another, with its direction of travel judged by polarity. */
  change(now: FigureNode, before: FigureNode): FigureNode {
    return change(this, now, before);
  }

  /**
   * The figure's comparison with an earlier one of the same series: the period before, the latest earlier
   * figure the data has, or the same period a year before. A missing comparison says so in words; it is
   * never silently left out.
   */
  compareWith(latest: FigureNode, basis: CompareBasis): ComparisonWith {
    return compareWith(this, latest, basis);
  }

  /** What an observed figure counts (numerator) or is out of (denominator), withheld with it. */
  part(node: FigureNode, which: 'numerator' | 'denominator'): FigureNode | undefined {
    return partOf(this, node, which);
  }

  /** The council's target in force for a period, with the exact decimals RAG compares; `tolerance` is the target's own, if it gives one. */
  target(indicatorId: string, areaCode: string, period: Period): { node: FigureNode; raw: string; tolerance: string | undefined } | undefined {
    return targetOf(this, indicatorId, areaCode, period);
  }

  /**
   * A council's figure rated against its target under the council's RAG policy (green, amber, red or
   * not rated), as a node: a published figure, so a change of target, tolerance or policy that changes
   * it is caught like any changed figure. `basis` says in words what the tolerance was.
   */
  rating(latest: FigureNode): { node: FigureNode; rag: RagRating | NotRated; target: FigureNode; basis: string } | undefined {
    return rating(this, latest);
  }

  /** The DfE mapping of an indicator, with its file, or undefined when no DfE file gives it. */
  dfeMapping(indicatorId: string): { mapping: DfeIndicator; file: EesFile } | undefined {
    return dfeMapping(this, indicatorId);
  }

  /**
   * The period a report tabled on `asOf` compares an indicator with England, its region and its
   * neighbours: the latest DfE year published by then. Undefined when no DfE file gives the indicator.
   */
  comparisonRule(indicatorId: string, asOf: string): ComparisonRule | undefined {
    return comparisonRule(this, indicatorId, asOf);
  }

  /**
   * England's, the council's region's or its statistical neighbours' figure to compare with. With a DfE
   * file for the indicator: DfE's figure for the period given, or else for the latest year published by
   * `asOf`. Without one: the row a paper stated, the latest on or before `period` and no more than two
   * years older.
   */
  comparator(indicatorId: string, councilCode: string, kind: ComparatorKind, options: { period: Period; asOf?: string | undefined; method?: AverageMethod }): FigureNode | undefined {
    return comparator(this, indicatorId, councilCode, kind, options);
  }

  /** A council's statistical neighbours for a DfE year: each one's figure, their mean and their median. */
  neighbours(indicatorId: string, councilCode: string, options: { period: Period; asOf?: string | undefined }): NeighbourSet | undefined {
    return neighbours(this, indicatorId, councilCode, options);
  }

  /**
   * The mean or median of councils listed in the data beside a council (a paper's own comparison table),
   * for indicators DfE's files do not give; the paper's stated average, where it has one, beside it.
   */
  listedAverage(indicatorId: string, councilCode: string, period: Period, members: readonly FigureNode[], method: AverageMethod): FigureNode {
    return listedAverage(this, indicatorId, councilCode, period, members, method);
  }

  /** The reporting years DfE's file for an indicator covers, oldest first; none without a file. */
  dfeYears(indicatorId: string): number[] {
    return dfeYears(this, indicatorId);
  }

  /** Every council DfE's file has a figure for in a reporting year, with DfE's figure for each. */
  dfeCouncils(indicatorId: string, year: number): FigureNode[] {
    return dfeCouncils(this, indicatorId, year);
  }

  /** England, a region, or a council met in DfE's files, as an area: from areas.csv, or else as DfE's files name it. */
  dfeArea(code: string): AreaEntry | undefined {
    return this.areas.dfeArea(code);
  }

  /**
   * Where a council's figure ranks among every council's for the same indicator and period, DfE's
   * published figures compared as published: 1 is the best (the lowest where no direction is better).
   */
  rank(node: FigureNode): FigureNode | undefined {
    return rank(this, node);
  }

  /** Every council with a row of its own for an indicator and period, for comparisons the DfE files do not cover. */
  councilsWith(indicatorId: string, period: Period): FigureNode[] {
    return councilsWith(this, indicatorId, period);
  }

  /** A node's key: stable and unique in its model (indicator|area|period|breakdown|measure, and a suffix). */
  key(indicator: IndicatorEntry, area: AreaEntry, period: Period, breakdown: string, measure: Measure, suffix = ''): string {
    return [indicator.id, area.code, periodKey(period), breakdown, measureKey(measure)].join('|') + suffix;
  }

  /** The node made already under a key, if any: a figure is worked out once per model. */
  known(key: string): FigureNode | undefined {
    return this.#nodes.get(key);
  }

  /**
   * The one node of a figure: made from its parts, with its words and its text in a sentence and in a
   * table, or the node made already under its key. The model's modules make every node here.
   */
  node(parts: Omit<FigureNode, 'key' | 'of' | 'text' | 'cell'>, text?: string, cell?: string): FigureNode {
    // A council's figure as DfE published it is another figure than the council's own row for the period.
    const suffix = parts.average !== undefined ? `|${parts.average.method}@${parts.average.model}` : parts.source.kind === 'dfe' && parts.area.kind === 'local-authority' ? '|dfe' : '';
    const key = this.key(parts.indicator, parts.area, parts.period, parts.breakdown, parts.measure, suffix);
    const known = this.#nodes.get(key);
    if (known !== undefined) return known;
    const shown = parts.withheld !== undefined || (parts.figure.symbol !== undefined && symbolReplacesValue(parts.figure.symbol));
    const node: FigureNode = {
      ...parts,
      key,
      of: figureWords(parts),
      text: shown ? formatFigure(parts.figure) : (text ?? formatFigure(parts.figure)),
      cell: shown ? cellText(parts.figure) : (cell ?? text ?? cellText(parts.figure)),
    };
    this.#nodes.set(key, node);
    return node;
  }
}

/** What a figure is, in words unique within its model: the key a reader can read. */
export function figureWords(node: Pick<FigureNode, 'indicator' | 'area' | 'period' | 'breakdown' | 'measure' | 'average' | 'source'>): string {
  const what = node.breakdown === '' ? node.indicator.label : `${node.indicator.label} (${node.breakdown})`;
  const published = node.source.kind === 'dfe' && node.area.kind === 'local-authority' ? ' as DfE published it' : '';
  const who = node.average === undefined ? `${node.area.name}${published}` : `${node.area.name} (${node.average.method}, ${node.average.model})`;
  const when = periodLabel(node.period);
  switch (node.measure.kind) {
    case 'value':
      return `${what}, ${who}, ${when}`;
    case 'year-to-date':
      return `${what}, ${who}, year to date to ${when}`;
    case '12-month-average':
      return `${what}, ${who}, 12-month average to ${when}`;
    case 'change':
      return `${what}, ${who}, change from ${periodLabel(node.measure.from)} to ${when}`;
    case 'target':
      return `${what}, ${who}, target for ${when}`;
    case 'rating':
      return `${what}, ${who}, ${when}: rating against the target`;
    case 'numerator':
      return `${what}, ${who}, ${when}: the number counted`;
    case 'denominator':
      return `${what}, ${who}, ${when}: the number it is out of`;
    case 'rank':
      return `${what}, ${who}, ${when}: rank among councils`;
  }
}
