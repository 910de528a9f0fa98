/**
 * A report freezes only the rows its figures were decided from: the months behind a year to date or
 * 12-month average, a trend's own span, and never a row after its own period. Publishing freezes the
 * page record's rows, so a version of a September 2023 report holds no row from 2024.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/index.ts';
import { monthPeriod } from '../../../src/engine/index.ts';
import { FigureModel } from '../../../src/model/figure-model.ts';
import { PageRecord } from '../../../src/model/views/page-record.ts';
import { summarise } from '../../../src/model/views/summary.ts';
import { trendView } from '../../../src/model/views/trend.ts';

const COUNCIL = 'X00000001';
const SEPTEMBER_2023 = monthPeriod(2023, 9);
let model: FigureModel;
let lines: Map<string, string>;

beforeAll(async () => {
  model = new FigureModel(await loadDataset({ root: '.', dir: 'data' }));
  lines = new Map(model.dataset.observations.map((o) => [o.source, `${o.indicator} ${o.area} ${o.period.kind === 'month' ? `${o.period.year}-${String(o.period.month).padStart(2, '0')}` : ''}`]));
});

/** The months of one indicator whose rows a record holds. */
function months(record: PageRecord, indicator: string): string[] {
  return record
    .rows()
    .map((row) => lines.get(row) ?? '')
    .filter((line) => line.startsWith(`${indicator} ${COUNCIL} `))
    .map((line) => line.split(' ')[2] ?? '')
    .sort();
}

describe('the rows a report reads (Fictional Borough, April 2022 to March 2025)', () => {
  it('for a summary card: the 12 months to the period and the same month a year before, nothing later', () => {
    const record = new PageRecord();
    const s = summarise(model, 'early-help-assessments', COUNCIL, SEPTEMBER_2023);
    for (const node of [s.latest, s.travel.before, s.travel.change, s.lastYear?.node, s.yearToDate?.node, s.rolling12?.node]) if (node) record.show(node.key, node);
    const read = months(record, 'early-help-assessments');
    expect(read[0]).toBe('2022-09');
    expect(read.at(-1)).toBe('2023-09');
    expect(read).toHaveLength(13);
  });

  it('for a trend: its own span', () => {
    const record = new PageRecord();
    const view = trendView(model, { id: 'trend-test', indicator: 'early-help-assessments', area: COUNCIL, from: monthPeriod(2023, 1), to: SEPTEMBER_2023 });
    for (const node of view.nodes.values()) record.show(node.key, node);
    const read = months(record, 'early-help-assessments');
    expect(read).toHaveLength(9);
    expect(read.at(-1)).toBe('2023-09');
  });
});
