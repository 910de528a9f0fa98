import type { AreaEntry, Dataset, IndicatorEntry, Observation } from '../data/dataset.ts';
import { comparePeriods, formatPeriod, periodKey, type Figure, type Period } from '../engine/index.ts';
import { closestName } from '../data/closest-name.ts';
import { DFE_DISCLOSURE, type DisclosurePolicy } from './council-policy.ts';
import { figureOf } from './figure-of.ts';

export interface FigureQuery {
  indicator: string;
  /** An area's ONS code or DfE 3-digit code. */
  area: string;
  /** Blank or absent for the whole; otherwise a breakdown such as a service name. */
  breakdown?: string | undefined;
}

/**
 * Part of a series: the periods ending on or after `from` and on or before `to` (by comparePeriods).
 * A page that reads only a window of a series uses only those rows, so a published version freezes
 * only them, and none from after the report's own period.
 */
export interface SeriesWindow {
  from?: Period | undefined;
  to?: Period | undefined;
}

export interface LocatedFigure {
  period: Period;
  figure: Figure;
  observation: Observation;
}

/** The observations of a dataset by indicator, area and period, each row's figure computed once: what the figure model reads. */
export class FigureIndex {
  /** The disclosure policy of the council that publishes an area's figures (by the area's code in areas.csv). */
  readonly disclosureOf: (areaCode: string) => DisclosurePolicy;
  readonly #series: Map<string, Observation[]>;
  readonly #located: WeakMap<Observation, LocatedFigure>;
  // Lookups the pages make thousands of times, each answered from a map built once, not by a scan.
  readonly #byPeriod: Map<string, Observation>;
  readonly #breakdowns: Map<string, Observation[]>;
  readonly #byIndicatorPeriod: Map<string, Observation[]>;
  constructor(readonly dataset: Dataset, disclosureOf: (areaCode: string) => DisclosurePolicy = () => DFE_DISCLOSURE) {
    this.disclosureOf = disclosureOf;
    const lookups = lookupsOf(dataset);
    this.#series = lookups.series;
    this.#byPeriod = lookups.byPeriod;
    this.#breakdowns = lookups.breakdowns;
    this.#byIndicatorPeriod = lookups.byIndicatorPeriod;
    this.#located = new WeakMap();
  }

  indicator(id: string): IndicatorEntry {
    const found = this.dataset.indicators.get(id);
    if (found === undefined) {
      const meant = closestName(id, [...this.dataset.indicators.keys()]);
      const hint = meant === undefined ? 'check the spelling, or add it to the catalogue' : `did you mean "${meant}"? Correct the spelling, or add it to the catalogue`;
      throw new Error(`indicator "${id}" is not in data/indicators.csv: ${hint}`);
    }
    return found;
  }

  /** The area with this ONS or DfE code, if the data has it. */
  findArea(code: string): AreaEntry | undefined {
    return this.dataset.areas.get(code) ?? this.dataset.areasByDfeCode.get(code);
  }

  area(code: string): AreaEntry {
    const found = this.findArea(code);
    if (found === undefined) throw new Error(`area "${code}" is not in data/areas.csv: use an ONS code such as E10000003 or a DfE code such as 873`);
    return found;
  }

