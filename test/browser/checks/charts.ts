import type { Page } from 'playwright-core';
import { elementLabel, type ElementInfo } from './element-info.ts';

export interface ChartFacts {
  element: ElementInfo;
  role: string;
  /** Text of aria-labelledby targets, or aria-label. */
  name: string;
  /** Text of aria-describedby targets ('' when none or they are missing). */
  description: string;
  /** Ids named by aria-labelledby or aria-describedby that are not in the page. */
  missingIds: string[];
  /** Whether the description is also on the page for sighted readers, not only in ARIA. */
  descriptionShown: boolean;
  /** Caption of the table that carries the chart's numbers ('' when none is reachable). */
  tableCaption: string;
}

/**
 * Every SVG that is not hidden from assistive technology is treated as a chart: an icon that means
 * nothing should be aria-hidden. Its table is one in the same <figure>, or one that a link or
 * aria-details in the figure points to.
 */
export function readCharts(page: Page): Promise<ChartFacts[]> {
  return page.evaluate(() => {
    const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const byIds = (ids: string): Element[] => ids.split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    const tableIn = (el: Element | null): HTMLTableElement | null => (el === null ? null : el instanceof HTMLTableElement ? el : el.querySelector('table'));
    return [...document.querySelectorAll('svg')]
      .filter((svg) => !svg.parentElement?.closest('svg') && !svg.closest('[aria-hidden="true"]'))
      .map((svg) => {
        const labelledBy = svg.getAttribute('aria-labelledby') ?? '';
        const describedBy = svg.getAttribute('aria-describedby') ?? '';
        const referenced = `${labelledBy} ${describedBy}`.split(/\s+/).filter(Boolean);
        const descriptions = byIds(describedBy);
        const container = svg.closest('figure') ?? svg.parentElement;
        const pointers = [
          ...(svg.getAttribute('aria-details') ?? '').split(/\s+/),
          ...[...(container?.querySelectorAll('a[href^="#"]') ?? [])].map((a) => (a.getAttribute('href') ?? '').slice(1)),
          ...[...(container?.querySelectorAll('[aria-details]') ?? [])].map((el) => el.getAttribute('aria-details') ?? ''),
        ].filter(Boolean);
        const table = tableIn(container) ?? pointers.map((id) => tableIn(document.getElementById(id))).find((t) => t !== null) ?? null;
        return {
          element: { tag: 'svg', id: svg.id, className: svg.getAttribute('class') ?? '', text: svg.getAttribute('aria-label') ?? '' },
          role: svg.getAttribute('role') ?? '',
          name: labelledBy ? byIds(labelledBy).map(text).join(' ') : (svg.getAttribute('aria-label') ?? '').trim(),
          description: descriptions.map(text).join(' '),
          missingIds: referenced.filter((id) => !document.getElementById(id)),
          descriptionShown: descriptions.length > 0 && descriptions.every((el) => !el.closest('svg') && !el.closest('[hidden], [aria-hidden="true"]')),
          tableCaption: table ? text(table.caption) || '(table without caption)' : '',
        };
      });
  });
}

/** A chart is an image with a name, a description a sighted reader can read too, and a table of its numbers. */
export function chartProblems(charts: readonly ChartFacts[]): string[] {
  return charts.flatMap((chart) => {
    const name = elementLabel(chart.element);
    const problems: string[] = [];
    if (chart.role !== 'img') problems.push(`${name} has role="${chart.role}", not role="img" (or aria-hidden="true" if it is decoration)`);
    if (!chart.name) problems.push(`${name} has no accessible name (aria-labelledby or aria-label)`);
    for (const id of chart.missingIds) problems.push(`${name} refers to #${id}, which is not in the page`);
    if (!chart.description) problems.push(`${name} has no text description (aria-describedby)`);
    else if (!chart.descriptionShown) problems.push(`${name}: its description is not shown on the page outside the SVG`);
    if (!chart.tableCaption) problems.push(`${name} has no table of its numbers in its figure or linked from it`);
    return problems;
  });
}
