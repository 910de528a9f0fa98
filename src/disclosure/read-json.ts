import { fieldRole } from './field-roles.ts';
import type { Place } from './place.ts';
import { sentences } from './sentences.ts';

/**
 * Every number and string in a JSON document as a place, said to be of its own key and of the
 * identifying fields (indicator, area, period, breakdown …) beside it and in its parents:
 * `{ "indicator": "x", "rows": [{ "period": "2020-10", "value": 3 }] }` ties 3 to x and 2020-10.
 * Metadata (versions, dates, codes) is not read; free text is read sentence by sentence.
 */
export function jsonPlaces(file: string, json: unknown, where = 'JSON'): Place[] {
  const places: Place[] = [];
  const leaf = (value: string | number, key: string, path: string, context: string): void => {
    const role = fieldRole(key);
    if (role === 'metadata') return;
    const text = String(value);
    const parts = typeof value === 'string' && /\s/.test(text) ? sentences(text) : [text];
    for (const part of parts) places.push({ file, where: `${where} ${path || '$'}`, text: part, context: role === 'identifier' ? part : `${context} | ${key} | ${part}` });
  };
  const walk = (node: unknown, key: string, path: string, inherited: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, key, `${path}[${i}]`, inherited));
      return;
    }
    if (typeof node === 'number' || typeof node === 'string') {
      leaf(node, key, path, inherited);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const entries = Object.entries(node as Record<string, unknown>);
    const identifiers = entries
      .filter(([k, v]) => (typeof v === 'string' || typeof v === 'number') && fieldRole(k) === 'identifier')
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(' | ');
    const context = `${inherited} | ${identifiers}`;
    for (const [k, v] of entries) walk(v, k, `${path}.${k}`, context);
  };
  walk(json, '', '', '');
  return places;
}