  /** Every period of one series, or of a window of it, oldest first. */
  series(query: FigureQuery, { from, to }: SeriesWindow = {}): LocatedFigure[] {
    const indicator = this.indicator(query.indicator);
    const area = this.area(query.area);
    const list = this.#series.get(seriesKey(indicator.id, area.code, query.breakdown)) ?? [];
    // The list is sorted by comparePeriods, so the window's ends are found by halving, not by a scan.
    const start = from === undefined ? 0 : firstIndex(list, (o) => comparePeriods(o.period, from) >= 0);
    const end = to === undefined ? list.length : firstIndex(list, (o) => comparePeriods(o.period, to) > 0);
    return list.slice(start, end).map((observation) => this.#locate(observation, indicator));
  }

  /** The figure for one period, or undefined when the data has no row for it. */
  at(query: FigureQuery & { period: Period }): LocatedFigure | undefined {
    const indicator = this.indicator(query.indicator);
    const area = this.area(query.area);
    const found = this.#byPeriod.get(`${seriesKey(indicator.id, area.code, query.breakdown)}\u0000${periodKey(query.period)}`);
    return found === undefined ? undefined : this.#locate(found, indicator);
  }

  /** Like `at`, but a missing row is an author's mistake that stops the build with what to fix. */
  require(query: FigureQuery & { period: Period }): LocatedFigure {
    const found = this.at(query);
    if (found !== undefined) return found;
    const area = this.area(query.area);
    const periods = this.series(query).map((entry) => formatPeriod(entry.period));
    const breakdown = query.breakdown ? `, breakdown "${query.breakdown}"` : '';
    throw new Error(
      `no figure for indicator "${query.indicator}", area ${area.code} (${area.name})${breakdown}, period ${formatPeriod(query.period)}: ` +
        (periods.length > 0 ? `the data has ${periods.join(', ')}` : 'the data has no rows for this indicator and area') +
        '. Add the row to data/observations/, or change the period in the report.',
    );
  }

  /** The breakdown rows (e.g. caseload by service) for one period, in file order. */
  breakdowns(query: FigureQuery & { period: Period }): (LocatedFigure & { breakdown: string })[] {
    const indicator = this.indicator(query.indicator);
    const area = this.area(query.area);
    const rows = this.#breakdowns.get(`${seriesKey(indicator.id, area.code, '')}\u0000${periodKey(query.period)}`) ?? [];
    return rows.map((observation) => ({ ...this.#locate(observation, indicator), breakdown: observation.breakdown ?? '' }));
  }

  /** Every area with a figure for this indicator and period (for comparisons and rankings). */
  allAreas(indicatorId: string, period: Period): (LocatedFigure & { area: AreaEntry })[] {
    const indicator = this.indicator(indicatorId);
    const rows = this.#byIndicatorPeriod.get(`${indicator.id}\u0000${periodKey(period)}`) ?? [];
    return rows.map((observation) => ({ ...this.#locate(observation, indicator), area: this.area(observation.area) }));
  }

  #locate(observation: Observation, indicator: IndicatorEntry): LocatedFigure {
    let located = this.#located.get(observation);
    if (located === undefined) {
      located = { period: observation.period, figure: figureOf(observation, indicator, this.disclosureOf(observation.area)), observation };
      this.#located.set(observation, located);
    }
    return located;
  }
}

/** The maps a FigureIndex answers from, built once from the dataset: pages ask thousands of times. */
interface Lookups {
  series: Map<string, Observation[]>;
  byPeriod: Map<string, Observation>;
  breakdowns: Map<string, Observation[]>;
  byIndicatorPeriod: Map<string, Observation[]>;
}

function lookupsOf(dataset: Dataset): Lookups {
  const lookups: Lookups = { series: new Map(), byPeriod: new Map(), breakdowns: new Map(), byIndicatorPeriod: new Map() };
  for (const observation of dataset.observations) {
    const series = seriesKey(observation.indicator, observation.area, observation.breakdown);
    const period = periodKey(observation.period);
    push(lookups.series, series, observation);
    lookups.byPeriod.set(`${series}\u0000${period}`, observation);
    if ((observation.breakdown ?? '') !== '') push(lookups.breakdowns, `${seriesKey(observation.indicator, observation.area, '')}\u0000${period}`, observation);
    else push(lookups.byIndicatorPeriod, `${observation.indicator}\u0000${period}`, observation);
  }
  for (const list of lookups.series.values()) list.sort((a, b) => comparePeriods(a.period, b.period));
  return lookups;
}

/** The first index of a sorted list where `after` holds (it holds from there to the end), or its length. */
function firstIndex<T>(list: readonly T[], after: (item: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (after(list[middle] as T)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function seriesKey(indicator: string, area: string, breakdown: string | undefined): string {
  return `${indicator}\u0000${area}\u0000${breakdown ?? ''}`;
}
