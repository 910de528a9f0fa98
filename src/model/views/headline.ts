import { periodLabel } from '../../engine/index.ts';
import type { FigureNode } from '../figure-node.ts';
import { hasNumber } from '../figure-node.ts';

/**
 * A chart headline that states the latest change, as the summary card's direction of travel does:
 * "Referrals rose to 210 in Mar 2025, from 198 in Feb 2025". `change` is the model's change from the
 * point before the latest to the latest; neutral words only (better or worse is said in the card).
 */
export function headline(label: string, latest: FigureNode, change: FigureNode | undefined, before: FigureNode | undefined): string {
  const at = `${latest.text} in ${periodLabel(latest.period)}`;
  if (!hasNumber(latest)) return `${label}: ${at}`;
  if (change === undefined || before === undefined || change.travel === undefined || change.travel.direction === 'unknown') return `${label}: ${at}`;
  const from = `${before.text} in ${periodLabel(before.period)}`;
  switch (change.travel.direction) {
    case 'up':
      return `${label} rose to ${at}, from ${from}`;
    case 'down':
      return `${label} fell to ${at}, from ${from}`;
    default:
      return `${label} was unchanged at ${at}, as in ${periodLabel(before.period)}`;
  }
}
