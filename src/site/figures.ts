import { councilPolicies } from '../councils/council-policy.ts';
import { loadDataset } from '../data/index.ts';
import { FigureModel } from '../model/figure-model.ts';
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
 * its checks.
 */
export const model = new FigureModel(await loadDataset({ root: siteRoot, dir: 'data' }), { policies });
