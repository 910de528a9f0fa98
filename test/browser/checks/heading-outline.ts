import type { Page } from 'playwright-core';

export interface Heading {
  level: number;
  text: string;
}

/** The headings a screen reader lists, in document order (hidden ones left out). */
export function readHeadings(page: Page): Promise<Heading[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter((el) => el.checkVisibility() && !el.closest('[aria-hidden="true"]'))
      .map((el) => ({
        level: el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level') ?? 2) : Number(el.tagName.slice(1)),
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
  );
}

/**
 * A logical outline: one h1, first; no heading empty; going deeper one level at a time (h2 then h4
 * skips a level); going back up to any level is fine.
 */
export function headingOutlineProblems(headings: readonly Heading[]): string[] {
  const problems: string[] = [];
  const first = headings[0];
  if (!first) return ['the page has no headings'];
  if (first.level !== 1) problems.push(`the first heading is h${first.level} "${first.text}", not h1`);
  const h1s = headings.filter((h) => h.level === 1);
  if (h1s.length !== 1) problems.push(`the page has ${h1s.length} h1 headings (${h1s.map((h) => `"${h.text}"`).join(', ')}), not one`);
  headings.forEach((heading, index) => {
    if (!heading.text) problems.push(`heading ${index + 1} (h${heading.level}) is empty`);
    const previous = headings[index - 1];
    if (previous && heading.level > previous.level + 1) {
      problems.push(`h${heading.level} "${heading.text}" follows h${previous.level} "${previous.text}", skipping a level`);
    }
  });
  return problems;
}
