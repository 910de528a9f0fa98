/**
 * `npm run report:correct -- <id> --note "…" [--date YYYY-MM-DD]`: where the site's rules now show a
 * published version of the report otherwise (a council's disclosure or RAG policy, how a figure is
 * written), records a dated correction in that version's version.json listing each changed figure.
 * The frozen files are not touched. The date defaults to today (UTC).
 */
import { parseArgs } from 'node:util';
import { astroBuild } from '../src/publish/astro-build.ts';
import { correctVersions } from '../src/publish/correct-versions.ts';
import { changeLine } from '../src/publish/figure-changes.ts';

const usage = 'usage: npm run report:correct -- <report id> --note "what the site now shows otherwise and why" [--date YYYY-MM-DD]';

try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' }, note: { type: 'string' } } });
  const [id, ...rest] = positionals;
  if (id === undefined || rest.length > 0 || values.note === undefined) throw new Error(usage);
  const root = process.env['TABLED_SITE'] ?? '.';
  console.log(`report:correct: building the site to render the published versions of ${id}…`);
  const corrected = await correctVersions({ root, id, date: values.date ?? new Date().toISOString().slice(0, 10), note: values.note, build: astroBuild(root) });
  if (corrected.length === 0) console.log(`Every published version of ${id} shows what it showed: nothing to correct.`);
  for (const { version, changes } of corrected) {
    console.log(`Version ${version}: ${changes.length} figure${changes.length === 1 ? '' : 's'} corrected:`);
    for (const change of changes) console.log(`  ${changeLine(change)}`);
  }
  if (corrected.length > 0) console.log(`Commit it: git add content/reports/${id} && git commit -m "Correct ${id}"`);
} catch (error) {
  console.error(`report:correct: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
