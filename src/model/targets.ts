import { formatFigure, formatNumber, ragRating, type Figure, type NotRated, type Period, type RagRating } from '../engine/index.ts';
import type { IndicatorEntry } from '../data/dataset.ts';
import { targetFor } from '../data/target-for.ts';
import type { RagPolicy } from './council-policy.ts';
import type { FigureModel } from './figure-model.ts';
import { hasNumber, type FigureNode } from './figure-node.ts';

/*
 * A council's target for a figure, and the figure's rating against it under the council's RAG policy:
 * both nodes, so a changed target or rating is caught like any changed figure.
 */

/** The council's target in force for a period, with the exact decimals RAG compares; `tolerance` is the target's own, if it gives one. */
export function targetOf(model: FigureModel, indicatorId: string, areaCode: string, period: Period): { node: FigureNode; raw: string; tolerance: string | undefined } | undefined {
  const indicator = model.indicator(indicatorId);
  const area = model.area(areaCode);
  const found = targetFor(model.dataset, indicator.id, area.code, period);
  if (found === undefined) return undefined;
  const places = Math.min(indicator.decimals, found.target.raw.split('.')[1]?.length ?? 0);
  const figure: Figure = {
    unit: indicator.unit,
    decimals: places,
    value: found.target.value,
    inputs: [{ role: 'target', value: found.target.raw, source: found.source }],
    ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }),
  };
  const node = model.node({
    indicator,
    area,
    period,
    breakdown: '',
    measure: { kind: 'target' },
    figure,
    source: { kind: 'data', words: `${area.name}'s target` },
    // The catalogue is frozen whole; a council's own target is a row of targets.csv to freeze.
    rows: found.source.includes('/targets.csv:') ? [found.source] : [],
  });
  return { node, raw: found.target.raw, tolerance: found.tolerance?.raw };
}

/**
 * A council's figure rated against its target under the council's RAG policy (green, amber, red or
 * not rated), as a node: a published figure, so a change of target, tolerance or policy that changes
 * it is caught like any changed figure. `basis` says in words what the tolerance was.
 */
export function rating(model: FigureModel, latest: FigureNode): { node: FigureNode; rag: RagRating | NotRated; target: FigureNode; basis: string } | undefined {
  const target = targetOf(model, latest.indicator.id, latest.area.code, latest.period);
  if (target === undefined) return undefined;
  const indicator = latest.indicator;
  const policy = model.policyOf(latest.area.code).rag;
  const own = target.tolerance;
  const tolerance = own !== undefined ? { value: own, of: 'unit' as const } : policy.tolerance;
  const rag: RagRating | NotRated =
    latest.withheld !== undefined
      ? { rated: false, reason: 'not rated: the figure is withheld' }
      : ragRating(hasNumber(latest) ? latest.figure : undefined, {
          target: target.raw,
          tolerance: tolerance?.value ?? '0',
          toleranceOf: tolerance?.of ?? 'unit',
          within: policy.within,
          polarity: indicator.polarity,
        });
  const basis = toleranceWords(indicator, tolerance, policy.within, own !== undefined);
  const text = rag.rated ? `${rag.label} (${rag.status})` : `${rag.reason.charAt(0).toUpperCase()}${rag.reason.slice(1)}`;
  const figure: Figure = {
    unit: indicator.unit,
    decimals: 0,
    method: `${latest.text} against a target of ${target.node.text}: ${basis}`,
    inputs: [
      { role: 'figure', value: latest.text },
      { role: 'target', value: target.raw },
      ...(tolerance === undefined ? [] : [{ role: tolerance.of === 'target' ? 'tolerance (% of target)' : 'tolerance', value: tolerance.value }]),
    ],
  };
  const node = model.node(
    { indicator, area: latest.area, period: latest.period, breakdown: latest.breakdown, measure: { kind: 'rating' }, figure, source: target.node.source, rows: [...latest.rows, ...target.node.rows] },
    text,
  );
  return { node, rag, target: target.node, basis };
}

/** What a rating's tolerance was, in words: "amber within 1 percentage point of the target". */
function toleranceWords(indicator: IndicatorEntry, tolerance: RagPolicy['tolerance'], within: RagPolicy['within'], ownTolerance: boolean): string {
  const status = within === 'green' ? 'green (on track)' : 'amber';
  if (tolerance === undefined || Number(tolerance.value) === 0) return 'no tolerance: short of the target is red';
  const amount =
    tolerance.of === 'target'
      ? `${formatNumber(tolerance.value)}% of the target`
      : indicator.unit === 'percent'
        ? `${formatNumber(tolerance.value)} percentage point${tolerance.value === '1' ? '' : 's'}`
        : formatFigure({ unit: indicator.unit, value: Number(tolerance.value), decimals: tolerance.value.split('.')[1]?.length ?? 0, inputs: [], ...(indicator.rate_per === undefined ? {} : { per: indicator.rate_per }) });
  return `${status} within ${amount} of it (${ownTolerance ? "the target's own tolerance" : "the council's tolerance for a target that gives none"})`;
}
