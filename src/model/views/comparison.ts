import { cellText } from './cell-text.ts';
import type { AreaEntry } from '../../data/dataset.ts';
import type { ComparisonChartSpec, AreaValue as ChartArea } from '../../charts/index.ts';
import type { TableModel } from './table-model.ts';
import { formatNumber, neighbourAverage, periodLabel, symbolReplacesValue, type Figure, type Period } from '../../engine/index.ts';
import type { FigureIndex } from '../figure-index.ts';
import { unitWords } from './unit-words.ts';

export type AverageMethod = 'mean' | 'median';

const ENGLAND = 'E92000001';

function shownValue(figure: Figure): number | undefined {
  return figure.symbol !== undefined && symbolReplacesValue(figure.symbol) ? undefined : figure.value;
}

function chartArea(label: string, figure: Figure | undefined): ChartArea {
  if (figure === undefined) return { label, display: '[x]' };
  const value = shownValue(figure);
  return { label, display: cellText(figure), ...(value === undefined ? {} : { value }) };
}

/** The local authorities compared with a council: every other council with data for the indicator and period. */
function neighbourAreas(index: FigureIndex, indicator: string, council: AreaEntry, period: Period) {
  return index
    .allAreas(indicator, period)
    .filter((entry) => entry.area.code !== council.code && entry.area.kind === 'local-authority');
}

/** The neighbours' average as the engine computes it, naming the method (mean or median) and how many it used. */
export function neighbourFigure(index: FigureIndex, indicatorId: string, council: AreaEntry, period: Period, method: AverageMethod): Figure {
  const indicator = index.indicator(indicatorId);
  const neighbours = neighbourAreas(index, indicator.id, council, period);
  return neighbourAverage(
    neighbours.map(({ area, figure }) => {
      const value = shownValue(figure);
      return value === undefined ? { area: area.name } : { area: area.name, value: formatNumber(value, indicator.decimals).replace(/,/g, '') };
    }),
    method,
    indicator.decimals,
    { unit: indicator.unit, ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }) },
  );
}

/** One period: the council's bar among its neighbours', with the region, England and the neighbours' average. */
export function comparisonSpec(
  index: FigureIndex,
  request: { id: string; indicator: string; area: string; period: Period; method: AverageMethod; title?: string | undefined },
): ComparisonChartSpec {
  const indicator = index.indicator(request.indicator);
  const council = index.area(request.area);
  const at = (code: string) => (index.dataset.areas.has(code) ? index.at({ indicator: indicator.id, area: code, period: request.period })?.figure : undefined);
  const own = index.require({ indicator: indicator.id, area: council.code, period: request.period }).figure;
  const neighbours = neighbourAreas(index, indicator.id, council, request.period);
  const average = neighbourFigure(index, indicator.id, council, request.period, request.method);
  const region = council.region_code ? at(council.region_code) : undefined;
  const england = at(ENGLAND);
  const words = unitWords(indicator.unit, indicator.rate_per);
  const when = periodLabel(request.period);
  const ownValue = shownValue(own);
  const averageValue = shownValue(average);
  const relation = ownValue === undefined || averageValue === undefined ? '' : ownValue > averageValue ? ' above' : ownValue < averageValue ? ' below' : ' equal to';
  return {
    id: request.id,
    title: request.title ?? (relation ? `${council.name} was${relation} the average of its statistical neighbours in ${when}` : `${indicator.label}: ${council.name} and its statistical neighbours, ${when}`),
    subtitle: `${indicator.label}, ${council.name} and ${neighbours.length} statistical neighbours, ${when}`,
    measure: indicator.label,
    periodLabel: when,
    xLabel: words.axis,
    council: chartArea(council.name, own),
    neighbours: neighbours.map(({ area, figure }) => chartArea(area.name, figure)),
    ...(region === undefined || council.region_code === undefined ? {} : { region: chartArea(index.area(council.region_code).name, region) }),
    ...(england === undefined ? {} : { england: chartArea('England', england) }),
    neighbourAverage: chartArea(`statistical neighbour ${request.method}`, average),
    tickDecimals: indicator.decimals,
    ...(words.after === undefined ? {} : { unitWords: words.after }),
  };
}

/**
 * Several periods side by side, as committee papers print them: one row per council (the council's row
 * marked), then the neighbours' average computed by the engine, the region and England.
 */
export function comparisonTable(
  index: FigureIndex,
  request: { indicator: string; area: string; periods: Period[]; method: AverageMethod; caption?: string | undefined },
): TableModel & { methodNote: string } {
  const indicator = index.indicator(request.indicator);
  const council = index.area(request.area);
  const codes = new Set<string>();
  for (const period of request.periods) for (const { area } of neighbourAreas(index, indicator.id, council, period)) codes.add(area.code);
  codes.add(council.code);
  const words = unitWords(indicator.unit, indicator.rate_per);
  const cell = (code: string, period: Period) => {
    const figure = index.at({ indicator: indicator.id, area: code, period })?.figure;
    return figure === undefined ? '[x]' : cellText(figure);
  };
  const rowsFor = (code: string) => ({ header: index.area(code).name, cells: request.periods.map((p) => cell(code, p)), highlight: code === council.code });
  const councilRows = [...codes].map(rowsFor).sort((a, b) => a.header.localeCompare(b.header));
  // Where the data holds the neighbours themselves, the engine computes their average; where it holds
  // only the average a paper stated (the council's group area, e.g. E10000003-SN), that is shown, and said.
  const computed = codes.size > 1;
  const stated = `${council.code}-SN`;
  const averages = request.periods.map((period) =>
    computed ? neighbourFigure(index, indicator.id, council, period, request.method) : index.dataset.areas.has(stated) ? index.at({ indicator: indicator.id, area: stated, period })?.figure : undefined,
  );
  const averageLabel = computed ? `Statistical neighbours (${request.method})` : 'Statistical neighbours (average as stated in the paper)';
  const extra = [council.region_code, ENGLAND].filter((code): code is string => code !== undefined && index.dataset.areas.has(code)).map(rowsFor);
  return {
    caption: request.caption ?? `${indicator.label}: ${council.name} and its statistical neighbours, ${request.periods.map(periodLabel).join(', ')}`,
    columns: ['Area', ...request.periods.map((p) => `${periodLabel(p)}${words.after ? ` (${words.after})` : ''}`)],
    rows: [...councilRows, { header: averageLabel, cells: averages.map((a) => (a === undefined ? '[x]' : cellText(a))) }, ...extra],
    methodNote: computed
      ? `The statistical neighbours' figure is the ${request.method} of the councils listed other than ${council.name}, computed from the figures shown (${averages.map((a) => a?.method).filter(Boolean)[0] ?? ''}).`
      : `The data does not list ${council.name}'s statistical neighbours one by one, so their average is shown as the paper stated it; it cannot be recomputed here.`,
  };
}
