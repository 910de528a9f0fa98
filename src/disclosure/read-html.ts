import { longest, pushAll } from './bulk.ts';
import { parseLight, type LightElement } from './light-dom.ts';
import { jsonPlaces } from './read-json.ts';
import type { FileReading, Grid, Place } from './place.ts';
import { sentences } from './sentences.ts';

/** Elements whose text reads as one run: their sentences are places. */
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'figure', 'figcaption', 'blockquote', 'summary', 'details', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'body', 'caption', 'title', 'pre', 'address', 'label', 'legend', 'fieldset', 'form', 'dl', 'ul', 'ol']);
/** Attributes whose values a reader, a screen reader or a script can see as text; a figure's key names it, it is not one. */
const READ_ATTRIBUTES = /^(?:title|alt|aria-.*|data-(?!figure$|figure-model$).*|content|value|label|placeholder|summary)$/;
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function tagOf(element: LightElement): string {
  return element.tagName.toLowerCase();
}

/** Headers of a table's header rows, by column, with colspans expanded. */
function readTable(table: LightElement, file: string, n: number, around: string): { grid: Grid; places: Place[] } {
  const caption = clean(table.querySelector('caption')?.textContent);
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  const expanded = new Map<LightElement, LightElement[]>();
  const expand = (tr: LightElement): LightElement[] => {
    let cells = expanded.get(tr);
    if (cells === undefined) {
      cells = [...tr.children].filter((c) => ['th', 'td'].includes(tagOf(c))).flatMap((cell) => Array.from({ length: Math.max(1, Number(cell.getAttribute('colspan') ?? '1') || 1) }, () => cell));
      expanded.set(tr, cells);
    }
    return cells;
  };
  const isHeaderRow = (tr: LightElement): boolean => tr.parentElement?.tagName.toLowerCase() === 'thead' || expand(tr).every((c) => tagOf(c) === 'th' && c.getAttribute('scope') !== 'row');
  const headerRows = rows.filter(isHeaderRow);
  const bodyRows = rows.filter((tr) => !isHeaderRow(tr));
  const width = longest(rows.map((tr) => expand(tr).length));
  const headerText = Array.from({ length: width }, (_, c) => headerRows.map((tr) => clean(expand(tr)[c]?.textContent)).filter((t) => t !== '').join(' '));
  // The first cell of a body row names it when it is a header cell or is not a number.
  const hasRowHeader = bodyRows.some((tr) => {
    const first = expand(tr)[0];
    return first !== undefined && (tagOf(first) === 'th' || !/^[\d.,%£\s[\]c■-]*$/i.test(clean(first.textContent)));
  });
  const start = hasRowHeader ? 1 : 0;
  const where = `table ${n}${caption ? ` "${short(caption)}"` : ''}`;
  const places: Place[] = [];
  const cells: string[][] = [];
  const rowHeaders: string[] = [];
  for (const tr of bodyRows) {
    const row = expand(tr);
    const header = hasRowHeader ? clean(row[0]?.textContent) : '';
    rowHeaders.push(header);
    const texts = row.slice(start).map((cell) => clean(cell.textContent));
    cells.push(texts);
    texts.forEach((text, i) => {
      const column = headerText[i + start] ?? '';
      places.push({ file, where: `${where} row "${short(header)}" column "${short(column)}"`, text, context: `${caption} | ${column} | ${header}`, outer: around });
    });
  }
  return { grid: { file, where, caption, columnHeaders: headerText.slice(start), rowHeaders, cells }, places };
}

/**
 * An HTML page as places: each table cell (said to be of its caption, row and column headers and the
 * headings above), each sentence of running text, every attribute a reader or assistive technology
 * sees (title, alt, aria-*, data-*, meta content), each SVG <title> and <text>, and JSON-LD; and its
 * tables as grids for the arithmetic check.
 */
