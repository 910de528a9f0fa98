import type { Page } from 'playwright-core';
import { elementLabel, type ElementInfo } from './element-info.ts';

export interface TableFacts {
  element: ElementInfo;
  caption: string;
  headerCount: number;
  /** Header cells without a scope (col, row, colgroup or rowgroup). */
  unscopedHeaders: string[];
  /** Headers with a scope that is not one of the four. */
  badScopes: string[];
}

/** Every data table (layout tables marked role="presentation" or "none" are left out). */
export function readTables(page: Page): Promise<TableFacts[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')]
      .filter((table) => !['presentation', 'none'].includes(table.getAttribute('role') ?? ''))
      .map((table) => {
        const headers = [...table.querySelectorAll('th')].filter((th) => th.closest('table') === table);
        const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return {
          element: { tag: 'table', id: table.id, className: table.getAttribute('class') ?? '', text: text(table.caption) || table.innerText.replace(/\s+/g, ' ').trim().slice(0, 60) },
          caption: text(table.caption),
          headerCount: headers.length,
          unscopedHeaders: headers.filter((th) => !th.hasAttribute('scope')).map(text),
          badScopes: headers
            .filter((th) => th.hasAttribute('scope') && !['col', 'row', 'colgroup', 'rowgroup'].includes(th.getAttribute('scope') ?? ''))
            .map((th) => `${text(th)} (scope="${th.getAttribute('scope') ?? ''}")`),
        };
      }),
  );
}

/** Every table needs a caption, header cells, and a scope on every header cell. */
export function tableProblems(tables: readonly TableFacts[]): string[] {
  return tables.flatMap((table) => {
    const name = elementLabel(table.element);
    const problems: string[] = [];
    if (!table.caption) problems.push(`${name} has no <caption>`);
    if (table.headerCount === 0) problems.push(`${name} has no header cells (<th>)`);
    for (const header of table.unscopedHeaders) problems.push(`${name}: <th> "${header}" has no scope`);
    for (const header of table.badScopes) problems.push(`${name}: <th> "${header}" has an unknown scope`);
    return problems;
  });
}
