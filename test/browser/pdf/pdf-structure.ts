import { decodePdfString } from './pdf-outline.ts';

/** One element of a tagged PDF's structure tree. */
export interface StructNode {
  /** The structure type, e.g. `Figure`, `P`, `Table`, `TH`. */
  role: string;
  /** `/Alt`, the text a screen reader reads instead of the element's content, if any. */
  alt?: string;
  children: StructNode[];
}

const REF = /(\d+) 0 R/g;

/** The dictionary of each uncompressed object, by object number. */
function objects(source: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const match of source.matchAll(/(?:^|\n)(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*endobj/g)) found.set(Number(match[1]), match[2] ?? '');
  return found;
}

/** The value of `/Key` in a dictionary: the text from the key to the next top-level key. */
function entry(dictionary: string, key: string): string | undefined {
  const at = dictionary.search(new RegExp(`/${key}[\\s(<\\[/]`));
  if (at === -1) return undefined;
  let depth = 0;
  let i = at + key.length + 1;
  const start = i;
  for (; i < dictionary.length; i += 1) {
    const char = dictionary[i];
    if (char === '\\') i += 1;
    else if (char === '(' || char === '[' || (char === '<' && dictionary[i + 1] === '<')) depth += 1;
    else if (char === ')' || char === ']' || (char === '>' && dictionary[i + 1] === '>' && depth > 0)) depth -= 1;
    else if (char === '/' && depth === 0 && i > start + 1) break;
    else if (char === '>' && depth === 0) break;
  }
  return dictionary.slice(start, i).trim();
}

/**
 * The structure tree of a tagged PDF as Chromium (Skia) writes it: every structure element a plain,
 * uncompressed object (`<</Type /StructElem /S /Figure /Alt (…) /P … /K […]>>`), which poppler's
 * command-line tools do not print. Marked-content ids (the page content) are left out.
 */
export function pdfStructure(bytes: Uint8Array): StructNode {
  const source = Buffer.from(bytes).toString('latin1');
  const all = objects(source);
  const rootNumber = [...all].find(([, dictionary]) => /\/Type\s*\/StructTreeRoot/.test(dictionary))?.[0];
  if (rootNumber === undefined) throw new Error('the PDF has no structure tree (is it tagged?)');
  const build = (number: number, seen: Set<number>): StructNode[] => {
    const dictionary = all.get(number);
    if (dictionary === undefined || seen.has(number)) return [];
    seen.add(number);
    const kids = entry(dictionary, 'K') ?? '';
    // Only references inside /K, not the marked-content references (/Type /MCR … /Pg n 0 R) it may hold.
    const refs = [...kids.replace(/<<[\s\S]*?>>/g, '').matchAll(REF)].map((m) => Number(m[1]));
    const children = refs.flatMap((ref) => build(ref, seen));
    const role = /\/S\s*\/(\w+)/.exec(dictionary)?.[1];
    if (!/\/Type\s*\/StructElem/.test(dictionary) || role === undefined) return children;
    const alt = entry(dictionary, 'Alt');
    return [{ role, ...(alt === undefined ? {} : { alt: decodePdfString(alt) }), children }];
  };
  return { role: 'StructTreeRoot', children: build(rootNumber, new Set()) };
}

/** Every node of the tree, depth first, with its ancestors' roles. */
export function walkStructure(node: StructNode, ancestors: StructNode[] = []): { node: StructNode; ancestors: StructNode[] }[] {
  return [{ node, ancestors }, ...node.children.flatMap((child) => walkStructure(child, [...ancestors, node]))];
}
