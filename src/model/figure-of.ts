import type { IndicatorEntry, Observation } from '../data/dataset.ts';
import {
  given,
  percentage,
  ratePer,
  ratio,
  suppressDerived,
  symbolReplacesValue,
  type Figure,
  type QualifyingSymbol,
} from '../engine/index.ts';
import { policyCovers, type DisclosurePolicy } from './council-policy.ts';

/** A figure together with what it is a figure of, so pages can say where every number came from. */
export interface LocatedFigure {
  figure: Figure;
  observation: Observation;
  indicator: IndicatorEntry;
}

/** Inputs that count children; a population or a published percentage identifies nobody. */
const COUNT_ROLES = new Set(['numerator', 'denominator', 'count']);

function qualifier(observation: Observation): QualifyingSymbol | undefined {
  const marker = observation.marker;
  return marker !== undefined && !symbolReplacesValue(marker) ? (marker as QualifyingSymbol) : undefined;
}

function optionalSymbol(symbol: QualifyingSymbol | undefined): { symbol?: QualifyingSymbol } {
  return symbol === undefined ? {} : { symbol };
}

/**
 * The figure an observation row shows, computed by the engine from the row's exact inputs:
 * a percentage or ratio from numerator and denominator, a rate from a count and its population,
 * otherwise the published value. Small counts about children are then suppressed as the publishing
 * council's policy says, and so is everything derived from them.
 */
export function figureOf(observation: Observation, indicator: IndicatorEntry, policy: DisclosurePolicy): Figure {
  const figure = compute(observation, indicator);
  if (policy.rule === undefined || !policyCovers(policy, indicator)) return figure;
  return suppressDerived(figure, { rule: policy.rule, isCount: ({ role }) => COUNT_ROLES.has(role) || (role === 'value' && indicator.unit === 'count') });
}

function compute(observation: Observation, indicator: IndicatorEntry): Figure {
  const decimals = indicator.decimals;
  const source = observation.source;
  const symbol = qualifier(observation);
  const { numerator, denominator, value, marker } = observation;
  if (marker !== undefined && symbolReplacesValue(marker)) {
    return given({ value: marker, unit: indicator.unit, decimals, source, ...perOf(indicator) });
  }
  if (numerator !== undefined && indicator.unit === 'percent' && denominator !== undefined) {
    return percentage({ numerator: numerator.raw, denominator: denominator.raw, decimals, sources: { numerator: source, denominator: source }, ...optionalSymbol(symbol) });
  }
  if (numerator !== undefined && indicator.unit === 'rate') {
    const population = denominator?.raw ?? observation.population?.value;
    const populationSource = denominator !== undefined ? source : observation.population?.source;
    if (population !== undefined && indicator.rate_per !== undefined) {
      return ratePer({
        count: numerator.raw,
        population,
        per: indicator.rate_per,
        decimals,
        sources: { count: source, ...(populationSource === undefined ? {} : { population: populationSource }) },
        ...optionalSymbol(symbol),
      });
    }
  }
  if (numerator !== undefined && denominator !== undefined && indicator.unit !== 'count') {
    return ratio({ numerator: numerator.raw, denominator: denominator.raw, decimals, sources: { numerator: source, denominator: source }, ...optionalSymbol(symbol) });
  }
  const published = value ?? numerator;
  if (published === undefined) {
    // The data layer rejects rows with neither numbers nor a marker; this guards the contract.
    throw new Error(`${source}: no number and no marker for ${indicator.id}`);
  }
  // A published "86" is shown as 86%, not 86.0%: showing more places than were published invents precision.
  const places = Math.min(decimals, published.raw.split('.')[1]?.length ?? 0);
  return given({ value: published.raw, unit: indicator.unit, decimals: places, source, ...perOf(indicator), ...optionalSymbol(symbol) });
}

function perOf(indicator: IndicatorEntry): { per?: number } {
  return indicator.rate_per === undefined ? {} : { per: indicator.rate_per };
}
