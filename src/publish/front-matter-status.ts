const FRONT_MATTER = /^(---\r?\n)([\s\S]*?\r?\n)(---\r?\n?)/;

/**
 * The MDX text with its front matter's `status` set, leaving every other byte as the author wrote
 * it (a YAML round trip would reformat the whole block).
 */
export function withStatus(mdx: string, status: 'draft' | 'published'): string {
  const match = FRONT_MATTER.exec(mdx);
  if (match === null) throw new Error('the report has no front matter: it must start with a line "---"');
  const [whole, open = '', body = '', close = ''] = match;
  const line = /^status:.*$/m;
  const newBody = line.test(body) ? body.replace(line, `status: ${status}`) : `${body}status: ${status}\n`;
  return `${open}${newBody}${close}${mdx.slice(whole.length)}`;
}
