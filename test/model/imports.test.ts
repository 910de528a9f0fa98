/**
 * The figure model's doors, read from the source: figures, comparators and views live in src/model and
 * import one way. The engine imports nothing of ours but itself; the data layer never imports the model;
 * inside the model, the DfE comparators know nothing of the model around them, the model's core knows
 * nothing of the views, and nothing in the model knows a page, a component or the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

interface Import {
  from: string;
  to: string;
}

/** Every relative import in src/, as paths relative to src/. */
function imports(): Import[] {
  const found: Import[] = [];
  for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|astro|mjs)$/.test(file)) continue;
    const text = readFileSync(join(SRC, file), 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      found.push({ from: file, to: relative(SRC, resolve(dirname(join(SRC, file)), match[1]!)) });
    }
  }
  return found;
}

const all = imports();
const offending = (from: (path: string) => boolean, to: (path: string) => boolean) =>
  all.filter((i) => from(i.from) && to(i.to)).map((i) => `${i.from} imports ${i.to}`);

const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
const not = (test: (path: string) => boolean) => (path: string) => !test(path);
const any = (...tests: ((path: string) => boolean)[]) => (path: string) => tests.some((t) => t(path));

describe('the figure model’s doors', () => {
  it('finds the imports it judges', () => {
    expect(all.filter((i) => under('model')(i.from)).length).toBeGreaterThan(50);
  });

  it('the engine imports only itself', () => {
    expect(offending(under('engine'), not(under('engine')))).toEqual([]);
  });

  it('the data layer never imports the model', () => {
    expect(offending(under('data'), under('model'))).toEqual([]);
  });

  it('the model imports only the engine, the data layer, chart specs and itself: never a page, a component or the build', () => {
    expect(offending(under('model'), not(any(under('model'), under('engine'), under('data'), under('charts'))))).toEqual([]);
  });

  it('the DfE comparators know nothing of the model built on them', () => {
    expect(offending(under('model/dfe'), any(under('model/views'), (p) => /^model\/[^/]+$/.test(p)))).toEqual([]);
  });

  it('the model’s core knows nothing of the views that select from it', () => {
    expect(offending((p) => /^model\/[^/]+$/.test(p), under('model/views'))).toEqual([]);
  });

  it('components select figures through the views, and do no arithmetic of their own with the engine’s measures', () => {
    const components = readdirSync(join(SRC, 'render', 'components')).filter((f) => f.endsWith('.astro'));
    const arithmetic = /\b(?:percentage|ratePer|ratio|yearToDate|rollingAverage|neighbourAverage|suppressTable|suppressFigure|directionOfTravel|formatChange)\(/;
    const doing = components.filter((f) => arithmetic.test(readFileSync(join(SRC, 'render', 'components', f), 'utf8')));
    expect(doing).toEqual([]);
  });
});
