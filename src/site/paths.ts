import { resolve } from 'node:path';

/**
 * The folder holding the site's `content/` and `data/`: the repository itself, or a test scenario
 * under `test/sites/<case>/` when TABLED_SITE names one (so build tests use the real pipeline).
 */
export const siteRoot = resolve(process.env['TABLED_SITE'] ?? '.');

export const contentDir = resolve(siteRoot, 'content');
export const dataDir = resolve(siteRoot, 'data');
