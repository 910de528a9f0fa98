import { formatNumber } from '../engine/index.ts';
import { DEFAULT_RAG, DFE_DISCLOSURE, type CouncilPolicy, type DisclosurePolicy, type RagPolicy } from './council-policy.ts';
import type { Council } from '../data/councils/schema.ts';

function disclosureOf(council: Council): DisclosurePolicy {
  const given = council.disclosure;
  if (given === undefined) return DFE_DISCLOSURE;
  const which = given.indicators === 'children' ? 'counts about children' : `the figures of ${given.indicators.length === 1 ? 'one indicator' : `${given.indicators.length} indicators`} (${given.indicators.join(', ')})`;
  if (given.threshold === 'none') {
    return { rule: undefined, indicators: given.indicators, secondary: false, words: `${council.name} publishes its counts as they are, small ones included (${given.source})` };
  }
  const lowest = given.suppressZero ? 0 : 1;
  const rule = { threshold: given.threshold, suppressZero: given.suppressZero };
  const further = given.secondary ? ', and what would give a withheld count away' : '';
  return {
    rule,
    indicators: given.indicators,
    secondary: given.secondary,
    words: `${council.name} withholds ${which} from ${lowest} to ${given.threshold - 1}${further} (${given.source})`,
  };
}

function ragOf(council: Council): RagPolicy {
  const given = council.rag;
  if (given === undefined) return DEFAULT_RAG;
  const within = given.within === 'green' ? 'green (on track)' : 'amber';
  const tolerance = given.tolerance;
  const amount = tolerance === undefined ? undefined : tolerance.of === 'target' ? `${formatNumber(tolerance.value)}% of the target` : `${formatNumber(tolerance.value)} in the indicator's unit (percentage points for a percentage)`;
  const words =
    amount === undefined
      ? `${council.name} rates a figure at or better than its target green; short of it, ${within} within the tolerance the target gives, red beyond it or where the target gives none (${given.source})`
      : `${council.name} rates a figure at or better than its target green; short of it by no more than ${amount}, or the target's own tolerance where it gives one, ${within}; red beyond that (${given.source})`;
  return {
    ...(tolerance === undefined ? {} : { tolerance: { value: String(tolerance.value), of: tolerance.of } }),
    within: given.within,
    words,
  };
}

/** A council's disclosure and RAG policy as the figure model applies them, with the words the page states. */
export function councilPolicy(council: Council): CouncilPolicy {
  return { disclosure: disclosureOf(council), rag: ragOf(council) };
}

/** Every configured council's policy, by ONS code: what the figure model withholds and rates by. */
export function councilPolicies(councils: readonly Council[]): Map<string, CouncilPolicy> {
  return new Map(councils.map((council) => [council.code, councilPolicy(council)]));
}
