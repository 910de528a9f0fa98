import type { Page } from 'playwright-core';

export interface PrintFacts {
  /** Navigation still shown on paper. */
  navigationShown: string[];
  /** Paragraph numbers (`.para-number`) on the page, and how many print. */
  paragraphNumbers: number;
  paragraphNumbersShown: number;
  /** Charts that may be split across pages, or parted from their caption. */
  chartsParted: string[];
  /** Links to other sites whose address is not printed after them. */
  linksWithoutAddress: string[];
  /** Tables that do not print (e.g. inside a closed <details>). */
  tablesHidden: string[];
  /** Summaries of <details>, which are not links, that print looking like one (underlined, or in a colour). */
  looksLikeLinks: string[];
  /** Headings and keys that may be left at the foot of a page, parted from what they introduce. */
  stranded: string[];
}

/** Read with print media emulated (`page.emulateMedia({ media: 'print' })`). */
export function readPrintFacts(page: Page): Promise<PrintFacts> {
  return page.evaluate(() => {
    const name = (el: Element): string => `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const shown = (el: Element): boolean => el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
    const navigation = [...document.querySelectorAll('nav, .skip-link, body > header, body > footer, [role="navigation"]')];
    const numbers = [...document.querySelectorAll('.para-number')];
    return {
      navigationShown: navigation.filter(shown).map(name),
      paragraphNumbers: numbers.length,
      paragraphNumbersShown: numbers.filter(shown).length,
      chartsParted: [...document.querySelectorAll('figure')].flatMap((figure) => {
        const svg = figure.querySelector('svg');
        const caption = figure.querySelector('figcaption');
        if (!svg || !shown(svg)) return [];
        const avoids = (value: string): boolean => value === 'avoid' || value === 'avoid-page';
        const problems: string[] = [];
        if (!avoids(getComputedStyle(svg).breakInside)) problems.push(`the chart in ${name(figure)} may be split across pages`);
        if (caption) {
          const captionFirst = Boolean(caption.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING);
          const between = captionFirst ? getComputedStyle(caption).breakAfter : getComputedStyle(svg).breakAfter;
          if (!avoids(between)) problems.push(`the chart in ${name(figure)} may be printed on another page from its caption`);
        }
        return problems;
      }),
      linksWithoutAddress: [...document.querySelectorAll('main a[href^="http"]')]
        .filter((a) => shown(a) && !getComputedStyle(a, '::after').content.includes(a.getAttribute('href') ?? ''))
        .map((a) => `${name(a)} "${(a.textContent ?? '').trim()}"`),
      tablesHidden: [...document.querySelectorAll('main table')].filter((t) => !shown(t)).map(name),
      // A <summary> is drawn like a link on screen (the site's own style): on paper it is a plain line.
      looksLikeLinks: [...document.querySelectorAll('main summary')]
        .filter((el) => shown(el) && !el.closest('a[href]'))
        .filter((el) => getComputedStyle(el).textDecorationLine.includes('underline') || !['rgb(0, 0, 0)', 'rgb(11, 12, 12)'].includes(getComputedStyle(el).color))
        .map((el) => `${name(el)} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`),
      stranded: [...document.querySelectorAll('main .symbol-key')]
        .filter((el) => shown(el) && !['avoid', 'avoid-page'].includes(getComputedStyle(el).breakAfter))
        .map(name),
    };
  });
}

export function printProblems(facts: PrintFacts): string[] {
  const problems: string[] = [];
  for (const nav of facts.navigationShown) problems.push(`navigation ${nav} is printed`);
  if (facts.paragraphNumbersShown < facts.paragraphNumbers) problems.push(`${facts.paragraphNumbers - facts.paragraphNumbersShown} of ${facts.paragraphNumbers} paragraph numbers are not printed`);
  problems.push(...facts.chartsParted);
  for (const link of facts.linksWithoutAddress) problems.push(`link ${link} prints without its address`);
  for (const table of facts.tablesHidden) problems.push(`${table} does not print`);
  for (const text of facts.looksLikeLinks) problems.push(`${text} is not a link but prints like one`);
  for (const key of facts.stranded) problems.push(`${key} may be printed at the foot of a page, apart from the table it explains`);
  return problems;
}
