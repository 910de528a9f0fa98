/**
 * `npm run build [-- astro build options]`: `astro build`, but all or nothing. Astro writes pages into
 * its output folder as it goes, so a failure halfway would leave part of a site, and a failure before
 * rendering would leave the previous build's: either could be deployed by mistake. This builds into a
 * fresh folder beside the target (default dist/, or --outDir) and only on success puts it in the
 * target's place. On failure it removes both, exits non-zero and ends with Astro's error message,
 * without the stack traces (pass --verbose to see them).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { BuildErrorFilter } from '../src/adapters/astro-errors.ts';
import { outDirProblem, putInPlace } from '../src/publish/out-dir.ts';
import { parseShard, shardName, type Shard } from '../src/publish/shards/shard.ts';
import { writeShardRecord } from '../src/publish/shards/shard-record.ts';
import { BUILD_HEAP_MB, BUILD_YOUNG_SEMI_SPACE_MB } from '../src/adapters/build-tuning.ts';

/** The argument after `name`, or in `name=value`; undefined when absent. */
function option(args: readonly string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = args[index] ?? '';
  return arg.includes('=') ? arg.slice(name.length + 1) : args[index + 1];
}

function withoutOption(args: readonly string[], name: string): string[] {
  return args.filter((arg, index) => !(arg === name || arg.startsWith(`${name}=`) || args[index - 1] === name));
}

const given = process.argv.slice(2);
const verbose = given.includes('--verbose');
// --shard i/n builds a share of the councils (src/publish/shards/shard.ts); npm run build:merge joins the shards.
const shardAsked = option(given, '--shard');
let shard: Shard | undefined;
try {
  shard = shardAsked === undefined ? undefined : parseShard(shardAsked);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
const args = withoutOption(given, '--shard');
// Astro resolves a relative --outDir against the project root (--root, else the working folder).
const root = resolve(option(args, '--root') ?? '.');
const target = resolve(root, option(args, '--outDir') ?? 'dist');
// The build deletes its output folder (to replace it, or when it fails): only ever one it owns.
const notOwned = outDirProblem(target, { root: resolve(process.env['TABLED_SITE'] ?? root), project: resolve('.') });
if (notOwned !== undefined) {
  process.stderr.write(`${notOwned}\n`);
  process.exit(1);
}
// Beside the target, so that the swap is a rename within one file system.
mkdirSync(dirname(target), { recursive: true });
const building = mkdtempSync(join(dirname(target), `.${basename(target)}-building-`));

function removeAll(): void {
  rmSync(building, { recursive: true, force: true });
  rmSync(target, { recursive: true, force: true });
}

// V8 sizes its heap from the machine's memory and collects late on a large one, so the build's heap
// has a ceiling that a small machine can give; rendering makes much short-lived garbage, so a larger
// young generation makes fewer, cheaper collections (src/adapters/build-tuning.ts, docs/performance.md).

const child = spawn(
  process.execPath,
  [`--max-old-space-size=${BUILD_HEAP_MB}`, `--max-semi-space-size=${BUILD_YOUNG_SEMI_SPACE_MB}`, resolve('node_modules/astro/bin/astro.mjs'), 'build', ...withoutOption(args, '--outDir'), '--outDir', building],
  // Published versions' pages are kept between builds (src/publish/version-cache.ts); TABLED_VERSION_CACHE=0 renders them all.
  {
    stdio: ['inherit', 'inherit', verbose ? 'inherit' : 'pipe'],
    env: { ...process.env, TABLED_VERSION_CACHE: process.env['TABLED_VERSION_CACHE'] ?? '1', TABLED_SHARD: shard === undefined ? '' : shardName(shard) },
  },
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}

const filter = new BuildErrorFilter(process.cwd());
const stderrDone = new Promise<void>((done) => {
  if (child.stderr === null) return done();
  const lines = createInterface({ input: child.stderr, crlfDelay: Infinity });
  lines.on('line', (line) => {
    for (const kept of filter.push(line)) process.stderr.write(`${kept}\n`);
  });
  lines.on('close', () => {
    for (const kept of filter.end()) process.stderr.write(`${kept}\n`);
    done();
  });
});

const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => {
  child.on('close', (exitCode, exitSignal) => done([exitCode, exitSignal]));
});
await stderrDone;

if (code === 0) {
  if (shard !== undefined) writeShardRecord(building, shard);
  putInPlace(building, target);
} else {
  removeAll();
  const shown = target.startsWith(`${process.cwd()}/`) ? target.slice(process.cwd().length + 1) : target;
  process.stderr.write(
    `\nThe build failed${signal ? ` (stopped by ${signal})` : ''}, so ${shown}/ has been removed: no partial or out-of-date site is left to publish. ` +
      'Correct the problem named above and run npm run build again.\n',
  );
  process.exitCode = code === null || code === 0 ? 1 : code;
}
