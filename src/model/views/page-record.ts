import type { FigureNode } from '../figure-node.ts';

/** Where a figure is shown on a page, and as what. */
export interface Placement {
  node: FigureNode;
  /** The text shown there: the figure's `text`, or its `cell` in a table whose heading names the unit. */
  text: string;
}

// Code-unit order rather than localeCompare: the order must not depend on the machine's locale.
function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every figure one rendering of a report shows, and where. One figure shows one value wherever it
 * appears: a second place showing another text for the same figure stops the build, naming both places.
 * What publishing freezes (the figures in words and the rows behind them) is read from here.
 */
export class PageRecord {
  readonly #places = new Map<string, Placement>();
  readonly #figures = new Map<string, { node: FigureNode; first: string }>();
  readonly #words = new Map<string, string>();

  constructor(readonly where = 'the page') {}

  /** Notes that `place` shows `node` as `text`, and returns the text to show. */
  show(place: string, node: FigureNode, text: string = node.text): string {
    if (text !== node.text && text !== node.cell) {
      throw new Error(`${this.where}: ${place} shows "${text}" for ${node.of}, which reads "${node.text}"; a component must show a figure as the model gives it`);
    }
    const earlier = this.#places.get(place);
    if (earlier !== undefined && earlier.text !== text) {
      throw new Error(`${this.where}: ${place} is shown as both "${earlier.text}" and "${text}"`);
    }
    const known = this.#figures.get(node.key);
    if (known !== undefined && known.node.text !== node.text) {
      throw new Error(`${this.where}: ${node.of} is shown as "${known.node.text}" at ${known.first} and as "${node.text}" at ${place}`);
    }
    const sameWords = this.#words.get(node.of);
    if (sameWords !== undefined && sameWords !== node.key) {
      throw new Error(`${this.where}: two different figures are both called "${node.of}" (${sameWords} and ${node.key}); the model's words for a figure must be unique`);
    }
    this.#words.set(node.of, node.key);
    if (known === undefined) this.#figures.set(node.key, { node, first: place });
    this.#places.set(place, { node, text });
    return text;
  }

  /** The figures shown, each once. */
  nodes(): FigureNode[] {
    return [...this.#figures.values()].map((entry) => entry.node);
  }

  /** What each place showed, by place, in key order (the record of versions published before figures had words). */
  placeTexts(): Record<string, string> {
    const sorted: Record<string, string> = {};
    for (const [place, { text }] of [...this.#places].sort(([a], [b]) => byKey(a, b))) sorted[place] = text;
    return sorted;
  }

  /** Each figure in words with its text, in key order: what a version's figures.json holds. */
  figureTexts(): Record<string, string> {
    const sorted: Record<string, string> = {};
    for (const node of this.nodes().sort((a, b) => byKey(a.of, b.of))) sorted[node.of] = node.text;
    return sorted;
  }

  /** The place of each figure shown, for a change list that says where a changed figure appears. */
  placesOf(key: string): string[] {
    return [...this.#places].filter(([, placement]) => placement.node.key === key).map(([place]) => place);
  }

  /** Every data row the figures shown were decided from: what a version must freeze to render the same. */
  rows(): string[] {
    const rows = new Set<string>();
    for (const node of this.nodes()) for (const row of node.rows) rows.add(row);
    return [...rows].sort(byKey);
  }

  /** Whether any figure shown comes from DfE's files, which a version then freezes with it. */
  usesDfe(): boolean {
    return this.nodes().some((node) => node.source.kind === 'dfe' || node.rows.some((row) => row.includes('/dfe/')));
  }
}
