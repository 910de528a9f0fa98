import { formatWarning, loadDataset } from '../data/index.ts';
import { FigureIndex } from '../figures/figure-index.ts';
import { siteRoot } from './paths.ts';

const dataset = await loadDataset({ root: siteRoot, dir: 'data' });
// Warnings do not stop the build, so they are said here, once, where the site's data is read.
for (const warning of dataset.warnings) console.warn(`[data] warning: ${formatWarning(warning)}`);

/**
 * The site's data, read and checked once per build (and per dev-server reload). A DataError here
 * stops the build with every problem listed; nothing is rendered from data that failed its checks.
 */
export const figures = new FigureIndex(dataset);
