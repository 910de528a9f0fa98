import type { Page } from 'playwright-core';
import type { ElementInfo } from './element-info.ts';

export interface FocusStop {
  element: ElementInfo;
  /** A 2px-or-wider outline, or a box shadow, is drawn while focused. */
  indicatorShown: boolean;
  /** The focused element is inside the viewport, so the indicator can be seen. */
  inView: boolean;
  isSkipLink: boolean;
  href: string;
}

/** Where focus is now, and whether a reader can see it. */
export function readFocus(page: Page): Promise<FocusStop | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return {
      element: { tag: el.localName, id: el.id, className: el.getAttribute('class') ?? '', text: el.textContent ?? '' },
      indicatorShown: outline || style.boxShadow !== 'none',
      inView: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight,
      isSkipLink: el.localName === 'a' && /skip/i.test(el.textContent ?? '') && (el.getAttribute('href') ?? '').startsWith('#'),
      href: el.getAttribute('href') ?? '',
    };
  });
}

/** Tabs through the whole page from the top, once round, and returns every stop. */
export async function tabThrough(page: Page, limit = 300): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await readFocus(page);
    if (!stop) break;
    const first = stops[0];
    if (first && stop.element.tag === first.element.tag && stop.element.id === first.element.id && stop.href === first.href && stop.element.text === first.element.text) break;
    stops.push(stop);
  }
  return stops;
}

/** Whether following the skip link moved focus into its target, read after pressing Enter on it. */
export function focusIsInside(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const el = document.getElementById(target);
    return el !== null && el.contains(document.activeElement) && el.getBoundingClientRect().top < innerHeight;
  }, id);
}

/**
 * Focuses every element a keyboard user can reach, in one pass inside the page: much faster than a
 * Tab press per stop on pages with hundreds of links. Press a key first, so that Chromium treats the
 * focus as keyboard focus and applies :focus-visible.
 */
export function focusEveryStop(page: Page): Promise<FocusStop[]> {
  return page.evaluate(() => {
    const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    const stops: FocusStop[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.tabIndex < 0 || !el.checkVisibility() || (el as HTMLButtonElement).disabled) continue;
      el.focus();
      if (document.activeElement !== el) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      stops.push({
        element: { tag: el.localName, id: el.id, className: el.getAttribute('class') ?? '', text: el.textContent ?? '' },
        indicatorShown: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
        inView: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight,
        isSkipLink: el.localName === 'a' && /skip/i.test(el.textContent ?? '') && (el.getAttribute('href') ?? '').startsWith('#'),
        href: el.getAttribute('href') ?? '',
      });
    }
    return stops;
  });
}
