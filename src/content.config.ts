import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportFrontmatterSchema } from './reports/frontmatter.ts';
import { contentDir } from './site/paths.ts';

const reports = defineCollection({
  loader: glob({
    pattern: '**/index.mdx',
    base: `${contentDir}/reports`,
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, ''),
  }),
  schema: reportFrontmatterSchema,
});

export const collections = { reports };
