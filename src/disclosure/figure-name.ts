import { formatPeriod } from '../engine/index.ts';
import type { SuppressedFigure } from './suppressed-figure.ts';

/** `placements-3-or-more, Stockton-on-Tees (E06000004), 2013/14 Q1, breakdown "Courts"` */
export function figureName(figure: SuppressedFigure): string {
  const breakdown = figure.breakdown === undefined ? '' : `, breakdown "${figure.breakdown}"`;
  return `${figure.indicator.id}, ${figure.area.name} (${figure.area.code}), ${formatPeriod(figure.period)}${breakdown}`;
}
