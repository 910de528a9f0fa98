import type { AreaEntry, IndicatorEntry, Observation } from '../data/dataset.ts';
import type { DfeIndicator } from '../data/dfe-indicator.ts';
import type { EesFile } from '../data/ees.ts';
import { parseGroupCode } from '../data/group-code.ts';
import { formatFigure, given, longDate, periodLabel, periodSpan, type Figure, type Period } from '../engine/index.ts';
import { ENGLAND } from './areas.ts';
import { paperMatch } from './dfe/compare-paper-benchmarks.ts';
import { comparisonYear, releaseDay } from './dfe/comparison-year.ts';
import { dfeFigure } from './dfe/dfe-figure.ts';
import type { DfePlace } from './dfe/dfe-row.ts';
import type { AverageMethod } from './dfe/neighbour-benchmark.ts';
import { reportingPeriod, reportingYear } from './dfe/reporting-period.ts';
import type { FigureModel } from './figure-model.ts';
import type { FigureNode, Withholding } from './figure-node.ts';

/*
 * What a council's figure is compared with: DfE's published figures for England, its region and its
 * statistical neighbours in the year the report's meeting date makes current, or a paper's stated rows.
 */

export type ComparatorKind = 'england' | 'region' | 'neighbours';

/** Why a comparator shows the year it does, in words for the page. */
export interface ComparisonRule {
  period: Period;
  words: string;
}

/** The DfE mapping of an indicator, with its file, or undefined when no DfE file gives it. */
export function dfeMapping(model: FigureModel, indicatorId: string): { mapping: DfeIndicator; file: EesFile } | undefined {
  const mapping = model.dataset.dfeIndicators?.find((m) => m.indicator === indicatorId);
  const file = mapping === undefined ? undefined : model.dataset.dfe.get(mapping.file);
  return mapping === undefined || file === undefined ? undefined : { mapping, file };
}

/**
 * The period a report tabled on `asOf` compares an indicator with England, its region and its
 * neighbours: the latest DfE year published by then. Undefined when no DfE file gives the indicator.
 */
export function comparisonRule(model: FigureModel, indicatorId: string, asOf: string): ComparisonRule | undefined {
  const found = model.dfeMapping(indicatorId);
  if (found === undefined) return undefined;
  const year = comparisonYear(found.file, found.mapping, asOf);
  if (year === undefined) return undefined;
  const period = reportingPeriod(year, found.mapping.period);
  const months = found.mapping.releaseMonths;
  return {
    period,
    words: `${periodLabel(period)} is the latest year DfE had published by ${longDate(asOf)} (${found.mapping.publication}: about ${months} months after the year it covers, by ${longDate(releaseDay(found.mapping, year))} for ${periodLabel(period)})`,
  };
}

/**
 * England's, the council's region's or its statistical neighbours' figure to compare with. With a DfE
 * file for the indicator: DfE's figure for the period given, or else for the latest year published by
 * `asOf`. Without one: the row a paper stated, the latest on or before `period` and no more than two
 * years older.
 */
export function comparator(model: FigureModel, indicatorId: string, councilCode: string, kind: ComparatorKind, { period, asOf, method = 'mean' }: { period: Period; asOf?: string | undefined; method?: AverageMethod }): FigureNode | undefined {
  const council = model.area(councilCode);
  const code = kind === 'england' ? ENGLAND : kind === 'region' ? council.region_code : `${council.code}-SN`;
  if (code === undefined) return undefined;
  const found = model.dfeMapping(indicatorId);
  if (found !== undefined) {
    const year = reportingYear(period, found.mapping.period) ?? (asOf === undefined ? undefined : comparisonYear(found.file, found.mapping, asOf));
    if (year !== undefined) {
      const at = reportingPeriod(year, found.mapping.period);
      if (kind === 'neighbours') {
        const set = model.neighbours(indicatorId, council.code, { period: at, asOf });
        if (set !== undefined) return method === 'mean' ? set.mean : set.median;
      } else {
        const area = model.findArea(code) ?? model.dfeArea(code);
        const node = area === undefined ? undefined : dfePlace(model, model.indicator(indicatorId), area, at);
        if (node !== undefined) return node;
      }
    }
  }
  // Only an area the data lists can have rows a paper stated.
  if (model.index.findArea(code) === undefined || (kind === 'neighbours' && method !== 'mean')) return undefined;
  const stated = model.series({ indicator: indicatorId, area: code }, { to: period }).filter((node) => withinTwoYears(node.period, period));
  return stated.at(-1);
}

