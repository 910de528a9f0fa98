import { relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { closestName } from '../../data/closest-name.ts';
import { readPeriod } from '../../engine/period-read.ts';

/** What a prop of a report component takes. */
type PropKind =
  | { kind: 'text' }
  | { kind: 'indicator' }
  | { kind: 'indicators' }
  | { kind: 'area' }
  | { kind: 'period' }
  | { kind: 'periods' }
  | { kind: 'one-of'; values: readonly string[] }
  | { kind: 'literal' };

interface ComponentSpec {
  props: Record<string, PropKind>;
  required: readonly string[];
  /** What the component is for, with a working example, for a message about a missing prop. */
  example: string;
}

const text: PropKind = { kind: 'text' };
const indicator: PropKind = { kind: 'indicator' };
const area: PropKind = { kind: 'area' };
const period: PropKind = { kind: 'period' };
const periods: PropKind = { kind: 'periods' };
const oneOf = (...values: string[]): PropKind => ({ kind: 'one-of', values });
const method = oneOf('mean', 'median');
const compare = oneOf('previous', 'latest', 'last-year');

/**
 * The props each report component takes, as its `.astro` file declares them. Kept beside the check
 * that reads them; test/markdown/component-props.test.ts holds the two together.
 */
export const COMPONENT_PROPS: Record<string, ComponentSpec> = {
  Value: {
    props: { indicator, area, period, breakdown: text, show: oneOf('value', 'numerator', 'denominator', 'previous', 'change', 'ytd', 'rolling12', 'period', 'target'), compare, from: period, unit: oneOf('none') },
    required: ['indicator'],
    example: '<Value indicator="referrals" />',
  },
  IndicatorSummary: { props: { indicator, area, period, level: { kind: 'literal' }, compare }, required: ['indicator'], example: '<IndicatorSummary indicator="referrals" />' },
  TrendChart: { props: { indicator, area, period, from: period, title: text }, required: ['indicator'], example: '<TrendChart indicator="referrals" />' },
  ComparisonChart: { props: { indicator, area, period, method, title: text }, required: ['indicator'], example: '<ComparisonChart indicator="re-referrals-within-12-months" period="2020/21" />' },
  ComparisonTable: { props: { indicator, periods, area, method, caption: text }, required: ['indicator', 'periods'], example: '<ComparisonTable indicator="care-proceedings-rate" periods="2018/19, 2019/20" />' },
  IndicatorTable: { props: { indicators: { kind: 'indicators' }, periods, area, caption: text, compare }, required: ['indicators', 'periods'], example: '<IndicatorTable indicators="referrals re-referrals-within-12-months" periods="2012/13, 2013/14" />' },
  BreakdownTable: { props: { indicator, area, period, caption: text, totalLabel: text }, required: ['indicator'], example: '<BreakdownTable indicator="average-caseload" period="2020-11-06" />' },
  Benchmark: { props: { indicator, year: period, of: oneOf('neighbours', 'england', 'region', 'council'), method, council: area, inline: { kind: 'literal' } }, required: ['indicator', 'year'], example: '<Benchmark indicator="placements-3-or-more" year="2020/21" />' },
  Added: { props: { inline: { kind: 'literal' } }, required: [], example: '<Added>…</Added>' },
  LostChart: { props: { what: text }, required: ['what'], example: '<LostChart what="early help assessments started each month" />' },
  SymbolKey: { props: { symbols: { kind: 'literal' }, extra: { kind: 'literal' }, title: text }, required: [], example: '<SymbolKey />' },
};

/** The prop every report component is given with where its tag and props are in the MDX. */
export const PLACE_PROP = 'tabledAt';

interface Point {
  line: number;
  column: number;
}
interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | { type: string; value?: string } | null;
  position?: { start: Point };
}
interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: JsxNode[];
  position?: { start: Point };
}

interface MessageFile {
  path?: string;
  fail(reason: string, place?: unknown): never;
}

export interface ComponentPropsOptions {
  /** The site's folder, for paths in messages (content/reports/x/index.mdx). */
  root?: string;
  /** The indicator ids of data/indicators.csv, where readable: a working copy's ids are checked against them. */
  indicators?: readonly string[];
  /** The area codes (ONS and DfE) of data/areas.csv, where readable. */
  areas?: readonly string[];
}

/** "content/reports/x/index.mdx:12:5" */
function place(file: string, point: Point | undefined): string {
  return `${file}:${point?.line ?? 1}:${point?.column ?? 1}`;
}

function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * A remark plugin for report MDX that reads every report component's props where they are written, and
 * stops the build at the first mistake it can see without the data, naming `index.mdx:line:column`, the
 * prop at fault and what would work: an unknown prop, a missing one, a value a prop does not take, a
 * period it cannot read (with the canonical form of a near miss), an indicator or area that is not in
 * the data, a number or expression where text belongs. Each component is then given `tabledAt`: where
 * its tag and each prop are, so that a mistake only the data reveals (a period with no figure) names
 * its line and column too.
 */
