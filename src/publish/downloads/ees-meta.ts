import type { IndicatorEntry } from '../../data/dataset.ts';
import type { Unit } from '../../engine/index.ts';
import { eesColumn } from './ees-column.ts';
import { EES_BREAKDOWN } from './ees-table.ts';

/** The columns EES requires in a metadata file, in its order. */
export const EES_META_COLUMNS = ['col_name', 'col_type', 'label', 'indicator_grouping', 'indicator_unit', 'indicator_dp', 'filter_hint', 'filter_grouping_column'] as const;

export type EesMetaRow = Record<(typeof EES_META_COLUMNS)[number], string>;

/** EES shows only these units beside a number; the rest are said by the label. */
function eesUnit(unit: Unit): string {
  if (unit === 'percent') return '%';
  if (unit === 'currency') return '£';
  return '';
}

/** The .meta.csv that describes the EES file's filter and indicator columns (geography and time need none). */
export function eesMeta(indicators: readonly IndicatorEntry[]): EesMetaRow[] {
  const blank = { indicator_grouping: '', indicator_unit: '', indicator_dp: '', filter_hint: '', filter_grouping_column: '' };
  return [
    { ...blank, col_name: EES_BREAKDOWN, col_type: 'Filter', label: 'Breakdown', filter_hint: 'The part of the whole a figure is for, such as a service; Total for the whole' },
    ...indicators.map((indicator) => ({
      ...blank,
      col_name: eesColumn(indicator.id),
      col_type: 'Indicator',
      label: indicator.label,
      indicator_grouping: indicator.section,
      indicator_unit: eesUnit(indicator.unit),
      indicator_dp: String(indicator.decimals),
    })),
  ];
}
