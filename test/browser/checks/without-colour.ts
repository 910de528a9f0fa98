import type { Page } from 'playwright-core';
import { elementLabel, type ElementInfo } from './element-info.ts';

export interface StatusMark {
  element: ElementInfo;
  kind: 'rag' | 'direction' | 'coloured';
  /** What a reader gets without colour: text, alt text and aria-label together. */
  words: string;
}

/**
 * RAG ratings and directions of travel, found by class (`rag…`, `direction…`, `dot-…`, `dot`), and any
 * element painted in the site's green, amber or red (--green, --amber, --red) whatever its class.
 */
export function readStatusMarks(page: Page): Promise<StatusMark[]> {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const probe = document.createElement('span');
    document.body.append(probe);
    const ragColours = new Set(
      ['--green', '--amber', '--red']
        .map((name) => root.getPropertyValue(name).trim())
        .filter(Boolean)
        .map((value) => {
          probe.style.color = value;
          return getComputedStyle(probe).color;
        }),
    );
    probe.remove();
    const words = (el: Element): string =>
      [el.getAttribute('aria-label') ?? '', el.textContent ?? '', ...[...el.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt') ?? '')]
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    const marks: StatusMark[] = [];
    // The outermost mark speaks for what it contains: a coloured arrow inside "▲ worse" is fine.
    const found: Element[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg, [aria-hidden="true"]') || !el.checkVisibility() || found.some((outer) => outer.contains(el))) continue;
      const classes = [...el.classList];
      const style = getComputedStyle(el);
      const kind = classes.some((c) => /^rag(-|$)/.test(c))
        ? 'rag'
        : classes.some((c) => /^(direction|dot)(-|$)/.test(c))
          ? 'direction'
          : ragColours.has(style.color) || ragColours.has(style.backgroundColor)
            ? 'coloured'
            : undefined;
      if (!kind) continue;
      found.push(el);
      marks.push({
        element: { tag: el.localName, id: el.id, className: el.getAttribute('class') ?? '', text: el.textContent ?? '' },
        kind,
        words: words(el),
      });
    }
    return marks;
  });
}

const ragWords = /\b(red|amber|green|on target|off target|no target|not rated)\b/i;
const directionWords = /\b(better|worse|improv\w*|deteriorat\w*|no change|unchanged|same|not comparable|no comparison|no previous|up|down|rose|fell|increased?|decreased?|higher|lower)\b/i;

/** Each RAG rating and direction of travel says what it means in words; colour only repeats it. */
export function withoutColourProblems(marks: readonly StatusMark[]): string[] {
  return marks.flatMap((mark) => {
    const name = elementLabel(mark.element);
    if (mark.kind === 'rag' && !ragWords.test(mark.words)) return [`RAG rating ${name} does not say red, amber or green in words`];
    if (mark.kind === 'direction' && !directionWords.test(mark.words)) return [`direction of travel ${name} does not say in words which way or whether better or worse`];
    if (mark.kind === 'coloured' && !/\p{L}{2,}/u.test(mark.words)) return [`${name} is painted a RAG colour but has no words, only "${mark.words}"`];
    return [];
  });
}
