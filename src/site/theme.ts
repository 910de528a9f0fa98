import { resolve } from 'node:path';
import { loadTheme } from '../theme/load-theme.ts';
import { contentDir, siteRoot } from './paths.ts';

/** The site's theme, read and checked once per build. */
const file = resolve(contentDir, 'theme.json');
export const theme = loadTheme(file, file.slice(siteRoot.length + 1));
