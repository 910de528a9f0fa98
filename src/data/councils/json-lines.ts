/**
 * The line each key (and each array element) of a JSON text starts on, by dotted path
 * ("theme.colours.brand", "neighbours.councils.3"), so that a problem found after parsing can name
 * the line a person should edit. Only for text JSON.parse has accepted: it does not check syntax.
 */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let at = 0;
  let line = 1;

  const skipSpace = (): void => {
    while (at < text.length && /\s/.test(text.charAt(at))) {
      if (text.charAt(at) === '\n') line += 1;
      at += 1;
    }
  };
  const readString = (): string => {
    let out = '';
    at += 1;
    while (at < text.length && text.charAt(at) !== '"') {
      if (text.charAt(at) === '\\') at += 1;
      out += text.charAt(at);
      at += 1;
    }
    at += 1;
    return out;
  };
  const child = (path: string, key: string | number): string => (path === '' ? String(key) : `${path}.${key}`);
  const readValue = (path: string): void => {
    skipSpace();
    if (!lines.has(path)) lines.set(path, line);
    const first = text.charAt(at);
    if (first === '{' || first === '[') {
      const close = first === '{' ? '}' : ']';
      at += 1;
      for (let index = 0; ; index += 1) {
        skipSpace();
        if (text.charAt(at) === close || at >= text.length) break;
        let key: string | number = index;
        if (first === '{') {
          const keyLine = line;
          key = readString();
          lines.set(child(path, key), keyLine);
          skipSpace();
          at += 1; // the colon
        }
        readValue(child(path, key));
        skipSpace();
        if (text.charAt(at) === ',') at += 1;
      }
      at += 1;
    } else if (first === '"') {
      readString();
    } else {
      while (at < text.length && !/[\s,\]}]/.test(text.charAt(at))) at += 1;
    }
  };
  readValue('');
  return lines;
}

/** The line of `path`, or of the nearest enclosing key that has one; 1 for the whole file. */
export function lineOf(lines: ReadonlyMap<string, number>, path: readonly PropertyKey[]): number {
  for (let length = path.length; length > 0; length -= 1) {
    const found = lines.get(path.slice(0, length).map(String).join('.'));
    if (found !== undefined) return found;
  }
  return 1;
}
