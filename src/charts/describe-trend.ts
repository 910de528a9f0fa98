import { compareWords } from './compare-words.ts';
import { joinWords } from './join-words.ts';
import { missingGroups } from './missing-groups.ts';
import { shownValue } from './shown-value.ts';
import type { PeriodWords, TrendChartSpec, TrendPoint } from './trend-chart-spec.ts';

export type TrendDescriptionInput = Pick<
  TrendChartSpec,
  'measure' | 'points' | 'benchmarks' | 'target' | 'unitWords' | 'periodWords'
>;

type ShownPoint = TrendPoint & { value: number };

const DEFAULT_PERIOD_WORDS: PeriodWords = { one: 'period', other: 'periods' };

/**
 * The text alternative of a trend chart, from the same data: direction from first to latest figure,
 * the latest figure against benchmarks and target, the range, and which periods have no number.
 * Words are neutral (rose, above); whether that is good depends on polarity and is said elsewhere.
 */
export function describeTrend(input: TrendDescriptionInput): string {
  const words = input.periodWords ?? DEFAULT_PERIOD_WORDS;
  const withUnit = (display: string) => (input.unitWords ? `${display} ${input.unitWords}` : display);
  const { points } = input;
  if (points.length === 0) return 'There are no figures to show.';

  const shown: ShownPoint[] = [];
  const hidden: TrendPoint[] = [];
  for (const point of points) {
    const value = shownValue(point);
    if (value === undefined) hidden.push(point);
    else shown.push({ ...point, value });
  }

  const sentences: string[] = [];
  const first = shown[0];
  const latest = shown[shown.length - 1];
  const span = `from ${points[0]!.label} to ${points[points.length - 1]!.label}`;

  if (!first || !latest) {
    sentences.push(
      points.length === 1
        ? `There is no figure to show for ${points[0]!.label}.`
        : `There is no figure to show for any of the ${points.length} ${words.other} ${span}.`,
    );
  } else {
    const flat = shown.every((p) => p.display === first.display);
    if (shown.length === 1) {
      sentences.push(`${input.measure} was ${withUnit(first.display)} in ${first.label}.`);
    } else if (flat) {
      const which = hidden.length > 0 ? `every ${words.one} with a figure` : `every ${words.one}`;
      sentences.push(`${input.measure} was ${withUnit(first.display)} in ${which} ${span}.`);
    } else {
      const relation = compareWords(latest, first);
      sentences.push(
        relation === 'the same as'
          ? `${input.measure} was ${withUnit(first.display)} in ${first.label} and again in ${latest.label}.`
          : `${input.measure} ${relation === 'above' ? 'rose' : 'fell'} from ${withUnit(first.display)} in ${first.label} to ${withUnit(latest.display)} in ${latest.label}.`,
      );
    }

    const comparisons: string[] = [];
    const noFigure: string[] = [];
    for (const benchmark of input.benchmarks ?? []) {
      const value = shownValue(benchmark);
      if (value === undefined) {
        noFigure.push(`There is no figure for the ${benchmark.label}${benchmark.display ? ` (${benchmark.display})` : ''}.`);
      } else {
        comparisons.push(`${compareWords(latest, { ...benchmark, value })} the ${benchmark.label} (${withUnit(benchmark.display)})`);
      }
    }
    if (input.target) comparisons.push(`${compareWords(latest, input.target)} the target (${withUnit(input.target.display)})`);
    if (comparisons.length > 0) {
      const isLastPeriod = latest.key === points[points.length - 1]!.key;
      const subject =
        shown.length === 1 ? 'This' : isLastPeriod ? 'The latest figure' : `The latest figure, for ${latest.label},`;
      sentences.push(`${subject} is ${joinWords(comparisons)}.`);
    }
    sentences.push(...noFigure);

    if (shown.length >= 3 && !flat) {
      const values = shown.map((p) => p.value);
      const low = Math.min(...values);
      const high = Math.max(...values);
      const at = (v: number) => shown.filter((p) => p.value === v);
      const lows = at(low);
      const highs = at(high);
      sentences.push(
        `The lowest was ${withUnit(lows[0]!.display)} in ${joinWords(lows.map((p) => p.label))} and the highest ${withUnit(highs[0]!.display)} in ${joinWords(highs.map((p) => p.label))}.`,
      );
    }
  }

  for (const group of missingGroups(hidden)) {
    const count = group.labels.length;
    const noun = count === 1 ? words.one : words.other;
    const symbol = group.display ? ` (${group.display})` : '';
    sentences.push(`${count} ${noun} ${count === 1 ? 'is' : 'are'} ${group.reason}${symbol}: ${joinWords(group.labels)}.`);
  }
  return sentences.join(' ');
}
