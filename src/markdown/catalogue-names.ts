import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';

/**
 * The indicator ids and area codes of a site's data, for the MDX check of component props
 * (component-props.ts). A file that is missing or unreadable gives none: the data layer reports it,
 * with its line, when the build loads the data.
 */
export function catalogueNames(root: string): { indicators?: string[]; areas?: string[] } {
  const column = (file: string, ...names: string[]): string[] | undefined => {
    const path = join(root, 'data', file);
    if (!existsSync(path)) return undefined;
    try {
      const rows = csvParse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
      return rows.flatMap((row) => names.map((name) => (row[name] ?? '').trim()).filter((value) => value !== ''));
    } catch {
      return undefined;
    }
  };
  const indicators = column('indicators.csv', 'id');
  const areas = column('areas.csv', 'code', 'dfe_code');
  return { ...(indicators === undefined ? {} : { indicators }), ...(areas === undefined ? {} : { areas }) };
}
