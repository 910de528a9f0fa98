import type { Observation, Relation } from '../data/dataset.ts';
import {
  addMonths,
  periodLabel,
  periodSpan,
  suppressTable,
  type Figure,
  type Period,
} from '../engine/index.ts';
import { policyCovers, ruleOf } from './council-policy.ts';
import type { FigureIndex } from './figure-index.ts';
import type { Withholding } from './figure-node.ts';

/**
 * Decisions taken on the whole dataset before any page is drawn, beyond what a row's own inputs call
 * for: which further figures are withheld so that a withheld one cannot be worked out from others
 * published anywhere in the site, and the rows each decision rests on (a published version freezes them,
 * so that it decides the same again).
 */
export interface DisclosureDecisions {
  withheld: Map<Observation, Withholding>;
  dependsOn: Map<Observation, Set<string>>;
}

/** What an observation shows before the decisions here: its own figure, after small-count suppression. */
export type OwnFigure = (observation: Observation) => Figure;

interface Pass {
  index: FigureIndex;
  own: OwnFigure;
  decisions: DisclosureDecisions;
  /** Observations by indicator and breakdown, indexed once: every round reads them. */
  byIndicator: Map<string, Observation[]>;
  /** Each breakdown with its parts and its whole. */
  groups: { parts: Observation[]; whole: Observation | undefined }[];
}

function words(index: FigureIndex, o: Observation): string {
  const indicator = index.indicator(o.indicator);
  return `${indicator.label}${o.breakdown ? ` (${o.breakdown})` : ''}, ${periodLabel(o.period)}`;
}

function isWithheld(pass: Pass, o: Observation): boolean {
  return pass.decisions.withheld.has(o) || pass.own(o).symbol === 'c';
}

function depend(pass: Pass, o: Observation, on: readonly Observation[]): void {
  let set = pass.decisions.dependsOn.get(o);
  if (set === undefined) pass.decisions.dependsOn.set(o, (set = new Set()));
  for (const other of on) if (other !== o) set.add(other.source);
}

function withhold(pass: Pass, o: Observation, reason: Withholding['reason'], why: string): boolean {
  if (isWithheld(pass, o)) return false;
  pass.decisions.withheld.set(o, { reason, why });
  return true;
}

/** A count as the group check reads it: `c` for anything withheld, the published number otherwise. */
function groupValue(pass: Pass, o: Observation): string {
  if (isWithheld(pass, o)) return 'c';
  return (o.value ?? o.numerator)?.raw ?? o.marker ?? 'x';
}

/**
 * The parts of a breakdown and its total: when one part is withheld and the rest and the total are
 * shown, the total less the rest gives it away, so the next smallest part (or the total) is withheld too.
 */
function breakdownGroups(pass: Pass): boolean {
  let changed = false;
  for (const { parts, whole } of pass.groups) {
    const members = whole === undefined ? parts : [...parts, whole];
    const rule = ruleOf(pass.index.disclosureOf(parts[0]!.area));
    const table = suppressTable({
      cells: parts.map((part) => ({ key: part.breakdown ?? '', value: groupValue(pass, part) })),
      ...(whole === undefined ? {} : { total: { value: groupValue(pass, whole) } }),
      threshold: rule.threshold,
      ...(rule.suppressZero === undefined ? {} : { suppressZero: rule.suppressZero }),
    });
    const hidden = parts.filter((part) => isWithheld(pass, part)).map((part) => part.breakdown ?? '');
    const protects = hidden.length > 0 ? hidden.join(', ') : 'the total';
    const secondary = [
      ...table.cells.flatMap((cell, i) => (cell.suppression === 'secondary' ? [parts[i]!] : [])),
      ...(table.total?.suppression === 'secondary' && whole !== undefined ? [whole] : []),
    ];
    for (const member of secondary) {
      changed = withhold(pass, member, 'secondary', `suppressed so that the suppressed figure for ${protects} cannot be worked out from the total and the other parts`) || changed;
    }
    if (secondary.length > 0 || hidden.length > 0) for (const member of members) depend(pass, member, members);
  }
  return changed;
}

