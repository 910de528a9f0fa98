import type { FigureNode } from '../figure-node.ts';

interface RecordableTable {
  columns: readonly string[];
  rows: readonly { header: string; cells: readonly string[]; figures?: readonly (string | undefined)[] }[];
}

type Show = (place: string, node: FigureNode, text?: string) => string;

/**
 * Notes every figure a table shows, at a place named by the table, its row and its column, so that
 * the page's record holds each figure once with every place it appears.
 */
export function recordTable(show: Show, prefix: string, table: RecordableTable, nodes: ReadonlyMap<string, FigureNode>): void {
  for (const row of table.rows) {
    row.cells.forEach((cell, i) => {
      const key = row.figures?.[i];
      if (key === undefined) return;
      const node = nodes.get(key);
      if (node === undefined) throw new Error(`${prefix}: the table shows figure ${key}, which its view did not give`);
      show(`${prefix} | ${row.header} | ${table.columns[i + 1] ?? i + 1}`, node, cell);
    });
  }
}

/** The nodes of a list, by key. */
export function byKey(nodes: Iterable<FigureNode | undefined>): Map<string, FigureNode> {
  const map = new Map<string, FigureNode>();
  for (const node of nodes) if (node !== undefined) map.set(node.key, node);
  return map;
}
