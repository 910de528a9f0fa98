import { councilPolicies } from '../model/council-policies.ts';
import { formatWarning } from '../data/index.ts';
import { readFigureModel } from '../model/figure-model.ts';
import { siteRoot } from './paths.ts';
import { councils } from './theme.ts';

/**
 * Each configured council's disclosure and RAG policy (content/councils/), by ONS code: the data's
 * figures and every published version's are withheld and rated by them.
 */
export const policies = councilPolicies(councils);

/**
 * The site's figure model, read, checked and decided once per build (and per dev-server reload). A
 * DataError here stops the build with every problem listed; nothing is rendered from data that failed
 * its checks. Report pages hand it to their components in Astro.locals.report.
 */
export const model = await readFigureModel({ root: siteRoot, dir: 'data' }, { policies }, (warning) => {
  // Warnings do not stop the build, so they are said here, once, where the site's data is read.
  console.warn(`[data] warning: ${formatWarning(warning)}`);
});
