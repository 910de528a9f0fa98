/** The text a reader sees in a fragment of built HTML: tags dropped, entities decoded, spaces collapsed. */
export function decode(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
