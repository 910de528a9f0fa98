/**
 * Report ids and council slugs become folder names and web addresses (/reports/<id>/): lowercase
 * ASCII words joined by single hyphens keep them the same on every file system and in every link,
 * with nothing to escape.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** The rule in words, for messages. */
export const SLUG_RULE = 'lowercase letters a to z and digits, in words joined by single hyphens, such as barnsley-2022-09-13';

/** A slug close to what was written, for a message's suggestion: accents dropped, other characters as hyphens. */
export function suggestSlug(text: string, fallback = 'report'): string {
  const words = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return words.length > 0 ? words.join('-') : fallback;
}
