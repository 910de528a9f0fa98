import type { Page } from 'playwright-core';

export interface NoticeFacts {
  /** The notice's first words. */
  text: string;
  insideMain: boolean;
  /** The skip link's target, e.g. `main`; '' when the page has no skip link or its target is missing. */
  skipTarget: string;
  /** Whether following the skip link passes over the notice (it comes before the target, outside it). */
  skipped: boolean;
}

/**
 * Notices every reader must meet, such as "Fictional data" (`[data-notice]`, or the fictional-data
 * banner): where they sit against the main landmark and the skip link's target.
 */
export function readNotices(page: Page): Promise<NoticeFacts[]> {
  return page.evaluate(() => {
    const skip = [...document.querySelectorAll('a[href^="#"]')].find((a) => /skip/i.test(a.textContent ?? ''));
    const target = skip ? document.getElementById((skip.getAttribute('href') ?? '').slice(1)) : null;
    return [...document.querySelectorAll('.fictional-banner, [data-notice]')].map((notice) => ({
      text: (notice.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40),
      insideMain: notice.closest('main, [role="main"]') !== null,
      skipTarget: target ? `${target.localName}${target.id ? `#${target.id}` : ''}` : '',
      skipped: target !== null && !target.contains(notice) && (notice.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    }));
  });
}

/** A notice belongs to the page's main content, and the skip link leads to it rather than past it. */
export function noticeProblems(notices: readonly NoticeFacts[]): string[] {
  return notices.flatMap((notice) => [
    ...(notice.insideMain ? [] : [`the notice "${notice.text}" is outside the main landmark`]),
    ...(notice.skipped ? [`the skip link's target ${notice.skipTarget} comes after the notice "${notice.text}", so following it skips the notice`] : []),
  ]);
}
