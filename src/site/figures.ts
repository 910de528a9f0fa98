import { loadDataset } from '../data/index.ts';
import { FigureIndex } from '../model/figure-index.ts';
import { siteRoot } from './paths.ts';

/**
 * The site's data, read and checked once per build (and per dev-server reload). A DataError here
 * stops the build with every problem listed; nothing is rendered from data that failed its checks.
 */
export const figures = new FigureIndex(await loadDataset({ root: siteRoot, dir: 'data' }));
