import { Parser } from 'htmlparser2';
import { figuresIn, type TextFigure } from './figure-tokens.ts';

/** A mark the page puts on what differs from the paper, as a reader sees it. */
export interface PageMark {
  id: number;
  /**
   * `added`: added to the web version (an <Added> block or phrase, a figure the paper did not print, a lost
   * chart, the page's facts about itself); `corrected`: a figure shown beside the paper's with why;
   * `paper-gave`: a comparator shown beside the paper's; `withheld`: whose rule withheld a figure.
   */
  kind: 'added' | 'corrected' | 'paper-gave' | 'withheld';
  /** Its words, spaces collapsed. */
  text: string;
  /** The paragraph it is in, e.g. "2.24", or the heading of its section. */
  where: string;
}

export interface PageFigure extends TextFigure {
  /** The mark it is in or beside, if any. */
  mark?: number;
  /** It is the paper's own figure, shown in a mark beside a correction ("the paper gave 50 per 10,000"). */
  printed: boolean;
  /** The words around it. */
  context: string;
  where: string;
}

/** A GSS symbol on the page ("[x]", "[p]" …) and whether the page says what it means where it is used. */
export interface PageSymbol {
  symbol: string;
  /** A key on the page lists it, or the words beside it say what it means (a lost chart, whose rule withheld a figure). */
  explained: boolean;
  context: string;
}

export interface PageReading {
  figures: PageFigure[];
  marks: PageMark[];
  symbols: PageSymbol[];
}

const SYMBOL = /\[(?:c|x|z|low|u|p|r|e|b)\]/g;

/** Parts of a report page that are the site's, not the paper's or its web version's: no figure is read from them. */
const FURNITURE = ['para-number', 'section-number', 'contents', 'version-notice', 'report-downloads', 'version-history', 'symbol-key', 'report-policies', 'skip-link'];
const SKIPPED_TAGS = new Set(['script', 'style', 'svg', 'nav', 'template']);
const BLOCKS = new Set(['p', 'div', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'section', 'aside', 'figcaption', 'table', 'ul', 'ol', 'dl', 'header', 'summary', 'details', 'figure']);

interface Open {
  tag: string;
  skip: boolean;
  /** Inside a key to symbols; inside its term, or the site's statement of how figures are withheld. */
  key: boolean;
  term: boolean;
  /** Inside words that say what a symbol means where it stands (a lost chart). */
  explains: boolean;
  mark?: number;
  printed: boolean;
  value: boolean;
  where?: string;
}

function classes(attributes: Record<string, string>): string[] {
  return (attributes['class'] ?? '').split(/\s+/).filter(Boolean);
}

function markKind(list: string[]): PageMark['kind'] | undefined {
  if (list.includes('paper-diff')) return 'corrected';
  if (list.includes('paper-gave')) return 'paper-gave';
  if (list.includes('withheld-note')) return 'withheld';
  if (list.includes('added')) return 'added';
  return undefined;
}

/**
 * The figures of a built report page, from its cover to the end of its text (not the site's navigation,
 * the page's notices, downloads or list of versions), each with the mark it is in or beside.
 */
