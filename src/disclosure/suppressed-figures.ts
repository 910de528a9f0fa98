import type { Dataset, IndicatorEntry, Observation, Relation } from '../data/dataset.ts';
import { populationYear } from '../data/population-year.ts';
import { addMonths, periodKey, rolling12Months, yearToDateMonths, type MonthPeriod, type SuppressionRule } from '../engine/index.ts';
import { FigureModel } from '../model/figure-model.ts';
import { disclosureWithRule, type CouncilPolicy, type DisclosurePolicy } from '../model/council-policy.ts';
import { figureOf } from '../model/figure-of.ts';
import type { RevealingRate, SecretList, SuppressedFigure } from './suppressed-figure.ts';

/** A rule that suppresses nothing, to learn what a suppressed figure would have shown. */
const SHOW_ALL: DisclosurePolicy = disclosureWithRule({ threshold: 1, suppressZero: false });

/** What the pages withhold by: each council's policy from content/councils/, else DfE's convention (or `rule`, for tests). */
export interface ScanRules {
  rule?: SuppressionRule;
  policies?: ReadonlyMap<string, CouncilPolicy>;
}

function keyOf(o: Observation): string {
  return `${o.indicator}|${o.area}|${periodKey(o.period)}|${o.breakdown ?? ''}`;
}

function perOf(indicator: IndicatorEntry): { per?: number } {
  return indicator.rate_per === undefined ? {} : { per: indicator.rate_per };
}

function baseOf(o: Observation, dataset: Dataset): number | undefined {
  return o.denominator?.value ?? o.population?.value ?? dataset.populations.get(o.area)?.get(populationYear(o.period))?.population;
}

const REASON: Record<string, SuppressedFigure['reason']> = { small: 'primary', derived: 'derived', secondary: 'secondary' };

/**
 * Every figure the figure model withholds from the rows of one data folder, with the count it withholds:
 * the same model (and so the same rules, relations included) the pages use. A row that is `[c]` in the
 * data holds no number, so no page can write it; what would give it away is withheld by the model and
 * found by the scan's table check.
 */
export function suppressedFigures(dataset: Dataset, rules: ScanRules = {}, relations: readonly Relation[] = dataset.relations, model = modelOf(dataset, rules, relations)): SuppressedFigure[] {
  const found: SuppressedFigure[] = [];
  for (const observation of dataset.observations) {
    const indicator = dataset.indicators.get(observation.indicator);
    const area = dataset.areas.get(observation.area);
    if (indicator === undefined || area === undefined) continue;
    const reason = REASON[model.observed(observation).withheld?.reason ?? ''];
    if (reason === undefined) continue;
    const whole = figureOf(observation, indicator, SHOW_ALL);
    if (whole.value === undefined) continue;
    const count = indicator.unit === 'count' ? (observation.value ?? observation.numerator)?.value : observation.numerator?.value;
    const base = indicator.unit === 'count' ? undefined : baseOf(observation, dataset);
    found.push({
      key: keyOf(observation),
      indicator: { id: indicator.id, label: indicator.label, unit: indicator.unit, decimals: indicator.decimals, ...perOf(indicator) },
      area: { code: area.code, name: area.name, ...(area.dfe_code === undefined ? {} : { dfeCode: area.dfe_code }) },
      period: observation.period,
      ...((observation.breakdown ?? '') === '' ? {} : { breakdown: observation.breakdown }),
      reason,
      ...(count === undefined ? {} : { count }),
      ...(indicator.unit === 'count' ? {} : { value: whole.unrounded ?? whole.value }),
      ...(base === undefined ? {} : { base }),
      source: observation.source,
    });
  }
  return [...found, ...windowSums(dataset, found)];
}

/**
 * The sums a withheld monthly count sits in: the year to date and the 12-month total (and average) of
 * each later month whose window holds it, worked out from the data. Published beside the other months,
 * any of them gives the withheld month away, so each is looked for like the month itself.
 */
function windowSums(dataset: Dataset, secrets: readonly SuppressedFigure[]): SuppressedFigure[] {
  const found: SuppressedFigure[] = [];
  const series = new Map<string, Map<string, number>>();
  for (const o of dataset.observations) {
    if (o.period.kind !== 'month' || (o.breakdown ?? '') !== '') continue;
    const number = (o.value ?? o.numerator)?.value;
    if (number === undefined) continue;
    const key = `${o.indicator}|${o.area}`;
    if (!series.has(key)) series.set(key, new Map());
    series.get(key)!.set(periodKey(o.period), number);
  }
  for (const secret of secrets) {
    if (secret.indicator.unit !== 'count' || secret.period.kind !== 'month' || secret.breakdown !== undefined) continue;
    const months = series.get(`${secret.indicator.id}|${secret.area.code}`);
    if (months === undefined) continue;
    const start = secret.period;
    for (let ahead = 0; ahead < 12; ahead++) {
      const end = addMonths(start, ahead);
      const sum = (window: readonly MonthPeriod[]) => {
        const values = window.map((m) => months.get(periodKey(m)));
        return values.every((v) => v !== undefined) ? values.reduce((a, b) => a! + b!, 0)! : undefined;
      };
      const ytd = yearToDateMonths(end);
      const ytdSum = ytd.some((m) => periodKey(m) === periodKey(start)) ? sum(ytd) : undefined;
      const twelve = sum(rolling12Months(end));
      const windows = ytdSum === twelve ? ([['year to date and 12-month total', ytdSum]] as const) : ([['year to date', ytdSum], ['12-month total', twelve]] as const);
      for (const [what, total] of windows) {
        if (total === undefined || total === secret.count) continue;
        found.push({ ...secret, key: `${secret.key}|${what} to ${periodKey(end)}`, period: end, reason: 'derived', count: total, source: `${secret.source} (the ${what} to ${periodKey(end)})` });
      }
    }
  }
  return found;
}

