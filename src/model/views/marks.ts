import type { FigureNode } from '../figure-node.ts';

/**
 * Whose rule withheld a figure, in words a reader sees beside the symbol: the council's own (a figure it
 * withheld in what it published), DfE's, or the site's disclosure rules and why they apply to it.
 */
export function withheldBy(node: FigureNode): string | undefined {
  const withheld = node.withheld;
  if (withheld === undefined) return undefined;
  switch (withheld.reason) {
    case 'in-data':
      return node.source.kind === 'dfe' ? 'withheld by DfE in its published figures' : `withheld by ${node.area.name} in the figures it published`;
    case 'small':
      return "withheld under this site's disclosure rules: a small number about children";
    case 'derived':
      return "withheld under this site's disclosure rules: worked out from a withheld figure";
    case 'secondary':
      return "withheld under this site's disclosure rules: it would give away a withheld figure";
  }
}
