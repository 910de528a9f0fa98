/**
 * Runs the floor in a process of its own, so that its time and memory are measured like a build's:
 * node --experimental-transform-types bench/floor-cli.ts <site> <outDir>
 */
import { renderFloor } from './floor.ts';

const [site, outDir] = process.argv.slice(2);
if (site === undefined || outDir === undefined) throw new Error('usage: floor-cli.ts <site> <outDir>');
const result = await renderFloor(site, outDir);
process.stdout.write(`${JSON.stringify(result)}\n`);
