import type { AreaEntry, Dataset, IndicatorEntry, Observation, Relation } from '../data/dataset.ts';
import type { DfeIndicator } from '../data/dfe-indicator.ts';
import type { EesFile } from '../data/ees.ts';
import { parseGroupCode } from '../data/group-code.ts';
import { targetFor } from '../data/target-for.ts';
import {
  comparePeriods,
  directionOfTravel,
  formatChange,
  formatFigure,
  formatNumber,
  formatPeriod,
  periodKey,
  periodLabel,
  periodSpan,
  previousPeriod,
  rolling12Months,
  samePeriodLastYear,
  subtractDecimals,
  suppressFigure,
  symbolReplacesValue,
  toDecimal,
  decimalToString,
  given,
  isSmallCount,
  neighbourAverage,
  ragRating,
  rankAmong,
  type Figure,
  type NotRated,
  type RagRating,
  type MonthPeriod,
  type Period,
  type SuppressionRule,
} from '../engine/index.ts';
import { cellText } from './cell-text.ts';
import { DEFAULT_POLICY, DEFAULT_RAG, disclosureWithRule, ruleOf, type CouncilPolicy, type RagPolicy } from './council-policy.ts';
import { rolling12Of, yearToDateOf } from './derived-figures.ts';
import { paperMatch } from './dfe/compare-paper-benchmarks.ts';
import { comparisonYear, releaseDay } from './dfe/comparison-year.ts';
import { dfeFigure } from './dfe/dfe-figure.ts';
import { dfeCouncilCodes, dfeRegions, dfeYears, findDfeRow, type DfePlace } from './dfe/dfe-row.ts';
import { METHOD_USER, neighbourBenchmark, type AverageMethod } from './dfe/neighbour-benchmark.ts';
import { neighbourModelAt, neighbourModelFor, type NeighbourModelInUse } from './dfe/neighbour-model-for.ts';
import { reportingPeriod, reportingYear } from './dfe/reporting-period.ts';
import { decideDisclosure, type DisclosureDecisions } from './disclosure.ts';
import { FigureIndex, type FigureQuery, type SeriesWindow } from './figure-index.ts';
import { figureOf } from './figure-of.ts';
import { partDifference, printedForm } from './paper-difference.ts';
import type { FigureNode, Measure, Withholding } from './figure-node.ts';
import { hasNumber } from './figure-node.ts';

export type ComparatorKind = 'england' | 'region' | 'neighbours';

/**
 * What a figure is compared with: the period just before (`previous`), the latest earlier figure the
 * data has (`latest`, which steps over missing quarters), or the same period a year before (`last-year`).
 */
export const COMPARE_BASES = ['previous', 'latest', 'last-year'] as const;
export type CompareBasis = (typeof COMPARE_BASES)[number];

/** A figure's comparison with an earlier one, or why there is none, in words either way. */
export interface ComparisonWith {
  basis: CompareBasis;
  /** The period compared with, where there is one to name. */
  period?: Period;
  before?: FigureNode;
  /** The change from `before`, with its direction of travel. */
  change?: FigureNode;
  /** "compared with Q1 2020/21 (Apr–Jun)", or why nothing is compared: "no figure for Q4 2020/21 (Jan–Mar) to compare with". */
  words: string;
}

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

/** Why a comparator shows the year it does, in words for the page. */
export interface ComparisonRule {
  period: Period;
  words: string;
}

export interface NeighbourSet {
  council: AreaEntry;
  model: NeighbourModelInUse;
  period: Period;
  /** Each neighbour's own figure, closest first. */
  members: FigureNode[];
  mean: FigureNode;
  median: FigureNode;
}

const ENGLAND = 'E92000001';

function longDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
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
  readonly #policies: ReadonlyMap<string, CouncilPolicy>;
  readonly #fallback: CouncilPolicy;
  readonly #nodes = new Map<string, FigureNode>();
  readonly #observed = new WeakMap<Observation, FigureNode>();
  readonly #areas = new Map<string, AreaEntry>();
  readonly #councils = new Map<string, FigureNode[]>();

  constructor(dataset: Dataset, options: ModelOptions = {}) {
    this.dataset = dataset;
    this.#policies = options.policies ?? new Map();
    this.#fallback = options.rule === undefined ? DEFAULT_POLICY : { disclosure: disclosureWithRule(options.rule), rag: DEFAULT_RAG };
    this.index = new FigureIndex(dataset, (code) => this.policyOf(code).disclosure);
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
    return council === undefined ? undefined : this.#neighbourArea(council);
  }

  /** An area by code: one the data lists, a council's neighbours, or England or a region as DfE's files name it. */
  area(code: string): AreaEntry {
    return this.findArea(code) ?? this.dfeArea(code) ?? this.index.area(code);
  }

  /** The node of an observation row: its figure with every disclosure decision applied. */
  observed(observation: Observation): FigureNode {
    const known = this.#observed.get(observation);
    if (known !== undefined) return known;
    const indicator = this.indicator(observation.indicator);
    const area = this.index.area(observation.area);
    // A comparator a paper stated is the same figure as DfE's for that place and year: where the files
    // give it, DfE's figure stands for it (and says what the paper gave), so it reads one way everywhere.
    const derived = (observation.breakdown ?? '') === '' ? this.#derivedComparator(indicator, area, observation.period) : undefined;
    if (derived !== undefined) {
      this.#observed.set(observation, derived);
      return derived;
    }
    const policy = this.policyOf(observation.area).disclosure;
    const rule = ruleOf(policy);
    let figure = figureOf(observation, indicator, policy);
    let withheld: Withholding | undefined;
    const decided = this.decisions.withheld.get(observation);
    if (observation.marker === 'c') withheld = { reason: 'in-data', why: 'suppressed in the data it comes from' };
    else if (figure.symbol === 'c') {
      const count = indicator.unit === 'count' ? (observation.value ?? observation.numerator)?.raw : undefined;
      const small = count !== undefined && isSmallCount(count, rule);
      withheld = small ? { reason: 'small', why: 'suppressed: a small count that could identify children' } : { reason: 'derived', why: figure.method ?? 'withheld' };
      figure = { ...figure, method: withheld.why };
    }
    else if (decided !== undefined) {
      withheld = decided;
      figure = suppressFigure(figure, decided.reason === 'derived' ? 'derived' : 'secondary', rule);
      figure = { ...figure, method: decided.why };
    }
    const rows = [observation.source, ...(observation.population ? [observation.population.source] : []), ...(this.decisions.dependsOn.get(observation) ?? [])];
    const stated = area.kind === 'country' || area.kind === 'region' || area.kind === 'group';
    const printed = printedForm(observation, indicator, figure, policy, withheld !== undefined);
    const node = this.#node(
      {
        indicator,
        area,
        period: observation.period,
        breakdown: observation.breakdown ?? '',
        measure: { kind: 'value' },
        figure,
        source: stated ? { kind: 'paper', words: 'as the paper stated it' } : { kind: 'data', words: indicator.source },
        ...(withheld === undefined ? {} : { withheld }),
        ...(printed.paper === undefined ? {} : { paper: printed.paper }),
        rows,
      },
      printed.text,
      printed.cell,
    );
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
    if (area.kind === 'country' || area.kind === 'region') return this.#dfePlace(indicator, area, query.period) ?? row();
    const group = parseGroupCode(area.code);
    if (group?.suffix === 'SN') {
      const council = this.index.findArea(group.council);
      const set = council === undefined ? undefined : this.neighbours(indicator.id, council.code, { period: query.period, asOf: options.asOf });
      return set?.mean ?? row();
    }
    return row() ?? (area.kind === 'local-authority' ? this.#dfePlace(indicator, area, query.period) : undefined);
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
    return this.#windowed(query, { kind: 'year-to-date' });
  }

  /** The mean of a monthly count over the 12 months to the period; undefined for other units. */
  rolling12(query: FigureQuery & { period: MonthPeriod }): FigureNode | undefined {
    return this.#windowed(query, { kind: '12-month-average' });
  }

  #windowed(query: FigureQuery & { period: MonthPeriod }, measure: Measure): FigureNode | undefined {
    const indicator = this.indicator(query.indicator);
    const area = this.area(query.area);
    const breakdown = query.breakdown ?? '';
    const key = this.#key(indicator, area, query.period, breakdown, measure);
    const known = this.#nodes.get(key);
    if (known !== undefined) return known;
    const months = this.series({ indicator: indicator.id, area: area.code, breakdown }, { from: rolling12Months(query.period)[0], to: query.period });
    const located = months.map((node) => ({ period: node.period, observation: this.index.at({ indicator: indicator.id, area: area.code, breakdown, period: node.period })!.observation }));
    const policy = this.policyOf(area.code).disclosure;
    const computed = measure.kind === 'year-to-date' ? yearToDateOf(policy, indicator, located, query.period) : rolling12Of(policy, indicator, located, query.period);
    if (computed === undefined) return undefined;
    const first = measure.kind === 'year-to-date' ? yearToDateStart(query.period) : rolling12Months(query.period)[0]!;
    const inWindow = months.filter((node) => comparePeriods(node.period, first) >= 0);
    const secret = inWindow.find((node) => node.withheld !== undefined);
    let figure = computed.figure;
    let withheld: Withholding | undefined = computed.small ? { reason: 'small', why: figure.method ?? 'withheld' } : undefined;
    // Months missing from the data leave nothing to work out ([x]); a withheld month withholds the rest.
    if (secret !== undefined && withheld === undefined && figure.symbol !== 'x') {
      withheld = { reason: 'derived', why: `suppressed: worked out from a suppressed figure (${secret.of})` };
      figure = { ...suppressFigure(figure, 'derived', ruleOf(policy)), method: withheld.why };
    }
    return this.#node({
      indicator,
      area,
      period: query.period,
      breakdown,
      measure,
      figure,
      source: { kind: 'data', words: indicator.source },
      ...(withheld === undefined ? {} : { withheld }),
      rows: inWindow.flatMap((node) => node.rows),
    });
  }

  /** The change from one figure of a series to another, with its direction of travel judged by polarity. */
  change(now: FigureNode, before: FigureNode): FigureNode {
    const measure: Measure = { kind: 'change', from: before.period };
    const key = this.#key(now.indicator, now.area, now.period, now.breakdown, measure);
    const known = this.#nodes.get(key);
    if (known !== undefined) return known;
    const travel = directionOfTravel(hasNumber(now) ? now.figure : undefined, hasNumber(before) ? before.figure : undefined, now.indicator.polarity);
    const secret = [now, before].find((node) => node.withheld !== undefined);
    const base = { unit: now.figure.unit, decimals: Math.max(now.figure.decimals, before.figure.decimals), ...(now.figure.per === undefined ? {} : { per: now.figure.per }) };
    let figure: Figure;
    let text: string | undefined;
    if (secret !== undefined) figure = { ...base, symbol: 'c', method: `suppressed: worked out from a suppressed figure (${secret.of})`, inputs: [] };
    else if (!hasNumber(now) || !hasNumber(before)) figure = { ...base, symbol: 'x', method: `no change: ${hasNumber(now) ? before.of : now.of} has no figure`, inputs: [] };
    else {
      const difference = decimalToString(subtractDecimals(toDecimal(now.figure.value!), toDecimal(before.figure.value!)));
      figure = { ...base, value: Number(difference), method: `${now.text} less ${before.text}`, inputs: [] };
      text = formatChange(now.figure, before.figure);
    }
    return this.#node(
      {
        indicator: now.indicator,
        area: now.area,
        period: now.period,
        breakdown: now.breakdown,
        measure,
        figure,
        source: now.source,
        travel,
        ...(secret === undefined ? {} : { withheld: { reason: 'derived', why: figure.method ?? '' } }),
        rows: [...now.rows, ...before.rows],
      },
      text,
      // A sentence that says the direction itself ("reduced by 69") shows the change without it.
      text?.replace(/^(?:up|down) /, ''),
    );
  }

  /**
   * The figure's comparison with an earlier one of the same series: the period before, the latest earlier
   * figure the data has, or the same period a year before. A missing comparison says so in words; it is
   * never silently left out.
   */
  compareWith(latest: FigureNode, basis: CompareBasis): ComparisonWith {
    const query = { indicator: latest.indicator.id, area: latest.area.code, breakdown: latest.breakdown };
    if (basis === 'latest') {
      const earlier = this.series(query, { to: latest.period }).filter((node) => comparePeriods(node.period, latest.period) < 0 && sameKind(node.period, latest.period));
      const before = earlier.at(-1);
      if (before === undefined) return { basis, words: 'no earlier figure to compare with' };
      return { basis, period: before.period, before, change: this.change(latest, before), words: `compared with ${periodLabel(before.period)}` };
    }
    const period = basis === 'previous' ? previousPeriod(latest.period) : samePeriodLastYear(latest.period);
    const before = this.value({ ...query, period });
    if (before === undefined) return { basis, period, words: `no figure for ${periodLabel(period)} to compare with` };
    return { basis, period, before, change: this.change(latest, before), words: `compared with ${periodLabel(period)}` };
  }

  /** What an observed figure counts (numerator) or is out of (denominator), withheld with it. */
  part(node: FigureNode, which: 'numerator' | 'denominator'): FigureNode | undefined {
    const found = this.index.at({ indicator: node.indicator.id, area: node.area.code, period: node.period, breakdown: node.breakdown });
    const number = found?.observation[which];
    if (found === undefined || number === undefined || node.measure.kind !== 'value') return undefined;
    const withheld: Withholding | undefined = node.withheld === undefined ? undefined : { reason: 'derived', why: `suppressed with ${node.of}` };
    const counted = given({ value: number.raw, unit: 'count', decimals: number.raw.split('.')[1]?.length ?? 0, source: found.observation.source });
    const paper = withheld === undefined ? partDifference(found.observation, which) : undefined;
    return this.#node({
      indicator: node.indicator,
      area: node.area,
      period: node.period,
      breakdown: node.breakdown,
      measure: { kind: which },
      figure: withheld === undefined ? counted : { ...suppressFigure(counted, 'derived', ruleOf(this.policyOf(node.area.code).disclosure)), method: withheld.why },
      source: node.source,
      ...(withheld === undefined ? {} : { withheld }),
      ...(paper === undefined ? {} : { paper }),
      rows: node.rows,
    });
  }

  /** The council's target in force for a period, with the exact decimals RAG compares; `tolerance` is the target's own, if it gives one. */
  target(indicatorId: string, areaCode: string, period: Period): { node: FigureNode; raw: string; tolerance: string | undefined } | undefined {
    const indicator = this.indicator(indicatorId);
    const area = this.area(areaCode);
    const found = targetFor(this.dataset, indicator.id, area.code, period);
    if (found === undefined) return undefined;
    const places = Math.min(indicator.decimals, found.target.raw.split('.')[1]?.length ?? 0);
    const figure: Figure = {
      unit: indicator.unit,
      decimals: places,
      value: found.target.value,
      inputs: [{ role: 'target', value: found.target.raw, source: found.source }],
      ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }),
    };
    const node = this.#node({
      indicator,
      area,
      period,
      breakdown: '',
      measure: { kind: 'target' },
      figure,
      source: { kind: 'data', words: `${area.name}'s target` },
      // The catalogue is frozen whole; a council's own target is a row of targets.csv to freeze.
      rows: found.source.includes('/targets.csv:') ? [found.source] : [],
    });
    return { node, raw: found.target.raw, tolerance: found.tolerance?.raw };
  }

  /**
   * A council's figure rated against its target under the council's RAG policy (green, amber, red or
   * not rated), as a node: a published figure, so a change of target, tolerance or policy that changes
   * it is caught like any changed figure. `basis` says in words what the tolerance was.
   */
  rating(latest: FigureNode): { node: FigureNode; rag: RagRating | NotRated; target: FigureNode; basis: string } | undefined {
    const target = this.target(latest.indicator.id, latest.area.code, latest.period);
    if (target === undefined) return undefined;
    const indicator = latest.indicator;
    const policy = this.policyOf(latest.area.code).rag;
    const own = target.tolerance;
    const tolerance = own !== undefined ? { value: own, of: 'unit' as const } : policy.tolerance;
    const rag: RagRating | NotRated =
      latest.withheld !== undefined
        ? { rated: false, reason: 'not rated: the figure is withheld' }
        : ragRating(hasNumber(latest) ? latest.figure : undefined, {
            target: target.raw,
            tolerance: tolerance?.value ?? '0',
            toleranceOf: tolerance?.of ?? 'unit',
            within: policy.within,
            polarity: indicator.polarity,
          });
    const basis = toleranceWords(indicator, tolerance, policy.within, own !== undefined);
    const text = rag.rated ? `${rag.label} (${rag.status})` : `${rag.reason.charAt(0).toUpperCase()}${rag.reason.slice(1)}`;
    const figure: Figure = {
      unit: indicator.unit,
      decimals: 0,
      method: `${latest.text} against a target of ${target.node.text}: ${basis}`,
      inputs: [
        { role: 'figure', value: latest.text },
        { role: 'target', value: target.raw },
        ...(tolerance === undefined ? [] : [{ role: tolerance.of === 'target' ? 'tolerance (% of target)' : 'tolerance', value: tolerance.value }]),
      ],
    };
    const node = this.#node(
      { indicator, area: latest.area, period: latest.period, breakdown: latest.breakdown, measure: { kind: 'rating' }, figure, source: target.node.source, rows: [...latest.rows, ...target.node.rows] },
      text,
    );
    return { node, rag, target: target.node, basis };
  }

  /** The DfE mapping of an indicator, with its file, or undefined when no DfE file gives it. */
  dfeMapping(indicatorId: string): { mapping: DfeIndicator; file: EesFile } | undefined {
    const mapping = this.dataset.dfeIndicators?.find((m) => m.indicator === indicatorId);
    const file = mapping === undefined ? undefined : this.dataset.dfe.get(mapping.file);
    return mapping === undefined || file === undefined ? undefined : { mapping, file };
  }

  /**
   * The period a report tabled on `asOf` compares an indicator with England, its region and its
   * neighbours: the latest DfE year published by then. Undefined when no DfE file gives the indicator.
   */
  comparisonRule(indicatorId: string, asOf: string): ComparisonRule | undefined {
    const found = this.dfeMapping(indicatorId);
    if (found === undefined) return undefined;
    const year = comparisonYear(found.file, found.mapping, asOf);
    if (year === undefined) return undefined;
    const period = reportingPeriod(year, found.mapping.period);
    const months = found.mapping.releaseMonths;
    return {
      period,
      words: `${periodLabel(period)} is the latest year DfE had published by ${longDay(asOf)} (${found.mapping.publication}: about ${months} months after the year it covers, by ${longDay(releaseDay(found.mapping, year))} for ${periodLabel(period)})`,
    };
  }

  /**
   * England's, the council's region's or its statistical neighbours' figure to compare with. With a DfE
   * file for the indicator: DfE's figure for the period given, or else for the latest year published by
   * `asOf`. Without one: the row a paper stated, the latest on or before `period` and no more than two
   * years older.
   */
  comparator(indicatorId: string, councilCode: string, kind: ComparatorKind, { period, asOf, method = 'mean' }: { period: Period; asOf?: string | undefined; method?: AverageMethod }): FigureNode | undefined {
    const council = this.area(councilCode);
    const code = kind === 'england' ? ENGLAND : kind === 'region' ? council.region_code : `${council.code}-SN`;
    if (code === undefined) return undefined;
    const found = this.dfeMapping(indicatorId);
    if (found !== undefined) {
      const year = reportingYear(period, found.mapping.period) ?? (asOf === undefined ? undefined : comparisonYear(found.file, found.mapping, asOf));
      if (year !== undefined) {
        const at = reportingPeriod(year, found.mapping.period);
        if (kind === 'neighbours') {
          const set = this.neighbours(indicatorId, council.code, { period: at, asOf });
          if (set !== undefined) return method === 'mean' ? set.mean : set.median;
        } else {
          const area = this.findArea(code) ?? this.dfeArea(code);
          const node = area === undefined ? undefined : this.#dfePlace(this.indicator(indicatorId), area, at);
          if (node !== undefined) return node;
        }
      }
    }
    // Only an area the data lists can have rows a paper stated.
    if (this.index.findArea(code) === undefined || (kind === 'neighbours' && method !== 'mean')) return undefined;
    const stated = this.series({ indicator: indicatorId, area: code }, { to: period }).filter((node) => withinTwoYears(node.period, period));
    return stated.at(-1);
  }

  /** A council's statistical neighbours for a DfE year: each one's figure, their mean and their median. */
  neighbours(indicatorId: string, councilCode: string, { period, asOf }: { period: Period; asOf?: string | undefined }): NeighbourSet | undefined {
    const found = this.dfeMapping(indicatorId);
    const council = this.index.findArea(councilCode) ?? this.dfeArea(councilCode);
    if (found === undefined || council?.dfe_code === undefined) return undefined;
    const year = reportingYear(period, found.mapping.period);
    if (year === undefined) return undefined;
    const model = (asOf === undefined ? undefined : neighbourModelAt(this.dataset, asOf)) ?? neighbourModelFor(this.dataset, year);
    if (model === undefined) return undefined;
    const indicator = this.indicator(indicatorId);
    const display = { decimals: indicator.decimals, ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }) };
    const benchmark = neighbourBenchmark(found.file, found.mapping, year, { dfeCode: council.dfe_code, name: council.name }, model, display);
    if (benchmark === undefined) return undefined;
    const at = reportingPeriod(year, found.mapping.period);
    const group = this.#neighbourArea(council);
    const members = model.groups.get(council.dfe_code)!.neighbours.flatMap((dfeCode) => {
      const area = this.#dfeCouncilArea(found.file, year, dfeCode);
      const node = area === undefined ? undefined : this.#dfePlace(indicator, area, at, true);
      return node === undefined ? [] : [node];
    });
    const rows = [found.mapping.source, ...benchmark.neighbours.map((n) => n.source)];
    const average = (method: AverageMethod): FigureNode => {
      const figure = benchmark[method];
      const used = benchmark.neighbours.filter((n) => n.figure.value !== undefined).length;
      const total = used + benchmark.leftOut.length;
      const facts = { method, model: model.name, used, of: total, leftOut: benchmark.leftOut.map((n) => `${n.name} (${n.reason})`) };
      const stated = method === 'mean' ? this.#statedComparator(indicator, group.code, found.mapping, year) : undefined;
      const gave = stated === undefined ? undefined : this.#paperGave(stated, figure);
      return this.#node({
        indicator,
        area: group,
        period: at,
        breakdown: '',
        measure: { kind: 'value' },
        figure: { ...figure, method: `${method} of ${used === total ? `all ${total}` : `${used} of ${total}`} statistical neighbours' published figures (${METHOD_USER[method]}), ${model.name}` },
        source: { kind: 'dfe', words: `DfE, ${found.mapping.publication}, ${periodLabel(at)}; statistical neighbours: ${method} of ${used === total ? total : `${used} of ${total}`}, ${model.name}` },
        average: facts,
        ...(gave === undefined ? {} : { paperGave: gave }),
        rows: [...rows, ...(stated === undefined ? [] : [stated.source])],
      });
    };
    return { council, model, period: at, members, mean: average('mean'), median: average('median') };
  }

  /**
   * The mean or median of councils listed in the data beside a council (a paper's own comparison table),
   * for indicators DfE's files do not give; the paper's stated average, where it has one, beside it.
   */
  listedAverage(indicatorId: string, councilCode: string, period: Period, members: readonly FigureNode[], method: AverageMethod): FigureNode {
    const indicator = this.indicator(indicatorId);
    const council = this.area(councilCode);
    const group = this.#neighbourArea(council);
    const values = members.map((node) => (hasNumber(node) ? { area: node.area.name, value: decimalToString(toDecimal(node.figure.value!)) } : { area: node.area.name }));
    const figure = neighbourAverage(values, method, indicator.decimals, { unit: indicator.unit, ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }) });
    const used = members.filter(hasNumber).length;
    const stated = this.index.findArea(group.code) === undefined ? undefined : this.index.at({ indicator: indicator.id, area: group.code, period })?.observation;
    const gave = stated === undefined || method !== 'mean' ? undefined : this.#paperGave(stated, figure);
    return this.#node({
      indicator,
      area: group,
      period,
      breakdown: '',
      measure: { kind: 'value' },
      figure: { ...figure, inputs: [] },
      source: { kind: 'data', words: `${method} of the councils listed` },
      average: { method, model: 'the councils listed', used, of: members.length, leftOut: members.filter((n) => !hasNumber(n)).map((n) => n.area.name) },
      ...(gave === undefined ? {} : { paperGave: gave }),
      rows: [...members.flatMap((n) => n.rows), ...(stated === undefined ? [] : [stated.source])],
    });
  }

  /** The reporting years DfE's file for an indicator covers, oldest first; none without a file. */
  dfeYears(indicatorId: string): number[] {
    const found = this.dfeMapping(indicatorId);
    return found === undefined ? [] : dfeYears(found.file);
  }

  /** Every council DfE's file has a figure for in a reporting year, with DfE's figure for each. */
  dfeCouncils(indicatorId: string, year: number): FigureNode[] {
    const id = `${indicatorId}|${year}`;
    const known = this.#councils.get(id);
    if (known !== undefined) return known;
    const found = this.dfeMapping(indicatorId);
    if (found === undefined) return [];
    const indicator = this.indicator(indicatorId);
    const period = reportingPeriod(year, found.mapping.period);
    const nodes = dfeCouncilCodes(found.file, year, found.mapping.filter).flatMap((code) => {
      const area = this.#dfeCouncilArea(found.file, year, code);
      const node = area === undefined ? undefined : this.#dfePlace(indicator, area, period, true);
      return node === undefined ? [] : [node];
    });
    this.#councils.set(id, nodes);
    return nodes;
  }

  /** England, a region, or a council met in DfE's files, as an area: from areas.csv, or else as DfE's files name it. */
  dfeArea(code: string): AreaEntry | undefined {
    const listed = this.index.findArea(code);
    if (listed !== undefined) return listed;
    const known = this.#areas.get(code) ?? this.#areas.get(`dfe:${code}`);
    if (known !== undefined) return known;
    let area: AreaEntry | undefined;
    if (code === ENGLAND) area = { code, name: 'England', kind: 'country', dfe_code: undefined, region_code: undefined, source: 'DfE' };
    for (const file of this.dataset.dfe.values()) {
      if (area !== undefined) break;
      const name = dfeRegions(file).get(code);
      if (name !== undefined) area = { code, name, kind: 'region', dfe_code: undefined, region_code: undefined, source: file.file };
      // A council by its DfE or ONS code, named as the latest year of the file names it.
      const row = name === undefined ? file.rows.findLast((r) => r.geographic_level === 'Local authority' && (r.old_la_code === code || r.new_la_code === code)) : undefined;
      if (row?.old_la_code !== undefined) area = this.#dfeCouncilArea(file, Number(row.time_period), row.old_la_code);
    }
    if (area !== undefined) this.#areas.set(code, area);
    return area;
  }

  /**
   * Where a council's figure ranks among every council's for the same indicator and period, DfE's
   * published figures compared as published: 1 is the best (the lowest where no direction is better).
   */
  rank(node: FigureNode): FigureNode | undefined {
    const found = this.dfeMapping(node.indicator.id);
    const year = found === undefined ? undefined : reportingYear(node.period, found.mapping.period);
    if (year === undefined || !hasNumber(node)) return undefined;
    const values = this.dfeCouncils(node.indicator.id, year).map((n) => (hasNumber(n) ? { area: n.area.code, value: n.figure.value! } : { area: n.area.code }));
    const ranked = rankAmong(values, node.area.code, node.indicator.polarity);
    if (ranked === undefined) return undefined;
    const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
    return this.#node(
      {
        indicator: node.indicator,
        area: node.area,
        period: node.period,
        breakdown: '',
        measure: { kind: 'rank' },
        figure: { unit: 'count', decimals: 0, value: ranked.rank, method: `rank of ${node.text} among the ${ranked.of} councils with a published figure, ${ranked.order}`, inputs: [] },
        source: node.source,
        rank: ranked,
        rows: node.rows,
      },
      `${ordinal(ranked.rank)} of ${ranked.of}`,
    );
  }

  /** Every council with a row of its own for an indicator and period, for comparisons the DfE files do not cover. */
  councilsWith(indicatorId: string, period: Period): FigureNode[] {
    return this.index
      .allAreas(indicatorId, period)
      .filter((entry) => entry.area.kind === 'local-authority')
      .map((entry) => this.observed(entry.observation));
  }

  #derivedComparator(indicator: IndicatorEntry, area: AreaEntry, period: Period): FigureNode | undefined {
    if (area.kind === 'country' || area.kind === 'region') return this.#dfePlace(indicator, area, period);
    const group = parseGroupCode(area.code);
    if (area.kind !== 'group' || group?.suffix !== 'SN') return undefined;
    return this.neighbours(indicator.id, group.council, { period })?.mean;
  }

  /** DfE's published figure for a place, as a node; with `bare`, without looking for a paper's figure. */
  #dfePlace(indicator: IndicatorEntry, area: AreaEntry, period: Period, bare = false): FigureNode | undefined {
    const found = this.dfeMapping(indicator.id);
    if (found === undefined) return undefined;
    const year = reportingYear(period, found.mapping.period);
    if (year === undefined) return undefined;
    const place: DfePlace | undefined =
      area.kind === 'country' ? { level: 'National' } : area.kind === 'region' ? { level: 'Regional', region: area.code } : area.dfe_code !== undefined ? { level: 'Local authority', dfeCode: area.dfe_code } : undefined;
    if (place === undefined) return undefined;
    const published = dfeFigure(found.file, found.mapping, year, place, indicator.rate_per);
    if (published === undefined) return undefined;
    const stated = bare || area.kind === 'local-authority' ? undefined : this.#statedComparator(indicator, area.code, found.mapping, year);
    const gave = stated === undefined ? undefined : this.#paperGave(stated, published.figure);
    const withheld: Withholding | undefined = published.figure.symbol === 'c' ? { reason: 'in-data', why: `suppressed by DfE (${published.source})` } : undefined;
    return this.#node({
      indicator,
      area,
      period: published.period,
      breakdown: '',
      measure: { kind: 'value' },
      figure: published.figure,
      source: { kind: 'dfe', words: `DfE, ${found.mapping.publication}, ${periodLabel(published.period)}` },
      ...(withheld === undefined ? {} : { withheld }),
      ...(gave === undefined ? {} : { paperGave: gave }),
      rows: [published.source, ...(stated === undefined ? [] : [stated.source])],
    });
  }

  /** The row a paper stated for a comparator in the same DfE year, if the data has one. */
  #statedComparator(indicator: IndicatorEntry, code: string, mapping: DfeIndicator, year: number): Observation | undefined {
    if (this.index.findArea(code) === undefined) return undefined;
    return this.index
      .series({ indicator: indicator.id, area: code })
      .map((entry) => entry.observation)
      .find((o) => reportingYear(o.period, mapping.period) === year);
  }

  /** What the paper gave, when it is another figure and not the same one rounded otherwise. */
  #paperGave(stated: Observation, derived: Figure): FigureNode['paperGave'] {
    if (stated.value === undefined) return undefined;
    if (paperMatch(stated.value.raw, derived) !== 'different') return undefined;
    const places = stated.value.raw.includes('.') ? stated.value.raw.length - stated.value.raw.indexOf('.') - 1 : 0;
    const paper = given({ value: stated.value.raw, unit: derived.unit, decimals: places, ...(derived.per === undefined ? {} : { per: derived.per }) });
    return { text: formatFigure(paper), row: stated.source };
  }

  #neighbourArea(council: AreaEntry): AreaEntry {
    const code = `${council.code}-SN`;
    let area = this.#areas.get(code);
    if (area === undefined) {
      area = { code, name: `${council.name}'s statistical neighbours`, kind: 'group', dfe_code: undefined, region_code: undefined, source: council.source };
      this.#areas.set(code, area);
    }
    return area;
  }

  /** A council DfE's file names by its DfE code, from areas.csv or else from the file's own row. */
  #dfeCouncilArea(file: EesFile, year: number, dfeCode: string): AreaEntry | undefined {
    const listed = this.index.findArea(dfeCode);
    if (listed !== undefined) return listed;
    const key = `dfe:${dfeCode}`;
    const known = this.#areas.get(key);
    if (known !== undefined) return known;
    const row = findDfeRow(file, year, { level: 'Local authority', dfeCode }, []);
    if (row === undefined) return undefined;
    const area: AreaEntry = { code: row.new_la_code ?? dfeCode, name: row.la_name ?? dfeCode, kind: 'local-authority', dfe_code: dfeCode, region_code: row.region_code, source: `${file.file}:${row.line}` };
    this.#areas.set(key, area);
    if (!this.#areas.has(area.code)) this.#areas.set(area.code, area);
    return area;
  }

  #key(indicator: IndicatorEntry, area: AreaEntry, period: Period, breakdown: string, measure: Measure, suffix = ''): string {
    return [indicator.id, area.code, periodKey(period), breakdown, measureKey(measure)].join('|') + suffix;
  }

  #node(parts: Omit<FigureNode, 'key' | 'of' | 'text' | 'cell'>, text?: string, cell?: string): FigureNode {
    // A council's figure as DfE published it is another figure than the council's own row for the period.
    const suffix = parts.average !== undefined ? `|${parts.average.method}@${parts.average.model}` : parts.source.kind === 'dfe' && parts.area.kind === 'local-authority' ? '|dfe' : '';
    const key = this.#key(parts.indicator, parts.area, parts.period, parts.breakdown, parts.measure, suffix);
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

