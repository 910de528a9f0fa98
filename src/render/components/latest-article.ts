import type { SymbolCode } from '../../engine/index.ts';
import type { ReportRoute } from '../../publish/report-routes.ts';
import type { PageFigure } from './page-figures.ts';

/** A report's article as one rendering of it showed it: the HTML, the key to its symbols and its charts. */
export interface RenderedArticle {
  html: string;
  symbols: SymbolCode[];
  /** Its charts as numbered, and the address they are published under. */
  charts?: { figures: PageFigure[]; base: string } | undefined;
}

/**
 * The report's address and its latest version's own address render the same MDX from the same frozen
 * files, with the charts published under the version's address (src/publish/report-routes.ts), so their
 * articles are the same bytes: the version's page shows again what the address rendered, just before it.
 * One is kept: a report's pages are rendered one after another (src/pages/reports/[...id].astro).
 */
let kept: { key: string; article: RenderedArticle } | undefined;

function keyOf(id: string, version: number): string {
  return `${id}@v${version}`;
}

/** The key to keep a page's article under: the report's address, which shows the latest version. */
export function keepKey(id: string, route: ReportRoute): string | undefined {
  return route.kind === 'version' && route.current ? keyOf(id, route.version) : undefined;
}

export function keepArticle(key: string, article: RenderedArticle): void {
  kept = { key, article };
}

/** The article the report's address rendered, for the latest version's own address; once. */
export function takeArticle(id: string, route: ReportRoute): RenderedArticle | undefined {
  if (route.kind !== 'version' || route.current || !route.latest || kept?.key !== keyOf(id, route.version)) return undefined;
  const { article } = kept;
  kept = undefined;
  return article;
}