export function readPage(html: string): PageReading {
  const start = html.indexOf('<article class="report"');
  if (start === -1) throw new Error('no <article class="report"> in the page');
  const stack: Open[] = [];
  const marks: PageMark[] = [];
  const markText = new Map<number, string[]>();
  const chunks: { text: string; mark: number | undefined; printed: boolean; value: number | undefined; where: string; explains?: boolean }[] = [];
  let values = 0;
  /** The last figure span closed, while nothing but spaces has followed it: a mark opened now is its mark. */
  let lastValue: number | undefined;
  let heading = '';
  let headingText: string[] | undefined;
  const valueMarks = new Map<number, number>();
  const keyTerms: string[] = [];

  const top = () => stack.at(-1);
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const parent = top();
        const list = classes(attributes);
        const skip = (parent?.skip ?? false) || SKIPPED_TAGS.has(tag) || FURNITURE.some((name) => list.includes(name));
        const kind = skip ? undefined : markKind(list);
        let mark = parent?.mark;
        if (kind !== undefined && (mark === undefined || kind !== 'added' || marks[mark]!.kind !== 'added')) {
          const where = parent?.where ?? heading;
          mark = marks.push({ id: marks.length, kind, text: '', where }) - 1;
          markText.set(mark, []);
          if (lastValue !== undefined && kind !== 'added') valueMarks.set(lastValue, mark);
          else if (lastValue !== undefined && list.includes('added-figure')) valueMarks.set(lastValue, mark);
        }
        const id = attributes['id'] ?? '';
        const where = /^para-[\d-]+$/.test(id) ? id.slice(5).replace(/-/g, '.') : parent?.where;
        const isValue = list.includes('value') && !skip;
        if (isValue) values += 1;
        if (/^h[1-4]$/.test(tag) && !skip) headingText = [];
        const key = (parent?.key ?? false) || list.includes('symbol-key');
        // The site's statement of how figures are withheld names the symbol a withheld figure shows.
        const policy = (parent?.term ?? false) || list.includes('report-policies');
        stack.push({ tag, skip, key, term: policy || (key && (tag === 'dt' || (parent?.term ?? false))), explains: (parent?.explains ?? false) || list.includes('lost-chart'), ...(mark === undefined ? {} : { mark }), printed: (parent?.printed ?? false) || list.includes('paper-printed') || kind === 'paper-gave', value: isValue, ...(where === undefined ? {} : { where }) });
        if (isValue) lastValue = values;
        else if (kind === undefined && !skip && !['abbr', 'span', 'a', 'strong', 'em', 'time', 'br'].includes(tag)) lastValue = undefined;
      },
      ontext(text) {
        const here = top();
        if (here?.term === true) keyTerms.push(text);
        if (here === undefined || here.skip) return;
        // A heading's own number ("1. Summary") is the paper's numbering, as paragraph numbers are.
        if (headingText !== undefined && headingText.join('').trim() === '') text = text.replace(/^(\s*)\d+(?:\.\d+)*\.?(?=\s)/, '$1');
        if (headingText !== undefined) headingText.push(text);
        const inValue = stack.some((open) => open.value) ? values : undefined;
        if (text.trim() !== '' && inValue === undefined && here.mark === undefined) lastValue = undefined;
        chunks.push({ text, mark: here.mark, printed: here.printed, value: inValue, where: here.where ?? heading, explains: here.explains });
        if (here.mark !== undefined) markText.get(here.mark)!.push(text);
      },
      onclosetag(tag) {
        const closed = stack.pop();
        // A mark's paragraphs and list items are separate words in its text, as a reader sees them.
        if (BLOCKS.has(tag) && closed?.mark !== undefined && closed.skip === false) markText.get(closed.mark)!.push(' ');
        // Cells, paragraphs and list items end a run of text: "9.03" and "8.61" in two cells are two figures.
        if (BLOCKS.has(tag) && closed?.skip === false) chunks.push({ text: '\n', mark: undefined, printed: false, value: undefined, where: heading });
        if (/^h[1-4]$/.test(tag) && headingText !== undefined && closed?.skip === false) {
          heading = headingText.join('').replace(/\s+/g, ' ').trim();
          headingText = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(start));
  parser.end();

  for (const mark of marks) mark.text = (markText.get(mark.id) ?? []).join('').replace(/\s+/g, ' ').trim();

  // Figures are read from the joined text so that one split across elements ("£3.646m") reads as one.
  let text = '';
  const owners: number[] = [];
  chunks.forEach((chunk, i) => {
    text += chunk.text;
    for (let k = 0; k < chunk.text.length; k++) owners.push(i);
  });
  const figures: PageFigure[] = figuresIn(text).map((figure) => {
    const chunk = chunks[owners[figure.at]!]!;
    const mark = chunk.mark ?? (chunk.value === undefined ? undefined : valueMarks.get(chunk.value));
    const context = text.slice(Math.max(0, figure.at - 60), figure.at + figure.raw.length + 60).replace(/\s+/g, ' ').trim();
    return { ...figure, ...(mark === undefined ? {} : { mark }), printed: chunk.printed, context, where: chunk.where };
  });
  const keyed = new Set(keyTerms.join(' ').match(SYMBOL) ?? []);
  const symbols: PageSymbol[] = [...text.matchAll(SYMBOL)].map((match) => {
    const chunk = chunks[owners[match.index]!]!;
    const mark = chunk.mark ?? (chunk.value === undefined ? undefined : valueMarks.get(chunk.value));
    const beside = mark !== undefined && marks[mark]!.kind === 'withheld' && match[0] === '[c]';
    return { symbol: match[0], explained: keyed.has(match[0]) || beside || chunk.explains === true, context: text.slice(Math.max(0, match.index - 60), match.index + 60).replace(/\s+/g, ' ').trim() };
  });
  return { figures, marks, symbols };
}
