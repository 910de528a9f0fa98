/**
 * What the adapters room relies on in its dependencies beyond their public, documented API, checked
 * against what is installed. Each check fails with a sentence that says what changed and where to look,
 * so that an upgrade shows what to revisit before a build quietly behaves otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

/** A package as installed in the project's node_modules/ (read directly: not every package exports its package.json). */
function installed(name: string): { version: string; dir: string } {
  const dir = join('node_modules', name);
  return { version: (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version, dir };
}

function contract(holds: boolean, explanation: string): void {
  if (!holds) throw new Error(explanation);
}

describe('the dependencies the adapters reach into', () => {
  it('@astrojs/mdx still compiles through a Vite plugin named "@mdx-js/rolldown" with a transform handler (src/adapters/mdx.ts wraps it)', () => {
    const mdx = installed('@astrojs/mdx');
    const plugin = readFileSync(join(mdx.dir, 'dist/vite-plugin-mdx.js'), 'utf8');
    contract(
      /name:\s*["']@mdx-js\/rolldown["']/.test(plugin) && /transform:\s*\{/.test(plugin) && /handler\b/.test(plugin),
      `@astrojs/mdx ${mdx.version} no longer names its compiling plugin "@mdx-js/rolldown" with a transform handler: ` +
        'src/adapters/mdx.ts would stop every build. Find the plugin that compiles .mdx in node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js, ' +
        'and change MDX_PLUGIN there (or drop the adapter if MDX no longer compiles every report at once; docs/stack.md).',
    );
    expect(mdx.version).toBe(project.dependencies['@astrojs/mdx']);
  });

  it('Pagefind is the version whose index layout src/adapters/pagefind.ts reorders', () => {
    const pagefind = installed('pagefind');
    const adapter = readFileSync('src/adapters/pagefind.ts', 'utf8');
    contract(
      adapter.includes(`Pagefind ${pagefind.version}`),
      `Pagefind ${pagefind.version} is installed, but src/adapters/pagefind.ts rewrites the index as another version lays it out: ` +
        'build the example site twice and compare dist/pagefind/ (test/adapters/pagefind.test.ts shows how), then update the adapter and its version.',
    );
  });

  it('Astro is the version whose error output src/adapters/astro-errors.ts reads', () => {
    const astro = installed('astro');
    const test = readFileSync('test/adapters/astro-errors.test.ts', 'utf8');
    contract(
      test.includes(`Astro ${astro.version}`),
      `Astro ${astro.version} is installed, but the error output src/adapters/astro-errors.ts filters was recorded from another version: ` +
        'make a build fail on purpose (an unknown indicator in a report), compare its stderr with the lines in test/adapters/astro-errors.test.ts, and update both.',
    );
  });

  it('Rolldown still reports Astro’s head-inject marker as the MODULE_LEVEL_DIRECTIVE warning astro.config.mjs drops', () => {
    const rolldown = installed('rolldown');
    const code = 'MODULE_LEVEL_DIRECTIVE';
    // The warning codes live in Rolldown's native binding, not its JavaScript.
    const bindings = readdirSync('node_modules/@rolldown').filter((name) => name.startsWith('binding-'));
    const native = bindings.flatMap((name) => readdirSync(join('node_modules/@rolldown', name)).filter((f) => f.endsWith('.node')).map((f) => join('node_modules/@rolldown', name, f)));
    contract(
      readFileSync('astro.config.mjs', 'utf8').includes(code) && native.some((file) => readFileSync(file).includes(code)),
      `Rolldown ${rolldown.version} no longer warns with code ${code}: the filter in astro.config.mjs would let the head-inject warning flood back; ` +
        'build the example site and read the warning it prints, then change the code there (withastro/astro#18087; docs/stack.md).',
    );
  });
});
