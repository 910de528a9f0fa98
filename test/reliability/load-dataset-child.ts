/**
 * Loads a data folder with the real loader in a process of its own, so that a test can measure the
 * loader's time and peak memory alone. Prints one JSON line: what was loaded, or the loader's message.
 * Usage: node --experimental-strip-types load-dataset-child.ts <root>
 */
import { loadDataset } from '../../src/data/load-dataset.ts';

const root = process.argv[2];
if (root === undefined) throw new Error('usage: load-dataset-child.ts <root folder holding data/>');
const started = performance.now();
try {
  const dataset = await loadDataset({ root });
  console.log(JSON.stringify({ ok: true, observations: dataset.observations.length, seconds: (performance.now() - started) / 1000 }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error), seconds: (performance.now() - started) / 1000 }));
}