/** What a rating's tolerance was, in words: "amber within 1 percentage point of the target". */
function toleranceWords(indicator: IndicatorEntry, tolerance: RagPolicy['tolerance'], within: RagPolicy['within'], ownTolerance: boolean): string {
  const status = within === 'green' ? 'green (on track)' : 'amber';
  if (tolerance === undefined || Number(tolerance.value) === 0) return 'no tolerance: short of the target is red';
  const amount =
    tolerance.of === 'target'
      ? `${formatNumber(tolerance.value)}% of the target`
      : indicator.unit === 'percent'
        ? `${formatNumber(tolerance.value)} percentage point${tolerance.value === '1' ? '' : 's'}`
        : formatFigure({ unit: indicator.unit, value: Number(tolerance.value), decimals: tolerance.value.split('.')[1]?.length ?? 0, inputs: [], ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }) });
  return `${status} within ${amount} of it (${ownTolerance ? "the target's own tolerance" : "the council's tolerance for a target that gives none"})`;
}

/** Whether two periods are of a kind to compare: months with months, a quarter alone with a quarter alone, quarters to date with quarters to date. */
export function sameKind(a: Period, b: Period): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'quarter' || b.kind !== 'quarter' || a.cumulative === b.cumulative;
}

function yearToDateStart(month: MonthPeriod): MonthPeriod {
  return { kind: 'month', year: month.month >= 4 ? month.year : month.year - 1, month: 4 };
}

/** A stated comparator more than two years older than the report's period says nothing about it. */
function withinTwoYears(period: Period, wanted: Period): boolean {
  const day = (yyyymmdd: number) => Date.UTC(Math.floor(yyyymmdd / 10000), (Math.floor(yyyymmdd / 100) % 100) - 1, yyyymmdd % 100) / 86_400_000;
  return day(periodSpan(wanted).last) - day(periodSpan(period).last) <= 731;
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
