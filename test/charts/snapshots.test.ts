import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { comparisonChart } from '../../src/charts/comparison-chart.ts';
import type { RenderedChart } from '../../src/charts/rendered-chart.ts';
import { trendChart } from '../../src/charts/trend-chart.ts';
import { careProceedings2020 } from './fixtures/care-proceedings.ts';
import { fictionalAssessments, fictionalWithGaps, month } from './fixtures/fictional-assessments.ts';
import { prettySvg } from './pretty-svg.ts';

const SNAPSHOTS = fileURLToPath(new URL('./snapshots/', import.meta.url));

const cases: Record<string, () => RenderedChart> = {
  'trend-fictional-assessments': () => trendChart(fictionalAssessments),
  'trend-fictional-gaps-and-target': () => trendChart(fictionalWithGaps),
  'trend-single-point': () =>
    trendChart({ ...fictionalAssessments, id: 'single', benchmarks: [], points: [month(2020, 9, 86)] }),
  'trend-no-figures': () =>
    trendChart({
      ...fictionalAssessments,
      id: 'none',
      benchmarks: [],
      points: [month(2020, 0, undefined, '[c]'), month(2020, 1, undefined, '[c]'), month(2020, 2, undefined, '[x]')],
    }),
  'comparison-care-proceedings-2020': () => comparisonChart(careProceedings2020),
};

/**
 * Each chart is compared with a pretty-printed SVG on disk. A missing snapshot is written (review it
 * and commit it); a different one writes `<name>-changed.svg` beside it (gitignored) and fails, so
 * that the change can be looked at in an image viewer before the snapshot is replaced.
 */
// Each chart in both layouts: `<name>.svg` wide, `<name>-narrow.svg` for the narrowest column (NARROW_WIDTH).
const layouts = Object.keys(cases).flatMap((name) => [
  [name, (chart: RenderedChart) => chart.svg],
  [`${name}-narrow`, (chart: RenderedChart) => chart.narrowSvg],
] as const);
const drawn = new Map(Object.entries(cases).map(([name, draw]) => [name, draw()]));

describe('chart snapshots', () => {
  it.each(layouts)('%s matches its snapshot', (name, layout) => {
    const actual = prettySvg(layout(drawn.get(name.replace(/-narrow$/, ''))!));
    const expectedPath = `${SNAPSHOTS}${name}.svg`;
    const changedPath = `${SNAPSHOTS}${name}-changed.svg`;
    if (!existsSync(expectedPath)) {
      writeFileSync(expectedPath, actual);
      return;
    }
    const expected = readFileSync(expectedPath, 'utf8');
    if (actual !== expected) writeFileSync(changedPath, actual);
    else if (existsSync(changedPath)) unlinkSync(changedPath);
    expect(actual === expected, `${name}.svg differs from the rendered chart: see ${name}-changed.svg`).toBe(true);
  });
});
