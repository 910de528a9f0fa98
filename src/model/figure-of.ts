import type { AreaEntry, IndicatorEntry, Observation } from '../data/dataset.ts';
import type { PrintedFigure } from '../data/schemas/index.ts';
import {
  decimalToString,
  formatFigure,
  formatNumber,
  given,
  isSmallCount,
  percentage,
  ratePer,
  ratio,
  suppressDerived,
  suppressFigure,
  symbolReplacesValue,
  symbolText,
  toDecimal,
  type Figure,
  type QualifyingSymbol,
} from '../engine/index.ts';
import { policyCovers, ruleOf, type DisclosurePolicy } from './council-policy.ts';
import type { FigureModel } from './figure-model.ts';
import type { FigureNode, PaperDifference, Withholding } from './figure-node.ts';

/*
 * An observation row's figure: worked out by the engine from the row's inputs, withheld as the model's
 * disclosure decisions say, and read as the paper printed it; then its parts (numerator, denominator).
 */

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

/**
 * A figure as a table cell or chart label whose column or axis already names the unit: rates and
 * durations show the number alone ("8.00", not "8.00 per 10,000" in every cell); percentages keep "%"
 * and money keeps "£", which read as part of the number.
 */
export function cellText(figure: Figure): string {
  const bare = figure.unit === 'rate' || figure.unit === 'days' || figure.unit === 'weeks' || figure.unit === 'months';
  if (!bare || figure.value === undefined || (figure.symbol !== undefined && symbolReplacesValue(figure.symbol))) return formatFigure(figure);
  const shown = formatNumber(figure.value, figure.decimals);
  return figure.symbol === undefined ? shown : `${shown} ${symbolText(figure.symbol)}`;
}

/** How a row's figure reads on a page once the paper's own printing of it is taken into account. */
export interface PrintedForm {
  /** The figure as the paper printed it, when it is the same figure: in a sentence, and in a table. */
  text?: string;
  cell?: string;
  /** The paper printed another figure, or did not print this one. */
  paper?: PaperDifference;
}

function places(raw: string): number {
  return raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0;
}

/** Money in the paper's style: £1.24m, £574k. */
function money(digits: string, suffix: string): string {
  return `£${digits}${suffix}`;
}

/** A value in thousands or millions of pounds, exactly: 1242000 in millions is "1.242". */
function scaled(value: number, scale: number): string {
  const exact = toDecimal(value);
  const shift = Math.round(Math.log10(scale));
  return decimalToString({ digits: exact.digits, scale: exact.scale + shift });
}

/** The paper's figure as a sentence shows it: "5.5%", "50 per 10,000", "£1.24m". */
export function printedText(printed: PrintedFigure, indicator: IndicatorEntry): string {
  if (printed.suffix !== '') return money(printed.raw, printed.suffix);
  const figure = given({ value: printed.raw, unit: indicator.unit, decimals: places(printed.raw), ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }) });
  return formatFigure(figure);
}

/**
 * What a row says about the paper it comes from, for the figure pages show. A figure the paper printed
 * at another precision or in thousands or millions of pounds is shown as the paper printed it (the same
 * figure in the paper's style); a figure the paper printed otherwise is a correction, shown beside the
 * paper's with the row's `why`; a figure the paper did not print is marked as added. A withheld figure
 * says nothing of the paper's: the paper's number could be the one withheld.
 */
export function printedForm(observation: Observation, indicator: IndicatorEntry, figure: Figure, policy: DisclosurePolicy, withheld: boolean): PrintedForm {
  if (withheld) return {};
  if (observation.notPrinted?.includes('value')) {
    return { paper: { kind: 'added', why: observation.why ?? '' } };
  }
  const printed = observation.printed;
  if (printed === undefined || figure.value === undefined) return {};
  const d = places(printed.raw);
  if (printed.suffix !== '') {
    const exact = scaled(figure.value, printed.scale);
    if (formatNumber(exact, d) === formatNumber(printed.raw, d)) {
      const text = money(formatNumber(exact, d), printed.suffix);
      return { text, cell: text };
    }
    const text = money(formatNumber(exact), printed.suffix);
    return { text, cell: text, paper: correction(observation, printedText(printed, indicator), text) };
  }
  const atPaper = figureOf(observation, { ...indicator, decimals: d }, policy);
  if (atPaper.value !== undefined && formatNumber(atPaper.value, d) === formatNumber(printed.raw, d)) {
    return { text: formatFigure(atPaper), cell: cellText(atPaper) };
  }
  return { paper: correction(observation, printedText(printed, indicator), formatFigure(figure)) };
}

function correction(observation: Observation, printed: string, shown: string): PaperDifference {
  if (observation.why === undefined || observation.why === '') {
    throw new Error(`${observation.source}: printed ${printed} is not the figure the row gives (${shown}): say why in the why column, in one line`);
  }
  return { kind: 'corrected', printed, why: observation.why };
}

/** A numerator or denominator the paper did not print, marked as added with how it was worked out. */
export function partDifference(observation: Observation, which: 'numerator' | 'denominator'): PaperDifference | undefined {
  return observation.notPrinted?.includes(which) ? { kind: 'added', why: observation.why ?? '' } : undefined;
}

/**
 * The node of an observation row: its figure with every disclosure decision applied, as its paper printed
 * it where it is the same figure, and with what the paper printed otherwise where it is not.
 */
export function observedNode(model: FigureModel, observation: Observation, indicator: IndicatorEntry, area: AreaEntry): FigureNode {
  const policy = model.policyOf(observation.area).disclosure;
  const rule = ruleOf(policy);
  let figure = figureOf(observation, indicator, policy);
  let withheld: Withholding | undefined;
  const decided = model.decisions.withheld.get(observation);
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
  const rows = [observation.source, ...(observation.population ? [observation.population.source] : []), ...(model.decisions.dependsOn.get(observation) ?? [])];
  const stated = area.kind === 'country' || area.kind === 'region' || area.kind === 'group';
  const printed = printedForm(observation, indicator, figure, policy, withheld !== undefined);
  return model.node(
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
}

/** What an observed figure counts (numerator) or is out of (denominator), withheld with it. */
export function partOf(model: FigureModel, node: FigureNode, which: 'numerator' | 'denominator'): FigureNode | undefined {
  const found = model.index.at({ indicator: node.indicator.id, area: node.area.code, period: node.period, breakdown: node.breakdown });
  const number = found?.observation[which];
  if (found === undefined || number === undefined || node.measure.kind !== 'value') return undefined;
  const withheld: Withholding | undefined = node.withheld === undefined ? undefined : { reason: 'derived', why: `suppressed with ${node.of}` };
  const counted = given({ value: number.raw, unit: 'count', decimals: number.raw.split('.')[1]?.length ?? 0, source: found.observation.source });
  const paper = withheld === undefined ? partDifference(found.observation, which) : undefined;
  return model.node({
    indicator: node.indicator,
    area: node.area,
    period: node.period,
    breakdown: node.breakdown,
    measure: { kind: which },
    figure: withheld === undefined ? counted : { ...suppressFigure(counted, 'derived', ruleOf(model.policyOf(node.area.code).disclosure)), method: withheld.why },
    source: node.source,
    ...(withheld === undefined ? {} : { withheld }),
    ...(paper === undefined ? {} : { paper }),
    rows: node.rows,
  });
}
