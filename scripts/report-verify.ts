/**
 * `npm run report:verify`: checks every published version's frozen files against their checksums,
 * then builds the site as production does, which fails if any version no longer renders its
 * published figures or a report's data/ or MDX has moved away from its latest version.
 */
import { astroBuild } from '../src/publish/astro-build.ts';
import { verifySite } from '../src/publish/verify-site.ts';

const root = process.env['TABLED_SITE'] ?? '.';
try {
  const result = await verifySite({ root, build: astroBuild(root) });
  for (const line of result.lines) console.log(line);
  console.log(result.ok ? 'report:verify: every published version is as published.' : 'report:verify: FAILED (see above).');
  if (!result.ok) process.exitCode = 1;
} catch (error) {
  console.error(`report:verify: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
