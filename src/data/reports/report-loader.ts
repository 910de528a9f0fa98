import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { datesAsWritten } from './frontmatter.ts';

/**
 * Astro's glob loader for reports and their versions, with front matter dates taken as the author
 * wrote them: the loader's own YAML parsing turns an unquoted 2025-02-30 into 2 March before any
 * schema sees it. Each entry's file is read again here (public LoaderContext.parseData, which gets its
 * path) so that an impossible date stops the build at its line and column. `rendersCouncil`, for a
 * shard of the build, says whose reports it renders; the others are kept as data alone (dataOnlyElsewhere).
 */
export function reportsLoader({ base, root, rendersCouncil }: { base: string; root: string; rendersCouncil?: ((code: string) => boolean) | undefined }): Loader {
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
        store: rendersCouncil === undefined ? context.store : dataOnlyElsewhere(context.store, rendersCouncil),
        parseData: async (props) => {
          if (props.filePath === undefined) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf8');
          const data = datesAsWritten(props.data, source, relative(root, props.filePath).split('\\').join('/'), props.filePath);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}

type Store = Parameters<Loader['load']>[0]['store'];

/**
 * A shard's store (src/publish/shards/): the reports of councils another shard renders are kept as
 * data alone, for the site-wide pages, without a module to render, so that this shard's bundle leaves
 * their MDX out. Each shard has a cache of its own (astro.config.mjs), so no other build reads them.
 */
function dataOnlyElsewhere(store: Store, rendersCouncil: (code: string) => boolean): Store {
  return {
    ...store,
    set: (entry) => {
      const authority = (entry.data as { authority?: unknown }).authority;
      if (typeof authority !== 'string' || rendersCouncil(authority)) return store.set(entry);
      return store.set({ ...entry, deferredRender: false });
    },
  };
}
