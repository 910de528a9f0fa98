/**
 * `npm run build:loop [-- --builds 200]`: builds the example site again and again with `npm run build`,
 * as an author or a CI job would, and counts the builds that fail. Any failure of an unchanged tree is
 * spurious (a race, a flaky dependency): its output is kept in the loop's folder for reading, which is
 * removed when every build succeeded. After each
 * build the search index's entry file and /versions.json are read back, so a build that exits 0 with a
 * broken index counts as a failure too. Prints one line a build and a summary; exits 1 on any failure.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { builds: { type: 'string', default: '200' } } });
const builds = Number(values.builds);
if (!Number.isInteger(builds) || builds < 1) throw new Error(`--builds ${values.builds} is not a whole number of builds`);
const folder = mkdtempSync(join(tmpdir(), 'tabled-build-loop-'));
const outDir = join(folder, 'dist');

function build(): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], { env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (code) => done({ code, output }));
  });
}

/** What is wrong with what the build wrote, read back as a reader's browser would need it. */
function readBack(): string | undefined {
  try {
    JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    JSON.parse(readFileSync(join(outDir, 'versions.json'), 'utf8'));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const seconds: number[] = [];
const failures: string[] = [];
const started = performance.now();
for (let run = 1; run <= builds; run += 1) {
  const begun = performance.now();
  const { code, output } = await build();
  const took = (performance.now() - begun) / 1000;
  seconds.push(took);
  const broken = code === 0 ? readBack() : `exit ${code}`;
  if (broken !== undefined) {
    const log = join(folder, `build-${run}.log`);
    writeFileSync(log, output);
    failures.push(`build ${run}: ${broken} (output in ${log})`);
  }
  console.log(`build ${run}/${builds}: ${broken === undefined ? 'ok' : `FAILED, ${broken}`} in ${took.toFixed(1)} s`);
}
const total = (performance.now() - started) / 1000;
const sorted = [...seconds].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
console.log(
  `build:loop: ${builds - failures.length} of ${builds} builds succeeded, ${failures.length} failed, in ${(total / 60).toFixed(1)} minutes ` +
    `(median ${median.toFixed(1)} s, fastest ${sorted[0]?.toFixed(1)} s, slowest ${sorted.at(-1)?.toFixed(1)} s)`,
);
for (const failure of failures) console.log(`  ${failure}`);
if (failures.length > 0) process.exitCode = 1;
else rmSync(folder, { recursive: true, force: true });
