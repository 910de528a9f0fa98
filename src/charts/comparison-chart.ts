import * as Plot from '@observablehq/plot';
import { formatNumber } from '../engine/format.ts';
import { capitalise } from './capitalise.ts';
import { chartIds } from './chart-ids.ts';
import type { ComparisonChartSpec } from './comparison-chart-spec.ts';
import { comparisonRows } from './comparison-rows.ts';
import { comparisonTable } from './comparison-table.ts';
import { describeComparison } from './describe-comparison.ts';
import { niceScale } from './nice-scale.ts';
import { PALETTE, referenceLineStyle } from './palette.ts';
import { bothLayouts, NARROW_WIDTH, type RenderedChart } from './rendered-chart.ts';
import { FONT_SIZE, renderSvg, svgElement } from './render-svg.ts';
import { shownValue } from './shown-value.ts';
import { estimateTextWidth } from './text-width.ts';
import { wrapText } from './wrap-text.ts';

export const COMPARISON_WIDTH = 640;

/**
 * One layout of a comparison chart, in SVG units (1/16 rem on the page). The wide one names each bar
 * to its left; the narrow one (NARROW_WIDTH) names it on a line of its own above the bar, so
 * that the bars keep the whole width.
 */
interface ComparisonLayout {
  name: 'wide' | 'narrow';
  width: number;
  rowHeight: number;
  labelsAbove: boolean;
}

const WIDE: ComparisonLayout = { name: 'wide', width: COMPARISON_WIDTH, rowHeight: 30, labelsAbove: false };
const NARROW: ComparisonLayout = { name: 'narrow', width: NARROW_WIDTH, rowHeight: 46, labelsAbove: true };

const MARGIN_BOTTOM = 44;
const REFERENCE_LABEL_LINE = FONT_SIZE + 4;
/** Height of a bar in the narrow layout, whose label takes the rest of its row. */
const NARROW_BAR = 16;
const HALO = { stroke: PALETTE.background, strokeWidth: 5, paintOrder: 'stroke' } as const;

/** Start a reference label at its line if it fits to the right, else end it there, else centre it. */
function referenceAnchor(x: number, width: number, chartWidth: number): 'start' | 'end' | 'middle' {
  if (x + width <= chartWidth - 4) return 'start';
  if (x - width >= 4) return 'end';
  return 'middle';
}

/**
 * Horizontal bars of the council, its statistical neighbours and its region for one period, with the
 * neighbour average and England as labelled reference lines. The council's bar is hatched, outlined
 * and named "(this council)", so it stands out without colour. Areas without a number get no bar.
 */
export function comparisonChart(spec: ComparisonChartSpec): RenderedChart {
  return bothLayouts(spec, drawComparison, [WIDE, NARROW], { description: describeComparison(spec), table: comparisonTable(spec) });
}

