import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { csvParse, csvParseRows } from 'd3-dsv';
import { parseLight, type LightElement } from './light-dom.ts';
import { ownCopy } from './own-copy.ts';
import { readAhead } from './read-ahead.ts';

/** One place a built site shows a model figure: a marked element of a page, or a row of a download. */
export interface FigureMark {
  /** Which figure model it is from: `data`, or a published version's frozen data folder. */
  model: string;
  key: string;
  text: string;
  file: string;
  where: string;
}

/** Two places showing one figure differently. */
export interface Disagreement {
  model: string;
  key: string;
  first: FigureMark;
  second: FigureMark;
}

/**
 * A figure's text as a number and its symbol, so that a table cell that leaves the unit to its heading
 * ("52.0") and a sentence that says it ("52.0 per 10,000") read as the same figure, and a change read
 * "by 2.2 percentage points" as "down 2.2 percentage points" does.
 */
export function comparable(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  // A qualifier ([p], [r] …) follows the unit words in a sentence and the bare number in a cell.
  const qualifier = / \[[a-z]+\]$/.exec(clean)?.[0] ?? '';
  const number = clean
    .slice(0, clean.length - qualifier.length)
    .replace(/^(?:up|down|by) /i, '')
    .replace(/ per [\d,]+(?: children)?$/, '')
    .replace(/ (?:days?|weeks?|months?|percentage points?)$/, '');
  return `${number}${qualifier}`;
}

/**
 * The places a site shows figures, read one at a time: the first place of each figure is kept and
 * every later one compared with it, so a large site's hundreds of thousands of places are never held
 * at once.
 */
export class FigureAgreement {
  places = 0;
  private readonly first = new Map<string, FigureMark>();
  private readonly reported = new Set<string>();
  readonly found: Disagreement[] = [];

  add(mark: FigureMark): void {
    this.places += 1;
    const id = `${mark.model}\u0000${mark.key}`;
    const seen = this.first.get(id);
    if (seen === undefined) {
      // Kept until the whole site is read: copies, so that the page each was read from is not kept whole.
      this.first.set(ownCopy(id), { model: ownCopy(mark.model), key: ownCopy(mark.key), text: ownCopy(mark.text), file: mark.file, where: ownCopy(mark.where) });
      return;
    }
    if (comparable(seen.text) === comparable(mark.text) || this.reported.has(id)) return;
    this.reported.add(id);
    this.found.push({ model: mark.model, key: mark.key, first: seen, second: mark });
  }

  /** How many figures (of any model) were shown. */
  get figures(): number {
    return this.first.size;
  }
}

/** Every pair of places that show one figure of one model differently: none on a site that keeps its promise. */
export function disagreements(marks: readonly FigureMark[]): Disagreement[] {
  const agreement = new FigureAgreement();
  for (const mark of marks) agreement.add(mark);
  return agreement.found;
}

export function formatDisagreements(found: readonly Disagreement[]): string {
  return [
    `${found.length} figure${found.length === 1 ? ' is' : 's are'} shown with different values in different places; one figure must read the same everywhere:`,
    ...found.map((d) => `  ${d.key}: "${d.first.text}" in ${d.first.file} (${d.first.where}) but "${d.second.text}" in ${d.second.file} (${d.second.where})`),
    'A component or download that prints a figure must print the figure model\'s text for it (src/model/), not work its own out.',
  ].join('\n');
}

function describe(element: LightElement): string {
  for (let at: LightElement | null = element; at !== null; at = at.parentElement) {
    const id = at.getAttribute('id');
    if (id !== null) return `${element.tagName} in #${id}`;
  }
  return element.tagName;
}

/**
 * A page with each drawing that marks no figure emptied: a chart's numbers are marked in the table
 * beside it, and its SVG is most of what a parse would otherwise read. A drawing with any mark is kept whole.
 */
export function withoutUnmarkedDrawings(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/g, (svg) => (svg.includes('data-figure') ? svg : '<svg></svg>'));
}

