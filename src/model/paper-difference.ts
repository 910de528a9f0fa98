import type { IndicatorEntry, Observation } from '../data/dataset.ts';
import type { PrintedFigure } from '../data/schemas/index.ts';
import { decimalToString, formatFigure, formatNumber, given, toDecimal, type Figure } from '../engine/index.ts';
import { cellText } from './cell-text.ts';
import { figureOf } from './figure-of.ts';
import type { PaperDifference } from './figure-node.ts';
import type { DisclosurePolicy } from './council-policy.ts';

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
