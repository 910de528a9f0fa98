import type { Page } from 'playwright-core';

export interface Reflow {
  viewportWidth: number;
  scrollWidth: number;
  /** Elements that reach past the right edge, outside any container that scrolls on its own. */
  overflowing: string[];
}

/** Whether the page scrolls sideways at its current viewport (WCAG 1.4.10 reflow). */
export function readReflow(page: Page): Promise<Reflow> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element): boolean => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
    const overflowing = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => {
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) if (scrolls(node)) return false;
        return true;
      })
      .map((el) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
    return { viewportWidth: width, scrollWidth: document.documentElement.scrollWidth, overflowing: overflowing.slice(0, 10) };
  });
}

export function reflowProblems(reflow: Reflow): string[] {
  if (reflow.scrollWidth <= reflow.viewportWidth) return [];
  return [`the page is ${reflow.scrollWidth}px wide in a ${reflow.viewportWidth}px viewport; too wide: ${reflow.overflowing.join(', ') || '(no single element found)'}`];
}
