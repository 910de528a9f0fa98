import type { AreaEntry } from '../../data/dataset.ts';
import { comparePeriods, formatFigure, periodLabel, periodSpan, type Figure, type Period } from '../../engine/index.ts';
import type { FigureIndex, LocatedFigure } from '../figure-index.ts';

export interface BenchmarkFigure {
  /** Who the benchmark is, as written mid-sentence: "England", "East of England", "statistical neighbours (as stated in the paper)". */
  label: string;
  kind: 'england' | 'region' | 'neighbours';
  area: AreaEntry;
  figure: Figure;
  period: Period;
  display: string;
}

const ENGLAND = 'E92000001';

/**
 * England, the council's region and its statistical-neighbour group, each at the latest period on or
 * before `period` that the data holds for the indicator, and no more than two years older. A benchmark
 * from an earlier period says so in its label.
 */
export function benchmarksFor(index: FigureIndex, indicator: string, council: AreaEntry, period: Period): BenchmarkFigure[] {
  const candidates: { kind: BenchmarkFigure['kind']; code: string }[] = [
    { kind: 'england', code: ENGLAND },
    ...(council.region_code ? [{ kind: 'region' as const, code: council.region_code }] : []),
    { kind: 'neighbours', code: `${council.code}-SN` },
  ];
  const found: BenchmarkFigure[] = [];
  for (const { kind, code } of candidates) {
    if (!index.dataset.areas.has(code)) continue;
    const latest = latestOnOrBefore(index.series({ indicator, area: code }, { to: period }), period);
    if (latest === undefined) continue;
    const area = index.area(code);
    found.push({ label: benchmarkLabel(kind, area, latest.period, period), kind, area, figure: latest.figure, period: latest.period, display: formatFigure(latest.figure) });
  }
  return found;
}

/** Benchmarks older than this are not shown: a 2020 England average says nothing about 2025. */
const MAX_AGE_DAYS = 731;

function dayNumber(yyyymmdd: number): number {
  return Date.UTC(Math.floor(yyyymmdd / 10000), (Math.floor(yyyymmdd / 100) % 100) - 1, yyyymmdd % 100) / 86_400_000;
}

function latestOnOrBefore(series: LocatedFigure[], period: Period): LocatedFigure | undefined {
  const end = dayNumber(periodSpan(period).last);
  return series
    .filter((entry) => comparePeriods(entry.period, period) <= 0 && end - dayNumber(periodSpan(entry.period).last) <= MAX_AGE_DAYS)
    .at(-1);
}

function benchmarkLabel(kind: BenchmarkFigure['kind'], area: AreaEntry, at: Period, wanted: Period): string {
  const name = kind === 'neighbours' ? 'statistical neighbours' : area.name;
  return comparePeriods(at, wanted) === 0 ? name : `${name} (${periodLabel(at)})`;
}
