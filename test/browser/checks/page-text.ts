import type { Page } from 'playwright-core';

export interface PageContent {
  /** The text a reader sees, whitespace collapsed. */
  text: string;
  tables: number;
  charts: number;
  images: number;
}

/** What the page shows, to compare a reading with JavaScript against one without. */
export function readContent(page: Page): Promise<PageContent> {
  return page.evaluate(() => ({
    text: document.body.innerText.replace(/\s+/g, ' ').trim(),
    tables: document.querySelectorAll('table').length,
    charts: document.querySelectorAll('svg').length,
    images: document.querySelectorAll('img').length,
  }));
}
