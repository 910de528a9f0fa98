import { DEFAULT_SUPPRESSION, type SuppressionRule } from '../engine/index.ts';

/**
 * Whether and how a council withholds small numbers in what it publishes. Withholding is the publishing
 * council's decision; DfE's convention for its own statistics (counts of 1 to 4 about children withheld,
 * with what would give them away) is the default for a council that states no rule of its own.
 */
export interface DisclosurePolicy {
  /** The counts withheld (from 1 to `threshold − 1`, and zero if `suppressZero`); undefined: counts are published as they are. */
  rule: SuppressionRule | undefined;
  /** `children`: counts about children and what is made from them (not workforce, money or durations); or the indicators listed. */
  indicators: 'children' | readonly string[];
  /** Whether further figures are withheld so that a withheld one cannot be worked out from the others (a total less the other parts, a year to date less the other months). */
  secondary: boolean;
  /** Whose rule it is, in words for the page: the council's paper or policy, or DfE's convention. */
  words: string;
}

/** How a council rates a figure against its target, and what its tolerance means. */
export interface RagPolicy {
  /**
   * The tolerance of a target that gives none of its own (a targets.csv row or catalogue target with a
   * blank tolerance): `value` in the indicator's unit (`of: 'unit'`, percentage points for a percentage)
   * or as a percentage of the target (`of: 'target'`). Undefined: such a target has no tolerance.
   */
  tolerance?: { value: string; of: 'unit' | 'target' };
  /** What a figure short of its target but within the tolerance is rated: amber, or green where the council counts it on track. */
  within: 'amber' | 'green';
  /** Whose rule it is, in words for the page. */
  words: string;
}

export interface CouncilPolicy {
  disclosure: DisclosurePolicy;
  rag: RagPolicy;
}

export const DFE_DISCLOSURE: DisclosurePolicy = {
  rule: DEFAULT_SUPPRESSION,
  indicators: 'children',
  secondary: true,
  words: "DfE's convention for its children's social care statistics: a count of 1 to 4 children is withheld, with what it is part of or what would give it away",
};

export const DEFAULT_RAG: RagPolicy = {
  within: 'amber',
  words: 'green at or better than the target; amber short of it but within the tolerance the target gives; red beyond that, or short of a target that gives no tolerance',
};

export const DEFAULT_POLICY: CouncilPolicy = { disclosure: DFE_DISCLOSURE, rag: DEFAULT_RAG };

/** The policy of a council by its ONS code, the default for an area with none of its own. */
export type PolicyOf = (areaCode: string) => CouncilPolicy;

/** A disclosure policy that withholds by `rule` as DfE's convention does, for scans and tests that set only a rule. */
export function disclosureWithRule(rule: SuppressionRule): DisclosurePolicy {
  return { ...DFE_DISCLOSURE, rule };
}

/** Whether a figure's small numbers are withheld under a policy: the listed indicators, or counts about children. */
export function policyCovers(policy: DisclosurePolicy, indicator: { id: string; section: string; unit: string }): boolean {
  if (policy.rule === undefined) return false;
  if (policy.indicators !== 'children') return policy.indicators.includes(indicator.id);
  // Workforce figures count staff posts and FTE, which identify no child; money and durations are not counts.
  if (indicator.section === 'Workforce') return false;
  return indicator.unit === 'count' || indicator.unit === 'percent' || indicator.unit === 'rate';
}

/** The rule a policy withholds by; a policy that publishes every count withholds with none. */
export const NOTHING_SMALL: SuppressionRule = { threshold: 1, suppressZero: false };

export function ruleOf(policy: DisclosurePolicy): SuppressionRule {
  return policy.rule ?? NOTHING_SMALL;
}
