import { resolve } from 'node:path';
import { findCouncil } from '../data/councils/find-council.ts';
import { loadCouncils } from '../data/councils/load-councils.ts';
import type { Council } from '../data/councils/schema.ts';
import { loadTheme } from '../data/theme/load-theme.ts';
import { contentDir, siteRoot } from './paths.ts';

const relative = (path: string): string => path.slice(siteRoot.length + 1);

/** The site's theme, read and checked once per build. */
const file = resolve(contentDir, 'theme.json');
export const theme = loadTheme(file, relative(file));

/** Every council in content/councils/, checked once per build; any problem stops the build. */
export const councils = loadCouncils(siteRoot);

/** The council whose look a report's pages take, by its front matter's `authority`; none means the site's. */
export function councilTheme(authority: string | undefined): Council | undefined {
  return authority === undefined ? undefined : findCouncil(councils, authority);
}
