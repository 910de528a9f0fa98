import { describe, expect, it } from 'vitest';
import { trendChart } from '../../src/charts/trend-chart.ts';
import type { TrendChartSpec } from '../../src/charts/trend-chart-spec.ts';
import { expectAccessibleChart } from './chart-checks.ts';
import { fictionalAssessments, fictionalWithGaps, month } from './fixtures/fictional-assessments.ts';
import { groups, tags, texts } from './svg-queries.ts';

describe('trendChart', () => {
  const chart = trendChart(fictionalAssessments);

  it('returns the SVG with its caption and description ids, the description and the table', () => {
    expect(chart.titleId).toBe('fictional-assessments-title');
    expect(chart.descriptionId).toBe('fictional-assessments-description');
    expect(chart.description).toMatch(/^Assessments completed within 45 working days rose from 78\.0% in Nov 2019/);
    expect(chart.table.columns).toEqual(['Period', 'Percentage completed within 45 working days']);
    expect(chart.table.rows[0]).toEqual({ header: 'Nov 2019', cells: ['78.0%'] });
    expect(chart.table.rows.slice(-2)).toEqual([
      { header: 'England average', cells: ['83.0%'] },
      { header: 'Statistical neighbour average', cells: ['81.0%'] },
    ]);
  });

  it('passes the checks every chart must pass', () => {
    expectAccessibleChart(chart);
    expectAccessibleChart(trendChart(fictionalWithGaps));
  });

  it('draws a dot for every period with a number', () => {
    expect(tags(chart.svg, 'circle')).toHaveLength(12);
    expect(tags(trendChart(fictionalWithGaps).svg, 'circle')).toHaveLength(10);
  });

  it('labels benchmark and target lines with text, and the latest figure', () => {
    const shown = texts(trendChart(fictionalWithGaps).svg);
    expect(shown).toEqual(expect.arrayContaining(['England average', '83.0%', 'Statistical', 'neighbour average', '81.0%', 'Target 90.0%', '86.0%']));
    expect(groups(chart.svg, 'rule')).toHaveLength(2);
  });

  it('labels the x axis with the periods’ own labels, always including the latest', () => {
    const shown = texts(chart.svg);
    expect(shown).toContain('Oct 2020');
    expect(shown.filter((t) => /^[A-Z][a-z]{2} \d{4}$/.test(t)).length).toBeGreaterThanOrEqual(4);
  });

  it('breaks the line at a gap instead of drawing a zero, and marks the gap with its symbol', () => {
    const { svg } = trendChart(fictionalWithGaps);
    const d = /<g[^>]*data-mark="line"[^>]*><path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    // One move-to to start and one after each of the two gaps.
    expect(d.match(/M/g)).toHaveLength(3);
    expect(texts(svg).filter((t) => t === '[c]')).toHaveLength(2);
  });

  it('never puts a suppressed value anywhere in the SVG, even when passed by mistake', () => {
    const distinctive: TrendChartSpec = {
      ...fictionalWithGaps,
      points: fictionalWithGaps.points.map((p) => (p.display === '[c]' ? { ...p, value: 3.14159 } : p)),
    };
    for (const spec of [fictionalWithGaps, distinctive]) {
      const { svg } = trendChart(spec);
      expect(svg).not.toContain('3.14');
      expect(svg).not.toMatch(/<title/);
      expect(texts(svg).filter((t) => /^3(\.0+)?%?$/.test(t))).toEqual([]);
      // The axis is not stretched down towards 3.
      const ticks = texts(svg).filter((t) => /^\d+%$/.test(t)).map((t) => parseInt(t, 10));
      expect(Math.min(...ticks)).toBeGreaterThanOrEqual(70);
    }
  });

  it('writes no digits for a period without a number, whatever its display says', () => {
    const { svg } = trendChart({ ...fictionalAssessments, points: [month(2020, 0, 80), month(2020, 1, undefined, '3'), month(2020, 2, 82)] });
    expect(texts(svg)).not.toContain('3');
    expect(tags(svg, 'circle')).toHaveLength(2);
  });

  it('draws a single point as a visible dot', () => {
    const { svg, description } = trendChart({ ...fictionalAssessments, benchmarks: [], points: [month(2020, 9, 86)] });
    expect(tags(svg, 'circle')).toHaveLength(1);
    expect(texts(svg)).toContain('Oct 2020');
    expect(description).toBe('Assessments completed within 45 working days was 86.0% in Oct 2020.');
  });

  it('shows a message and no marks when no period has a number', () => {
    const { svg } = trendChart({
      ...fictionalAssessments,
      benchmarks: [],
      points: [month(2020, 0, undefined, '[c]'), month(2020, 1, undefined, '[c]')],
    });
    expect(tags(svg, 'circle')).toHaveLength(0);
    expect(texts(svg)).toContain('No figures to show');
  });

  it('escapes text that would otherwise be markup', () => {
    const { svg } = trendChart({
      ...fictionalAssessments,
      title: 'Rose <script>alert(1)</script> & more',
      benchmarks: [{ label: 'A & B <average>', value: 80, display: '80.0%' }],
    });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;average&gt;');
    expect(svg).toContain('aria-label="Rose &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"');
  });

  it('writes well-formed XML whatever the labels contain', () => {
    const { svg } = trendChart({
      ...fictionalAssessments,
      title: 'Quotes " and \' and &copy; <b>',
      benchmarks: [{ label: '"Good" councils & <others>', value: 80, display: '80.0%' }],
    });
    for (const tag of svg.match(/<[^>]*>/g) ?? []) {
      expect(tag).toMatch(/^<\/?[a-z]+(\s+[\w:-]+="([^"<>&]|&(amp|lt|gt|quot|#\d+);)*")*\s*\/?>$/);
    }
    expect(svg).toContain('aria-label="Quotes &quot; and \' and &amp;copy; &lt;b&gt;"');
  });

  it('gives byte-identical output for the same input', () => {
    expect(trendChart(fictionalWithGaps).svg).toBe(trendChart(fictionalWithGaps).svg);
  });

  it('rejects an id that is not a safe token', () => {
    expect(() => trendChart({ ...fictionalAssessments, id: 'no spaces' })).toThrow('chart: invalid id');
  });

  it('places a fixed value axis where asked', () => {
    const { svg } = trendChart({ ...fictionalAssessments, yDomain: [0, 100] });
    const ticks = texts(svg).filter((t) => /^\d+$/.test(t));
    expect(ticks[0]).toBe('0');
    expect(ticks[ticks.length - 1]).toBe('100');
  });
});
