/**
 * npm run bench [-- --quick] [-- --national] [-- --no-peer]
 * Generates synthetic councils, builds them for real, and prints one figure a line: see docs/performance.md.
 */
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LIMITS, budgetLine, type Budget } from './budgets.ts';
import { buildEnv, buildTabled } from './build-tabled.ts';
import { extrapolate, growthRatio, type GrowthPoint } from './growth.ts';
import { machine } from './machine.ts';
import { measuredRun, medianRun, type MeasuredRun } from './measured-run.ts';
import { meanWeight, pageWeight } from './page-weight.ts';
import { buildFramework } from './peer/build-framework.ts';
import { writeFrameworkSite } from './peer/framework-site.ts';
import { chartCount, COUNCIL_SCALE, NATIONAL_SCALE, QUICK_SCALE, reportCount, timesCouncils, type Scale } from './scale.ts';
import { publishAll } from './site/publish-all.ts';
import { differingFiles } from './same-files.ts';
import { writeSyntheticSite, type SyntheticSite } from './site/write-site.ts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const OUT = resolve('bench/.out');
const base = quick ? QUICK_SCALE : COUNCIL_SCALE;

const line = (text: string) => process.stdout.write(`${text}\n`);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const seconds = (run: MeasuredRun) =>
  `${run.seconds.toFixed(1)}${run.cpuSeconds === undefined ? '' : ` (CPU ${run.cpuSeconds.toFixed(1)}${run.otherCpuSeconds === undefined ? '' : `; other work on the machine meanwhile: CPU ${run.otherCpuSeconds.toFixed(1)}`})`}`;
/**
 * Share of the machine that other work may take during a build before its wall time is not judged.
 * On an idle machine "other" is not nothing (the kernel writing the build's files, and helpers the
 * build starts but does not wait for: Pagefind, esbuild), so the share leaves room for them
 * (docs/performance.md, "Method").
 */
const BUSY_SHARE = 0.25;
/** Whether other work took more than BUSY_SHARE of the machine while the build ran: then its wall time includes waiting. */
const wasBusy = (run: MeasuredRun, cores: number) => run.otherCpuSeconds !== undefined && run.otherCpuSeconds > BUSY_SHARE * run.seconds * cores;

/** Council builds per run; the median is the council's figure. */
const COUNCIL_RUNS = 3;

function describe(scale: Scale): string {
  return `${scale.councils} council${scale.councils === 1 ? '' : 's'} × ${scale.reports} reports × ${scale.indicators} charts`;
}

