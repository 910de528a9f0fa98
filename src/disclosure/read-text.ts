import type { FileReading } from './place.ts';
import { sentences } from './sentences.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/**
 * Plain text, XML (feeds, sitemaps) and anything else readable: markup taken out, entities decoded
 * (twice, since a feed's content is HTML escaped inside XML), each sentence or line a place of itself.
 */
export function readText(file: string, text: string, where = 'line'): FileReading {
  const plain = decode(decode(text.replace(/<!\[CDATA\[|\]\]>/g, '')).replace(/<[^>]+>/g, '\n')).replace(/<[^>]+>/g, '\n');
  return { places: sentences(plain).map((sentence) => ({ file, where: `${where} "${sentence.length > 60 ? `${sentence.slice(0, 57)}…` : sentence}"`, text: sentence, context: sentence })), grids: [], notes: [] };
}
