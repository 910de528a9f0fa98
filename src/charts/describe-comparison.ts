import { compareWords } from './compare-words.ts';
import type { ComparisonChartSpec } from './comparison-chart-spec.ts';
import { joinWords } from './join-words.ts';
import { missingGroups } from './missing-groups.ts';
import { ordinal } from './ordinal.ts';
import { shownValue } from './shown-value.ts';

export type ComparisonDescriptionInput = Pick<
  ComparisonChartSpec,
  'measure' | 'periodLabel' | 'council' | 'neighbours' | 'region' | 'england' | 'neighbourAverage' | 'unitWords'
>;

/** "the lowest", "the 4th lowest", "joint 2nd highest": the nearer end of the ranking, in neutral words. */
function rankWords(value: number, values: readonly number[]): string {
  const below = values.filter((v) => v < value).length;
  const above = values.filter((v) => v > value).length;
  const prefix = values.filter((v) => v === value).length > 1 ? 'joint ' : 'the ';
  const [position, end] = below <= above ? [below + 1, 'lowest'] : [above + 1, 'highest'];
  return `${prefix}${position === 1 ? '' : `${ordinal(position)} `}${end}`;
}

/**
 * The text alternative of a comparison chart: the council's figure, its rank among the councils
 * with a figure, how it compares with the averages, the range, and which areas have no number.
 */
export function describeComparison(input: ComparisonDescriptionInput): string {
  const withUnit = (display: string) => (input.unitWords ? `${display} ${input.unitWords}` : display);
  const sentences: string[] = [];
  const councilValue = shownValue(input.council);
  const councils = [input.council, ...input.neighbours]
    .map((area) => ({ ...area, value: shownValue(area) }))
    .filter((area): area is typeof area & { value: number } => area.value !== undefined);

  if (councilValue === undefined) {
    const [group] = missingGroups([input.council]);
    const symbol = group?.display ? ` (${group.display})` : '';
    sentences.push(`${input.measure} in ${input.council.label} is ${group?.reason ?? 'without a figure'}${symbol} for ${input.periodLabel}.`);
  } else {
    const council = { ...input.council, value: councilValue };
    sentences.push(`${input.measure} in ${council.label} was ${withUnit(council.display)} in ${input.periodLabel}.`);
    if (councils.length > 1) {
      const rank = rankWords(councilValue, councils.map((c) => c.value));
      const neighbourCount = councils.length - 1;
      sentences.push(
        `This is ${rank} of the ${councils.length} councils with a figure (${council.label} and ${neighbourCount} statistical ${neighbourCount === 1 ? 'neighbour' : 'neighbours'}).`,
      );
    }
    const comparisons: string[] = [];
    const reference = (area: ComparisonChartSpec['england'], name: (label: string) => string) => {
      const value = area && shownValue(area);
      if (area && value !== undefined) {
        comparisons.push(`${compareWords(council, { ...area, value })} ${name(area.label)} (${withUnit(area.display)})`);
      }
    };
    reference(input.neighbourAverage, (label) => `the ${label}`);
    reference(input.region, (label) => label);
    reference(input.england, (label) => label);
    if (comparisons.length > 0) sentences.push(`It is ${joinWords(comparisons)}.`);
  }

  if (councils.length >= 2) {
    const values = councils.map((c) => c.value);
    const at = (v: number) => councils.filter((c) => c.value === v);
    const lows = at(Math.min(...values));
    const highs = at(Math.max(...values));
    if (lows[0]!.value !== highs[0]!.value) {
      sentences.push(
        `Among these councils, figures ranged from ${withUnit(lows[0]!.display)} in ${joinWords(lows.map((c) => c.label))} to ${withUnit(highs[0]!.display)} in ${joinWords(highs.map((c) => c.label))}.`,
      );
    }
  }

  const others = [...input.neighbours, ...(input.region ? [input.region] : [])];
  const withoutFigure = [
    ...others.filter((area) => shownValue(area) === undefined),
    ...[input.neighbourAverage, input.england]
      .filter((area) => area !== undefined && shownValue(area) === undefined)
      .map((area) => ({ label: area === input.england ? area!.label : `the ${area!.label}`, display: area!.display })),
  ];
  for (const group of missingGroups(withoutFigure)) {
    const symbol = group.display ? `, ${group.display}` : '';
    sentences.push(`There is no figure for ${joinWords(group.labels)} (${group.reason}${symbol}).`);
  }
  return sentences.join(' ');
}
