/**
 * `npm run report:verify [-- --site <folder>]`: checks the publication record (content/ledger.jsonl and
 * its git tags) and every published version's frozen files, date and note against it, then builds the
 * site as production does, which fails if any version no longer renders its published figures or a
 * report's data/ or MDX has moved away from its latest version. With --site, also checks a deployed
 * copy of the site: its /versions.json against the ledger, and each version page's checksum.
 */
import { parseArgs } from 'node:util';
import { astroBuild } from '../src/publish/astro-build.ts';
import { verifySite } from '../src/publish/verify-site.ts';

const root = process.env['TABLED_SITE'] ?? '.';
try {
  const { values } = parseArgs({ options: { site: { type: 'string' } } });
  const result = await verifySite({ root, build: astroBuild(root), site: values.site });
  for (const line of result.lines) console.log(line);
  console.log(result.ok ? 'report:verify: every published version is as published.' : 'report:verify: FAILED (see above).');
  if (!result.ok) process.exitCode = 1;
} catch (error) {
  console.error(`report:verify: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
