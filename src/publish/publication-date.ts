/**
 * Checks a publication date given on the command line: a real YYYY-MM-DD day, not before the
 * version it follows (a record whose dates go backwards would mislead a reader).
 */
export function publicationDate(text: string, previous?: string): string {
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(text)) {
    throw new Error(`--date ${text} is not a date written as YYYY-MM-DD, e.g. 2026-11-28`);
  }
  if (previous !== undefined && text < previous) {
    throw new Error(`--date ${text} is before the previous version, published ${previous}: a new version cannot be older than the one it replaces`);
  }
  return text;
}
