import { loadDataset } from '../data/index.ts';
import { FigureModel } from '../model/figure-model.ts';
import { siteRoot } from './paths.ts';

/**
 * The site's figure model, read, checked and decided once per build (and per dev-server reload). A
 * DataError here stops the build with every problem listed; nothing is rendered from data that failed
 * its checks.
 */
export const model = new FigureModel(await loadDataset({ root: siteRoot, dir: 'data' }));
