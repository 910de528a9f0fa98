import type { Root } from 'mdast';
import { closestName } from '../../data/closest-name.ts';

/** The components a report's MDX may use, as `src/render/components/index.ts` passes them to every report. */
export const REPORT_COMPONENT_NAMES = ['Added', 'Benchmark', 'BreakdownTable', 'ComparisonChart', 'ComparisonTable', 'IndicatorSummary', 'IndicatorTable', 'LostChart', 'SymbolKey', 'TrendChart', 'Value'] as const;

interface JsxNode {
  type: string;
  name?: string | null;
  children?: JsxNode[];
}

/** The part of a VFile used: failing at a node names the file, line and column. */
interface MessageFile {
  fail(reason: string, place?: unknown): never;
}

/**
 * A remark plugin for report MDX: a capitalised tag that is not one of the report components stops the
 * build at compile time, at the tag's line and column, naming the components there are. Left to run,
 * MDX fails only while rendering ("Expected component `TrendChartt` to be defined"), without saying where.
 */
export function remarkKnownComponents(options: { names: readonly string[] } = { names: REPORT_COMPONENT_NAMES }) {
  const allowed = new Set(options.names);
  return (tree: Root, file: MessageFile): void => {
    const visit = (node: JsxNode): void => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name) && !allowed.has(node.name)) {
        const meant = closestName(node.name, options.names);
        file.fail(
          `<${node.name}> is not a report component${meant ? `: did you mean <${meant}>?` : '.'} The components are ${options.names.map((n) => `<${n}>`).join(', ')}.`,
          node,
        );
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree as unknown as JsxNode);
  };
}
