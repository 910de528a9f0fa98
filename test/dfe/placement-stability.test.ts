import { beforeAll, describe, expect, it } from 'vitest';
import type { EesFile, EesRow } from '../../src/data/ees.ts';
import { percentage } from '../../src/engine/measures.ts';
import { DFE_EXPLANATIONS } from './explanations.ts';
import { areaOf, cellOf, labelOf, type PublishedFigure } from './published-figure.ts';
import { readDfeFile } from './read-dfe-file.ts';
import { reconcile, type Measure, type Reconciliation } from './reconcile.ts';
import { reportLines } from './report.ts';

const NAME = 'la_cla_placement_stability.csv';
const TOTAL = 'Total children';

function stabilityPercent(name: string): Measure {
  return {
    name,
    scale: 100,
    decimals: 0,
    recompute: (numerator, denominator, figure) =>
      percentage({ numerator, denominator, decimals: 0, sources: { numerator: figure.location, denominator: figure.location } }),
  };
}

/** A breakdown's denominator is the `Total children` row of the same group, council and year. */
function groupKey(row: EesRow, file: string): string {
  return `${row.time_period} ${row.old_la_code ?? ''} ${row.new_la_code ?? ''} ${cellOf(row, 'cla_group', file).text}`;
}

interface Figures {
  breakdowns: PublishedFigure[];
  totals: PublishedFigure[];
}

function publishedFigures(file: EesFile): Figures {
  const rows = file.rows.filter((row) => row.geographic_level === 'Local authority');
  const totals = new Map<string, EesRow>();
  for (const row of rows) {
    if (cellOf(row, 'placement_stability', file.file).text !== TOTAL) continue;
    const key = groupKey(row, file.file);
    if (totals.has(key)) throw new Error(`${file.file}:${row.line} is a second total for ${key}`);
    totals.set(key, row);
  }
  const figureOf = (row: EesRow, total: EesRow): PublishedFigure => ({
    location: `${file.file}:${row.line}`,
    label: `${labelOf(row)} ${cellOf(row, 'cla_group', file.file).text}: ${cellOf(row, 'placement_stability', file.file).text}`,
    area: areaOf(row),
    published: cellOf(row, 'children_percent', file.file),
    numerator: cellOf(row, 'children_count', file.file),
    denominator: cellOf(total, 'children_count', file.file),
  });
  const figures: Figures = { breakdowns: [], totals: [] };
  for (const row of rows) {
    const total = totals.get(groupKey(row, file.file));
    if (total === undefined) throw new Error(`${file.file}:${row.line} has no "${TOTAL}" row in its group`);
    if (total === row) figures.totals.push(figureOf(row, row));
    else figures.breakdowns.push(figureOf(row, total));
  }
  return figures;
}

describe('placement stability of children looked after, DfE, 2021 to 2025', () => {
  let file: EesFile;
  let figures: Figures;
  let breakdowns: Reconciliation;
  let totals: Reconciliation;

  beforeAll(async () => {
    file = await readDfeFile(NAME);
    figures = publishedFigures(file);
    breakdowns = reconcile(figures.breakdowns, stabilityPercent("placement stability % (a breakdown over its group's total)"), DFE_EXPLANATIONS);
    totals = reconcile(
      figures.totals,
      stabilityPercent('placement stability %, "Total children" rows (total over itself)'),
      DFE_EXPLANATIONS,
    );
    console.log([...reportLines(breakdowns), ...reportLines(totals)].join('\n'));
  });

  it('reads the published file with no problems, one total and one breakdown in every group', () => {
    expect(file.problems).toEqual([]);
    expect(figures.breakdowns).toHaveLength(2325);
    expect(figures.totals).toHaveLength(2325);
  });

  it('reproduces every published breakdown percentage whose inputs are published', () => {
    expect(breakdowns.compared).toBe(2240);
    expect(breakdowns.matches).toBe(2238);
    expect(breakdowns.unexplained).toEqual([]);
  });

  it('explains the two other rows: City of London publishes 0 with the total suppressed', () => {
    const explained = [...breakdowns.explained.values()].flat().map(({ figure }) => figure.label);
    expect(explained).toEqual([
      '2025 City of London (201) CLA on 31 March: With 3 or more placements during the year',
      '2024 City of London (201) CLA 2 years on 31 March: With 3 or more placements during the previous 2 years',
    ]);
  });

  it('finds 100 on every total row that publishes a number', () => {
    expect(totals.compared).toBe(2259);
    expect(totals.matches).toBe(2259);
    expect(totals.unexplained).toEqual([]);
    expect(figures.totals.filter((figure) => figure.published.value !== undefined).every((figure) => figure.published.value === 100)).toBe(true);
  });

  it('counts the rows published as markers separately', () => {
    const counts = (result: Reconciliation) =>
      Object.fromEntries([...result.notCompared].map(([marker, list]) => [marker, list.length]));
    expect(counts(breakdowns)).toEqual({ z: 61, c: 24 });
    expect(counts(totals)).toEqual({ z: 61, c: 5 });
  });

  it('publishes z for a breakdown only where its total is 0 or the council did not exist', () => {
    const zTotals = figures.breakdowns
      .filter((figure) => figure.published.symbol === 'z')
      .map((figure) => figure.denominator.raw);
    expect(zTotals.filter((total) => total === '0')).toHaveLength(19);
    expect(zTotals.filter((total) => total === 'z')).toHaveLength(42);
    expect(zTotals).toHaveLength(61);
  });

  it('rounds the eleven exact halves up, as DfE published them', () => {
    expect(breakdowns.exactHalves).toHaveLength(11);
    expect(breakdowns.exactHalves.map((figure) => `${figure.area} ${figure.numerator.raw}/${figure.denominator.raw} → ${figure.published.raw}`)).toContain(
      'Oxfordshire (931) 124/800 → 16',
    );
  });
});
