/**
 * `npm run build:sharded -- --shards n [--outDir dist]`: a sharded build on one machine. Each of the
 * n shards (`npm run build -- --shard i/n`) is built by a process of its own, one after another, so
 * that no process holds every council's pages; then `npm run build:merge` joins and checks them. A CI
 * matrix runs the same shards as jobs on separate machines instead (docs/sharding.md).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseShard } from '../src/publish/shards/shard.ts';

const args = process.argv.slice(2);
const valueOf = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const count = Number(valueOf('--shards') ?? Number.NaN);
try {
  parseShard(`1/${count}`);
} catch {
  process.stderr.write(`--shards must say how many shards to build, from 1 to 64, such as --shards 4\n`);
  process.exit(1);
}
const site = resolve(process.env['TABLED_SITE'] ?? '.');
const target = resolve(valueOf('--outDir') ?? join(site, 'dist'));
const shardsDir = join(dirname(target), `.${basename(target)}-shards`);
const shardDir = (index: number) => join(shardsDir, String(index));

function node(script: string, scriptArgs: string[], transform = false): boolean {
  const flags = transform ? ['--experimental-transform-types', '--no-warnings=ExperimentalWarning'] : ['--experimental-strip-types'];
  return spawnSync(process.execPath, [...flags, resolve(script), ...scriptArgs], { stdio: 'inherit' }).status === 0;
}

let ok = true;
for (let index = 1; ok && index <= count; index += 1) {
  process.stdout.write(`\n[tabled:shards] shard ${index}/${count}\n`);
  ok = node('scripts/build.ts', ['--shard', `${index}/${count}`, '--outDir', shardDir(index)]);
}
if (ok) {
  process.stdout.write(`\n[tabled:shards] joining ${count} shards\n`);
  ok = node('scripts/build-merge.ts', ['--outDir', target, ...Array.from({ length: count }, (_, at) => shardDir(at + 1))], true);
}
rmSync(shardsDir, { recursive: true, force: true });
if (!ok) {
  rmSync(target, { recursive: true, force: true });
  process.exitCode = 1;
}
