import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkCouncils, type AreaRow, type CouncilFile } from '../councils/check-councils.ts';
import { CouncilError } from '../councils/council-error.ts';
import { findCouncil } from '../councils/find-council.ts';
import { readCouncil } from '../councils/read-council.ts';
import type { Council } from '../councils/schema.ts';
import { parseCsvText } from '../data/csv.ts';
import { loadTheme } from '../theme/load-theme.ts';
import { contentDir, dataDir, siteRoot } from './paths.ts';

const relative = (path: string): string => path.slice(siteRoot.length + 1);

/** The site's theme, read and checked once per build. */
const file = resolve(contentDir, 'theme.json');
export const theme = loadTheme(file, relative(file));

/** data/areas.csv by code; its own problems are the data layer's to report, so a bad row is skipped here. */
function areaRows(): Map<string, AreaRow> {
  const path = resolve(dataDir, 'areas.csv');
  const rows = new Map<string, AreaRow>();
  if (!existsSync(path)) return rows;
  for (const { record } of parseCsvText(readFileSync(path, 'utf8'), relative(path)).rows) {
    const code = (record['code'] ?? '').trim();
    if (code !== '') rows.set(code, { code, dfeCode: (record['dfe_code'] ?? '').trim(), kind: (record['kind'] ?? '').trim() });
  }
  return rows;
}

/** Every council in content/councils/, checked once per build; any problem stops the build. */
function loadCouncils(): Council[] {
  const dir = resolve(contentDir, 'councils');
  if (!existsSync(dir)) return [];
  const files: CouncilFile[] = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = resolve(dir, name);
      return { file: relative(path), ...readCouncil(readFileSync(path, 'utf8'), relative(path)) };
    });
  const { councils, problems } = checkCouncils(files, areaRows(), relative(resolve(dataDir, 'areas.csv')));
  if (problems.length > 0) throw new CouncilError(problems);
  return councils;
}

export const councils = loadCouncils();

/** The council whose look a report's pages take, by its front matter's `authority`; none means the site's. */
export function councilTheme(authority: string | undefined): Council | undefined {
  return authority === undefined ? undefined : findCouncil(councils, authority);
}
