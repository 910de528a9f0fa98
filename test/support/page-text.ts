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

/** A table on a built page, as a reader sees it: column headings, and each row's cells by its header. */
export interface ShownTable {
  columns: string[];
  rows: Map<string, string[]>;
}

/** The table with this caption, read back from built HTML; throws when the page has none. */
export function tableCaptioned(html: string, caption: string): ShownTable {
  const tables = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '');
  const found = tables.find((body) => decode(/<caption>([\s\S]*?)<\/caption>/.exec(body)?.[1] ?? '') === caption);
  if (found === undefined) throw new Error(`no table captioned "${caption}"`);
  const columns = [...found.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => decode(m[1] ?? ''));
  const rows = new Map<string, string[]>();
  for (const row of found.matchAll(/<tr[^>]*>\s*<th scope="row"[^>]*>([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)) {
    rows.set(decode(row[1] ?? ''), [...(row[2] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1] ?? '')));
  }
  return { columns, rows };
}
