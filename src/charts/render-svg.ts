import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Text size in every chart, in SVG units. The stylesheet sizes each chart in rem, one SVG unit to
 * 1/16 rem, so that this is 14 CSS pixels at the browser's default text size and grows with it.
 */
export const FONT_SIZE = 14;
/** Class on every chart's root `<svg>`, for the site's global styles (scoped styles do not reach `set:html`). */
export const CHART_CLASS = 'tabled-chart';

export interface SvgSemantics {
  /** Also the SVG's aria-label, a fallback should the caption it is labelled by be missing. */
  title: string;
  titleId: string;
  descriptionId: string;
  /** Adds elements Plot cannot make, such as `<defs>` with patterns; called before serialising. */
  decorate?: (svg: Element, document: Document) => void;
  /** Which of a chart's layouts this is, as a class (`tabled-chart-wide`), for the stylesheet to show one. */
  layout?: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const GEOMETRY_ATTRIBUTES = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'transform'];
// Two decimals of a pixel are invisible; more only make the page bigger and the snapshots noisy.
const LONG_DECIMAL = /-?\d+\.\d{3,}/g;

export function roundGeometry(value: string): string {
  return value.replace(LONG_DECIMAL, (n) => String(Number(Number(n).toFixed(2))));
}

/**
 * linkedom 0.18 escapes only `"` when it serialises an attribute, leaving `&`, `<` and `>` raw: fine for
 * an HTML parser but not well-formed XML, and a raw `&` can turn into an entity. So text that goes into
 * an attribute is escaped here, all but `"`, which linkedom escapes itself (pinned by a test).
 */
function escapeAttributeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Renders Plot options to an SVG string with a fresh linkedom document (so charts share no state),
 * and adds what Plot leaves out: role="img" and links to the caption and description the page shows.
 */
export function renderSvg(options: Plot.PlotOptions, semantics: SvgSemantics): string {
  const { document: dom } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const document = dom as unknown as Document;
  const root = Plot.plot({
    ...options,
    document,
    className: CHART_CLASS,
    ariaLabel: null,
    ariaDescription: null,
  });
  if (root.tagName.toLowerCase() !== 'svg') {
    throw new Error(`renderSvg: Plot returned <${root.tagName.toLowerCase()}>, not <svg>; do not pass title, caption or legends to Plot`);
  }
  // Plot's <style> would be repeated once per chart on a page; the same rules go inline instead.
  for (const style of [...root.querySelectorAll('style')]) style.remove();
  // Tooltips could carry values the chart chose not to show; the charts never ask for them.
  for (const title of [...root.querySelectorAll('title')]) title.remove();
  // Plot writes font-variant="tabular-nums" on axis groups, which is not a valid value of SVG's
  // font-variant attribute (the HTML validator rejects it); the site stylesheet sets the same
  // numerals with font-variant-numeric on .tabled-chart.
  for (const element of [...root.querySelectorAll('[font-variant]')]) element.removeAttribute('font-variant');

  if (semantics.layout !== undefined) root.setAttribute('class', `${CHART_CLASS} ${CHART_CLASS}-${semantics.layout}`);
  root.setAttribute('aria-label', escapeAttributeText(semantics.title));
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', semantics.titleId);
  root.setAttribute('aria-describedby', semantics.descriptionId);
  root.setAttribute('font-size', String(FONT_SIZE));
  // The root's own look (block, scaling, PALETTE.text on PALETTE.background) is in the site stylesheet
  // under .tabled-chart, not a style attribute: the Content-Security-Policy allows no inline style.
  semantics.decorate?.(root, document);
  // Inside role="img" the marks are presentational: Plot's group labels ("dot", "x-axis tick") on
  // elements without a role are prohibited ARIA (axe: aria-prohibited-attr) and add nothing a reader
  // needs, since the caption, description and table carry the content.
  // The mark's name moves to data-mark, where tests and styles can still find it.
  for (const element of [...root.querySelectorAll('[aria-label]')]) {
    if (element.hasAttribute('role')) continue;
    element.setAttribute('data-mark', element.getAttribute('aria-label') ?? '');
    element.removeAttribute('aria-label');
  }

  for (const element of [...root.querySelectorAll('*')]) {
    for (const name of GEOMETRY_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, roundGeometry(value));
    }
  }
  return root.outerHTML;
}

/** Creates an SVG element with attributes in the exact case given (patternUnits, not patternunits). */
export function svgElement(document: Document, name: string, attributes: Record<string, string>): Element {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}
