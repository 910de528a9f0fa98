/**
 * `npm run report:publish -- <id> [--date YYYY-MM-DD]`: publishes a draft as version 1.
 * `npm run report:amend -- <id> --note "…" [--date YYYY-MM-DD]` runs this with --amend.
 * The date defaults to today (UTC); the library itself never reads the clock.
 */
import { parseArgs } from 'node:util';
import { astroBuild } from '../src/publish/astro-build.ts';
import { changeLine } from '../src/publish/figure-changes.ts';
import { publishVersion } from '../src/publish/publish-version.ts';

const amend = process.argv.includes('--amend');
const command = amend ? 'report:amend' : 'report:publish';
const usage = amend
  ? 'usage: npm run report:amend -- <report id> --note "what changed and why" [--date YYYY-MM-DD]'
  : 'usage: npm run report:publish -- <report id> [--date YYYY-MM-DD]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { amend: { type: 'boolean' }, date: { type: 'string' }, note: { type: 'string' } },
  });
  const [id, ...rest] = positionals;
  if (id === undefined || rest.length > 0) throw new Error(usage);
  const root = process.env['TABLED_SITE'] ?? '.';
  const today = new Date().toISOString().slice(0, 10);
  console.log(`${command}: building the site to render ${id}…`);
  const result = await publishVersion({
    root,
    id,
    mode: amend ? 'amend' : 'publish',
    date: values.date ?? today,
    today,
    note: values.note,
    build: astroBuild(root),
  });
  console.log(`Published version ${result.version} of ${id} in ${result.dir} (sha256:${result.checksum}).`);
  if (result.changes.length > 0) {
    console.log(`Figures changed from version ${result.version - 1}:`);
    for (const change of result.changes) console.log(`  ${changeLine(change)}`);
  }
  console.log(`Recorded in content/ledger.jsonl as entry ${result.entry.hash}.`);
  console.log(result.tag.made ? `Tagged ${result.tag.tag}.` : `No git tag made (${result.tag.reason ?? 'unknown reason'}).`);
  console.log(`Commit it: git add content/reports/${id} content/ledger.jsonl && git commit -m "Publish ${id} version ${result.version}"`);
  if (result.tag.made) console.log(`and push the tag with it: git push origin ${result.tag.tag}`);
} catch (error) {
  console.error(`${command}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
