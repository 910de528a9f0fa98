import { Parser } from 'htmlparser2';

/**
 * The word walk: the paper's text against the page's, word by word and mark by mark, so that a word
 * respelt, a capital changed, a full stop added or a sum rewritten (£485k as £485,000) shows up as a
 * difference unless the page marks it. The figure walk (figure-walk.ts) reads figures by what they
 * are; this walk reads them as printed.
 *
 * What counts as the same: curly and straight quotes, and a hyphen and a dash, since the site sets
 * quotes and dashes as type does and neither changes a word; spaces. Everything else is compared as
 * written, capitals and punctuation included.
 */

export interface Token {
  /** As compared (see normalise). */
  text: string;
  /** Where it starts and ends in the text it was read from. */
  at: number;
  end: number;
}

export interface PageToken extends Token {
  /** In or beside a mark: a correction, the paper's figure beside a comparator, whose rule withheld it; or a symbol the page keys. */
  marked: boolean;
}

/** A run where the paper and the page differ: the paper's words not on the page, and the page's words not in the paper. */
export interface Difference {
  paper: string;
  page: string;
  /** Every page word here is inside a mark (the paper's words it stands for are marked as changed, withheld or added). */
  marked: boolean;
  /** The page's words around it. */
  context: string;
}

/** GSS symbols are one token each: a key on the page says what each means (the figure walk checks it). */
const SYMBOL = /^\[(?:c|x|z|low|u|p|r|e|b)\]$/;
const TOKEN = /\[(?:c|x|z|low|u|p|r|e|b)\]|[\p{L}\p{N}]+(?:['’.,/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Quotes and dashes as set in type, and a number's thousands commas (1,642 is the paper's 1642 as the site writes numbers), are not differences. */
function normalise(token: string): string {
  const plain = token.replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/[–—−]/g, '-');
  return /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(plain) ? plain.replace(/,/g, '') : plain;
}

export function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: normalise(m[0]), at: m.index, end: m.index + m[0].length }));
}

/** Parts of a page that are the site's, not the paper's: its numbering, contents, notices and lists of versions. */
const FURNITURE = ['para-number', 'section-number', 'contents', 'version-notice', 'report-downloads', 'version-history', 'symbol-key', 'report-policies', 'skip-link', 'visually-hidden', 'sr-only', 'chart-source', 'figure-links'];
const SKIPPED_TAGS = new Set(['script', 'style', 'svg', 'nav', 'template']);
/** Marks beside or around the paper's own words: a correction, the paper's figure beside a comparator, whose rule withheld a figure. */
const MARKS = ['paper-diff', 'paper-gave', 'withheld-note', 'paper-printed'];
const BLOCKS = new Set(['p', 'div', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'section', 'aside', 'figcaption', 'table', 'ul', 'ol', 'dl', 'header', 'summary', 'details', 'figure']);

interface Open {
  skip: boolean;
  marked: boolean;
  value: boolean;
}

/**
 * The page's text after its cover, to the end of the report, with what is marked. What the page marks
 * "Added to the web version" is left out: it is the page's own, and marked. A figure with a mark beside
 * it (a correction, the paper's figure, whose rule withheld it) is marked with it.
 */
