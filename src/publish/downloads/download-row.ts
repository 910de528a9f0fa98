import { formatPeriod, periodLabel, symbolReplacesValue, symbolText, type Figure } from '../../engine/index.ts';
import type { DatasetFigure } from './dataset-figure.ts';
import { missingPart } from '../../model/part-symbol.ts';
import { plainNumber } from './plain-number.ts';

/** The columns of every tidy download, in order; dictionary.ts says what each holds. */
export const DOWNLOAD_COLUMNS = [
  'indicator_id',
  'indicator_name',
  'unit',
  'rate_per',
  'area_code',
  'area_name',
  'area_kind',
  'period',
  'period_label',
  'breakdown',
  'value',
  'value_shown',
  'symbol',
  'numerator',
  'denominator',
  'method',
  'figure_key',
] as const;

export type DownloadColumn = (typeof DOWNLOAD_COLUMNS)[number];
export type DownloadRow = Record<DownloadColumn, string>;

/** What the breakdown column says for the whole, so that no cell of a key column is blank. */
export const WHOLE = 'Total';

const TOP_ROLES = new Set(['numerator', 'count']);
const BOTTOM_ROLES = new Set(['denominator', 'population']);

/**
 * One observation per row. The data's notes are left out: they quote papers, and a paper's words can
 * give the small number that a suppressed figure beside them withholds.
 * `value` is the number a page shows, without separators or unit, or the GSS
 * symbol that stands instead of it; numerator and denominator come from the figure's own inputs, which
 * suppression has already replaced by [c], so a suppressed row holds no number that would reveal it.
 */
export function downloadRow({ indicator, area, period, breakdown, figure, node }: DatasetFigure): DownloadRow {
  return {
    indicator_id: indicator.id,
    indicator_name: indicator.label,
    unit: indicator.unit,
    rate_per: indicator.rate_per === undefined ? symbolText('z') : String(indicator.rate_per),
    area_code: area.code,
    area_name: area.name,
    area_kind: area.kind,
    period: formatPeriod(period),
    period_label: periodLabel(period),
    breakdown: breakdown === '' ? WHOLE : breakdown,
    value: valueText(figure),
    value_shown: node.text,
    symbol: figure.symbol === undefined ? '' : symbolText(figure.symbol),
    numerator: inputText(figure, TOP_ROLES),
    denominator: inputText(figure, BOTTOM_ROLES),
    method: figure.method ?? '',
    figure_key: node.key,
  };
}

/** The number shown, or the symbol shown instead ([x] where a figure has neither, as formatFigure does). */
export function valueText(figure: Figure): string {
  if (figure.symbol !== undefined && symbolReplacesValue(figure.symbol)) return symbolText(figure.symbol);
  return figure.value === undefined ? symbolText('x') : plainNumber(figure.value, figure.decimals);
}

/**
 * A numerator or denominator as the figure was computed from it. A published value has none: [z] for
 * a count, which is its own numerator, otherwise [x], since the paper did not give the parts.
 */
function inputText(figure: Figure, roles: ReadonlySet<string>): string {
  const input = figure.inputs.find((candidate) => roles.has(candidate.role));
  if (input !== undefined) return input.value;
  return missingPart(figure.unit, figure.symbol === 'c');
}
