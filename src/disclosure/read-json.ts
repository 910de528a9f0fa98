import type { Place } from './place.ts';

/**
 * Every number and string in a JSON document as a place, said to be of the fields beside it and of
 * its parents' fields: `{ "indicator": "x", "rows": [{ "period": "2020-10", "value": 3 }] }` ties 3 to
 * x and 2020-10.
 */
export function jsonPlaces(file: string, json: unknown, where = 'JSON'): Place[] {
  const places: Place[] = [];
  const walk = (node: unknown, path: string, inherited: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`, inherited));
      return;
    }
    if (node === null || typeof node !== 'object') {
      if (typeof node === 'number' || typeof node === 'string') places.push({ file, where: `${where} ${path || '$'}`, text: String(node), context: `${inherited} ${String(node)}` });
      return;
    }
    const entries = Object.entries(node as Record<string, unknown>);
    const fields = entries.filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => `${k}: ${String(v)} |`).join(' ');
    const context = `${inherited} ${fields}`;
    for (const [key, value] of entries) {
      if (value !== null && typeof value === 'object') walk(value, `${path}.${key}`, context);
      else if (typeof value === 'number' || typeof value === 'string') places.push({ file, where: `${where} ${path}.${key}`, text: String(value), context: `${context} ${key}` });
    }
  };
  walk(json, '', '');
  return places;
}
