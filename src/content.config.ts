import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportFrontmatterSchema } from './reports/frontmatter.ts';
import { contentDir } from './site/paths.ts';

// A report's id is its folder, e.g. "barnsley-2022-09-13"; a version's is "barnsley-2022-09-13/versions/2".
const folderId = ({ entry }: { entry: string }) => entry.replace(/\/index\.mdx$/, '');

/** Each report's working copy: the draft, or the text the next version will be published from. */
const reports = defineCollection({
  loader: glob({ pattern: ['**/index.mdx', '!**/versions/**'], base: `${contentDir}/reports`, generateId: folderId }),
  schema: reportFrontmatterSchema,
});

/** Published versions, frozen by npm run report:publish and report:amend: never edited by hand. */
const versions = defineCollection({
  loader: glob({ pattern: '**/versions/*/index.mdx', base: `${contentDir}/reports`, generateId: folderId }),
  schema: reportFrontmatterSchema,
});

export const collections = { reports, versions };
