import type { Page } from 'playwright-core';

export interface TableFit {
  caption: string;
  /** The caption's text runs past the edge of the box the table scrolls in, or of the viewport. */
  captionCut: boolean;
  /** The last column's heading is out of view until the reader scrolls. */
  lastColumnHidden: boolean;
  /** The table is wider than its box. */
  scrolls: boolean;
  /** The first column stays in view as the table scrolls (position: sticky). */
  firstColumnSticky: boolean;
}

/**
 * How each data table sits on the screen as it loads: whether its caption can be read whole, whether
 * its last column (the latest period) is in view without scrolling, and, for a table that scrolls
 * sideways, whether its first column stays put.
 */
export function readTableFit(page: Page): Promise<TableFit[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')]
      .filter((table) => table.checkVisibility() && !['presentation', 'none'].includes(table.getAttribute('role') ?? ''))
      .map((table) => {
        const box = table.parentElement?.closest('.table-scroll') ?? null;
        const frame = box?.getBoundingClientRect() ?? { left: 0, right: document.documentElement.clientWidth };
        const inside = (rect: DOMRect): boolean => rect.left >= frame.left - 1 && rect.right <= frame.right + 1;
        const caption = table.caption;
        const range = document.createRange();
        if (caption) range.selectNodeContents(caption);
        // The header row of the last columns: under a heading that spans several, the row naming each one.
        const header = table.tHead?.rows[table.tHead.rows.length - 1] ?? table.rows[0];
        const last = header?.cells[header.cells.length - 1];
        const first = table.rows[table.rows.length - 1]?.cells[0];
        return {
          caption: (caption?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
          captionCut: caption !== null && [...range.getClientRects()].some((rect) => rect.width > 0 && !inside(rect)),
          lastColumnHidden: last !== undefined && !inside(last.getBoundingClientRect()),
          scrolls: box !== null && table.scrollWidth > box.clientWidth + 1,
          firstColumnSticky: first !== undefined && getComputedStyle(first).position === 'sticky',
        };
      }),
  );
}

/** Problems with how tables fit; `latestInView` asks for the last column in view as the page loads. */
export function tableFitProblems(tables: readonly TableFit[], { latestInView }: { latestInView: boolean }): string[] {
  return tables.flatMap((table) => [
    ...(table.captionCut ? [`table "${table.caption}": its caption runs out of view`] : []),
    ...(latestInView && table.lastColumnHidden ? [`table "${table.caption}": its last column is out of view until scrolled`] : []),
    ...(table.scrolls && !table.firstColumnSticky ? [`table "${table.caption}" scrolls sideways but its first column scrolls away with it`] : []),
  ]);
}
