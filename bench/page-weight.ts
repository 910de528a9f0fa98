import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ResourceKind = 'html' | 'css' | 'js' | 'data';

export interface Bytes {
  raw: number;
  gzip: number;
}

/** Every byte a page loads from its own site, by kind, and what it would fetch from elsewhere. */
export interface PageWeight {
  page: string;
  byKind: Record<ResourceKind, Bytes>;
  total: Bytes;
  files: string[];
  /** Addresses on other hosts (fonts, CDNs): not counted, listed so that nothing is hidden. */
  external: string[];
}

const BASE = 'http://page.local';

function kindOf(path: string): ResourceKind {
  if (/\.html?$/.test(path)) return 'html';
  if (/\.css$/.test(path)) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  return 'data';
}

/** Addresses the HTML asks the browser to load straight away, and the modules its inline scripts import. */
function htmlReferences(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href !== undefined && ['stylesheet', 'modulepreload', 'preload', 'icon'].includes(rel)) found.push(href);
  }
  for (const tag of html.match(/<(?:script|img)\b[^>]*>/gi) ?? []) {
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (src !== undefined) found.push(src);
  }
  for (const [, body] of html.matchAll(/<script\b[^>]*type=["']?module[^>]*>([\s\S]*?)<\/script>/gi)) {
    found.push(...moduleReferences(body ?? ''), ...registeredFiles(body ?? ''));
  }
  return found;
}

function local(spec: string): boolean {
  return spec !== '' && (spec.startsWith('.') || spec.startsWith('/') || /^https?:/.test(spec));
}

/**
 * The static imports of a module. Dynamic `import()` is left out: it loads only when code asks for
 * it (Framework's client can import lodash, arquero and others, but a page that uses none loads none).
 */
function moduleReferences(js: string): string[] {
  return [...js.matchAll(/\b(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '').filter(local);
}

/** Files a page registers and fetches as it runs (Framework's FileAttachment: `{"path":"./_file/…"}`). */
function registeredFiles(js: string): string[] {
  return [...js.matchAll(/["']path["']\s*:\s*["']([^"']+)["']/g)].map((m) => m[1] ?? '').filter(local);
}

function cssReferences(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1] ?? '').filter((u) => u !== '' && !u.startsWith('data:') && !u.startsWith('#'));
}

/** The dist file an address on the site names, or undefined when it is on another host. */
function fileFor(distDir: string, address: URL): string | undefined {
  if (address.origin !== BASE) return undefined;
  let path = decodeURIComponent(address.pathname);
  if (path.endsWith('/')) path += 'index.html';
  return join(distDir, ...path.split('/').filter(Boolean));
}

/**
 * Walks one built page as a browser would without running it: the HTML, its stylesheets and what they
 * import, scripts and every module they import, preloads, images and registered data files. Gzip is
 * measured per file at zlib's default level, as most servers send it.
 */
export function pageWeight(distDir: string, page: string): PageWeight {
  const byKind: Record<ResourceKind, Bytes> = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, data: { raw: 0, gzip: 0 } };
  const files: string[] = [];
  const external = new Set<string>();
  const seen = new Set<string>();
  const queue: URL[] = [new URL(`/${page.split(sep).join('/')}`, BASE)];
  while (queue.length > 0) {
    const address = queue.shift()!;
    const file = fileFor(distDir, address);
    if (file === undefined) {
      external.add(address.href);
      continue;
    }
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`pageWeight: ${page} loads ${address.pathname}, which is not in ${distDir}`);
    const content = readFileSync(file);
    const kind = kindOf(file);
    byKind[kind].raw += content.length;
    byKind[kind].gzip += gzipSync(content).length;
    files.push(relative(distDir, file));
    const text = kind === 'data' ? '' : content.toString('utf8');
    const references = kind === 'html' ? htmlReferences(text) : kind === 'css' ? cssReferences(text) : kind === 'js' ? moduleReferences(text) : [];
    for (const reference of references) queue.push(new URL(reference, address));
  }
  const total = Object.values(byKind).reduce((sum, bytes) => ({ raw: sum.raw + bytes.raw, gzip: sum.gzip + bytes.gzip }), { raw: 0, gzip: 0 });
  return { page, byKind, total, files, external: [...external].sort() };
}

/** The mean weight of several pages, kind by kind. */
export function meanWeight(weights: readonly PageWeight[]): Record<ResourceKind | 'total', Bytes> {
  const mean = (pick: (w: PageWeight) => Bytes): Bytes => ({
    raw: Math.round(weights.reduce((s, w) => s + pick(w).raw, 0) / Math.max(1, weights.length)),
    gzip: Math.round(weights.reduce((s, w) => s + pick(w).gzip, 0) / Math.max(1, weights.length)),
  });
  return { html: mean((w) => w.byKind.html), css: mean((w) => w.byKind.css), js: mean((w) => w.byKind.js), data: mean((w) => w.byKind.data), total: mean((w) => w.total) };
}
