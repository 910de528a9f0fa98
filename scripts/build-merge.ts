/**
 * `npm run build:merge -- [--outDir dist] <shard folder>…`: joins the outputs of
 * `npm run build -- --shard i/n` into one site, builds its search index and runs every check a whole
 * build runs on it (page policy, one value per figure, links, disclosure). All or nothing, as
 * `npm run build`: the site is put in place only when every check passes.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { configuredAddress } from '../src/publish/discovery/site-address-integration.ts';
import { outDirProblem, putInPlace } from '../src/publish/out-dir.ts';
import { pagePolicyCheck } from '../src/publish/page-policy-integration.ts';
import { runBuildChecks } from '../src/publish/shards/check-joined.ts';
import { joinShards } from '../src/publish/shards/merge-shards.ts';
import { wholeSiteChecks } from '../src/publish/whole-site-checks.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const site = resolve(process.env['TABLED_SITE'] ?? '.');
const target = resolve(at === -1 ? join(site, 'dist') : (args[at + 1] ?? 'dist'));
const shards = args.filter((arg, index) => arg !== '--outDir' && args[index - 1] !== '--outDir').map((dir) => resolve(dir));

const notOwned = outDirProblem(target, { root: site, project: resolve('.') });
if (notOwned !== undefined) {
  process.stderr.write(`${notOwned}\n`);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
const building = mkdtempSync(join(dirname(target), `.${basename(target)}-merging-`));
const started = performance.now();
try {
  const joined = joinShards(shards, building);
  process.stdout.write(`[tabled:merge] ${joined.files} files joined from ${joined.shards} shards\n`);
  await runBuildChecks([pagePolicyCheck(), ...wholeSiteChecks(site)], building, configuredAddress(site), (line) => process.stdout.write(`${line}\n`));
  putInPlace(building, target);
  process.stdout.write(`[tabled:merge] the site is in ${target}, checked whole, in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
} catch (error) {
  rmSync(building, { recursive: true, force: true });
  rmSync(target, { recursive: true, force: true });
  process.stderr.write(`\n${(error as Error).message}\n\nThe merge failed, so ${target} has been removed: no partial or unchecked site is left to publish.\n`);
  process.exitCode = 1;
}
