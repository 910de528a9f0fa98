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