/**
 * The breakdowns of count indicators whose small numbers the publishing council withholds, each with its
 * parts and whole; none for a council whose policy withholds nothing further (no secondary suppression).
 */
function breakdownGroupsOf(index: FigureIndex): Pass['groups'] {
  const groups: Pass['groups'] = [];
  const seen = new Set<string>();
  for (const o of index.dataset.observations) {
    if ((o.breakdown ?? '') === '') continue;
    const indicator = index.indicator(o.indicator);
    const policy = index.disclosureOf(o.area);
    if (indicator.unit !== 'count' || !policy.secondary || !policyCovers(policy, indicator)) continue;
    const group = { indicator: o.indicator, area: o.area, period: o.period };
    const span = periodSpan(o.period);
    const id = `${o.indicator}\u0000${o.area}\u0000${o.period.kind}\u0000${span.first}\u0000${span.last}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const parts = index.breakdowns(group).map((entry) => entry.observation);
    const whole = index.at(group)?.observation;
    if (partitions(parts, whole)) groups.push({ parts, whole });
  }
  return groups;
}

/**
 * Whether the parts make up the whole, so that the whole less the other parts gives one away. One part
 * alone is a share of the whole, not a division of it (Barnsley's "on a plan for more than 2 years" of
 * all children on a plan). Parts whose numbers are all known must add up to the whole; where a part is
 * withheld in the data its number is unknown, and the parts are taken to make up the whole.
 */
function partitions(parts: readonly Observation[], whole: Observation | undefined): boolean {
  if (parts.length < 2) return false;
  if (whole === undefined) return true;
  const numbers = [...parts, whole].map((o) => (o.value ?? o.numerator)?.value);
  if (numbers.some((n) => n === undefined)) return true;
  const sum = numbers.slice(0, -1).reduce((a, b) => a! + b!, 0)!;
  return Math.abs(sum - numbers.at(-1)!) < 1e-9;
}

function observationsOf(pass: Pass, indicator: string, breakdown: string): Observation[] {
  return pass.byIndicator.get(`${indicator}\u0000${breakdown}`) ?? [];
}

/** The rows of `of` a related figure is made from, by the relation's kind. */
function inputsOf(index: FigureIndex, relation: Relation, o: Observation): Observation[] {
  const series = index.series({ indicator: relation.of, area: o.area, breakdown: relation.ofBreakdown }).map((entry) => entry.observation);
  const span = periodSpan(o.period);
  const within = (first: number, last: number) => series.filter((s) => periodSpan(s.period).first >= first && periodSpan(s.period).last <= last);
  switch (relation.kind) {
    case 'year-to-date': {
      const april = Math.floor(span.last / 10000) * 10000 + 401;
      const start = span.last >= april ? april : april - 10000;
      return within(start, span.last);
    }
    case '12-months': {
      const end = o.period.kind === 'month' ? o.period : monthOf(span.last);
      return within(periodSpan(addMonths(end, -11)).first, span.last);
    }
    case 'rate':
      return series.filter((s) => periodSpan(s.period).last === span.last);
    case 'share': {
      const whole = index.series({ indicator: relation.of, area: o.area }).map((entry) => entry.observation);
      return [...series, ...whole].filter((s) => periodSpan(s.period).last === span.last);
    }
    case 'leaving':
      return [];
  }
}

function monthOf(yyyymmdd: number): Extract<Period, { kind: 'month' }> {
  return { kind: 'month', year: Math.floor(yyyymmdd / 10000), month: Math.floor(yyyymmdd / 100) % 100 };
}

/** A figure made from a withheld one is withheld too: a year to date, a 12-month figure, a rate, a share. */
function related(pass: Pass, relations: readonly Relation[]): boolean {
  let changed = false;
  for (const relation of relations) {
    if (relation.kind === 'leaving' || !pass.index.dataset.indicators.has(relation.of)) continue;
    for (const o of observationsOf(pass, relation.indicator, relation.breakdown)) {
      const inputs = inputsOf(pass.index, relation, o);
      depend(pass, o, inputs);
      const secret = inputs.find((input) => isWithheld(pass, input));
      if (secret !== undefined) changed = withhold(pass, o, 'derived', `suppressed: worked out from a suppressed figure (${words(pass.index, secret)})`) || changed;
    }
  }
  return changed;
}

/**
 * Figures over the same 12 months of the same series (a total and an average, say) each give the other
 * away: when one is withheld, all are.
 */
function twelveMonthSiblings(pass: Pass, relations: readonly Relation[]): boolean {
  const groups = new Map<string, Observation[]>();
  for (const relation of relations.filter((r) => r.kind === '12-months')) {
    for (const o of observationsOf(pass, relation.indicator, relation.breakdown)) {
      if (!pass.index.disclosureOf(o.area).secondary) continue;
      const id = `${relation.of}\u0000${relation.ofBreakdown}\u0000${o.area}\u0000${periodSpan(o.period).last}`;
      const list = groups.get(id) ?? [];
      list.push(o);
      groups.set(id, list);
    }
  }
  let changed = false;
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const member of members) depend(pass, member, members);
    const secret = members.find((m) => isWithheld(pass, m));
    if (secret === undefined) continue;
    for (const member of members) {
      changed = withhold(pass, member, 'secondary', `suppressed: it and the suppressed ${words(pass.index, secret)} are over the same 12 months, so either gives the other away`) || changed;
    }
  }
  return changed;
}

/** The stock at the end of a month: a row dated its last day, or the month itself. */
function stockAt(index: FigureIndex, relation: Relation, area: string, month: Extract<Period, { kind: 'month' }>): Observation | undefined {
  const last = periodSpan(month).last;
  const query = { indicator: relation.of, area, breakdown: relation.ofBreakdown };
  const day: Period = { kind: 'date', year: month.year, month: month.month, day: last % 100 };
  return index.at({ ...query, period: day })?.observation ?? index.at({ ...query, period: month })?.observation;
}

/**
 * A stock at the start of a month less those leaving it during the month is (close to) the stock at the
 * end: with one of the three withheld, the number leaving is withheld too.
 */
function leavers(pass: Pass, relations: readonly Relation[]): boolean {
  let changed = false;
  for (const relation of relations.filter((r) => r.kind === 'leaving')) {
    if (!pass.index.dataset.indicators.has(relation.of)) continue;
    for (const o of observationsOf(pass, relation.indicator, relation.breakdown)) {
      if (o.period.kind !== 'month' || !pass.index.disclosureOf(o.area).secondary) continue;
      const end = stockAt(pass.index, relation, o.area, o.period);
      const start = stockAt(pass.index, relation, o.area, addMonths(o.period, -1));
      const stocks = [start, end].filter((s): s is Observation => s !== undefined);
      depend(pass, o, stocks);
      const secret = stocks.find((s) => isWithheld(pass, s));
      if (secret !== undefined && stocks.length === 2) {
        changed = withhold(pass, o, 'secondary', `suppressed so that the suppressed ${words(pass.index, secret)} cannot be worked out from the stock a month before less those leaving`) || changed;
      }
    }
  }
  return changed;
}

/**
 * Every decision, taken to a fixed point: a figure withheld by one rule can make another rule withhold
 * a further figure (a part of a breakdown that a 12-month total was made from, say).
 */
export function decideDisclosure(index: FigureIndex, relations: readonly Relation[], own: OwnFigure): DisclosureDecisions {
  const byIndicator = new Map<string, Observation[]>();
  for (const o of index.dataset.observations) {
    const id = `${o.indicator}\u0000${o.breakdown ?? ''}`;
    const list = byIndicator.get(id);
    if (list === undefined) byIndicator.set(id, [o]);
    else list.push(o);
  }
  const pass: Pass = { index, own, decisions: { withheld: new Map(), dependsOn: new Map() }, byIndicator, groups: breakdownGroupsOf(index) };
  const usable = relations.filter((r) => index.dataset.indicators.has(r.indicator));
  for (let round = 0; round < 10; round++) {
    const changed = [breakdownGroups(pass), related(pass, usable), twelveMonthSiblings(pass, usable), leavers(pass, usable)].some(Boolean);
    if (!changed) return pass.decisions;
  }
  throw new Error('disclosure decisions did not settle after 10 rounds: a relation in data/relations.csv probably refers back to itself');
}
