/** A field that says what a row's numbers are of: its words are context, its digits are not figures. */
export const IDENTIFIER_FIELD = /^(?:[a-z]+_)?(?:indicator|area|period|breakdown|label|name|title|caption|council|category|group|kind|unit|measure|symbol|id|code)(?:_[a-z]+)?$/i;
/** A field about the file rather than a figure (a version number, a date, a link): not read for figures. */
export const METADATA_FIELD = /^(?:[a-z]+_)?(?:version|published|checksum|date|year|line|url|href|per|decimals|key|rank|quartile)(?:_[a-z]+)?$|^@/i;

/** How a field of a download is read: as context, as a place where a figure may be, or not at all. */
export function fieldRole(name: string): 'metadata' | 'identifier' | 'value' {
  if (METADATA_FIELD.test(name)) return 'metadata';
  if (IDENTIFIER_FIELD.test(name)) return 'identifier';
  return 'value';
}
