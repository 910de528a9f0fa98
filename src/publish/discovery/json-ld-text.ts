/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser ends a script element at
 * the first `</script`, whatever the JSON means, so `<`, `>` and `&` are written as JSON escapes
 * (`\u003c` …), which every JSON reader turns back into the same characters. U+2028 and U+2029 are
 * escaped too, for readers that treat the block as JavaScript.
 */
export function jsonLdText(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('JSON-LD must be a JSON value: undefined cannot be written');
  return json.replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
