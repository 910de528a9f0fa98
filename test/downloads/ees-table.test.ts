import { csvParse } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, parseEesText, type EesRow } from '../../src/data/index.ts';
import type { DatasetFigure } from '../../src/publish/downloads/dataset-figure.ts';
import { datasetFigures } from '../../src/publish/downloads/dataset-figures.ts';
import { eesColumn } from '../../src/publish/downloads/ees-column.ts';
import { EES_META_COLUMNS, eesMeta } from '../../src/publish/downloads/ees-meta.ts';
import { eesTable, type EesTable } from '../../src/publish/downloads/ees-table.ts';
import { eesTime } from '../../src/publish/downloads/ees-time.ts';
import { tidyCsv } from '../../src/publish/downloads/tidy-csv.ts';
import { parseEesTimePeriod, parsePeriod, periodKey, symbolReplacesValue } from '../../src/engine/index.ts';
import { FigureModel } from '../../src/model/figure-model.ts';

let figures: DatasetFigure[];
let table: EesTable;
let index: FigureModel;

function key(indicator: string, area: string, period: string, breakdown: string): string {
  return [indicator, area, period, breakdown].join('|');
}

function areaOf(row: EesRow): string {
  if (row.geographic_level === 'Local authority') return row.new_la_code ?? '';
  if (row.geographic_level === 'Regional') return row.region_code ?? '';
  return row.cells['country_code']?.text ?? '';
}

describe('the EES export of the repository data', () => {
  beforeAll(async () => {
    index = new FigureModel(await loadDataset({ root: process.cwd(), dir: 'data' }));
    figures = datasetFigures(index);
    table = eesTable(figures, index.dataset.areas);
  });

  it('reads back through our own EES reader with no problems, every figure in its cell as the engine gives it', () => {
    const file = parseEesText(tidyCsv(table.rows, table.columns), 'tabled-dataset.csv');
    expect(file.problems).toEqual([]);
    expect(file.rows).toHaveLength(table.rows.length);
    const expected = new Map(
      figures
        .filter((f) => !table.left.includes(f))
        .map((f) => [key(f.indicator.id, f.area.code, periodKey(f.period), f.breakdown === '' ? 'Total' : f.breakdown), f.figure]),
    );
    let compared = 0;
    for (const row of file.rows) {
      const period = parseEesTimePeriod(row.time_period, row.time_identifier);
      if (!period.ok) throw new Error(period.reason);
      for (const indicator of table.indicators) {
        const cell = row.cells[eesColumn(indicator.id)];
        const figure = expected.get(key(indicator.id, areaOf(row), periodKey(period.period), row.cells['breakdown']?.text ?? ''));
        if (figure === undefined) {
          expect(cell?.text, `${indicator.id} line ${row.line}`).toBe('x');
          continue;
        }
        compared += 1;
        if (figure.symbol !== undefined && symbolReplacesValue(figure.symbol)) expect(cell?.text).toBe(figure.symbol);
        else expect(Number(cell?.text), `${indicator.id} line ${row.line}`).toBe(figure.value);
      }
    }
    expect(compared).toBe(expected.size);
  });

  it('holds England, regions and councils at their EES geographic levels, and leaves out groups of councils', () => {
    const levels = new Set(table.rows.map((r) => r['geographic_level']));
    expect(levels).toEqual(new Set(['National', 'Regional', 'Local authority']));
    const england = table.rows.find((r) => r['geographic_level'] === 'National');
    expect(england).toMatchObject({ country_code: 'E92000001', country_name: 'England', region_code: '', new_la_code: '' });
    const cambridgeshire = table.rows.find((r) => r['new_la_code'] === 'E10000003');
    expect(cambridgeshire).toMatchObject({ old_la_code: '873', la_name: 'Cambridgeshire', region_code: 'E12000006', region_name: 'East of England', country_code: 'E92000001' });
    expect(table.left.filter((f) => f.area.kind === 'group').length).toBe(figures.filter((f) => f.area.kind === 'group').length);
    expect(table.rows.some((r) => /-[A-Z]/.test(r['new_la_code'] ?? ''))).toBe(false);
  });

  it('leaves out exactly the figures whose period EES cannot say or whose area is a group', () => {
    for (const f of table.left) expect(eesTime(f.period) === undefined || f.area.kind === 'group').toBe(true);
    const kept = figures.length - table.left.length;
    const cells = table.rows.reduce((n, r) => n + table.indicators.filter((i) => r[eesColumn(i.id)] !== 'x').length, 0);
    const xs = figures.filter((f) => !table.left.includes(f) && f.figure.symbol === 'x').length;
    expect(cells + xs).toBe(kept);
  });

  it('writes every period EES can say in its own words, and reads each back as the same period', () => {
    for (const text of ['2020-10', '2019/20', '2013/14 Q2', '2020']) {
      const parsed = parsePeriod(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      const time = eesTime(parsed.period);
      expect(time, text).toBeDefined();
      const back = parseEesTimePeriod(time!.time_period, time!.time_identifier);
      expect(back.ok && periodKey(back.period)).toBe(periodKey(parsed.period));
    }
    expect(eesTime({ kind: 'financial-year', startYear: 2019 })).toEqual({ time_period: '201920', time_identifier: 'Financial year' });
    expect(eesTime({ kind: 'month', year: 2020, month: 10 })).toEqual({ time_period: '2020', time_identifier: 'October' });
    expect(eesTime({ kind: 'quarter', startYear: 2013, quarter: 2, cumulative: true })).toBeUndefined();
    expect(eesTime({ kind: 'date', year: 2020, month: 3, day: 31 })).toBeUndefined();
  });

  it('describes the breakdown filter and every indicator column in a metadata file with the columns EES requires', () => {
    const meta = csvParse(tidyCsv(eesMeta(table.indicators), EES_META_COLUMNS));
    expect(meta.columns).toEqual([...EES_META_COLUMNS]);
    expect(meta[0]).toMatchObject({ col_name: 'breakdown', col_type: 'Filter', label: 'Breakdown', indicator_unit: '' });
    const indicators = meta.slice(1);
    expect(indicators.map((m) => m['col_name'])).toEqual(table.columns.slice(table.columns.indexOf('breakdown') + 1));
    for (const m of indicators) {
      const indicator = table.indicators.find((i) => eesColumn(i.id) === m['col_name'])!;
      expect(m).toMatchObject({ col_type: 'Indicator', label: indicator.label, indicator_grouping: indicator.section, indicator_dp: String(indicator.decimals) });
      expect(['', '%', '£']).toContain(m['indicator_unit']);
      expect(m['col_name']).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });
});
