import * as Plot from '@observablehq/plot';
import { formatNumber } from '../engine/format.ts';
import { capitalise } from './capitalise.ts';
import { chartIds } from './chart-ids.ts';
import { describeTrend } from './describe-trend.ts';
import { dodgeLabels } from './dodge-labels.ts';
import { niceScale, type NiceScale } from './nice-scale.ts';
import { PALETTE, TARGET_LINE_STYLE, referenceLineStyle, type LineStyle } from './palette.ts';
import { bothLayouts, NARROW_WIDTH, type RenderedChart } from './rendered-chart.ts';
import { FONT_SIZE, renderSvg } from './render-svg.ts';
import { shownValue } from './shown-value.ts';
import { estimateTextWidth } from './text-width.ts';
import { wrapText } from './wrap-text.ts';
import type { TrendChartSpec } from './trend-chart-spec.ts';
import { trendTable } from './trend-table.ts';

export const TREND_WIDTH = 640;
export const TREND_HEIGHT = 320;

/** One layout of a trend chart, in SVG units (1/16 rem on the page). */
interface TrendLayout {
  name: 'wide' | 'narrow';
  width: number;
  height: number;
  /** Right-hand labels wrap to this width so that long benchmark names do not squeeze the plot. */
  rightLabelWidth: number;
}

const WIDE: TrendLayout = { name: 'wide', width: TREND_WIDTH, height: TREND_HEIGHT, rightLabelWidth: 150 };
// The narrowest column the layout is shown in (NARROW_WIDTH). Taller than it is wide's share, so that wrapped labels fit.
const NARROW: TrendLayout = { name: 'narrow', width: NARROW_WIDTH, height: 300, rightLabelWidth: 96 };

const MARGIN_TOP = 34;
const MARGIN_BOTTOM = 34;
const INSET_X = 12;
const LABEL_PADDING = 4;
const LINE_HEIGHT = FONT_SIZE * 1.2;
const DAY = 24 * 60 * 60 * 1000;

interface RightLabel {
  value: number;
  lines: string[];
  fill: string;
  bold: boolean;
}

function rightLabel(value: number, text: string, fill: string, bold: boolean, width: number): RightLabel {
  return { value, lines: wrapText(text, width, FONT_SIZE, bold), fill, bold };
}

/** A fitted scale kept within a unit's limits (a percentage runs from 0 to 100), its ticks with it. */
function limitedScale(low: number, high: number, limits: [number, number] | undefined): NiceScale {
  const scale = niceScale(low, high);
  if (limits === undefined) return scale;
  const [min, max] = limits;
  const ticks = scale.ticks.filter((t) => t >= min && t <= max);
  return { domain: [Math.max(min, scale.domain[0]), Math.min(max, scale.domain[1])], ticks };
}

/**
 * The periods to label on the x axis: evenly spaced, counted back from the latest, as many as `fit`
 * allows, the first always among them once the latest is. A reader can place every point between them.
 */
export function xTicks(dates: readonly Date[], fit: number): Date[] {
  if (dates.length <= 2) return [...dates];
  const most = Math.max(2, Math.floor(fit));
  if (dates.length <= most) return [...dates];
  const step = Math.ceil((dates.length - 1) / (most - 1));
  const picked = dates.filter((_, i) => (dates.length - 1 - i) % step === 0);
  // The first period too, unless the one picked after it is so close that their labels would collide.
  if (picked[0] !== dates[0] && dates.indexOf(picked[0]!) >= step / 2) picked.unshift(dates[0]!);
  return picked;
}

/** A line chart of one area's series with labelled benchmark and target lines, as an accessible SVG in a wide and a narrow layout. */
export function trendChart(spec: TrendChartSpec): RenderedChart {
  return bothLayouts(spec, drawTrend, [WIDE, NARROW], { description: describeTrend(spec), table: trendTable(spec) });
}

