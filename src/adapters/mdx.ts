import type { Plugin } from 'vite';
import { limitConcurrency } from './one-at-a-time.ts';

/** The name of @astrojs/mdx's compiling plugin (node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js). */
const MDX_PLUGIN = '@mdx-js/rolldown';

type TransformHandler = (this: unknown, ...args: unknown[]) => Promise<unknown>;

/**
 * Compiles MDX reports one at a time rather than all at once: otherwise every report's compile is in
 * flight at once, each holding its syntax trees, and a compile is work on this thread alone, so
 * running them side by side gains nothing but memory (docs/performance.md, "Build tuning"). Wraps
 * the MDX plugin's transform once the plugins are resolved, and stops the build if that plugin is not
 * found, as a changed @astrojs/mdx would otherwise undo this without a word.
 */
export function mdxOneAtATime(): Plugin {
  return {
    name: 'tabled:mdx-one-at-a-time',
    configResolved(resolved) {
      const plugin = resolved.plugins.find((p) => p.name === MDX_PLUGIN);
      const transform = plugin?.transform;
      if (transform === undefined || typeof transform !== 'object' || typeof transform.handler !== 'function') {
        throw new Error(`tabled:mdx-one-at-a-time: no "${MDX_PLUGIN}" plugin with a transform handler; @astrojs/mdx has changed, see docs/stack.md`);
      }
      const handler = transform.handler as TransformHandler;
      const limited = limitConcurrency(1, (self: unknown, args: unknown[]) => handler.apply(self, args));
      (transform as { handler: TransformHandler }).handler = function (this: unknown, ...args: unknown[]) {
        return limited(this, args);
      };
    },
  };
}
