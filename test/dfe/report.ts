import type { Discrepancy, Reconciliation } from './reconcile.ts';

function total(map: Map<string, unknown[]>): number {
  return [...map.values()].reduce((sum, list) => sum + list.length, 0);
}

function discrepancyLine({ figure, recomputed }: Discrepancy): string {
  const engine =
    recomputed === undefined
      ? 'not recomputable (blank input)'
      : recomputed.value === undefined
        ? `engine gives ${recomputed.symbol ?? 'nothing'} (${recomputed.method ?? ''})`
        : `engine gives ${recomputed.value} (${recomputed.method ?? ''})`;
  return (
    `    ${figure.location} ${figure.label}: published ${figure.published.raw}; ` +
    `numerator ${figure.numerator.raw}, denominator ${figure.denominator.raw}; ${engine}`
  );
}

/**
 * The lines a reconciliation prints: a headline with the match count over the rows that publish a
 * number, then every row that is not a match, by the rule that explains it, and the markers not compared.
 * `rows` names what was compared, e.g. "local-authority rows".
 */
export function reportLines(result: Reconciliation, rows = 'local-authority rows'): string[] {
  const explained = total(result.explained);
  const notCompared = total(result.notCompared);
  const byMarker = [...result.notCompared].sort(([a], [b]) => a.localeCompare(b));
  const markers = byMarker.map(([marker, list]) => `${marker} ${list.length}`).join(', ');
  const lines = [
    `${result.measure.name}: ${result.matches} of ${result.compared} ${rows} match, counting rows that publish a number; ` +
      `${explained} explained, ${result.unexplained.length} unexplained; ` +
      `${notCompared} more rows publish a marker instead of a number${markers ? ` (${markers})` : ''} and are not compared`,
  ];
  for (const [name, list] of result.explained) {
    lines.push(`  explained, ${name} (${list.length}):`, ...list.map(discrepancyLine));
  }
  lines.push(`  unexplained (${result.unexplained.length})${result.unexplained.length ? ':' : ''}`);
  lines.push(...result.unexplained.map(discrepancyLine));
  for (const [marker, list] of byMarker) {
    const names = [...new Set(list.map((figure) => figure.area))].sort();
    lines.push(`  not compared, published ${marker} (${list.length}): ${names.join('; ')}`);
  }
  const halves = result.exactHalves.map(
    (figure) => `${figure.label} ${figure.numerator.raw}/${figure.denominator.raw} → ${figure.published.raw}`,
  );
  lines.push(
    `  exact halves (${halves.length}), published rounded up as the engine rounds them${halves.length ? `: ${halves.join('; ')}` : ''}`,
  );
  return lines;
}
