import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { datesAsWritten } from './frontmatter.ts';

/**
 * Astro's glob loader for reports and their versions, with front matter dates taken as the author
 * wrote them: the loader's own YAML parsing turns an unquoted 2025-02-30 into 2 March before any
 * schema sees it. Each entry's file is read again here (public LoaderContext.parseData, which gets its
 * path) so that an impossible date stops the build at its line and column.
 */
export function reportsLoader({ base, root }: { base: string; root: string }): Loader {
  const inner = glob({
    pattern: '**/index.mdx',
    base,
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, ''),
  });
  return {
    name: 'tabled-reports',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath === undefined) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf8');
          const data = datesAsWritten(props.data, source, relative(root, props.filePath).split('\\').join('/'), props.filePath);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