function drawTrend(spec: TrendChartSpec, layout: TrendLayout): string {
  const ids = chartIds(spec.id);
  const points = [...spec.points].sort((a, b) => a.x.getTime() - b.x.getTime());
  // Only x and a shown number reach Plot: no labels, keys or displays that could leak a suppressed value.
  const series = points.map((p) => ({ x: p.x, y: shownValue(p) }));
  const dots = series.filter((d): d is { x: Date; y: number } => d.y !== undefined);
  const gaps = points
    .filter((p) => shownValue(p) === undefined && p.display.trim() !== '' && !/\d/.test(p.display))
    .map((p) => ({ x: p.x, text: p.display.trim() }));

  const lines: { value: number; style: LineStyle }[] = [];
  const rightLabels: RightLabel[] = [];
  const latestIndex = series.findLastIndex((d) => d.y !== undefined);
  const latest = points[latestIndex];
  if (latest) {
    const text = latestIndex === points.length - 1 ? latest.display : `${latest.label}: ${latest.display}`;
    rightLabels.push(rightLabel(series[latestIndex]!.y!, text, PALETTE.council, true, layout.rightLabelWidth));
  }
  (spec.benchmarks ?? []).forEach((benchmark, index) => {
    const value = shownValue(benchmark);
    if (value === undefined) return;
    const style = referenceLineStyle(index);
    lines.push({ value, style });
    rightLabels.push(rightLabel(value, `${capitalise(benchmark.label)} ${benchmark.display}`, style.stroke, false, layout.rightLabelWidth));
  });
  if (spec.target) {
    lines.push({ value: spec.target.value, style: TARGET_LINE_STYLE });
    rightLabels.push(rightLabel(spec.target.value, `Target ${spec.target.display}`, TARGET_LINE_STYLE.stroke, false, layout.rightLabelWidth));
  }

  const values = [...dots.map((d) => d.y), ...lines.map((l) => l.value)];
  const hasNumbers = values.length > 0;
  // A line need not start at zero (the Analysis Function's guidance for line charts): the axis fits the
  // figures, within the unit's limits (0–100 for a percentage), and says where it starts when not at zero.
  const scale = spec.yDomain
    ? niceScale(spec.yDomain[0], spec.yDomain[1])
    : hasNumbers
      ? limitedScale(Math.min(...values), Math.max(...values), spec.yLimits)
      : { domain: [0, 1] as [number, number], ticks: [] };
  const [y0, y1] = scale.domain;
  const suffix = spec.tickSuffix ?? '';
  const tickText = (t: number) => `${formatNumber(t, spec.tickDecimals)}${suffix}`;
  const yTitle = hasNumbers && y0 !== 0 ? `${spec.yLabel} (axis starts at ${tickText(y0)}, not zero)` : spec.yLabel;

  // x ticks: as many period labels as fit, always including the first and the latest period.
  const axisLabel = (p: (typeof points)[number]) => p.axisLabel ?? p.label;
  const labelOf = new Map(points.map((p) => [p.x.getTime(), axisLabel(p)]));
  const widest = Math.max(0, ...points.map((p) => estimateTextWidth(axisLabel(p), FONT_SIZE)));
  const firstLabel = points[0] === undefined ? '' : axisLabel(points[0]);
  const lastLabel = points.at(-1) === undefined ? '' : axisLabel(points.at(-1)!);
  // Half of the first and last labels hang outside the plot: the margins hold them, so neither is clipped.
  const marginLeft = Math.max(40, estimateTextWidth(firstLabel, FONT_SIZE) / 2 + 4 - INSET_X, ...scale.ticks.map((t) => estimateTextWidth(tickText(t), FONT_SIZE) + 16));
  const marginRight = Math.max(
    24,
    estimateTextWidth(lastLabel, FONT_SIZE) / 2 + 4 - INSET_X,
    ...rightLabels.flatMap((l) => l.lines.map((line) => estimateTextWidth(line, FONT_SIZE, l.bold) + 12)),
  );
  const plotWidth = layout.width - marginLeft - marginRight - 2 * INSET_X;
  const tickDates = xTicks(points.map((p) => p.x), plotWidth / (widest + 16));

  const first = points[0]?.x.getTime() ?? 0;
  const last = points[points.length - 1]?.x.getTime() ?? first;
  const xDomain = first === last ? [new Date(first - DAY), new Date(last + DAY)] : [new Date(first), new Date(last)];

  // Place the right-hand labels in pixels, move them apart, then turn them back into values for Plot.
  // The y axis's label runs along the top; wrapped to the chart's width, its extra lines widen the top margin.
  const yLabel = wrapText(yTitle, layout.width - 8, FONT_SIZE);
  const marginTop = MARGIN_TOP + Math.max(0, yLabel.length - 1) * LINE_HEIGHT;
  const top = marginTop;
  const labelMin = top / 2;
  // The SVG clips to its edges, so labels stacked taller than the room beside the plot would be cut off
  // (several long reference names wrapped in the narrow layout): the chart grows by what they lack.
  const slots = rightLabels.map((l) => l.lines.length * LINE_HEIGHT);
  const stacked = slots.reduce((sum, size) => sum + size, 0) + Math.max(0, slots.length - 1) * LABEL_PADDING;
  const height = layout.height + Math.max(0, Math.ceil(stacked - (layout.height - MARGIN_BOTTOM - labelMin)));
  const bottom = height - MARGIN_BOTTOM;
  const toPixel = (v: number) => bottom - ((v - y0) / (y1 - y0)) * (bottom - top);
  const toValue = (px: number) => y0 + ((bottom - px) / (bottom - top)) * (y1 - y0);
  const placed = dodgeLabels(
    rightLabels.map((l, i) => ({ position: toPixel(l.value), size: slots[i]! })),
    LABEL_PADDING,
    // Labels may rise into the top margin: the axis label there sits at the far left.
    labelMin,
    bottom,
  );
  const labelled = rightLabels.map((l, i) => ({ text: l.lines.join('\n'), fill: l.fill, bold: l.bold, y: toValue(placed[i]!) }));

  const marks: Plot.Markish[] = [
    ...lines.map(({ value, style }) =>
      Plot.ruleY([value], { stroke: style.stroke, strokeDasharray: style.strokeDasharray, strokeWidth: 2, ariaHidden: 'true' }),
    ),
    Plot.lineY(series, { x: 'x', y: 'y', stroke: PALETTE.council, strokeWidth: 2.5, ariaHidden: 'true' }),
    Plot.dot(dots, { x: 'x', y: 'y', r: 4, fill: PALETTE.council }),
    Plot.text(gaps, { x: 'x', text: 'text', frameAnchor: 'bottom', dy: -8, fill: PALETTE.mutedText }),
    ...[false, true].map((bold) =>
      Plot.text(
        labelled.filter((l) => l.bold === bold),
        { y: 'y', text: 'text', fill: 'fill', frameAnchor: 'right', dx: 8, textAnchor: 'start', lineAnchor: 'middle', fontWeight: bold ? 'bold' : 'normal' },
      ),
    ),
  ];
  if (!hasNumbers) {
    marks.push(Plot.text(['No figures to show'], { frameAnchor: 'middle', fill: PALETTE.mutedText }));
  }

  return renderSvg(
    {
      width: layout.width,
      height,
      marginTop,
      marginBottom: MARGIN_BOTTOM,
      marginLeft,
      marginRight,
      insetLeft: INSET_X,
      insetRight: INSET_X,
      x: {
        type: 'utc',
        domain: xDomain,
        ticks: tickDates,
        tickFormat: (d: Date) => labelOf.get(d.getTime()) ?? '',
        label: null,
      },
      y: { type: 'linear', domain: scale.domain, ticks: scale.ticks, tickFormat: tickText, label: yLabel.join('\n'), labelArrow: 'none', grid: true },
      color: { type: 'identity' },
      marks,
    },
    { title: spec.title, titleId: ids.titleId, descriptionId: ids.descriptionId, layout: layout.name },
  );
}
