/**
 * Text as compared when deciding what a number is of: lower case, one kind of dash, quote and space,
 * so that "Q1–Q2 2013/14" on a page matches "Q1-Q2 2013/14" in the data.
 */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
