import { periodKey } from '../engine/index.ts';
import { normaliseText } from './normalise-text.ts';
import { periodPattern } from './period-texts.ts';
import type { SuppressedFigure } from './suppressed-figure.ts';
import type { Reading } from './vocabulary.ts';

export interface FigureAddress {
  indicator: string;
  area: string;
  period: SuppressedFigure['period'];
  breakdown?: string | undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const patterns = new Map<string, RegExp>();
function word(text: string): RegExp {
  let found = patterns.get(text);
  if (found === undefined) {
    found = new RegExp(`(?<![\\w-])${escape(normaliseText(text))}(?![\\w-])`);
    patterns.set(text, found);
  }
  return found;
}
const periods = new Map<string, RegExp>();
function periodOf(period: SuppressedFigure['period']): RegExp {
  const key = periodKey(period);
  let found = periods.get(key);
  if (found === undefined) {
    found = periodPattern(period);
    periods.set(key, found);
  }
  return found;
}

/**
 * Whether the words around a number say it is of this figure: they name its indicator and its period,
 * its breakdown if it has one (and no breakdown of the indicator if it has none), and no area but its
 * own (a page about one council need not name it beside every number). The near words (headers, the
 * sentence) are asked first; the headings above only for what the near words do not say.
 */
export function tiedTo(address: FigureAddress, near: Reading, outer: Reading | undefined, breakdowns: ReadonlySet<string> | undefined): boolean {
  if (!near.indicators.has(address.indicator) && !(near.indicators.size === 0 && outer?.indicators.has(address.indicator))) return false;
  const areas = near.areas.size > 0 ? near.areas : (outer?.areas ?? new Set<string>());
  if (areas.size > 0 && !areas.has(address.area)) return false;
  const period = periodOf(address.period);
  if (!period.test(near.text) && (near.namesPeriod || !(outer !== undefined && period.test(outer.text)))) return false;
  if (address.breakdown !== undefined) return word(address.breakdown).test(near.text);
  for (const other of breakdowns ?? []) if (word(other).test(near.text)) return false;
  return true;
}