/**
 * Published rates and percentages of a related indicator (same area, period and breakdown; an id that
 * starts with the withheld count's id, as `children-in-care-rate` does `children-in-care`) whose figure
 * times its base lands on the withheld count within the figure's rounding, and pins it to that count.
 */
export function revealingRates(dataset: Dataset, secrets: readonly SuppressedFigure[], disclosureOf: (areaCode: string) => DisclosurePolicy): RevealingRate[] {
  const byPlace = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const place = `${o.area}|${periodKey(o.period)}|${o.breakdown ?? ''}`;
    const list = byPlace.get(place);
    if (list === undefined) byPlace.set(place, [o]);
    else list.push(o);
  }
  const found: RevealingRate[] = [];
  for (const secret of secrets) {
    if (secret.count === undefined || secret.indicator.unit !== 'count') continue;
    const related = byPlace.get(`${secret.area.code}|${periodKey(secret.period)}|${secret.breakdown ?? ''}`) ?? [];
    for (const o of related) {
      if (!o.indicator.startsWith(`${secret.indicator.id}-`)) continue;
      const indicator = dataset.indicators.get(o.indicator);
      if (indicator === undefined || (indicator.unit !== 'rate' && indicator.unit !== 'percent')) continue;
      const figure = figureOf(o, indicator, disclosureOf(o.area));
      if (figure.value === undefined) continue;
      const base = baseOf(o, dataset);
      if (base === undefined) continue;
      const per = indicator.unit === 'percent' ? 100 : (indicator.rate_per ?? 1);
      const half = 0.5 * 10 ** -figure.decimals;
      const low = ((figure.value - half) * base) / per;
      const high = ((figure.value + half) * base) / per;
      // Only a range holding one whole number names the count; a wider one narrows it without naming it.
      const whole = Math.ceil(low - 1e-9);
      if (whole !== secret.count || whole + 1 <= high - 1e-9) continue;
      found.push({
        secret,
        indicator: { id: indicator.id, label: indicator.label, unit: indicator.unit, per, decimals: figure.decimals },
        shown: figure.value,
        base,
        source: o.source,
      });
    }
  }
  return found;
}

/** The withheld figures, the rates that would give them away, and the words that say what a number is of. */
function modelOf(dataset: Dataset, rules: ScanRules, relations: readonly Relation[]): FigureModel {
  return new FigureModel(dataset, { ...(rules.rule === undefined ? {} : { rule: rules.rule }), ...(rules.policies === undefined ? {} : { policies: rules.policies }), relations });
}

export function secretList(dataset: Dataset, rules: ScanRules = {}, relations: readonly Relation[] = dataset.relations): SecretList {
  const model = modelOf(dataset, rules, relations);
  const figures = suppressedFigures(dataset, rules, relations, model);
  const breakdowns = new Map<string, Set<string>>();
  for (const o of dataset.observations) {
    if ((o.breakdown ?? '') === '') continue;
    const set = breakdowns.get(o.indicator) ?? new Set<string>();
    set.add(o.breakdown ?? '');
    breakdowns.set(o.indicator, set);
  }
  return {
    figures,
    rates: revealingRates(dataset, figures, model.index.disclosureOf),
    indicators: [...dataset.indicators.values()].map(({ id, label }) => ({ id, label })),
    areas: [...dataset.areas.values()].map((a) => ({ code: a.code, name: a.name, ...(a.dfe_code === undefined ? {} : { dfeCode: a.dfe_code }) })),
    breakdowns,
  };
}

/** Several data folders (data/ and every frozen version) as one list, each withheld figure once. */
export function mergeSecretLists(lists: readonly SecretList[]): SecretList {
  const figures = new Map<string, SuppressedFigure>();
  const rates = new Map<string, RevealingRate>();
  const indicators = new Map<string, { id: string; label: string }>();
  const areas = new Map<string, SecretList['areas'][number]>();
  const breakdowns = new Map<string, Set<string>>();
  for (const list of lists) {
    for (const f of list.figures) figures.set(`${f.key}|${f.count ?? ''}|${f.value ?? ''}`, f);
    for (const r of list.rates) rates.set(`${r.secret.key}|${r.indicator.id}|${r.shown}|${r.base}`, r);
    for (const i of list.indicators) indicators.set(i.id, i);
    for (const a of list.areas) areas.set(a.code, a);
    for (const [id, set] of list.breakdowns) breakdowns.set(id, new Set([...(breakdowns.get(id) ?? []), ...set]));
  }
  return { figures: [...figures.values()], rates: [...rates.values()], indicators: [...indicators.values()], areas: [...areas.values()], breakdowns };
}