function failed(what: string, run: MeasuredRun): never {
  throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.output.split('\n').slice(-40).join('\n')}`);
}

async function buildScale(scale: Scale): Promise<{ site: SyntheticSite; run: MeasuredRun }> {
  const site = writeSyntheticSite(join(OUT, scale.name.replace(/\W+/g, '-')), scale);
  const run = await buildTabled(site.folder);
  if (!run.ok) failed(`astro build of ${scale.name}`, run);
  return { site, run };
}

function printBuild(scale: Scale, run: MeasuredRun): void {
  const pages = reportCount(scale);
  line(`councils: ${scale.councils}`);
  line(`reports: ${pages}`);
  line(`charts: ${chartCount(scale)}`);
  line(`build seconds: ${seconds(run)}`);
  const cpu = (count: number) => (run.cpuSeconds === undefined ? '' : ` (CPU ${((run.cpuSeconds * 1000) / count).toFixed(2)})`);
  line(`ms per page: ${((run.seconds * 1000) / pages).toFixed(1)}${cpu(pages)}`);
  line(`ms per chart: ${((run.seconds * 1000) / chartCount(scale)).toFixed(2)}${cpu(chartCount(scale))}`);
  line(`peak memory: ${mb(run.peakBytes)}`);
}

const reportPages = (site: SyntheticSite) => site.reports.map((r) => `reports/${r.slug}/index.html`);

/** A time budget, judged on wall time unless the machine was busy, when CPU seconds are the fair reading. */
type Timed = { name: string; limit: number; wall: number; cpu: number | undefined; runs: MeasuredRun[]; unit?: string; basis?: string };

/**
 * A council's site after years of meetings: every report published, so each renders from its frozen
 * files and is checked against data/. Cold, then warm (published reports' pages kept from the last
 * build, src/publish/version-cache.ts) with nothing changed and with one more report published, against
 * a site holding that one report alone.
 */
async function publishedCouncil(draft: MeasuredRun, timed: Timed[], budgets: Budget[]): Promise<void> {
  const site = writeSyntheticSite(join(OUT, `${base.name}-published`), { ...base, reports: base.reports + 1 });
  const [added, ...earlier] = [...site.reports].reverse();
  if (added === undefined) throw new Error('the published council has no report');
  // The newest report waits outside the site until the others are published and built.
  const addedFolder = join(site.folder, 'content/reports', added.slug);
  const waiting = join(OUT, `${base.name}-published-next-report`);
  rmSync(waiting, { recursive: true, force: true });
  renameSync(addedFolder, waiting);
  await publishAll(site, earlier);

  const cold = await buildTabled(site.folder);
  if (!cold.ok) failed('astro build of the published council', cold);
  line(`build seconds with every report published (rendered from its frozen version and checked against data/): ${seconds(cold)}, peak memory ${mb(cold.peakBytes)}`);
  line(`published / draft council time: ${(cold.seconds / draft.seconds).toFixed(2)}×`);
  timed.push({ name: 'council build time, every report published', limit: LIMITS.councilSeconds, wall: cold.seconds, cpu: cold.cpuSeconds, runs: [cold] });
  budgets.push({ name: 'council peak memory, every report published', limit: LIMITS.councilBytes, measured: cold.peakBytes, unit: 'bytes' });
  timed.push({ name: `published council, cold, within ${LIMITS.publishedColdRatio}× the draft council's time`, limit: LIMITS.publishedColdRatio, wall: cold.seconds / draft.seconds, cpu: cold.cpuSeconds && draft.cpuSeconds ? cold.cpuSeconds / draft.cpuSeconds : undefined, runs: [cold, draft], unit: '×' });

  const same = await buildTabled(site.folder, undefined, {}, { warm: true });
  if (!same.ok) failed('warm astro build of the published council', same);
  line(`build seconds again, nothing changed (published reports' pages copied from the last build): ${seconds(same)}, peak memory ${mb(same.peakBytes)}`);

  renameSync(waiting, addedFolder);
  await publishAll(site, [added]);
  const next = await buildTabled(site.folder, undefined, {}, { warm: true });
  if (!next.ok) failed('warm astro build of the published council with one more report', next);
  line(`build seconds with one more report published (${earlier.length} copied, 1 rendered): ${seconds(next)}, peak memory ${mb(next.peakBytes)}`);

  const alone = writeSyntheticSite(join(OUT, `${base.name}-one-report`), { ...base, reports: 1 });
  await publishAll(alone);
  const one = await buildTabled(alone.folder);
  if (!one.ok) failed('astro build of a site holding one published report', one);
  line(`build seconds of a site holding one published report: ${seconds(one)}, peak memory ${mb(one.peakBytes)}`);
  line(`one more report / one report alone: ${(next.seconds / one.seconds).toFixed(2)}×`);
  timed.push({ name: `one report added to ${earlier.length} published, within ${LIMITS.oneMoreReportRatio}× a site of that report alone`, limit: LIMITS.oneMoreReportRatio, wall: next.seconds / one.seconds, cpu: next.cpuSeconds && one.cpuSeconds ? next.cpuSeconds / one.cpuSeconds : undefined, runs: [next, one], unit: '×' });
}

/** Shards the `sharded` build of the national scale is split into. */
const SHARDS = 4;

/**
 * A site built as SHARDS shards, one process after another, and joined (`npm run build:sharded`),
 * against its whole build in `wholeDir`: time, the largest process's memory, and any file that differs.
 */