function drawComparison(spec: ComparisonChartSpec, layout: ComparisonLayout): string {
  const ids = chartIds(spec.id);
  // The two layouts share a page, so each has a pattern id of its own.
  const hatchId = `${ids.defsPrefix}-council-hatch${layout.name === 'wide' ? '' : `-${layout.name}`}`;
  // Plot sees a row's label and, only where a number may be shown, its value and display.
  const rows = comparisonRows(spec).map((r, index) => ({
    key: `${index}`,
    kind: r.kind,
    label: r.label,
    value: r.value,
    text: r.value === undefined ? (/\d/.test(r.display) ? '' : r.display) : r.display,
  }));
  const bars = rows.filter((r): r is typeof r & { value: number } => r.value !== undefined);

  const references = [spec.neighbourAverage, spec.england]
    .filter((area) => area !== undefined)
    .flatMap((area, index) => {
      const value = shownValue(area);
      return value === undefined ? [] : [{ value, text: `${capitalise(area.label)} ${area.display}`, style: referenceLineStyle(index) }];
    });

  const values = [...bars.map((b) => b.value), ...references.map((r) => r.value)];
  const scale = niceScale(Math.min(0, ...values), Math.max(1, ...values));
  const [x0, x1] = scale.domain;

  const tickText = (t: number) => `${formatNumber(t, spec.tickDecimals)}${spec.tickSuffix ?? ''}`;
  // Names above the bars leave the left margin to the first tick label, centred on the axis.
  const marginLeft = layout.labelsAbove
    ? Math.max(8, Math.ceil(estimateTextWidth(tickText(x0), FONT_SIZE) / 2) + 2)
    : 12 + Math.max(...rows.map((r) => estimateTextWidth(r.label, FONT_SIZE, r.kind === 'council')));
  const marginRight = 12 + Math.max(24, ...rows.map((r) => estimateTextWidth(r.text, FONT_SIZE)));
  const plotWidth = layout.width - marginLeft - marginRight;
  const toPixel = (v: number) => marginLeft + ((v - x0) / (x1 - x0)) * plotWidth;
  // Each reference label has lines of its own above the bars. One too long for either side of its
  // line is wrapped to the wider side.
  const referenceLabels = references.map((r) => {
    const x = toPixel(r.value);
    const whole = estimateTextWidth(r.text, FONT_SIZE);
    const lines = whole <= Math.max(layout.width - 4 - x, x - 4) ? [r.text] : wrapText(r.text, Math.max(layout.width - 4 - x, x - 4), FONT_SIZE);
    return { lines, anchor: referenceAnchor(x, Math.max(...lines.map((line) => estimateTextWidth(line, FONT_SIZE))), layout.width) };
  });
  const referenceLineCount = referenceLabels.reduce((sum, label) => sum + label.lines.length, 0);
  const marginTop = 8 + referenceLineCount * REFERENCE_LABEL_LINE + (references.length > 0 ? 6 : 0);
  // The x axis's label, centred under the axis, wrapped to the chart's width; extra lines go below.
  const xLabel = wrapText(spec.xLabel, layout.width - 8, FONT_SIZE);
  const marginBottom = MARGIN_BOTTOM + (xLabel.length - 1) * REFERENCE_LABEL_LINE;
  const height = marginTop + marginBottom + rows.length * layout.rowHeight;
  // As many tick labels as fit side by side: every other one, or fewer, in a narrow chart.
  const spacing = scale.ticks.length > 1 ? (plotWidth * Math.abs((scale.ticks[1] ?? 0) - (scale.ticks[0] ?? 0))) / (x1 - x0) : plotWidth;
  const tickStep = Math.max(1, Math.ceil((Math.max(0, ...scale.ticks.map((t) => estimateTextWidth(tickText(t), FONT_SIZE))) + 8) / spacing));
  const ticks = scale.ticks.filter((_, i) => i % tickStep === 0);
  // The narrow layout's bars are NARROW_BAR high, with the row's label in the space above each.
  const padding = layout.labelsAbove ? 1 - NARROW_BAR / layout.rowHeight : 0.25;

  const council = bars.filter((b) => b.kind === 'council');
  const others = bars.filter((b) => b.kind !== 'council');
  const marks: Plot.Markish[] = [
    // Reference lines go behind the bars, so that they never cross a bar's value label.
    ...references.map((r) =>
      Plot.ruleX([r.value], { stroke: r.style.stroke, strokeDasharray: r.style.strokeDasharray, strokeWidth: 2, ariaHidden: 'true' }),
    ),
    Plot.barX(others, { x: 'value', y: 'key', fill: PALETTE.otherArea }),
    Plot.barX(council, {
      x: 'value',
      y: 'key',
      fill: `url(#${hatchId})`,
      stroke: PALETTE.councilOutline,
      strokeWidth: 2,
    }),
    Plot.ruleX([x0], { stroke: PALETTE.text, ariaHidden: 'true' }),
    // Each reference label gets its own line above the bars, so two close averages never overprint.
    ...references.map((r, index) => {
      const label = referenceLabels[index] ?? { lines: [r.text], anchor: 'middle' as const };
      const below = referenceLabels.slice(index + 1).reduce((sum, later) => sum + later.lines.length, 0);
      return Plot.text([{ ...r, text: label.lines.join('\n') }], {
        x: 'value',
        text: 'text',
        fill: r.style.stroke,
        frameAnchor: 'top',
        dy: -6 - below * REFERENCE_LABEL_LINE,
        lineAnchor: 'bottom',
        lineHeight: REFERENCE_LABEL_LINE / FONT_SIZE,
        textAnchor: label.anchor,
      });
    }),
    Plot.text(rows.filter((r) => r.value === undefined), { x: x0, y: 'key', text: 'text', dx: 6, textAnchor: 'start', fill: PALETTE.mutedText }),
    // A white halo keeps a value label readable where a reference line passes behind it.
    Plot.text(bars, { x: 'value', y: 'key', text: 'text', dx: 6, textAnchor: 'start', fill: PALETTE.text, ...HALO }),
    ...[false, true].map((isCouncil) =>
      Plot.text(
        rows.filter((r) => (r.kind === 'council') === isCouncil),
        layout.labelsAbove
          ? // Reference lines cross the space above the bars: a halo keeps each name readable over them.
            { y: 'key', text: 'label', frameAnchor: 'left', dy: -(NARROW_BAR / 2 + 3), lineAnchor: 'bottom', textAnchor: 'start', fill: PALETTE.text, fontWeight: isCouncil ? 'bold' : 'normal', ...HALO }
          : { y: 'key', text: 'label', frameAnchor: 'left', dx: -8, textAnchor: 'end', fontWeight: isCouncil ? 'bold' : 'normal' },
      ),
    ),
  ];

  return renderSvg(
    {
      width: layout.width,
      height,
      marginTop,
      marginBottom,
      marginLeft,
      marginRight,
      x: { type: 'linear', domain: scale.domain, ticks, tickFormat: tickText, label: xLabel.join('\n'), labelOffset: 32 + (xLabel.length - 1) * REFERENCE_LABEL_LINE, labelArrow: 'none', labelAnchor: 'center', grid: true },
      y: { type: 'band', domain: rows.map((r) => r.key), axis: null, paddingInner: padding, paddingOuter: layout.labelsAbove ? padding / 2 : 0.15 },
      marks,
    },
    {
      title: spec.title,
      titleId: ids.titleId,
      descriptionId: ids.descriptionId,
      layout: layout.name,
      decorate: (root, document) => {
        const defs = svgElement(document, 'defs', {});
        const pattern = svgElement(document, 'pattern', {
          id: hatchId,
          patternUnits: 'userSpaceOnUse',
          width: '6',
          height: '6',
          patternTransform: 'rotate(45)',
        });
        pattern.append(
          svgElement(document, 'rect', { width: '6', height: '6', fill: PALETTE.council }),
          svgElement(document, 'line', { x1: '0', y1: '0', x2: '0', y2: '6', stroke: PALETTE.background, 'stroke-width': '3' }),
        );
        defs.append(pattern);
        root.insertBefore(defs, root.firstChild);
      },
    },
  );
}