export function remarkComponentProps(options: ComponentPropsOptions = {}) {
  const indicators = options.indicators === undefined ? undefined : new Set(options.indicators);
  const areas = options.areas === undefined ? undefined : new Set(options.areas);
  return (tree: Root, file: MessageFile): void => {
    const path = file.path === undefined ? 'index.mdx' : relative(resolve(options.root ?? process.cwd()), file.path).split('\\').join('/');
    // A published version's MDX is checked against its own frozen data when it renders, not the site's of now.
    const frozen = /(^|\/)versions\/\d+\/index\.mdx$/.test(path);
    const visit = (node: JsxNode): void => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && Object.hasOwn(COMPONENT_PROPS, node.name)) {
        check(node, COMPONENT_PROPS[node.name]!);
      }
      for (const child of node.children ?? []) visit(child);
    };
    const check = (node: JsxNode, spec: ComponentSpec): void => {
      const tag = `<${node.name}>`;
      const stop = (point: Point | undefined, reason: string, at: unknown): never => file.fail(`${place(path, point)}: ${tag} ${sentence(reason)}`, at);
      const attributes = (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && a.name !== undefined);
      const given = new Map(attributes.map((a) => [a.name!, a]));
      for (const attribute of attributes) {
        const name = attribute.name!;
        const kind = spec.props[name];
        const at = attribute.position?.start ?? node.position?.start;
        if (kind === undefined) {
          const meant = closestName(name, Object.keys(spec.props));
          return stop(at, `has no prop ${name}=: ${meant === undefined ? `its props are ${Object.keys(spec.props).join(', ')}` : `did you mean ${meant}="…"?`}`, attribute);
        }
        const value = attribute.value;
        if (kind.kind === 'literal') continue;
        if (value === null || value === undefined) return stop(at, `${name} needs a value: write ${name}="…", e.g. ${spec.example}`, attribute);
        if (typeof value !== 'string') {
          const written = value.value ?? '…';
          return stop(at, `${name}={${written}} is an expression: write the value as text in quotes, ${name}="${written.replace(/^['"]|['"]$/g, '')}"`, attribute);
        }
        checkValue(name, kind, value, at, attribute, stop);
      }
      for (const name of spec.required) {
        if (!given.has(name)) stop(node.position?.start, `needs ${name}="…": for example ${spec.example}`, node);
      }
      // Where the tag and each prop are, for messages only the data can give (src/model/views/context.ts).
      const places = [`tag=${node.position?.start.line ?? 1}:${node.position?.start.column ?? 1}`, ...attributes.map((a) => `${a.name}=${a.position?.start.line ?? 1}:${a.position?.start.column ?? 1}`)];
      node.attributes = [...(node.attributes ?? []), { type: 'mdxJsxAttribute', name: PLACE_PROP, value: `${path}|${places.join('|')}` }];
    };
    const checkValue = (name: string, kind: PropKind, value: string, at: Point | undefined, node: unknown, stop: (point: Point | undefined, reason: string, at: unknown) => never): void => {
      switch (kind.kind) {
        case 'one-of': {
          if (kind.values.includes(value)) return;
          const meant = closestName(value, kind.values);
          return stop(at, `${name}="${value}" is not one it takes: ${meant === undefined ? 'write' : `did you mean ${name}="${meant}"? Write`} one of ${kind.values.map((v) => `${name}="${v}"`).join(', ')}`, node);
        }
        case 'period':
        case 'periods': {
          const texts = kind.kind === 'period' ? [value] : value.split(',').map((t) => t.trim()).filter(Boolean);
          if (texts.length === 0) stop(at, `${name}="" names no period: write periods separated by commas, oldest first, e.g. ${name}="2019/20, 2020/21"`, node);
          for (const t of texts) {
            const read = readPeriod(t);
            if (!read.ok) stop(at, `${name}="${value}": ${read.reason}`, node);
          }
          return;
        }
        case 'indicator':
        case 'indicators': {
          if (indicators === undefined || frozen) return;
          for (const id of kind.kind === 'indicator' ? [value] : value.trim().split(/\s+/)) {
            if (indicators.has(id)) continue;
            const meant = closestName(id, [...indicators]);
            stop(at, `${name}="${value}": indicator "${id}" is not in data/indicators.csv: ${meant === undefined ? 'check the spelling, or add it to the catalogue' : `did you mean "${meant}"?`}`, node);
          }
          return;
        }
        case 'area':
          if (areas === undefined || frozen || areas.has(value)) return;
          return stop(at, `${name}="${value}" is not an area of data/areas.csv: write its ONS code (E06000004) or DfE code (808)`, node);
        case 'text':
        case 'literal':
          return;
      }
    };
    visit(tree as unknown as JsxNode);
  };
}

/** The places `tabledAt` carries: the file, and the line and column of the tag and each prop. */
export function readPlaces(value: unknown): { file: string; places: Map<string, string> } | undefined {
  if (typeof value !== 'string') return undefined;
  const [file, ...rest] = value.split('|');
  if (file === undefined || file === '') return undefined;
  return { file, places: new Map(rest.map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)])) };
}