async function shardedBuild(folder: string, wholeDir: string | undefined, name: string, budgets: Budget[]): Promise<MeasuredRun> {
  const out = join(folder, 'dist-sharded');
  const run = await measuredRun(process.execPath, ['--experimental-strip-types', resolve('scripts/build-sharded.ts'), '--shards', String(SHARDS), '--outDir', out], {
    env: buildEnv({ TABLED_SITE: folder }),
    timeoutSeconds: 3600,
  });
  if (!run.ok) failed(`the sharded build of ${name}`, run);
  line(`${name}, ${SHARDS} shards built one after another and joined: build seconds ${seconds(run)}, peak memory ${mb(run.peakBytes)}`);
  const differing = wholeDir === undefined ? undefined : differingFiles(wholeDir, out);
  if (differing === undefined) line(`${name}, ${SHARDS} shards joined against the whole build: not compared, as the whole build failed`);
  else line(`${name}, ${SHARDS} shards joined against the whole build: ${differing.length === 0 ? 'the same bytes in every file' : `${differing.length} files differ (${differing.slice(0, 5).join(', ')})`}`);
  budgets.push({ name: `${name}, ${SHARDS} shards joined: files differing from the whole build`, limit: 0, measured: differing?.length, unit: 'files' });
  rmSync(out, { recursive: true, force: true });
  return run;
}

