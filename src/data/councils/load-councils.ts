import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsvText } from '../csv.ts';
import { checkCouncils, type AreaRow, type CouncilFile } from './check-councils.ts';
import { CouncilError } from './council-error.ts';
import { readCouncil } from './read-council.ts';
import type { Council } from './schema.ts';

/** data/areas.csv by code; its own problems are the data layer's to report, so a bad row is skipped here. */
function areaRows(root: string, relative: (path: string) => string): Map<string, AreaRow> {
  const path = resolve(root, 'data', 'areas.csv');
  const rows = new Map<string, AreaRow>();
  if (!existsSync(path)) return rows;
  for (const { record } of parseCsvText(readFileSync(path, 'utf8'), relative(path)).rows) {
    const code = (record['code'] ?? '').trim();
    if (code !== '') rows.set(code, { code, dfeCode: (record['dfe_code'] ?? '').trim(), kind: (record['kind'] ?? '').trim() });
  }
  return rows;
}

/** Every council in `<root>/content/councils/`, checked; any problem throws a CouncilError listing them all. */
export function loadCouncils(root: string): Council[] {
  const relative = (path: string): string => path.slice(root.length + 1);
  const dir = resolve(root, 'content', 'councils');
  if (!existsSync(dir)) return [];
  const files: CouncilFile[] = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = resolve(dir, name);
      return { file: relative(path), ...readCouncil(readFileSync(path, 'utf8'), relative(path)) };
    });
  const { councils, problems } = checkCouncils(files, areaRows(root, relative), relative(resolve(root, 'data', 'areas.csv')));
  if (problems.length > 0) throw new CouncilError(problems);
  return councils;
}
