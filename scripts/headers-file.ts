/**
 * The `_headers` file of Netlify and Cloudflare Pages: blocks of a path pattern, then indented
 * `Name: value` lines (or `! Name` to drop a header a broader block set). Every block whose pattern
 * matches a path applies, in file order; a header set twice is joined with ", ", as Cloudflare does.
 */
export interface HeaderRule {
  pattern: string;
  matches: RegExp;
  set: [string, string][];
  drop: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const matches = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+')}$`);
      rules.push({ pattern, matches, set: [], drop: [] });
      return;
    }
    const rule = rules.at(-1);
    if (rule === undefined) throw new Error(`_headers line ${i + 1}: a header before any path: ${line.trim()}`);
    const dropped = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (dropped?.[1] !== undefined) {
      rule.drop.push(dropped[1].toLowerCase());
      return;
    }
    const header = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (header?.[1] === undefined || header[2] === undefined) throw new Error(`_headers line ${i + 1}: expected "Name: value" or "! Name", found: ${line.trim()}`);
    rule.set.push([header[1].toLowerCase(), header[2].trim()]);
  });
  return rules;
}

/** The headers a path is served with. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.matches.test(path)) continue;
    for (const name of rule.drop) delete headers[name];
    for (const [name, value] of rule.set) headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return headers;
}
