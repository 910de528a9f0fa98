import { DOMParser } from 'linkedom';

/**
 * Where each line of a chart's text falls, estimated from the SVG alone, so that a test can say
 * whether the SVG (which clips to its viewBox) shows all of it. There are no font metrics here: a line
 * is taken to reach 0.75em above its baseline and 0.25em below it, one font size in all, and to be
 * 0.5em a character wide (0.55em bold), about the average of a sans-serif text. The builders' own width
 * estimate (`estimateTextWidth`) is generous on purpose, to reserve margins, so it would flag text that fits.
 */
export interface TextLineBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const ASCENT = 0.75;
const DESCENT = 0.25;
const CHARACTER_WIDTH = 0.5;
const BOLD_CHARACTER_WIDTH = 0.55;

/** A length attribute in units or em (Plot writes both, e.g. y="0.32em", dy="1em"). */
function length(value: string | null, fontSize: number): number {
  if (value === null || value.trim() === '') return 0;
  const trimmed = value.trim();
  const number = Number.parseFloat(trimmed);
  if (!Number.isFinite(number)) throw new Error(`text-bounds: cannot read the length "${value}"`);
  return trimmed.endsWith('em') ? number * fontSize : number;
}

/** The offset of a `translate(x,y)` transform; any other transform would move text in ways not estimated here. */
function translation(element: Element): [number, number] {
  const transform = element.getAttribute('transform');
  if (transform === null || transform.trim() === '') return [0, 0];
  const match = /^\s*translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)\s*$/.exec(transform);
  if (match === null) throw new Error(`text-bounds: cannot follow the transform "${transform}"`);
  return [Number(match[1]), Number(match[2] ?? 0)];
}

/** The nearest value of an inherited presentation attribute, from the element up. */
function inherited(element: Element, name: string): string | null {
  for (let at: Element | null = element; at !== null; at = at.parentElement) {
    const value = at.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

function origin(element: Element): [number, number] {
  let x = 0;
  let y = 0;
  for (let at: Element | null = element; at !== null && at.tagName.toLowerCase() !== 'svg'; at = at.parentElement) {
    const [dx, dy] = translation(at);
    x += dx;
    y += dy;
  }
  return [x, y];
}

/** The viewBox of an SVG string and the estimated box of every line of its text. */
export function textBoxes(svg: string): { viewBox: [number, number, number, number]; lines: TextLineBox[] } {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = document.documentElement as unknown as Element;
  const viewBox = (root.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (viewBox.length !== 4 || viewBox.some((n) => !Number.isFinite(n))) throw new Error('text-bounds: the SVG has no viewBox');
  const lines: TextLineBox[] = [];
  for (const text of [...root.querySelectorAll('text')] as Element[]) {
    const fontSize = Number(inherited(text, 'font-size') ?? 16);
    const bold = inherited(text, 'font-weight') === 'bold';
    const anchor = inherited(text, 'text-anchor') ?? 'start';
    const [ox, oy] = origin(text);
    const x0 = ox + length(text.getAttribute('x'), fontSize) + length(text.getAttribute('dx'), fontSize);
    let baseline = oy + length(text.getAttribute('y'), fontSize) + length(text.getAttribute('dy'), fontSize);
    const spans = [...text.querySelectorAll('tspan')] as Element[];
    const parts =
      spans.length === 0
        ? [{ content: text.textContent ?? '', x: x0, baseline }]
        : spans.map((span) => {
            const y = span.getAttribute('y');
            baseline = (y === null ? baseline : oy + length(y, fontSize)) + length(span.getAttribute('dy'), fontSize);
            const x = span.getAttribute('x') === null ? x0 : ox + length(span.getAttribute('x'), fontSize);
            return { content: span.textContent ?? '', x, baseline };
          });
    for (const part of parts) {
      if (part.content.trim() === '') continue;
      const width = [...part.content].length * fontSize * (bold ? BOLD_CHARACTER_WIDTH : CHARACTER_WIDTH);
      const left = anchor === 'end' ? part.x - width : anchor === 'middle' ? part.x - width / 2 : part.x;
      lines.push({
        text: part.content,
        left,
        right: left + width,
        top: part.baseline - ASCENT * fontSize,
        bottom: part.baseline + DESCENT * fontSize,
      });
    }
  }
  return { viewBox: viewBox as [number, number, number, number], lines };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Each line of text whose estimated box leaves the viewBox, described with its text and box. */
export function textOutsideViewBox(svg: string, tolerance = 0.5): string[] {
  const { viewBox, lines } = textBoxes(svg);
  const [minX, minY, width, height] = viewBox;
  return lines
    .filter(
      (line) =>
        line.left < minX - tolerance ||
        line.right > minX + width + tolerance ||
        line.top < minY - tolerance ||
        line.bottom > minY + height + tolerance,
    )
    .map(
      (line) =>
        `"${line.text}" spans x ${round(line.left)}–${round(line.right)}, y ${round(line.top)}–${round(line.bottom)}, outside the viewBox ${viewBox.join(' ')}`,
    );
}