export function readHtml(file: string, html: string): FileReading {
  const document = parseLight(html);
  const places: Place[] = [];
  const grids: Grid[] = [];
  const headings: string[] = [];
  let tables = 0;

  // A figure's caption is asked for by every title and text of its chart: read once per figure.
  const figcaptions = new Map<LightElement, string>();
  const figcaptionOf = (figure: LightElement): string => {
    let caption = figcaptions.get(figure);
    if (caption === undefined) figcaptions.set(figure, (caption = clean(figure.querySelector('figcaption')?.textContent)));
    return caption;
  };
  const captionOf = (element: LightElement): string => {
    const figure = element.closest('figure');
    return [figure ? figcaptionOf(figure) : '', element.closest('svg')?.getAttribute('aria-label') ?? ''].join(' | ');
  };

  const attributes = (element: LightElement): void => {
    for (const attribute of [...element.attributes]) {
      if (!READ_ATTRIBUTES.test(attribute.name) || attribute.value.trim() === '') continue;
      for (const sentence of sentences(attribute.value)) {
        places.push({ file, where: `attribute ${attribute.name} of <${tagOf(element)}>`, text: sentence, context: `${captionOf(element)} | ${sentence}`, outer: headings.join(' | ') });
      }
    }
  };

  const svgText = (svg: LightElement): void => {
    for (const element of [svg, ...svg.querySelectorAll('*')]) {
      attributes(element);
      const tag = tagOf(element);
      if (tag !== 'title' && tag !== 'text' && tag !== 'desc') continue;
      // An axis's tick labels are the scale's round numbers, and only shown figures reach the scale (a
      // chart is drawn without any withheld value): "1.0" on an axis that starts near one is no figure.
      if (element.parentElement?.getAttribute('data-mark')?.endsWith('axis tick label')) continue;
      const text = clean(element.textContent);
      if (text === '') continue;
      // A tooltip names its point itself ("Oct 2020: 3"); an axis label "3" names nothing.
      places.push({ file, where: `<${tag}> in <svg>`, text, context: `${captionOf(element)} | ${text}` });
    }
  };

  const walk = (element: LightElement): void => {
    const tag = tagOf(element);
    if (SKIP.has(tag)) {
      if (tag === 'script' && (element.getAttribute('type') ?? '').includes('json')) {
        try {
          pushAll(places, jsonPlaces(file, JSON.parse(element.textContent ?? ''), `<script type="${element.getAttribute('type')}">`));
        } catch {
          places.push({ file, where: '<script> (not valid JSON)', text: element.textContent ?? '', context: element.textContent ?? '' });
        }
      } else if (tag === 'script') {
        for (const sentence of sentences(element.textContent ?? '')) places.push({ file, where: '<script>', text: sentence, context: sentence });
      }
      return;
    }
    if (tag === 'svg') {
      svgText(element);
      return;
    }
    attributes(element);
    if (tag === 'table') {
      tables += 1;
      const read = readTable(element, file, tables, headings.join(' | '));
      grids.push(read.grid);
      pushAll(places, read.places);
      return;
    }
    if (/^h[1-3]$/.test(tag)) {
      const level = Number(tag[1]);
      headings.length = level - 1;
      headings.push(clean(element.textContent));
    }
    // The text directly in this block (inline children included), then its child blocks on their own.
    let own = '';
    const inline = (node: LightElement): void => {
      for (const child of [...node.childNodes]) {
        if (child.nodeType === 3) own += child.textContent ?? '';
        else if (child.nodeType === 1) {
          const childTag = tagOf(child);
          if (BLOCKS.has(childTag) || childTag === 'table' || childTag === 'svg' || SKIP.has(childTag)) {
            own += '\n';
            walk(child);
          } else {
            attributes(child);
            inline(child);
          }
        }
      }
    };
    inline(element);
    for (const sentence of sentences(own)) {
      places.push({ file, where: `<${tag}> "${short(sentence)}"`, text: sentence, context: sentence, outer: headings.join(' | ') });
    }
  };

  for (const top of document.children) walk(top);
  return { places, grids, notes: [] };
}