/** DfE's figure for England, a region or a council's neighbours that a row a paper stated stands for, if the files give it. */
export function derivedComparator(model: FigureModel, indicator: IndicatorEntry, area: AreaEntry, period: Period): FigureNode | undefined {
  if (area.kind === 'country' || area.kind === 'region') return dfePlace(model, indicator, area, period);
  const group = parseGroupCode(area.code);
  if (area.kind !== 'group' || group?.suffix !== 'SN') return undefined;
  return model.neighbours(indicator.id, group.council, { period })?.mean;
}

/** DfE's published figure for a place, as a node; with `bare`, without looking for a paper's figure. */
export function dfePlace(model: FigureModel, indicator: IndicatorEntry, area: AreaEntry, period: Period, bare = false): FigureNode | undefined {
  const found = model.dfeMapping(indicator.id);
  if (found === undefined) return undefined;
  const year = reportingYear(period, found.mapping.period);
  if (year === undefined) return undefined;
  const place: DfePlace | undefined =
    area.kind === 'country' ? { level: 'National' } : area.kind === 'region' ? { level: 'Regional', region: area.code } : area.dfe_code !== undefined ? { level: 'Local authority', dfeCode: area.dfe_code } : undefined;
  if (place === undefined) return undefined;
  const published = dfeFigure(found.file, found.mapping, year, place, indicator.rate_per);
  if (published === undefined) return undefined;
  const stated = bare || area.kind === 'local-authority' ? undefined : statedComparator(model, indicator, area.code, found.mapping, year);
  const gave = stated === undefined ? undefined : paperGave(stated, published.figure);
  const withheld: Withholding | undefined = published.figure.symbol === 'c' ? { reason: 'in-data', why: `suppressed by DfE (${published.source})` } : undefined;
  return model.node({
    indicator,
    area,
    period: published.period,
    breakdown: '',
    measure: { kind: 'value' },
    figure: published.figure,
    source: { kind: 'dfe', words: `DfE, ${found.mapping.publication}, ${periodLabel(published.period)}` },
    ...(withheld === undefined ? {} : { withheld }),
    ...(gave === undefined ? {} : { paperGave: gave }),
    rows: [published.source, ...(stated === undefined ? [] : [stated.source])],
  });
}

/** The row a paper stated for a comparator in the same DfE year, if the data has one. */
export function statedComparator(model: FigureModel, indicator: IndicatorEntry, code: string, mapping: DfeIndicator, year: number): Observation | undefined {
  if (model.index.findArea(code) === undefined) return undefined;
  return model.index
    .series({ indicator: indicator.id, area: code })
    .map((entry) => entry.observation)
    .find((o) => reportingYear(o.period, mapping.period) === year);
}

/** What the paper gave, when it is another figure and not the same one rounded otherwise. */
export function paperGave(stated: Observation, derived: Figure): FigureNode['paperGave'] {
  if (stated.value === undefined) return undefined;
  if (paperMatch(stated.value.raw, derived) !== 'different') return undefined;
  const places = stated.value.raw.includes('.') ? stated.value.raw.length - stated.value.raw.indexOf('.') - 1 : 0;
  const paper = given({ value: stated.value.raw, unit: derived.unit, decimals: places, ...(derived.per === undefined ? {} : { per: derived.per }) });
  return { text: formatFigure(paper), row: stated.source };
}

/** A stated comparator more than two years older than the report's period says nothing about it. */
function withinTwoYears(period: Period, wanted: Period): boolean {
  const day = (yyyymmdd: number) => Date.UTC(Math.floor(yyyymmdd / 10000), (Math.floor(yyyymmdd / 100) % 100) - 1, yyyymmdd % 100) / 86_400_000;
  return day(periodSpan(wanted).last) - day(periodSpan(period).last) <= 731;
}
