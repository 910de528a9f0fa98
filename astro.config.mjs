// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rehypeNumberParagraphs } from './src/render/markdown/number-paragraphs.ts';
import { rehypeTableRegions } from './src/render/markdown/table-regions.ts';
import { remarkKnownComponents } from './src/render/markdown/known-components.ts';
import { remarkContentOnly } from './src/render/markdown/content-only.ts';
import { remarkNoNestedLinks } from './src/render/markdown/no-nested-links.ts';
import { remarkComponentProps } from './src/render/markdown/component-props.ts';
import { catalogueNames } from './src/render/markdown/catalogue-names.ts';
import { pagePolicyCheck } from './src/publish/page-policy-integration.ts';
import { publicationRecord } from './src/publish/publication-record-integration.ts';
import { mdxOneAtATime } from './src/adapters/mdx.ts';
import { configuredAddress, siteAddressCheck } from './src/publish/discovery/site-address-integration.ts';
import { wholeSiteChecks } from './src/publish/whole-site-checks.ts';
import { versionCache } from './src/publish/version-cache-integration.ts';
import { shardOfBuild } from './src/publish/shards/shard.ts';

// A test scenario (TABLED_SITE) gets its own cache so that no build reads another's content;
// TABLED_CACHE_DIR gives a build a cache of its own, for builds of one site running side by side.
const scenario = process.env.TABLED_SITE ? resolve(process.env.TABLED_SITE) : undefined;
const project = fileURLToPath(new URL('.', import.meta.url));

const site = configuredAddress(scenario ?? project);
// A shard (npm run build -- --shard i/n) is checked whole-site once joined with the others (npm run build:merge).
const shard = shardOfBuild(process.env);
// Each shard its own cache: a shard stores other councils' reports as data alone (src/content.config.ts).
const cacheDir = `${process.env.TABLED_CACHE_DIR ?? (scenario ? join(scenario, '.astro-cache') : './node_modules/.astro')}${shard === undefined ? '' : `/shard-${shard.index}-of-${shard.count}`}`;
// Published reports' pages, made once and copied into later builds while nothing they were made from
// changes (src/publish/version-cache.ts).
const versions = versionCache({
  site: scenario ?? project,
  project,
  cacheDir: resolve(scenario ?? project, cacheDir),
  env: process.env,
  enabled: process.env.TABLED_VERSION_CACHE === '1' && !process.env.TABLED_RECORD_VERSIONS && shard === undefined,
});

export default defineConfig({
  // A scenario is its own root, so the files Astro generates in <root>/.astro/ are its own: with one
  // shared root, builds of two scenarios side by side overwrote each other's list of content modules
  // ("UnknownContentCollectionError: Unexpected error while rendering"). The code stays the project's.
  root: scenario ?? project,
  srcDir: `${project}src`,
  publicDir: `${project}public`,
  // The address in content/theme.json; siteAddressCheck stops a production build at an example address
  // unless the theme says the site is a demonstration.
  site,
  trailingSlash: 'always',
  // The unified processor runs our plugins (Astro 7's default, Sätteri, does not run rehype plugins);
  // MDX inherits it. A tag that is not a report component, or anything that is code rather than
  // content (docs/authoring-safety.md), stops the build at its line. Each component's props are checked
  // where they are written, against the site's catalogue and areas.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkKnownComponents, remarkContentOnly, remarkNoNestedLinks, [remarkComponentProps, { root: scenario ?? project, ...catalogueNames(scenario ?? project) }]],
      rehypePlugins: [rehypeNumberParagraphs, rehypeTableRegions],
    }),
  },
  // The sitemap lists every page, each version's permanent address included; amendments in preparation
  // (TABLED_DRAFTS=1 previews) and a chart's page of its own (for other sites to frame; the report is
  // where a search should land) are left out. Pagefind indexes the finished pages, so it runs after them.
  // The publication record is checked before anything is read (a dropped or altered version stops the
  // build) and published as /versions.json. Every page is checked against the site's Content-Security-Policy
  // before anything else reads it. The consistency check reads every page and download for figures shown
  // twice with two values; the link check reads every page once written. The disclosure check reads
  // everything written, search index included: it begins on other threads while Pagefind works and judges
  // the site last of all. Published reports' kept pages are copied in before any of those reads the
  // output, and what this build rendered is kept only after all of them have passed. A shard stops
  // after the page policy: the search index and the checks that compare pages are run on the joined site.
  integrations: [
    versions.restore,
    publicationRecord(scenario ?? project),
    siteAddressCheck(scenario ?? project),
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/draft/') && !/\/reports\/.+\/figures\//.test(page), customPages: versions.sitemapPages(site) }),
    pagePolicyCheck(),
    ...(shard === undefined ? [...wholeSiteChecks(scenario ?? '.'), versions.keep] : []),
  ],
  build: { format: 'directory', inlineStylesheets: 'never' },
  cacheDir,
  // Reports must be complete without client JavaScript: nothing is prefetched or hydrated.
  prefetch: false,
  devToolbar: { enabled: false },
  // Charts are drawn on worker threads (src/site/charts.ts), which load their module from here.
  vite: {
    define: {
      __TABLED_CHART_WORKER__: JSON.stringify(fileURLToPath(new URL('./src/charts/chart-worker.ts', import.meta.url))),
      __TABLED_REUSED_VERSIONS__: JSON.stringify(versions.reused),
    },
    // Astro 7.3 marks every MDX module "use astro:head-inject", and Rolldown warns, ten lines a report,
    // that the directive may not survive bundling (withastro/astro#18087, open). It is Astro's own
    // marker, read before bundling. A plugin's onLog drops that warning and passes every other on.
    // Bundling would compile every report at once, each holding its syntax trees: one at a time instead.
    plugins: [
      mdxOneAtATime(),
      {
        name: 'tabled:quiet-head-inject',
        onLog(_level, log) {
          return !(log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject'));
        },
      },
    ],
  },
});
