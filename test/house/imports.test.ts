/**
 * The house's doors, read from the source. src/ has a few rooms, each importing only the rooms below it
 * (README, "A tour"): a page renders, rendering selects from the model (a report's components from the
 * report's model, handed down in Astro.locals.report) and publishing's versions, and nothing below knows
 * what is above it. Any import the other way, and any cycle between folders at any depth, fails here
 * with the file and the import named.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

/** The rooms, top first: each may import itself and the rooms after it, never one before it. */
const ROOMS = ['pages', 'render', 'site', 'publish', 'disclosure', 'model', 'data', 'charts', 'engine', 'adapters'] as const;
/** Astro's own entry files at the top of src/: they may import any room, and no room imports them. */
const ENTRY_FILES = ['content.config.ts', 'env.d.ts'];

interface Import {
  file: string;
  target: string;
}

/** Every relative import in src/ (static, dynamic and re-exports), as paths relative to src/. */
function importsIn(src: string): Import[] {
  const found: Import[] = [];
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|astro|mjs)$/.test(file)) continue;
    const text = readFileSync(join(src, file), 'utf8');
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      found.push({ file, target: relative(src, resolve(dirname(join(src, file)), match[1]!)) });
    }
  }
  return found;
}

const roomOf = (path: string): string => (path.includes('/') ? path.slice(0, path.indexOf('/')) : path);

/** Each import that goes up the rooms, or into an entry file, or from or to a folder that is no room, in words. */
export function wrongWay(imports: readonly Import[]): string[] {
  const rank = (room: string): number => (ROOMS as readonly string[]).indexOf(room);
  const problems: string[] = [];
  for (const { file, target } of imports) {
    const from = roomOf(file);
    const to = roomOf(target);
    if (ENTRY_FILES.includes(target)) problems.push(`${file} imports ${target}: Astro's entry files are imported by no room`);
    else if (ENTRY_FILES.includes(file)) continue;
    else if (rank(from) === -1) problems.push(`${file} is in ${from}/, which is no room: put it in one of ${ROOMS.join(', ')}`);
    else if (rank(to) === -1) problems.push(`${file} imports ${target}, in ${to}/, which is no room`);
    else if (rank(to) < rank(from)) problems.push(`${file} imports ${target}: ${from}/ may not import ${to}/, which is above it (${ROOMS.join(' → ')})`);
  }
  return problems;
}

/** Each cycle between folders (at any depth), as the folders and one import for each step. */
export function folderCycles(imports: readonly Import[]): string[] {
  const edges = new Map<string, Map<string, string>>();
  for (const { file, target } of imports) {
    const from = dirname(file);
    const to = dirname(target);
    if (from === to) continue;
    const out = edges.get(from) ?? new Map<string, string>();
    if (!out.has(to)) out.set(to, `${file} imports ${target}`);
    edges.set(from, out);
  }
  // Tarjan's strongly connected components: a component of more than one folder is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[] = [];
  let next = 0;
  const visit = (folder: string): void => {
    index.set(folder, next);
    low.set(folder, next);
    next += 1;
    stack.push(folder);
    onStack.add(folder);
    for (const to of edges.get(folder)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(folder, Math.min(low.get(folder)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(folder, Math.min(low.get(folder)!, index.get(to)!));
    }
    if (low.get(folder) !== index.get(folder)) return;
    const members: string[] = [];
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      onStack.delete(member);
      members.push(member);
      if (member === folder) break;
    }
    if (members.length < 2) return;
    const inCycle = new Set(members);
    const steps = members.flatMap((m) => [...(edges.get(m) ?? [])].filter(([to]) => inCycle.has(to)).map(([, example]) => example));
    cycles.push(`${members.sort().join(' ⇄ ')}: ${steps.join('; ')}`);
  };
  for (const folder of [...edges.keys()].sort()) if (!index.has(folder)) visit(folder);
  return cycles;
}

const all = importsIn(SRC);

describe('the rooms of src/ and their doors', () => {
  it('finds the imports it judges, in every room', () => {
    expect(all.length).toBeGreaterThan(500);
    for (const room of ROOMS) expect(all.some((i) => roomOf(i.file) === room), room).toBe(true);
  });

  it('has no folder under src/ but the rooms', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((name) => !(ROOMS as readonly string[]).includes(name))).toEqual([]);
  });

  it('every import goes down the rooms, or stays in its own', () => {
    expect(wrongWay(all)).toEqual([]);
  });

  it('no folder, at any depth, imports a folder that imports it back', () => {
    expect(folderCycles(all)).toEqual([]);
  });

  it('names the file and the import when a door is used the wrong way, or folders import each other', () => {
    const model = { file: 'model/figure-model.ts', target: 'render/components/Value.astro' };
    expect(wrongWay([model])).toEqual([
      `model/figure-model.ts imports render/components/Value.astro: model/ may not import render/, which is above it (${ROOMS.join(' → ')})`,
    ]);
    expect(wrongWay([{ file: 'utils/helpers.ts', target: 'engine/format.ts' }])[0]).toContain('utils/, which is no room');
    expect(folderCycles([{ file: 'data/load.ts', target: 'data/councils/schema.ts' }, { file: 'data/councils/schema.ts', target: 'data/load.ts' }])).toEqual([
      'data ⇄ data/councils: data/councils/schema.ts imports data/load.ts; data/load.ts imports data/councils/schema.ts',
    ]);
  });
});

describe('the figure model reaches a component one way', () => {
  it("no component imports the site's model: each reads its report's, in Astro.locals.report", () => {
    const components = all.filter((i) => i.file.startsWith('render/components/') && i.target === 'site/figures.ts');
    expect(components.map((i) => i.file)).toEqual([]);
  });
});

describe('file names in src/', () => {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) => !statSync(join(SRC, file)).isDirectory());

  it('TypeScript modules are kebab-case; Astro components PascalCase, as their tags are written; pages and Astro’s entry files are named as Astro asks', () => {
    const named = (file: string): boolean => {
      const name = file.slice(file.lastIndexOf('/') + 1);
      if (file.startsWith('pages/') || ENTRY_FILES.includes(file)) return true;
      if (name.endsWith('.astro')) return /^[A-Z][A-Za-z0-9]*\.astro$/.test(name);
      return /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.d)?\.(?:ts|mjs|css|md|json)$/.test(name) || name === 'README.md';
    };
    expect(files.filter((file) => !named(file))).toEqual([]);
  });
});
