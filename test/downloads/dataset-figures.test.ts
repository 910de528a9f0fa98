import { resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/index.ts';
import { datasetFigures } from '../../src/publish/downloads/dataset-figures.ts';
import { DOWNLOAD_COLUMNS, downloadRow, type DownloadRow } from '../../src/publish/downloads/download-row.ts';
import { tidyCsv } from '../../src/publish/downloads/tidy-csv.ts';
import { formatFigure, formatPeriod, parsePeriod } from '../../src/engine/index.ts';
import { FigureModel } from '../../src/model/figure-model.ts';

const site = resolve('test/sites/downloads');
let index: FigureModel;
let rows: DownloadRow[];

function row(indicator: string, period: string, breakdown = 'Total', area = 'X00000007'): DownloadRow {
  const found = rows.find((r) => r.indicator_id === indicator && r.period === period && r.breakdown === breakdown && r.area_code === area);
  if (found === undefined) throw new Error(`no row for ${indicator} ${area} ${period} ${breakdown}`);
  return found;
}

describe('download rows built from the downloads fixture through the real loader', () => {
  beforeAll(async () => {
    index = new FigureModel(await loadDataset({ root: site, dir: 'data' }));
    rows = datasetFigures(index).map(downloadRow);
  });

  it('gives one row per observation in the data, each key once', () => {
    expect(rows).toHaveLength(index.dataset.observations.length);
    const keys = rows.map((r) => [r.indicator_id, r.area_code, r.breakdown, r.period].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shows each number as the engine computes it, without separators, and as the page writes it', () => {
    for (const r of rows) {
      const period = parsePeriod(r.period);
      if (!period.ok) throw new Error(period.reason);
      const located = index.value({ indicator: r.indicator_id, area: r.area_code, period: period.period, breakdown: r.breakdown === 'Total' ? '' : r.breakdown });
      expect(located, `${r.indicator_id} ${r.period}`).toBeDefined();
      const figure = located!.figure;
      if (figure.value !== undefined && figure.symbol !== 'c' && !['x', 'z', 'low'].includes(figure.symbol ?? '')) {
        // Police is hidden by secondary suppression in the breakdown table, so it is checked below instead.
        if (r.breakdown === 'Police') continue;
        expect(Number(r.value)).toBe(figure.value);
        expect(r.value_shown).toBe(formatFigure(figure));
      }
      expect(formatPeriod(period.period)).toBe(r.period);
    }
    expect(row('assessments-on-time', '2025-03')).toMatchObject({ value: '86.5', value_shown: '86.5%', numerator: '45', denominator: '52', method: '45 ÷ 52 × 100' });
    expect(row('children-in-care-rate', '2025-03-31')).toMatchObject({ value: '32.3', numerator: '420', denominator: '130000', rate_per: '10000' });
    expect(row('average-caseload', '2025-03')).toMatchObject({ value: '17.0', numerator: '212.5', denominator: '12.5' });
  });

  it('writes a suppressed percentage as [c] with no numerator, denominator or note that would reveal it', () => {
    const r = row('assessments-on-time', '2025-02');
    expect(r).toMatchObject({ value: '[c]', value_shown: '[c]', symbol: '[c]', numerator: '[c]', denominator: '[c]' });
    expect(r.method).toBe('suppressed: worked out from a suppressed count');
    expect(Object.values(r).join(' ')).not.toMatch(/\b[37]\b/);
  });

  it('hides a small part of a breakdown and the next smallest part, as the page table does, but shows the rest and the total', () => {
    expect(row('referrals-by-source', '2024/25 Q4', 'Health')).toMatchObject({ value: '[c]', symbol: '[c]' });
    const police = row('referrals-by-source', '2024/25 Q4', 'Police');
    expect(police).toMatchObject({ value: '[c]', symbol: '[c]', numerator: '[c]' });
    expect(police.method).toBe('suppressed so that the suppressed figure for Health cannot be worked out from the total and the other parts');
    expect(Object.values(police).join(' ')).not.toContain('12');
    expect(row('referrals-by-source', '2024/25 Q4', 'Schools').value).toBe('20');
    expect(row('referrals-by-source', '2024/25 Q4').value).toBe('35');
  });

  it('keeps a qualifying symbol beside its number and a replacing symbol instead of one', () => {
    expect(row('children-in-care', '2025-02')).toMatchObject({ value: '415', value_shown: '415 [p]', symbol: '[p]', numerator: '[z]' });
    expect(row('children-in-care', '2025-03')).toMatchObject({ value: '[x]', symbol: '[x]' });
    expect(row('assessments-on-time', '2025-03', 'Total', 'X00000007-SN')).toMatchObject({ value: '81.2', numerator: '[x]', denominator: '[x]', method: 'as published' });
  });

  it('limits an indicator history to that indicator, every area and period included, in the order the engine sorts periods', () => {
    const history = datasetFigures(index, { indicator: 'assessments-on-time' }).map(downloadRow);
    expect(new Set(history.map((r) => r.indicator_id))).toEqual(new Set(['assessments-on-time']));
    expect(history.map((r) => `${r.area_code} ${r.period}`)).toEqual([
      'X00000007 2024/25 Q1-Q3',
      'X00000007 2024/25 Q3',
      'X00000007 2025-01',
      'X00000007 2025-02',
      'X00000007 2025-03',
      'X00000007-SN 2025-03',
    ]);
  });

  it('leaves out the data\'s notes, whose quotations of papers can give a withheld number', () => {
    const notes = index.dataset.observations.flatMap((o) => (o.note === undefined ? [] : [o.note]));
    expect(notes.length).toBeGreaterThan(10);
    const text = tidyCsv(rows, DOWNLOAD_COLUMNS);
    for (const note of notes) expect(text).not.toContain(note);
  });

  it('writes CSV that d3-dsv reads back to the same rows, with the columns in order and no blank value', () => {
    const text = tidyCsv(rows, DOWNLOAD_COLUMNS);
    const parsed = csvParse(text);
    expect(parsed.columns).toEqual([...DOWNLOAD_COLUMNS]);
    expect(parsed.map((r) => ({ ...r }))).toEqual(rows);
    expect(parsed.every((r) => (r['value'] ?? '') !== '' && (r['numerator'] ?? '') !== '')).toBe(true);
  });
});

describe('download rows from the repository data', () => {
  it('never hold a number for a figure the engine suppresses, across every real and fictional figure', async () => {
    const real = new FigureModel(await loadDataset({ root: process.cwd(), dir: 'data' }));
    const all = datasetFigures(real);
    expect(all.length).toBe(real.dataset.observations.length);
    const suppressed = all.filter((entry) => entry.figure.symbol === 'c').map(downloadRow);
    for (const r of suppressed) {
      expect([r.value, r.numerator, r.denominator]).toEqual(['[c]', '[c]', '[c]']);
    }
  });
});
