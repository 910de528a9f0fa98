import { join, resolve } from 'node:path';
import { buildTabled } from './build-tabled.ts';
import { COUNCIL_SCALE } from './scale.ts';
import { writeSyntheticSite } from './site/write-site.ts';
const site = writeSyntheticSite(join(resolve('bench/.out'), 'council'), COUNCIL_SCALE);
const run = await buildTabled(site.folder);
console.log(run.ok, 'wall', run.seconds.toFixed(1), 'cpu', run.cpuSeconds, 'MB', Math.round(run.peakBytes/1048576));
if (!run.ok) console.log(run.output.slice(-3000));
