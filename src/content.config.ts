import { defineCollection } from 'astro:content';
import { reportFrontmatterSchema } from './data/reports/frontmatter.ts';
import { reportsLoader } from './data/reports/report-loader.ts';
import { contentDir, siteRoot } from './site/paths.ts';
import { buildsCouncil, shardOfBuild } from './publish/shards/shard.ts';

// A shard of the build (npm run build -- --shard i/n) renders only its councils' reports.
const shard = shardOfBuild();

/**
 * Reports and their published versions. A report's id is its folder, e.g. "barnsley-2022-09-13";
 * a version's is "barnsley-2022-09-13/versions/2" (frozen by npm run report:publish and report:amend,
 * never edited by hand). One collection, because an empty second one makes Astro warn on every build
 * of a site with no published version; src/site/reports.ts tells them apart.
 */
const reports = defineCollection({
  loader: reportsLoader({ base: `${contentDir}/reports`, root: siteRoot, rendersCouncil: shard === undefined ? undefined : (code) => buildsCouncil(shard, code) }),
  schema: reportFrontmatterSchema,
});

export const collections = { reports };