/** The figures a page marks with `data-figure`, each with the model its page (or figure) says it is from. */
export function pageMarks(html: string, file: string): FigureMark[] {
  const marks: FigureMark[] = [];
  const visit = (element: LightElement, model: string): void => {
    const here = element.getAttribute('data-figure-model') ?? model;
    const key = element.getAttribute('data-figure');
    if (key !== null && key !== '') marks.push({ model: here, key, text: element.textContent.replace(/\s+/g, ' ').trim(), file, where: describe(element) });
    for (const child of element.children) visit(child, here);
  };
  visit(parseLight(withoutUnmarkedDrawings(html)), 'data');
  return marks;
}

/** The figures a download lists with a `figure_key` column: a version's downloads are of its frozen data. */
export function csvMarks(text: string, file: string): FigureMark[] {
  const rows = csvParse(text);
  if (!rows.columns.includes('figure_key')) return [];
  const version = /^data\/reports\/(.+)\/v(\d+)\/figures\.csv$/.exec(file);
  const model = version === null ? 'data' : `content/reports/${version[1]}/versions/${version[2]}/data`;
  return rows.map((row, i) => ({ model, key: row['figure_key'] ?? '', text: row['value_shown'] ?? '', file, where: `line ${i + 2}` }));
}

/** A report chart's CSV (`reports/…/figures/<slug>.csv`), which sits beside the chart's own page (`…/<slug>/index.html`). */
const CHART_CSV = /^(reports\/.+\/figures\/[^/]+)\.csv$/;

/**
 * The figures a chart's CSV lists, keyed as its own page keys the same cells: the CSV is the chart's
 * table, so each cell's figure is the one the page's table marks at that row and column.
 */
export function chartCsvMarks(text: string, file: string, pageHtml: string, pageFile: string): FigureMark[] {
  const page = parseLight(withoutUnmarkedDrawings(pageHtml));
  const model = page.querySelector('main')?.getAttribute('data-figure-model') ?? 'data';
  const table = page.querySelector('figure')?.querySelector('table');
  const pageRows = table?.querySelector('tbody')?.querySelectorAll('tr') ?? [];
  const [, ...rows] = csvParseRows(text);
  if (rows.length !== pageRows.length) throw new Error(`${file} has ${rows.length} rows but the table on ${pageFile} has ${pageRows.length}: a chart's CSV must be its table`);
  const marks: FigureMark[] = [];
  rows.forEach((row, r) => {
    const cells = pageRows[r]?.querySelectorAll('td') ?? [];
    cells.forEach((cell, c) => {
      const key = cell.getAttribute('data-figure');
      if (key !== null && key !== '') marks.push({ model, key, text: row[c + 1] ?? '', file, where: `line ${r + 2} column ${c + 2}` });
    });
  });
  return marks;
}

/** Reads every page and CSV download of a built site for the figures they show, handing each to `visit`. */
export async function visitSiteMarks(dist: string, visit: (mark: FigureMark) => void): Promise<void> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const read = entries
    .filter((entry) => entry.isFile() && (entry.name.endsWith('.html') || entry.name.endsWith('.csv')))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.startsWith(join(dist, 'pagefind', sep)));
  for await (const { path, text } of readAhead(read)) {
    const file = relative(dist, path).split(sep).join('/');
    let marks: FigureMark[];
    if (file.endsWith('.html')) marks = pageMarks(text, file);
    else if (CHART_CSV.test(file)) {
      const pageFile = `${CHART_CSV.exec(file)?.[1]}/index.html`;
      const pageHtml = await readFile(join(dist, pageFile), 'utf8').catch(() => {
        throw new Error(`${file} is a chart's CSV but ${pageFile}, the chart's own page, is missing`);
      });
      marks = chartCsvMarks(text, file, pageHtml, pageFile);
    } else marks = csvMarks(text, file);
    for (const mark of marks) visit(mark);
  }
}

/** Every place a built site shows a figure. */
export async function siteMarks(dist: string): Promise<FigureMark[]> {
  const marks: FigureMark[] = [];
  await visitSiteMarks(dist, (mark) => marks.push(mark));
  return marks;
}

/** A built site's figures compared place by place, without holding every place. */
export async function siteAgreement(dist: string): Promise<FigureAgreement> {
  const agreement = new FigureAgreement();
  await visitSiteMarks(dist, (mark) => agreement.add(mark));
  return agreement;
}
