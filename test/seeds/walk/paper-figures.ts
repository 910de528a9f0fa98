import { figuresIn, type TextFigure } from './figure-tokens.ts';

export interface PaperFigure extends TextFigure {
  /** Its line in the paper's text, from 1, and that line. */
  line: number;
  lineText: string;
}

/**
 * A paper's own numbering at the start of a line: paragraph numbers ("2.15.", "- 2.1.", "3.1.1"), section
 * numbers ("3 Current Performance", "6.0 RECOMMENDATIONS") and list numbers ("1. Note"). Members cite
 * them, and the page gives each paragraph its number as a link; they are not figures.
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b';
const NUMBERING = new RegExp(`^\\s*(?:-\\s+)?(?:\\d+(?:\\.\\d+)+\\.?|\\d+\\.|\\d+(?= (?!${MONTH})[A-Z][a-z]*\\b))(?=\\s)`);

/**
 * Every figure in a paper's text, line by line, without its numbering. `keep` lists line starts that
 * look like a section number but are a figure ("7 CYP became the subject…").
 */
export function readPaper(text: string, keep: readonly string[] = []): PaperFigure[] {
  const figures: PaperFigure[] = [];
  text.split('\n').forEach((original, i) => {
    const line = original.replace(/\*\*/g, '');
    const numbered = keep.some((start) => line.trimStart().startsWith(start)) ? null : NUMBERING.exec(line);
    const from = numbered === null ? 0 : numbered[0].length;
    for (const figure of figuresIn(line.slice(from))) {
      figures.push({ ...figure, at: figure.at + from, line: i + 1, lineText: original.trim() });
    }
  });
  return figures;
}
