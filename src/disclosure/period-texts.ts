import { financialYearText, formatPeriod, longMonthName, periodLabel, shortMonthName, type Period } from '../engine/index.ts';
import { normaliseText } from './normalise-text.ts';

/**
 * The ways a page or a download writes one period, normalised: the data's form ("2013/14 Q1-Q2"), the
 * reader's ("Q1–Q2 2013/14 (Apr–Sep)", "Oct 2020") and the long month ("October 2020").
 */
export function periodTexts(period: Period): string[] {
  const forms = new Set([formatPeriod(period), periodLabel(period), periodLabel(period).replace(/\s*\(.*\)$/, '')]);
  if (period.kind === 'month') forms.add(`${longMonthName(period.month)} ${period.year}`);
  if (period.kind === 'date') forms.add(`${period.day} ${shortMonthName(period.month)} ${period.year}`);
  if (period.kind === 'quarter') {
    const year = financialYearText(period.startYear);
    forms.add(period.cumulative ? `Q1-Q${period.quarter} ${year}` : `Q${period.quarter} ${year}`);
    forms.add(period.cumulative ? `${year} Q1-Q${period.quarter}` : `${year} Q${period.quarter}`);
  }
  return [...forms].map(normaliseText);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A pattern that finds the period and not a longer one containing it: "2013/14" is not found in
 * "Q2 2013/14", nor "October 2020" in "31 October 2020", nor "2020-10" in "2020-10-31".
 */
export function periodPattern(period: Period): RegExp {
  const alternatives = periodTexts(period).map(escape).join('|');
  return new RegExp(`(?<!q\\d ?|q\\d-q\\d ?|\\d ?|[\\w-])(?:${alternatives})(?! ?q\\d|-q?\\d|\\w)`);
}
