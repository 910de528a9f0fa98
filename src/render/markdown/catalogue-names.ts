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
  // A catalogue whose ids are not all ids (capitals, spaces) is the data layer's to report, at its line:
  // checked against it, every report would be told of a near miss that is the catalogue's mistake.
  const ids = column('indicators.csv', 'id');
  const indicators = ids?.every((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) ? ids : undefined;
  const areas = column('areas.csv', 'code', 'dfe_code');
  return { ...(indicators === undefined ? {} : { indicators }), ...(areas === undefined ? {} : { areas }) };
}
