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
import type { RenderedChart } from './rendered-chart.ts';
import { FONT_SIZE, renderSvg, svgElement } from './render-svg.ts';
import { shownValue } from './shown-value.ts';
import { estimateTextWidth } from './text-width.ts';

export const COMPARISON_WIDTH = 640;

const ROW_HEIGHT = 28;
const MARGIN_BOTTOM = 44;
const REFERENCE_LABEL_LINE = FONT_SIZE + 4;
const HALO = { stroke: PALETTE.background, strokeWidth: 5, paintOrder: 'stroke' } as const;

/** Start a reference label at its line if it fits to the right, else end it there, else centre it. */
function referenceAnchor(x: number, width: number): 'start' | 'end' | 'middle' {
  if (x + width <= COMPARISON_WIDTH - 4) return 'start';
  if (x - width >= 4) return 'end';
  return 'middle';
}

/**
 * Horizontal bars of the council, its statistical neighbours and its region for one period, with the
 * neighbour average and England as labelled reference lines. The council's bar is hatched, outlined
 * and named "(this council)", so it stands out without colour. Areas without a number get no bar.
 */
export function comparisonChart(spec: ComparisonChartSpec): RenderedChart {
  const ids = chartIds(spec.id);
  const hatchId = `${ids.defsPrefix}-council-hatch`;
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

  const marginTop = 8 + references.length * REFERENCE_LABEL_LINE + (references.length > 0 ? 6 : 0);
  const marginLeft = 12 + Math.max(...rows.map((r) => estimateTextWidth(r.label, FONT_SIZE, r.kind === 'council')));
  const marginRight = 12 + Math.max(24, ...rows.map((r) => estimateTextWidth(r.text, FONT_SIZE)));
  const height = marginTop + MARGIN_BOTTOM + rows.length * ROW_HEIGHT;
  const plotWidth = COMPARISON_WIDTH - marginLeft - marginRight;
  const toPixel = (v: number) => marginLeft + ((v - x0) / (x1 - x0)) * plotWidth;

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
    ...references.map((r, index) =>
      Plot.text([r], {
        x: 'value',
        text: 'text',
        fill: r.style.stroke,
        frameAnchor: 'top',
        dy: -6 - (references.length - 1 - index) * REFERENCE_LABEL_LINE,
        lineAnchor: 'bottom',
        textAnchor: referenceAnchor(toPixel(r.value), estimateTextWidth(r.text, FONT_SIZE)),
      }),
    ),
    Plot.text(rows.filter((r) => r.value === undefined), { x: x0, y: 'key', text: 'text', dx: 6, textAnchor: 'start', fill: PALETTE.mutedText }),
    // A white halo keeps a value label readable where a reference line passes behind it.
    Plot.text(bars, { x: 'value', y: 'key', text: 'text', dx: 6, textAnchor: 'start', fill: PALETTE.text, ...HALO }),
    ...[false, true].map((isCouncil) =>
      Plot.text(
        rows.filter((r) => (r.kind === 'council') === isCouncil),
        { y: 'key', text: 'label', frameAnchor: 'left', dx: -8, textAnchor: 'end', fontWeight: isCouncil ? 'bold' : 'normal' },
      ),
    ),
  ];

  const svg = renderSvg(
    {
      width: COMPARISON_WIDTH,
      height,
      marginTop,
      marginBottom: MARGIN_BOTTOM,
      marginLeft,
      marginRight,
      x: { type: 'linear', domain: scale.domain, ticks: scale.ticks, tickFormat: (t: number) => `${formatNumber(t, spec.tickDecimals)}${spec.tickSuffix ?? ''}`, label: spec.xLabel, labelArrow: 'none', labelAnchor: 'center', grid: true },
      y: { type: 'band', domain: rows.map((r) => r.key), axis: null, paddingInner: 0.25, paddingOuter: 0.15 },
      marks,
    },
    {
      title: spec.title,
      titleId: ids.titleId,
      descriptionId: ids.descriptionId,
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
  return { svg, titleId: ids.titleId, descriptionId: ids.descriptionId, description: describeComparison(spec), table: comparisonTable(spec) };
}