export function readPageText(html: string): { text: string; marked: boolean[] } {
  const start = html.indexOf('</header>', html.indexOf('<article class="report"'));
  const end = html.indexOf('</article>', start);
  if (start === -1 || end === -1) throw new Error('no report cover on the page');
  const stack: Open[] = [];
  let text = '';
  const marked: boolean[] = [];
  /** Where the last figure's text is, while nothing but spaces has followed it. */
  let lastValue: [number, number] | undefined;
  const push = (chunk: string, isMarked: boolean) => {
    text += chunk;
    for (let i = 0; i < chunk.length; i++) marked.push(isMarked);
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const parent = stack.at(-1);
        const list = (attributes['class'] ?? '').split(/\s+/);
        const skip = (parent?.skip ?? false) || SKIPPED_TAGS.has(tag) || FURNITURE.some((name) => list.includes(name)) || list.includes('added');
        const mark = MARKS.some((name) => list.includes(name));
        if (mark && !skip && lastValue !== undefined) marked.fill(true, lastValue[0], lastValue[1]);
        const value = !skip && list.includes('value');
        stack.push({ skip, marked: (parent?.marked ?? false) || mark || (value && list.includes('corrected')), value });
        if (value) lastValue = [text.length, text.length];
      },
      ontext(chunk) {
        const here = stack.at(-1);
        if (here === undefined || here.skip) return;
        if (!here.value && !here.marked && chunk.trim() !== '') lastValue = undefined;
        push(chunk, here.marked);
      },
      onclosetag(tag) {
        const closed = stack.pop();
        if (closed?.value === true && lastValue !== undefined) lastValue[1] = text.length;
        if (BLOCKS.has(tag) && closed?.skip === false) {
          push('\n', false);
          lastValue = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(start, end));
  parser.end();
  return { text, marked };
}

/** A paper's numbering at the start of a line, as the figure walk reads it: "- 2.15.", "3 Current", "6.0 RECOMMENDATIONS". */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b';
const NUMBERING = new RegExp(`^\\s*(?:-\\s+)?(?:\\*\\*)?(?:\\d+(?:\\.\\d+)+\\.?|\\d+\\.|\\d+(?= (?!${MONTH})[A-Z][a-z]*\\b))(?=\\s|\\*\\*)`);

/** The paper's text from the line that starts `from`, without its paragraph numbers, bullets, bold marks or the tags some texts carry. */
export function readPaperText(paper: string, from: string): string {
  const lines = paper.split('\n');
  const first = lines.findIndex((line) => line.trim().startsWith(from));
  if (first === -1) throw new Error(`no line starting "${from}" in the paper`);
  return lines
    .slice(first)
    .map((line) => line.replace(/<\/?[a-z][^>]*>/gi, ' ').replace(/•(?=\s|$)/g, ' ').replace(/\*\*/g, '').replace(NUMBERING, '').replace(/^\s*[-•▪]\s+/, '').replace(/(^|\s)\*(\S[^*]*\S)\*(?=\s|$)/g, '$1$2'))
    .join('\n');
}

/** The longest common subsequence of two token lists, as pairs of indices, by patience diff: unique lines up first, then the rest. */
function align(a: readonly string[], b: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  const walk = (a0: number, a1: number, b0: number, b1: number) => {
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) pairs.push([a0++, b0++]);
    const tail: [number, number][] = [];
    while (a1 > a0 && b1 > b0 && a[a1 - 1] === b[b1 - 1]) tail.unshift([--a1, --b1]);
    if (a0 < a1 && b0 < b1) {
      const count = new Map<string, [number, number, number]>();
      for (let i = a0; i < a1; i++) {
        const c = count.get(a[i]!) ?? [0, 0, i];
        c[0] += 1;
        c[2] = i;
        count.set(a[i]!, c);
      }
      const bAt = new Map<string, number>();
      for (let j = b0; j < b1; j++) {
        const c = count.get(b[j]!);
        if (c === undefined) continue;
        c[1] += 1;
        bAt.set(b[j]!, j);
      }
      const unique = [...count.entries()].filter(([, c]) => c[0] === 1 && c[1] === 1).map(([t, c]) => [c[2], bAt.get(t)!] as [number, number]).sort((x, y) => x[0] - y[0]);
      if (unique.length > 0) {
        // The longest run of unique tokens in the same order in both (patience sorting).
        const piles: number[] = [];
        const back: number[] = [];
        unique.forEach(([, j], k) => {
          let lo = 0;
          let hi = piles.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (unique[piles[mid]!]![1] < j) lo = mid + 1;
            else hi = mid;
          }
          back[k] = lo > 0 ? piles[lo - 1]! : -1;
          piles[lo] = k;
        });
        const chain: [number, number][] = [];
        for (let k = piles.at(-1)!; k !== -1; k = back[k]!) chain.unshift(unique[k]!);
        let i = a0;
        let j = b0;
        for (const [ai, bj] of chain) {
          walk(i, ai, j, bj);
          pairs.push([ai, bj]);
          i = ai + 1;
          j = bj + 1;
        }
        walk(i, a1, j, b1);
      } else if ((a1 - a0) * (b1 - b0) <= 250_000) {
        // No unique anchor: a plain longest common subsequence over the small run left.
        const n = a1 - a0;
        const m = b1 - b0;
        const score = new Int32Array((n + 1) * (m + 1));
        for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) score[i * (m + 1) + j] = a[a0 + i] === b[b0 + j] ? score[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(score[(i + 1) * (m + 1) + j]!, score[i * (m + 1) + j + 1]!);
        for (let i = 0, j = 0; i < n && j < m; ) {
          if (a[a0 + i] === b[b0 + j]) pairs.push([a0 + i++, b0 + j++]);
          else if (score[(i + 1) * (m + 1) + j]! >= score[i * (m + 1) + j + 1]!) i++;
          else j++;
        }
      }
    }
    pairs.push(...tail);
  };
  walk(0, a.length, 0, b.length);
  return pairs;
}

function join(text: string, list: readonly Token[]): string {
  if (list.length === 0) return '';
  return text.slice(list[0]!.at, list.at(-1)!.end).replace(/\s+/g, ' ').trim();
}

/**
 * Every run where the page's words differ from the paper's (from the paper's line starting `from`, and
 * the page after its cover), and whether the page marks it: the paper's words gone and the page's in
 * their place, between two words the paper and the page share.
 */
export function wordWalk(paperText: string, html: string, from: string): Difference[] {
  const paper = readPaperText(paperText, from);
  const page = readPageText(html);
  const a = tokens(paper);
  const b: PageToken[] = tokens(page.text).map((t) => ({ ...t, marked: (page.marked[t.at] ?? false) || SYMBOL.test(t.text) }));
  // A marked word is never the paper's word in its place: the mark stands for the paper's words it replaces.
  const pairs = align(a.map((t) => t.text), b.map((t) => (t.marked ? `\u0000${t.text}` : t.text)));
  pairs.push([a.length, b.length]);
  const differences: Difference[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of pairs) {
    const gone = a.slice(i, ai);
    const shown = b.slice(j, bj);
    const unmarked = shown.filter((t) => !t.marked);
    if (gone.length > 0 || unmarked.length > 0) {
      const around = b.slice(Math.max(0, j - 6), Math.min(b.length, bj + 6));
      differences.push({
        paper: join(paper, gone),
        page: join(page.text, shown),
        marked: unmarked.length === 0 && shown.length > 0,
        context: join(page.text, around),
      });
    }
    i = ai + 1;
    j = bj + 1;
  }
  return differences;
}
