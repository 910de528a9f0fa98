import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../../src/data/load-dataset.ts';

/** The repository's own data folder, read once per test file through the real loader. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const realDataset = loadDataset({ root: repositoryRoot, dir: 'data' });
