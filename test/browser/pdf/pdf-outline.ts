/**
 * The titles of a PDF's outline (bookmarks), read from its bytes. Chromium writes outline items as
 * plain objects (`<</Title (…) /Dest … /Parent …>>`), not inside compressed object streams, and
 * poppler's command-line tools do not print the outline.
 */
export function pdfOutline(bytes: Uint8Array): string[] {
  const source = Buffer.from(bytes).toString('latin1');
  const items = source.matchAll(/<<\/Title\s*(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)\s*\/Dest[^>]*?\/Parent/g);
  return [...items].map((item) => decodePdfString(item[1] ?? ''));
}

/** A PDF string, literal `(…)` with its escapes or hex `<…>`, as text (UTF-16BE when it starts with FEFF). */
export function decodePdfString(token: string): string {
  let bytes: number[];
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    bytes = hex.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
  } else {
    bytes = [];
    const body = token.slice(1, -1);
    for (let i = 0; i < body.length; i += 1) {
      const char = body[i] ?? '';
      if (char !== '\\') {
        bytes.push(char.charCodeAt(0));
        continue;
      }
      const next = body[i + 1] ?? '';
      const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))?.[0];
      if (octal) {
        bytes.push(parseInt(octal, 8));
        i += octal.length;
      } else {
        const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
        if (next !== '\n') bytes.push(escapes[next] ?? next.charCodeAt(0));
        i += 1;
      }
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    return text;
  }
  return String.fromCharCode(...bytes);
}
