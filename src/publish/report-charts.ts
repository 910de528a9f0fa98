import type { ChartJob } from '../charts/chart-job.ts';

/** A chart of a report page as a figure of its own: what its embed page and its CSV are made from. */
export interface ReportChart {
  /** Part of its addresses: from what the chart shows, never from where it stands on the page. */
  slug: string;
  job: ChartJob;
  title: string;
  subtitle: string;
  note?: string | undefined;
  source: string;
}

/** Where a chart of a report page is published on its own, and its anchor on the page. */
export interface FigureLinks {
  slug: string;
  /** The chart's table as CSV: `/reports/<id>/figures/<slug>.csv` (or under `/v<n>/`). */
  csv: string;
  /** The chart as a page to embed: `/reports/<id>/figures/<slug>/`. */
  embed: string;
  /** The id of the chart's `<figure>` on the report page. */
  anchor: string;
}

export function figureLinks(base: string, slug: string): FigureLinks {
  return { slug, csv: `${base}figures/${slug}.csv`, embed: `${base}figures/${slug}/`, anchor: `figure-${slug}` };
}

/**
 * A stable address part for a chart: its kind and indicator, then whatever else tells two charts of
 * one indicator apart (another area, a period, a starting period). A council's news page links to it
 * for good, so a chart added above it must not move it, as a number in page order would.
 */
export function chartSlug(kind: ChartJob['kind'], indicator: string, ...parts: (string | undefined)[]): string {
  return [kind, indicator, ...parts]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The charts one rendering of a report shows, each under its own slug. Components add themselves as
 * they render; which is first on the page is read from the HTML afterwards (`numberFigures`), since
 * Astro may start rendering components in another order than they stand.
 */
export class ReportCharts {
  readonly charts: ReportChart[] = [];

  /** `base` is the page's address: `/reports/<id>/`, `/reports/<id>/v<n>/`. */
  constructor(readonly base: string) {}

  add(stable: string, chart: Omit<ReportChart, 'slug'>): FigureLinks {
    // Two charts alike in all the slug says of them differ at most in their title: the second is told apart by a count.
    let slug = stable;
    for (let n = 2; this.charts.some((c) => c.slug === slug); n += 1) slug = `${stable}-${n}`;
    this.charts.push({ slug, ...chart });
    return figureLinks(this.base, slug);
  }
}

/** The empty element a chart's caption carries until the page knows the chart's number. */
export function figureNumberSlot(slug: string): string {
  return `<span class="figure-number" data-figure-slot="${slug}"></span>`;
}

const SLOT = /<span class="figure-number" data-figure-slot="([a-z0-9-]+)"><\/span>/g;
const HEADING = /<h2\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g;

export interface NumberedFigure {
  slug: string;
  number: number;
  /** The section (h2) the chart stands in, if any. */
  section?: { id: string; text: string } | undefined;
}

function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Numbers a report's charts in the order they stand in its HTML ("Figure 1: …"), so that a reader, a
 * member with the PDF and an embedded copy all call a chart by the same number.
 */
export function numberFigures(html: string): { html: string; figures: NumberedFigure[] } {
  const headings = [...html.matchAll(HEADING)].map((m) => ({ at: m.index, id: m[1] ?? '', text: plainText(m[2] ?? '') }));
  const figures: NumberedFigure[] = [];
  const numbered = html.replace(SLOT, (_, slug: string, at: number) => {
    const section = headings.filter((h) => h.at < at).at(-1);
    figures.push({ slug, number: figures.length + 1, section: section === undefined ? undefined : { id: section.id, text: section.text } });
    return `<span class="figure-number">Figure ${figures.length}: </span>`;
  });
  return { html: numbered, figures };
}