async function main(): Promise<void> {
  const before = machine();
  const budgets: Budget[] = [];
  const timed: Timed[] = [];
  line(`# Tabled benchmark${quick ? ' (--quick)' : ''}`);
  line(`machine: ${before.cpu}, ${before.cores} cores, ${mb(before.memoryBytes)} memory, Node ${before.node}`);
  line(`chart threads: ${process.env['TABLED_CHART_THREADS'] ?? Math.max(0, before.cores - 1)} beside the page thread (src/site/charts.ts; TABLED_CHART_THREADS overrides)`);
  line(`load average at start: ${before.load.toFixed(1)} (for the record: each build's own threads raise it, so each build instead counts the CPU the rest of the machine used meanwhile)`);

  line('');
  line(`## ${base.name} scale: ${describe(base)}`);
  const main = await buildScale(base);
  if (!quick) {
    // One build varies too much on a shared machine to judge a budget by, and the growth and peer
    // ratios divide by the council's figure: so it is the median of three builds.
    const runs = [main.run];
    for (let i = 1; i < COUNCIL_RUNS; i++) {
      const again = await buildTabled(main.site.folder);
      if (!again.ok) failed(`astro build of ${base.name} (run ${i + 1})`, again);
      runs.push(again);
    }
    line(`build seconds of each of ${COUNCIL_RUNS} builds: ${runs.map(seconds).join('; ')}`);
    main.run = medianRun(runs);
  }
  printBuild(base, main.run);
  const weights = reportPages(main.site).map((page) => pageWeight(join(main.site.folder, 'dist'), page));
  const weight = meanWeight(weights);
  line(`html bytes per report page: ${weight.html.raw} raw, ${weight.html.gzip} gzip`);
  line(`css bytes per report page: ${weight.css.raw} raw, ${weight.css.gzip} gzip`);
  line(`html+css bytes per report page: ${weight.html.raw + weight.css.raw} raw, ${weight.html.gzip + weight.css.gzip} gzip`);
  line(`javascript bytes per report page: ${weight.js.raw}`);
  const heaviest = Math.max(...weights.map((w) => w.byKind.html.gzip + w.byKind.css.gzip));
  budgets.push({ name: 'report page HTML+CSS gzip (heaviest page)', limit: LIMITS.pageGzipBytes, measured: heaviest, unit: 'bytes' });
  budgets.push({ name: 'report page JavaScript', limit: LIMITS.pageJsBytes, measured: Math.max(...weights.map((w) => w.byKind.js.raw)), unit: 'bytes' });
  if (!quick) {
    timed.push({ name: 'council build time', limit: LIMITS.councilSeconds, wall: main.run.seconds, cpu: main.run.cpuSeconds, runs: [main.run] });
    budgets.push({ name: 'council peak memory', limit: LIMITS.councilBytes, measured: main.run.peakBytes, unit: 'bytes' });
  }

  if (!quick) {
    // What drawing charts on worker threads (src/site/charts.ts) saves: the same build on one thread.
    const oneThread = await buildTabled(main.site.folder, join(main.site.folder, 'dist-one-thread'), { TABLED_CHART_THREADS: '0' });
    if (!oneThread.ok) failed('astro build with TABLED_CHART_THREADS=0', oneThread);
    line(`build seconds with every chart on the page thread (TABLED_CHART_THREADS=0): ${seconds(oneThread)}, peak memory ${mb(oneThread.peakBytes)}`);
    line(`chart threads saved: ${(oneThread.seconds - main.run.seconds).toFixed(1)} s (${(100 * (1 - main.run.seconds / oneThread.seconds)).toFixed(0)}%)`);

    await publishedCouncil(main.run, timed, budgets);
  }

  line('');
  line('## floor: the same work without the site generator (CSV, engine, SVG charts, HTML strings)');
  const floor = await measuredRun(process.execPath, ['--experimental-transform-types', '--no-warnings', resolve('bench/floor-cli.ts'), main.site.folder, join(main.site.folder, 'floor')]);
  if (!floor.ok) failed('floor', floor);
  line(`floor seconds: ${seconds(floor)}`);
  line(`floor ms per chart: ${((floor.seconds * 1000) / chartCount(base)).toFixed(2)}`);
  line(`floor peak memory: ${mb(floor.peakBytes)}`);
  line(`build / floor time: ${(main.run.seconds / floor.seconds).toFixed(2)}×${floor.cpuSeconds && main.run.cpuSeconds ? ` (CPU ${(main.run.cpuSeconds / floor.cpuSeconds).toFixed(2)}×)` : ''}`);
  line(`build / floor memory: ${(main.run.peakBytes / floor.peakBytes).toFixed(2)}×`);

  line('');
  line('## peer: Observable Framework, same content');
  if (args.has('--no-peer')) {
    line('peer: not run (--no-peer)');
  } else {
    const framework = JSON.parse(readFileSync('node_modules/@observablehq/framework/package.json', 'utf8')) as { version: string };
    const peerFolder = join(OUT, `${base.name}-framework`);
    writeFrameworkSite(main.site, peerFolder);
    const peer = await buildFramework(peerFolder);
    if (!peer.ok) {
      line(`peer: not run (observable build exited ${peer.exitCode}: ${peer.output.trim().split('\n').at(-1) ?? ''})`);
    } else {
      const peerWeight = meanWeight(main.site.reports.map((r) => pageWeight(join(peerFolder, 'dist'), `${r.slug}.html`)));
      const external = pageWeight(join(peerFolder, 'dist'), `${main.site.reports[0]?.slug ?? 'index'}.html`).external;
      line(`peer: Observable Framework ${framework.version}, Plot and d3 from local node_modules, nothing fetched`);
      line(`peer build seconds: ${seconds(peer)}`);
      line(`peer peak memory: ${mb(peer.peakBytes)}`);
      line(`peer bytes per report page: ${peerWeight.total.raw} raw, ${peerWeight.total.gzip} gzip (html ${peerWeight.html.gzip}, css ${peerWeight.css.gzip}, javascript ${peerWeight.js.gzip}, data ${peerWeight.data.gzip} gzip)`);
      line(`peer javascript bytes per report page: ${peerWeight.js.raw}`);
      line(`peer other hosts a page loads (not counted): ${external.length === 0 ? 'none' : external.join(' ')}`);
      line(`tabled bytes per report page: ${weight.total.raw} raw, ${weight.total.gzip} gzip`);
      line(`tabled / peer build time: ${(main.run.seconds / peer.seconds).toFixed(2)}×${peer.cpuSeconds && main.run.cpuSeconds ? ` (CPU ${(main.run.cpuSeconds / peer.cpuSeconds).toFixed(2)}×)` : ''}`);
      line(`tabled / peer peak memory: ${(main.run.peakBytes / peer.peakBytes).toFixed(2)}×`);
      line(`tabled / peer page weight: ${(weight.total.gzip / peerWeight.total.gzip).toFixed(2)}× gzip, ${(weight.total.raw / peerWeight.total.raw).toFixed(2)}× raw`);
    }
  }

  line('');
  line(`## growth: 1×, 4× and 16× the ${base.name} case (more councils, same reports each)`);
  const points: GrowthPoint[] = [{ charts: chartCount(base), seconds: main.run.seconds, peakBytes: main.run.peakBytes }];
  const cpu: (number | undefined)[] = [main.run.cpuSeconds];
  const growthRuns: MeasuredRun[] = [main.run];
  for (const factor of [4, 16]) {
    const scale = timesCouncils(base, factor);
    const { site, run } = await buildScale(scale);
    // The quick run checks the sharded build on a site of several councils; the full run does on the national scale.
    if (quick && factor === 4) await shardedBuild(site.folder, join(site.folder, 'dist'), `${factor}× the ${base.name} case`, budgets);
    points.push({ charts: chartCount(scale), seconds: run.seconds, peakBytes: run.peakBytes });
    cpu.push(run.cpuSeconds);
    growthRuns.push(run);
    line(`${factor}× (${describe(scale)}): ${chartCount(scale)} charts, build seconds ${seconds(run)}, peak memory ${mb(run.peakBytes)}`);
  }
  for (const [i, factor] of [[1, 4], [2, 16]] as const) {
    const ratio = growthRatio(points[0]!, points[i]!);
    const cpuRatio = cpu[0] && cpu[i] ? ` (CPU ${(cpu[i]! / cpu[0]!).toFixed(2)}×)` : '';
    line(`growth ${factor}×: time ${ratio.time.toFixed(2)}×${cpuRatio}, memory ${ratio.memory.toFixed(2)}×`);
  }
  timed.push({ name: `growth, 16× the content within ${LIMITS.growth16}× the time`, limit: LIMITS.growth16, wall: points[2]!.seconds / points[0]!.seconds, cpu: cpu[0] && cpu[2] ? cpu[2] / cpu[0] : undefined, runs: growthRuns, unit: '×' });

  if (!quick) {
    line('');
    line(`## national scale: ${describe(NATIONAL_SCALE)}`);
    if (args.has('--national')) {
      // The whole nation in one process may not fit its heap: that is a finding, and the shards still run.
      const site = writeSyntheticSite(join(OUT, 'national'), NATIONAL_SCALE);
      const whole = await buildTabled(site.folder);
      if (whole.ok) printBuild(NATIONAL_SCALE, whole);
      else line(`national, whole: failed after ${seconds(whole)} at ${mb(whole.peakBytes)}: ${whole.output.includes('heap out of memory') ? 'out of heap' : (whole.output.trim().split('\n').at(-1) ?? '')}`);
      timed.push({ name: 'national build time, whole', limit: LIMITS.nationalSeconds, wall: whole.ok ? whole.seconds : Number.NaN, cpu: whole.ok ? whole.cpuSeconds : Number.NaN, runs: [whole] });
      budgets.push({ name: 'national peak memory, whole', limit: LIMITS.nationalBytes, measured: whole.peakBytes, unit: 'bytes', ...(whole.ok ? {} : { basis: 'until it failed' }) });
      budgets.push({ name: 'national, whole: builds that failed', limit: 0, measured: whole.ok ? 0 : 1, unit: 'builds' });
      const sharded = await shardedBuild(site.folder, whole.ok ? join(site.folder, 'dist') : undefined, 'national', budgets);
      timed.push({ name: `national build time, ${SHARDS} shards`, limit: LIMITS.nationalSeconds, wall: sharded.seconds, cpu: sharded.cpuSeconds, runs: [sharded] });
      budgets.push({ name: `national peak memory, ${SHARDS} shards`, limit: LIMITS.nationalBytes, measured: sharded.peakBytes, unit: 'bytes' });
    } else {
      const estimate = extrapolate(points, chartCount(NATIONAL_SCALE));
      line(`national: not built (run npm run bench -- --national); extrapolated from the 4× and 16× builds`);
      line(`national charts: ${chartCount(NATIONAL_SCALE)}`);
      line(`national build seconds (extrapolated): ${estimate.seconds.toFixed(0)}`);
      line(`national peak memory (extrapolated): ${mb(estimate.peakBytes)}`);
      line(`marginal ms per chart: ${(estimate.secondsPerChart * 1000).toFixed(2)}`);
      const cpuEstimate = cpu.every((c) => c !== undefined) ? extrapolate(points.map((p, i) => ({ ...p, seconds: cpu[i]! })), chartCount(NATIONAL_SCALE)) : undefined;
      if (cpuEstimate) line(`national build CPU seconds (extrapolated): ${cpuEstimate.seconds.toFixed(0)}`);
      const allowed = (LIMITS.nationalSeconds * 1000) / chartCount(NATIONAL_SCALE);
      line(`plan: the 5-minute budget allows ${allowed.toFixed(2)} ms per chart; now ${(estimate.secondsPerChart * 1000).toFixed(2)} ms, so ${estimate.seconds <= LIMITS.nationalSeconds ? 'no change is needed' : `a ${(100 * (1 - allowed / (estimate.secondsPerChart * 1000))).toFixed(0)}% cut per chart, or the build split across ${Math.ceil(estimate.seconds / LIMITS.nationalSeconds)} processes (docs/performance.md)`}`);
      timed.push({ name: 'national build time', limit: LIMITS.nationalSeconds, wall: estimate.seconds, cpu: cpuEstimate?.seconds, runs: growthRuns, basis: 'extrapolated' });
      budgets.push({ name: 'national peak memory', limit: LIMITS.nationalBytes, measured: estimate.peakBytes, unit: 'bytes', basis: 'extrapolated' });
    }
  }

  if (!quick) {
    // The national benchmarks site (national/, npm run national): every council in DfE's files.
    line('');
    line('## national benchmarks site: npm run national (every council in DfE\'s files)');
    const out = join(resolve('bench/.out'), 'national');
    const run = await measuredRun(process.execPath, ['--experimental-strip-types', resolve('scripts/build.ts'), '--outDir', out], { env: { ...process.env, TABLED_SITE: resolve('national') } });
    if (!run.ok) failed('the national benchmarks site', run);
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
    const charts = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).reduce((sum, file) => sum + (readFileSync(join(out, file), 'utf8').match(/<figure class="chart"/g)?.length ?? 0), 0);
    line(`national site: ${pages} pages, ${charts} charts, build seconds ${seconds(run)}, peak memory ${mb(run.peakBytes)}`);
    timed.push({ name: 'national benchmarks site build time', limit: LIMITS.nationalSeconds, wall: run.seconds, cpu: run.cpuSeconds, runs: [run] });
    budgets.push({ name: 'national benchmarks site peak memory', limit: LIMITS.nationalBytes, measured: run.peakBytes, unit: 'bytes' });
    rmSync(out, { recursive: true, force: true });
  }

  line('');
  line('## budgets');
  const after = machine();
  for (const t of timed) {
    const useCpu = t.cpu !== undefined && t.runs.some((run) => wasBusy(run, before.cores));
    const basis = [t.basis, useCpu ? 'CPU seconds: other work took more than a quarter of the machine during the build' : undefined].filter(Boolean).join(', ');
    line(budgetLine({ name: t.name, limit: t.limit, measured: useCpu ? t.cpu : t.wall, unit: t.unit ?? 's', ...(basis ? { basis } : {}) }));
  }
  for (const budget of budgets) line(budgetLine(budget));
  line(`load average at end: ${after.load.toFixed(1)}`);
}

await main();
