import type { Page } from 'playwright-core';

export interface ChartText {
  /** The chart's accessible name, to say which chart. */
  chart: string;
  /** The smallest text drawn in the chart, in CSS pixels as shown (its font size times the chart's scale). */
  smallestPx: number;
  /** That text's words. */
  text: string;
}

/**
 * The smallest text of every chart a reader can see now: each `<text>`'s computed font size times the
 * scale the SVG is drawn at (its shown width over its viewBox width). Hidden layouts are left out.
 */
export function readChartText(page: Page): Promise<ChartText[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg[role="img"]')]
      .filter((svg) => svg.checkVisibility() && svg.viewBox.baseVal !== null && svg.viewBox.baseVal.width > 0)
      .flatMap((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')]
          .filter((text) => (text.textContent ?? '').trim() !== '')
          .map((text) => ({ px: parseFloat(getComputedStyle(text).fontSize) * scale, text: (text.textContent ?? '').trim() }));
        if (sizes.length === 0) return [];
        const smallest = sizes.reduce((a, b) => (b.px < a.px ? b : a));
        return [{ chart: svg.getAttribute('aria-label') ?? svg.id, smallestPx: Math.round(smallest.px * 10) / 10, text: smallest.text.slice(0, 30) }];
      }),
  );
}

/** Chart text smaller than `minimumPx` CSS pixels, one line a chart. */
export function chartTextProblems(charts: readonly ChartText[], minimumPx: number): string[] {
  return charts
    .filter((chart) => chart.smallestPx < minimumPx)
    .map((chart) => `chart "${chart.chart}": text "${chart.text}" is ${chart.smallestPx}px, under ${minimumPx}px`);
}

/**
 * Sets the browser's default text size, as a reader does in the browser's settings (Chromium's
 * "Font size"): rem and em, media queries in em included, follow it. 16 is the default.
 */
export async function setDefaultTextSize(page: Page, px: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round((px * 13) / 16) } });
}
