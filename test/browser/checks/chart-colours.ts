import type { Page } from 'playwright-core';
import { contrastRatio } from '../../../src/charts/contrast.ts';

export interface ChartColour {
  chart: string;
  /** e.g. `circle in "dot"` (renderSvg keeps Plot's names for its mark groups in data-mark) */
  element: string;
  property: 'fill' | 'stroke';
  /** Computed colour, `rgb(…)` or `rgba(…)` */
  colour: string;
  /** fill-opacity or stroke-opacity times the opacity of the element and its ancestors inside the SVG. */
  opacity: number;
  background: string;
  isText: boolean;
  /** Text of 24px, or 18.66px bold, counts as large (4.5:1 becomes 3:1). */
  isLargeText: boolean;
  /** Grid lines help reading values but are not needed to understand the chart (WCAG 1.4.11). */
  isGrid: boolean;
}

/** Every colour each chart paints with, and the background it is painted on. */
export function readChartColours(page: Page): Promise<ChartColour[]> {
  return page.evaluate(() => {
    const transparent = (colour: string): boolean => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
    const backgroundOf = (el: Element | null): string => {
      for (let node = el; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (!transparent(colour)) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const out: ChartColour[] = [];
    const charts = [...document.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg') && !svg.closest('[aria-hidden="true"]'));
    for (const svg of charts) {
      const labelledBy = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      const chart = (labelledBy || svg.getAttribute('aria-label') || svg.id || 'svg').replace(/\s+/g, ' ').slice(0, 60);
      const background = backgroundOf(svg);
      for (const el of svg.querySelectorAll('path, line, polyline, polygon, rect, circle, ellipse, text')) {
        if (el.closest('defs, pattern, clipPath, mask, marker')) continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility !== 'visible') continue;
        let opacity = 1;
        for (let node: Element | null = el; node && node !== svg.parentElement; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
        const group = el.closest('[data-mark]');
        const groupName = group && group !== svg ? group.getAttribute('data-mark') ?? '' : '';
        const fontSize = parseFloat(style.fontSize);
        const bold = Number(style.fontWeight) >= 700;
        const base = {
          chart,
          element: `${el.localName}${groupName ? ` in "${groupName}"` : ''}${el.localName === 'text' ? ` "${(el.textContent ?? '').trim().slice(0, 40)}"` : ''}`,
          background,
          isText: el.localName === 'text',
          isLargeText: fontSize >= 24 || (bold && fontSize >= 18.66),
          isGrid: /grid/i.test(groupName),
        };
        if (style.fill !== 'none' && !style.fill.startsWith('url(')) {
          out.push({ ...base, property: 'fill', colour: style.fill, opacity: opacity * Number(style.fillOpacity) });
        }
        if (style.stroke !== 'none' && !style.stroke.startsWith('url(') && parseFloat(style.strokeWidth) > 0) {
          out.push({ ...base, property: 'stroke', colour: style.stroke, opacity: opacity * Number(style.strokeOpacity) });
        }
      }
    }
    return out;
  });
}

/** `rgb(…)`, `rgba(…)` (as getComputedStyle gives them) or `#rrggbb`. */
function channels(colour: string): [number, number, number, number] {
  const hexDigits = /^#([0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (hexDigits) return [0, 2, 4].map((i) => parseInt(hexDigits.slice(i, i + 2), 16)).concat(1) as [number, number, number, number];
  const numbers = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return [r, g, b, a];
}

const hex = (rgb: readonly number[]): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** The colour a reader sees: the paint mixed with the background by its opacity. */
export function seenColour(colour: string, opacity: number, background: string): string {
  const [r, g, b, a] = channels(colour);
  const [br, bg, bb] = channels(background);
  const alpha = a * opacity;
  return hex([r * alpha + br * (1 - alpha), g * alpha + bg * (1 - alpha), b * alpha + bb * (1 - alpha)]);
}

/**
 * Marks and lines need 3:1 against the chart's background (1.4.11), text 4.5:1 or 3:1 when large
 * (1.4.3). Paint that is the background colour itself (gaps, halos) and grid lines are not judged.
 */
export function chartColourProblems(colours: readonly ChartColour[]): string[] {
  const problems = new Set<string>();
  for (const paint of colours) {
    const background = seenColour(paint.background, 1, 'rgb(255, 255, 255)');
    const seen = seenColour(paint.colour, paint.opacity, background);
    if (paint.isGrid || seen === background) continue;
    const needed = paint.isText && !paint.isLargeText ? 4.5 : 3;
    const ratio = contrastRatio(seen, background);
    if (ratio < needed) {
      problems.add(`chart "${paint.chart}": ${paint.element} ${paint.property} ${seen} has ${ratio.toFixed(2)}:1 on ${background}, needs ${needed}:1`);
    }
  }
  return [...problems];
}
