import { readPage, type PageFigure, type PageMark, type PageSymbol } from './page-figures.ts';
import { readPaper, type PaperFigure } from './paper-figures.ts';

/** How a figure of the paper is on the page. */
export type Found =
  /** The same figure, unmarked, where the paper has it. */
  | 'same'
  /** The same figure, elsewhere on the page than the paper's order puts it (a cover field, a table). */
  | 'elsewhere'
  /** Inside something the web version marks as added (the paper's figure repeated in a card, say). */
  | 'in-added'
  /** The paper's figure shown beside a correction, or beside a comparator derived from DfE's files. */
  | 'corrected'
  /** Withheld on the page, with whose rule withheld it. */
  | 'withheld';

export interface Pair {
  paper: PaperFigure;
  page: PageFigure;
  found: Found;
}

export interface Walk {
  paper: PaperFigure[];
  page: PageFigure[];
  marks: PageMark[];
  pairs: Pair[];
  /** Figures of the paper the page does not show. */
  missing: PaperFigure[];
  /** Figures on the page that are not the paper's and carry no mark. */
  unmarked: PageFigure[];
  /** Figures on the page that are not the paper's, inside or beside a mark. */
  marked: PageFigure[];
  /** Every GSS symbol on the page, and whether the page says what it means. */
  symbols: PageSymbol[];
}

/** A withheld figure stands for one of the paper's numbers only where the page says whose rule withheld it. */
function withheldMarked(page: PageFigure, marks: readonly PageMark[]): boolean {
  return page.key === 'c' && page.mark !== undefined && marks[page.mark]!.kind === 'withheld';
}

function weight(paper: PaperFigure, page: PageFigure, marks: readonly PageMark[]): number {
  if (paper.key === page.key) {
    if (page.key === 'c') return withheldMarked(page, marks) || paper.raw === '■' ? 4 : 0;
    if (page.printed) return 4;
    return page.mark === undefined ? 4 : 3;
  }
  // The paper's number, withheld on the page with a word for whose rule: a figure accounted for, not lost.
  if (page.key === 'c' && paper.key !== 'c' && withheldMarked(page, marks)) return 2;
  return 0;
}

/**
 * Walks a paper's figures against a built page in order (a weighted longest common subsequence, since
 * the page keeps the paper's order), then matches what is left anywhere on the page (a cover field or a
 * table the page puts elsewhere), and sorts every figure into found, missing, marked or unmarked.
 */
export function walkPaper(paperText: string, html: string, options: { keep?: readonly string[] } = {}): Walk {
  const paper = readPaper(paperText, options.keep);
  const { figures: page, marks, symbols } = readPage(html);
  const n = paper.length;
  const m = page.length;
  const score = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const w = weight(paper[i]!, page[j]!, marks);
      score[at(i, j)] = Math.max(score[at(i + 1, j)]!, score[at(i, j + 1)]!, w > 0 ? w + score[at(i + 1, j + 1)]! : 0);
    }
  }
  const pairedPaper = new Map<number, number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    const w = weight(paper[i]!, page[j]!, marks);
    if (w > 0 && score[at(i, j)] === w + score[at(i + 1, j + 1)]!) {
      pairedPaper.set(i, j);
      i += 1;
      j += 1;
    } else if (score[at(i + 1, j)]! >= score[at(i, j + 1)]!) i += 1;
    else j += 1;
  }
  const usedPage = new Set(pairedPaper.values());
  const elsewhere = new Map<number, number>();
  paper.forEach((figure, i) => {
    if (pairedPaper.has(i) || figure.key === 'c') return;
    const j = page.findIndex((candidate, k) => !usedPage.has(k) && candidate.key === figure.key && (candidate.key !== 'c' || withheldMarked(candidate, marks)));
    if (j !== -1) {
      elsewhere.set(i, j);
      usedPage.add(j);
    }
  });

  const pairs: Pair[] = [];
  const missing: PaperFigure[] = [];
  paper.forEach((figure, i) => {
    const j = pairedPaper.get(i) ?? elsewhere.get(i);
    if (j === undefined) {
      missing.push(figure);
      return;
    }
    const shown = page[j]!;
    const mark = shown.mark === undefined ? undefined : marks[shown.mark];
    let found: Found;
    if (shown.key === 'c' && figure.key !== 'c') found = 'withheld';
    else if (shown.printed) found = 'corrected';
    else if (mark?.kind === 'added') found = 'in-added';
    else found = elsewhere.has(i) ? 'elsewhere' : 'same';
    pairs.push({ paper: figure, page: shown, found });
  });
  // A figure of the paper paired with a copy in something added (a card, the cover's purpose) is better
  // paired with an unmarked copy left over, which is then the paper's figure in the page's own order.
  for (const pair of pairs) {
    if (pair.found !== 'in-added') continue;
    const j = page.findIndex((candidate, k) => !usedPage.has(k) && candidate.mark === undefined && candidate.key === pair.paper.key);
    if (j === -1) continue;
    usedPage.delete(page.indexOf(pair.page));
    usedPage.add(j);
    pair.page = page[j]!;
    pair.found = 'elsewhere';
  }
  const rest = page.filter((_, j) => !usedPage.has(j));
  return {
    paper,
    page,
    marks,
    pairs,
    missing,
    unmarked: rest.filter((figure) => figure.mark === undefined),
    marked: rest.filter((figure) => figure.mark !== undefined),
    symbols,
  };
}
