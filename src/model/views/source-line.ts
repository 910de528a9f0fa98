import type { FigureNode } from '../figure-node.ts';

/**
 * Where a chart's or card's figures come from, in one line: the council's own source, then DfE's
 * publications and the neighbours' average as the comparators were taken, then what papers stated.
 * "Source: DfE children in need census (CIN); England and region: DfE, Characteristics of children in
 * need, 2020/21; statistical neighbours: DfE, …, mean of 10, DfE's statistical neighbour groupings of April 2021".
 */
export function sourceLine(nodes: readonly FigureNode[]): string {
  const parts: string[] = [];
  const add = (part: string) => {
    if (!parts.includes(part)) parts.push(part);
  };
  const own = nodes.filter((n) => n.source.kind === 'data');
  for (const node of own) add(node.source.words);
  const dfe = nodes.filter((n) => n.source.kind === 'dfe' && n.average === undefined && n.area.kind !== 'local-authority');
  const dfeWords = [...new Set(dfe.map((n) => n.source.words))];
  for (const words of dfeWords) {
    const who = [...new Set(dfe.filter((n) => n.source.words === words).map((n) => (n.area.kind === 'country' ? 'England' : n.area.name)))];
    add(`${who.join(' and ')}: ${words}`);
  }
  for (const node of nodes.filter((n) => n.average !== undefined)) {
    const [publication, rest] = [node.source.words.split('; statistical neighbours: ')[0], node.source.words.split('; statistical neighbours: ')[1]];
    add(`statistical neighbours: ${rest ?? ''} (${publication})`);
  }
  const councils = nodes.filter((n) => n.source.kind === 'dfe' && n.area.kind === 'local-authority' && n.average === undefined);
  if (councils.length > 0) add(`other councils: ${councils[0]!.source.words}`);
  if (nodes.some((n) => n.source.kind === 'paper')) add('comparators as the paper stated them');
  return parts.length === 0 ? '' : `Source: ${parts.join('; ')}.`;
}
